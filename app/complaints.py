"""Complaints (投诉, BZ-08 投诉受理办法).

The supervision office registers a complaint received by phone (the complaint phone printed on
every acceptance receipt), letter, visit or online: the complainant, a contact, what is complained
of, and the case it concerns if there is one. It is handled within the regulation's limit (15
working days from receipt, the receipt day not counted); the office records its investigation
notes, the outcome (属实 / 部分属实 / 不属实) and the reply to the complainant. A substantiated or
partly substantiated complaint opens an accountability item (app.accountability).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.agency_time import agency_date
from app.calendar_store import load_calendar
from app.errors import InvalidAction, InvalidInput, NotFound
from app.messages import Message, choices, msg
from app.supervision import (
    division_by_code,
    due_after,
    listing_names,
    regulation_parameters,
    require_supervisor,
    supervision_scope,
    working_days_left,
)
from app.timesource import current_time
from db.models import AccountabilityItem, Case, Complaint, Division, User

CHANNELS: dict[str, str] = {"phone": "电话", "letter": "信函", "visit": "来访", "online": "网上"}
OUTCOMES: dict[str, str] = {"substantiated": "属实", "partly": "部分属实", "not": "不属实"}
STATUS_LABELS = {"open": "办理中", "closed": "已办结"}


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    channel: str
    channel_label: str
    complainant: str
    contact: str
    content: str
    case_number: str | None
    division: str
    received_at: datetime
    registered_by: str
    due: date
    days_left: int  # working days to the due date; negative when overdue (open complaints)
    status: str
    status_label: str
    investigation: str
    outcome: str | None
    outcome_label: str
    reply: str
    closed_at: datetime | None
    accountability_id: int | None

    @property
    def overdue(self) -> bool:
        return self.status == "open" and self.days_left < 0

    @property
    def time_text(self) -> Message:
        if self.status != "open":
            return msg("已办结")
        if self.days_left < 0:
            return msg("已超期 {days} 个工作日", days=-self.days_left)
        return msg("剩余 {days} 个工作日", days=self.days_left)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "channel": self.channel,
            "complainant": self.complainant,
            "contact": self.contact,
            "content": self.content,
            "case": self.case_number,
            "division": self.division,
            "received_at": audit.jsonable(self.received_at),
            "registered_by": self.registered_by,
            "due": self.due.isoformat(),
            "days_left": self.days_left if self.status == "open" else None,
            "overdue": self.overdue,
            "status": self.status,
            "investigation": self.investigation,
            "outcome": self.outcome,
            "reply": self.reply,
            "closed_at": audit.jsonable(self.closed_at),
            "accountability_id": self.accountability_id,
        }


def _snapshot(c: Complaint) -> dict[str, Any]:
    return {
        "channel": c.channel,
        "complainant": c.complainant,
        "contact": c.contact,
        "content": c.content,
        "case_id": c.case_id,
        "division_id": c.division_id,
        "received_at": c.received_at,
        "due": c.due,
        "status": c.status,
        "investigation": c.investigation,
        "outcome": c.outcome,
        "reply": c.reply_text,
    }


def register_complaint(
    session: Session,
    actor: User,
    *,
    channel: str,
    complainant: str,
    content: str,
    contact: str = "",
    case_number: str | None = None,
    division_code: str | None = None,
    received_at: datetime | None = None,
) -> Complaint:
    """Register a complaint; its due date follows from the complaints regulation's limit."""
    from app.cases import find_case

    now = current_time()
    params = regulation_parameters(session, "BZ-08")
    channels = [c for c in params.get("channels", CHANNELS) if c in CHANNELS]
    if channel not in channels:
        raise InvalidInput(
            msg(
                "投诉渠道应为：{channels}。",
                channels=choices({c: CHANNELS[c] for c in channels}),
            ),
            field="channel",
        )
    complainant = complainant.strip() or "匿名"
    if len(complainant) > 100:
        raise InvalidInput(msg("投诉人姓名过长（最多100字）。"), field="complainant")
    content = content.strip()
    if not content:
        raise InvalidInput(msg("请填写投诉事项和主要事实。"), field="content")
    received_at = received_at or now
    if received_at.tzinfo is None or received_at > now:
        raise InvalidInput(msg("收到投诉的时间不能晚于当前时间。"), field="received_at")
    case_row = find_case(session, case_number) if case_number and case_number.strip() else None
    division: Division | None = division_by_code(session, division_code) if division_code else None
    if case_row is not None and division is not None and division.id != case_row.division_id:
        raise InvalidInput(msg("投诉涉及的处室与办件的承办处室不一致，请核对。"), field="division")
    division_id = case_row.division_id if case_row is not None else (division.id if division else None)
    require_supervisor(session, actor, division_id=division_id, case_row=case_row)
    scope = supervision_scope(actor)
    if division_id is None and not scope.all_divisions:
        division_id = actor.division_id
    complaint = Complaint(
        channel=channel,
        complainant=complainant,
        contact=contact.strip()[:100],
        content=content,
        case_id=case_row.id if case_row else None,
        division_id=division_id,
        received_at=received_at,
        registered_by_id=actor.id,
        due=due_after(session, received_at, params["complaint_limit"]),
        status="open",
    )
    session.add(complaint)
    audit.record_change(session, actor, complaint, _snapshot, None, action="complaint.register")
    return complaint


