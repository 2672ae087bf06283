"""ORM models. The schema itself is owned by the Alembic migrations in db/migrations.

Instants are `UTCDateTime` (aware UTC in Python, naive UTC in the database); calendar dates in the
agency's zone (due dates, holidays) are plain `Date`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Indexes only PostgreSQL has (pg_trgm's GIN): not created on SQLite (`ddl_if`), and left out of
# the model/migration comparison there (`include_in_comparison`).
POSTGRESQL_ONLY: dict[str, Any] = {"dialects": ("postgresql",)}


def include_in_comparison(dialect_name: str) -> Any:
    """Alembic's `include_object` for autogenerate on `dialect_name`: skips indexes of other
    backends, which Alembic would otherwise report as missing."""

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        dialects = obj.info.get("dialects") if type_ == "index" and not reflected else None
        return dialects is None or dialect_name in dialects

    return include


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class Setting(Base):
    """Database-wide settings (the training mark, the case number pattern, the agency header)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Division(Base):
    __tablename__ = "divisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    division_id: Mapped[int | None] = mapped_column(ForeignKey("divisions.id"))
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    # A/B post (AB岗): the backup acts for this user while the user is marked absent.
    backup_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    absent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]

    division: Mapped[Division | None] = relationship()
    role_rows: Mapped[list[UserRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="UserRole.role"
    )

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(row.role for row in self.role_rows)


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)


class Regulation(Base):
    """One version of one regulation of the catalogue; `definition` holds the whole validated entry."""

    __tablename__ = "regulations"
    __table_args__ = (UniqueConstraint("code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(16))  # power | supporting
    kind: Mapped[str | None] = mapped_column(String(16))  # application | ex_officio
    group_name: Mapped[str] = mapped_column(String(64), default="")
    division_id: Mapped[int | None] = mapped_column(ForeignKey("divisions.id"))
    effective_from: Mapped[date] = mapped_column(Date)
    definition: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime]

    division: Mapped[Division | None] = relationship()


class Case(Base):
    """A case (办件). Due dates and the card threshold date are cached from the clock ledger so
    lists can sort and filter by them in SQL."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("year", "sequence"),
        Index("ix_cases_status_received", "status", "received_at"),
        Index("ix_cases_division_status", "division_id", "status"),
        Index("ix_cases_step_holder", "current_step_division_id", "current_step_role"),
        # 0007: the report, the supervision dashboard and the clock sweep filter on these.
        Index("ix_cases_division_received", "division_id", "received_at"),
        Index("ix_cases_regulation_received", "regulation_id", "received_at"),
        Index("ix_cases_clock_due", "clock_state", "statutory_due"),
        Index("ix_cases_yellow_on", "yellow_on"),
        Index("ix_cases_accepted_at", "accepted_at"),
        Index("ix_cases_decided_at", "decided_at"),
        Index("ix_cases_closed_at", "closed_at"),
        # 0009: the list's text search, substring matches served by pg_trgm on PostgreSQL only.
        *(
            Index(
                f"ix_cases_{column}_trgm",
                column,
                postgresql_using="gin",
                postgresql_ops={column: "gin_trgm_ops"},
                info=POSTGRESQL_ONLY,
            ).ddl_if(dialect="postgresql")
            for column in ("number", "applicant_name", "subject")
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    regulation_id: Mapped[int] = mapped_column(ForeignKey("regulations.id"), index=True)
    division_id: Mapped[int] = mapped_column(ForeignKey("divisions.id"))
    status: Mapped[str] = mapped_column(String(16))
    current_step: Mapped[str | None] = mapped_column(String(16))
    # The step's name under the case's regulation version, kept for lists.
    current_step_name: Mapped[str] = mapped_column(String(100), default="")
    # Who holds the current step (role and division), kept so to-do lists filter in SQL.
    current_step_role: Mapped[str] = mapped_column(String(32), default="", server_default="")
    current_step_division_id: Mapped[int | None] = mapped_column(ForeignKey("divisions.id"))
    step_entered_at: Mapped[datetime | None]
    decision_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    applicant_type: Mapped[str] = mapped_column(String(16), default="organisation")
    applicant_name: Mapped[str] = mapped_column(String(200), index=True)
    applicant_id_code: Mapped[str] = mapped_column(String(32), default="")
    applicant_contact: Mapped[str] = mapped_column(String(64), default="")
    applicant_phone: Mapped[str] = mapped_column(String(32), default="")
    applicant_address: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)
    accepted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    decision: Mapped[str | None] = mapped_column(String(16))  # approved | rejected
    satisfaction: Mapped[str | None] = mapped_column(String(16))
    clock_state: Mapped[str] = mapped_column(String(16), default="not_started")
    promised_due: Mapped[date | None] = mapped_column(Date)
    statutory_due: Mapped[date | None] = mapped_column(Date, index=True)
    yellow_on: Mapped[date | None] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    # Once the clock has stopped: the working (or natural) days it ran past the statutory limit,
    # 0 when the case was decided in time. Not the days from the due date to the decision: a case
    # decided in a step the clock does not count (报批, 证照办理) may be decided after its due date
    # and still in time. None while the clock has not stopped.
    stopped_overdue_days: Mapped[int | None] = mapped_column(Integer)
    lock_version: Mapped[int] = mapped_column(Integer, default=1)

    regulation: Mapped[Regulation] = relationship()
    division: Mapped[Division] = relationship(foreign_keys=[division_id])
    materials: Mapped[list[CaseMaterial]] = relationship(
        cascade="all, delete-orphan", order_by="CaseMaterial.id"
    )

    __mapper_args__: ClassVar = {"version_id_col": lock_version}


# 0009: one- and two-character fragments of the text search (no trigram of their own) are looked up
# by the pairs of adjacent characters; the function is defined by the migration.
Index(
    "ix_cases_search_pairs",
    func.sunlight_case_pairs(Case.number, Case.applicant_name, Case.subject).label("search_pairs"),
    postgresql_using="gin",
    postgresql_ops={"search_pairs": "gin_trgm_ops"},
    info=POSTGRESQL_ONLY,
).ddl_if(dialect="postgresql")


class CaseEvent(Base):
    """Something that happened to a case: who (and for whom), when, what, with which opinion."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    acting_for_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    step: Mapped[str | None] = mapped_column(String(16))
    opinion: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])


class CaseNumberCounter(Base):
    """The last case sequence issued per year; locked in the registering transaction."""

    __tablename__ = "case_number_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class CalendarDay(Base):
    """An exception to the Monday–Friday rule: a statutory holiday or a make-up working day."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # holiday | workday
    name: Mapped[str] = mapped_column(String(64), default="")


class CalendarYear(Base):
    """A year whose official schedule has been entered; years absent here are provisional."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    entered_at: Mapped[datetime]


class ClockEvent(Base):
    """One entry of a case's clock ledger: start, suspend, resume, extend, stop."""

    __tablename__ = "clock_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    reason_code: Mapped[str | None] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    days: Mapped[int | None] = mapped_column(Integer)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    step: Mapped[str | None] = mapped_column(String(16))


class AuditEvent(Base):
    """One row of the append-only audit trail. Rows form a hash chain: `hash` covers the row's
    content and `prev_hash`, the hash of the row before (see app.audit). Never updated or deleted."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_key"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(Integer)
    acting_for_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(200))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditChainHead(Base):
    """The one row naming the chain's last link. Appending locks it (FOR UPDATE on PostgreSQL) so
    the chain stays linear under concurrent writers; `audit verify` compares it with the last row
    to find rows deleted from, or added to, the end."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class Recusal(Base):
    """A declared conflict of interest (回避): the user may not act on the case, or on any case of
    the applicant, from `declared_at` on."""

    __tablename__ = "recusals"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    applicant_name: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    declared_at: Mapped[datetime]


class CaseMaterial(Base):
    """One line of a case's materials checklist (申请材料), as checked at the counter."""

    __tablename__ = "case_materials"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16))  # received | missing | defective
    copies: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


# --- supervision office: notices, complaints, meetings, accountability, feedback -------------------


class SupervisionNotice(Base):
    """A supervision notice (督办通知) sent to a division about one or more cases, with a reply
    deadline in working days; the division head replies in the app."""

    __tablename__ = "supervision_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    division_id: Mapped[int] = mapped_column(ForeignKey("divisions.id"), index=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    subject: Mapped[str] = mapped_column(String(200))
    requirements: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime]
    reply_due: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | replied
    reply_text: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None]
    replied_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    division: Mapped[Division] = relationship()
    case_links: Mapped[list[SupervisionNoticeCase]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="SupervisionNoticeCase.case_id"
    )