def _complaint(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(msg("没有第 {complaint_id} 号投诉。", complaint_id=complaint_id))
    return complaint


def _require_open(session: Session, actor: User, complaint: Complaint) -> None:
    case_row = session.get(Case, complaint.case_id) if complaint.case_id else None
    require_supervisor(session, actor, division_id=complaint.division_id, case_row=case_row)
    if complaint.status != "open":
        raise InvalidAction(msg("该投诉已办结，不能再修改。"))


def record_investigation(session: Session, actor: User, complaint_id: int, notes: str) -> Complaint:
    """Add a dated paragraph to the investigation notes (调查核实情况)."""
    complaint = _complaint(session, complaint_id)
    _require_open(session, actor, complaint)
    notes = notes.strip()
    if not notes:
        raise InvalidInput(msg("请填写调查核实情况。"), field="investigation")
    before = _snapshot(complaint)
    stamp = agency_date(current_time()).isoformat()
    line = f"{stamp} {actor.name}：{notes}"
    complaint.investigation = f"{complaint.investigation}\n{line}".strip()
    audit.record_change(session, actor, complaint, _snapshot, before, action="complaint.investigate")
    return complaint


@dataclass(frozen=True)
class ConcludeResult:
    complaint: Complaint
    accountability: AccountabilityItem | None


def conclude_complaint(
    session: Session,
    actor: User,
    complaint_id: int,
    *,
    outcome: str,
    reply: str,
    investigation: str = "",
) -> ConcludeResult:
    """Close a complaint with its outcome and the reply to the complainant; a substantiated or
    partly substantiated one opens an accountability item."""
    from app.accountability import raise_from_complaint

    complaint = _complaint(session, complaint_id)
    _require_open(session, actor, complaint)
    if outcome not in OUTCOMES:
        raise InvalidInput(
            msg(
                "处理结果应为：{outcomes}。",
                outcomes=choices(OUTCOMES),
            ),
            field="outcome",
        )
    reply = reply.strip()
    if not reply:
        raise InvalidInput(msg("请填写答复投诉人的内容。"), field="reply")
    if investigation.strip():
        record_investigation(session, actor, complaint_id, investigation)
    if not complaint.investigation.strip():
        raise InvalidInput(msg("办结前须记录调查核实情况。"), field="investigation")
    before = _snapshot(complaint)
    now = current_time()
    complaint.outcome = outcome
    complaint.reply_text = reply
    complaint.status = "closed"
    complaint.closed_at = now
    complaint.closed_by_id = actor.id
    audit.record_change(session, actor, complaint, _snapshot, before, action="complaint.conclude")
    item = (
        raise_from_complaint(session, actor, complaint, now)
        if outcome in ("substantiated", "partly")
        else None
    )
    return ConcludeResult(complaint, item)


def list_complaints(
    session: Session, actor: User, *, open_only: bool = False, now: datetime | None = None
) -> list[ComplaintInfo]:
    """Complaints in the actor's supervision scope, newest first."""
    scope = supervision_scope(actor)
    today = agency_date(now or current_time())
    query = select(Complaint).order_by(Complaint.id.desc())
    if open_only:
        query = query.where(Complaint.status == "open")
    condition = scope.condition(Complaint.division_id)
    if condition is not None:
        query = query.where(condition)
    rows = list(session.scalars(query))
    calendar = load_calendar(session)
    looked_up = listing_names(session, {c.case_id for c in rows})
    numbers, divisions, names = looked_up.case_numbers, looked_up.divisions, looked_up.users
    items = dict(
        session.execute(
            select(AccountabilityItem.complaint_id, AccountabilityItem.id).where(
                AccountabilityItem.complaint_id.in_([c.id for c in rows])
            )
        ).all()
    )
    return [
        ComplaintInfo(
            id=c.id,
            channel=c.channel,
            channel_label=CHANNELS.get(c.channel, c.channel),
            complainant=c.complainant,
            contact=c.contact,
            content=c.content,
            case_number=numbers.get(c.case_id) if c.case_id else None,
            division=divisions.get(c.division_id, "") if c.division_id else "",
            received_at=c.received_at,
            registered_by=names.get(c.registered_by_id, ""),
            due=c.due,
            days_left=working_days_left(session, c.due, today, calendar),
            status=c.status,
            status_label=STATUS_LABELS.get(c.status, c.status),
            investigation=c.investigation,
            outcome=c.outcome,
            outcome_label=OUTCOMES.get(c.outcome or "", ""),
            reply=c.reply_text,
            closed_at=c.closed_at,
            accountability_id=items.get(c.id),
        )
        for c in rows
    ]


def complaint_info(session: Session, actor: User, complaint_id: int) -> ComplaintInfo:
    for info in list_complaints(session, actor):
        if info.id == complaint_id:
            return info
    raise NotFound(
        msg("没有第 {complaint_id} 号投诉，或该投诉不在您的监督范围内。", complaint_id=complaint_id)
    )