class SupervisionNoticeCase(Base):
    __tablename__ = "supervision_notice_cases"

    notice_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_notices.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Complaint(Base):
    """A complaint (投诉) registered by the supervision office, handled within the limit of the
    complaints regulation (BZ-08)."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))  # phone | letter | visit | online
    complainant: Mapped[str] = mapped_column(String(100))
    contact: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    division_id: Mapped[int | None] = mapped_column(ForeignKey("divisions.id"), index=True)
    received_at: Mapped[datetime]
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    due: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | closed
    investigation: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(16))  # substantiated | partly | not
    reply_text: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Meeting(Base):
    """A collective-decision meeting (集体决策): 党组会, 主任办公会 or 处务会."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_type: Mapped[str] = mapped_column(String(16))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    division_id: Mapped[int | None] = mapped_column(ForeignKey("divisions.id"))
    presiding_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorder_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]
    notes: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[MeetingMember]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="MeetingMember.id"
    )
    items: Mapped[list[MeetingItem]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="MeetingItem.seq"
    )


class MeetingMember(Base):
    """One of the members due to attend (应到会人员), and whether he attended."""

    __tablename__ = "meeting_members"
    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    absence_reason: Mapped[str] = mapped_column(String(200), default="")

    user: Mapped[User] = relationship(lazy="joined")


class MeetingItem(Base):
    """An agenda item (议题), possibly about a case; its decision and the dissent."""

    __tablename__ = "meeting_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    personnel: Mapped[bool] = mapped_column(Boolean, default=False)
    decision: Mapped[str | None] = mapped_column(String(16))  # approved | rejected | deferred
    decision_text: Mapped[str] = mapped_column(Text, default="")
    dissent: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None]

    opinions: Mapped[list[MeetingOpinion]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="MeetingOpinion.seq"
    )


class MeetingOpinion(Base):
    """One member's stated opinion on an agenda item, in speaking order."""

    __tablename__ = "meeting_opinions"
    __table_args__ = (UniqueConstraint("item_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("meeting_items.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("meeting_members.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    stance: Mapped[str] = mapped_column(String(16))  # agree | disagree | defer | recused
    reason: Mapped[str] = mapped_column(Text, default="")


class AccountabilityItem(Base):
    """An accountability item (违规责任追究): raised automatically (statutory overdue, one-time
    notification breached, substantiated complaint) or by a supervisor. `auto_key` makes the
    automatic raising idempotent: one item per case (or complaint) and violation."""

    __tablename__ = "accountability_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # overdue | one_time_notice | complaint | manual
    auto_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    violation_type: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id", ondelete="SET NULL"))
    division_id: Mapped[int | None] = mapped_column(ForeignKey("divisions.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[datetime]
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # open | concluded | dismissed
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    finding: Mapped[str] = mapped_column(Text, default="")
    sanction: Mapped[str] = mapped_column(String(32), default="")
    sanction_on: Mapped[date | None] = mapped_column(Date)
    dismissal_reason: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    persons: Mapped[list[AccountabilityPerson]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AccountabilityPerson.id"
    )


class AccountabilityPerson(Base):
    __tablename__ = "accountability_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("accountability_items.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(64))
    responsibility: Mapped[str] = mapped_column(String(32), default="")  # 直接责任 / 主要领导责任 / 领导责任


class SocialFeedback(Base):
    """Feedback from a social supervisor (社会监督员), registered by the supervision office and
    answered within the limit of BZ-11."""

    __tablename__ = "social_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    supervisor_name: Mapped[str] = mapped_column(String(64))
    division_id: Mapped[int | None] = mapped_column(ForeignKey("divisions.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    rating: Mapped[str | None] = mapped_column(String(16))  # satisfied | basically | dissatisfied
    content: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reply_due: Mapped[date] = mapped_column(Date)
    reply_text: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None]


class PrintedDocument(Base):
    """One printing of a document of a case (受理通知书, 补正材料一次性告知书, 不予受理通知书).

    The first printing of a (case, kind) is the original; every later one is a reprint (补打)
    numbered from 1. All printings of a document share its document number; each has its own
    verification code, printed in the QR code, so a paper copy can be checked against this row."""

    __tablename__ = "printed_documents"
    __table_args__ = (Index("ix_printed_documents_case_kind", "case_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # receipt | supplement | refusal
    document_number: Mapped[str] = mapped_column(String(64))
    verification_code: Mapped[str] = mapped_column(String(16), unique=True)
    reprint_no: Mapped[int] = mapped_column(Integer, default=0)  # 0 = original, n = n-th reprint
    printed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    printed_at: Mapped[datetime]
    # What the paper showed (app.printing.layout.document_to_json), so a reprint repeats the
    # original's due dates and wording instead of recomputing them; null before migration 0008.
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON)
