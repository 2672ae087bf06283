"""Case handling (办件): registration and every action on a case, one service each.

Each action checks, in this order: the case's state (app.workflow: what may happen now), the
actor's permission, separation of duties and recusal (app.policy: who may do it), and the action's
own input. Only then does it change the case, keep its legal clock (app.clock through
app.calendar_store), and record the event on the case timeline and in the audit trail. Every
refusal is a DomainError whose message the GUI and the CLI show as is; a refused action changes
nothing.

Concurrency: a case carries `lock_version`. An action may be given the version the user saw; if
another desk changed the case since, the action is refused with who changed it and when, and the
caller reloads. Without a given version the database's own check (UPDATE … WHERE lock_version)
still refuses a lost update.

Cost: many desks share one database, so an action reads what it needs about the case in one query
(`_case_facts`: clock ledger, timeline, division ids, recusal, calendar row versions), keeps the
clock ledger in memory while it runs, and writes everything at once: on PostgreSQL its rows go to
the server with the audit append and the COMMIT, in one round trip (`_write_with_the_audit`);
on SQLite in one flush. On PostgreSQL `find_case_for` reads the case, its regulation, the actor
and those facts in one statement and builds the objects itself (the ORM's row loading cost more
than the round trip), so a desk's action is two round trips. tests/test_statement_budget.py
holds the number of statements.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import accumulate
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import (
    Date,
    Integer,
    String,
    bindparam,
    cast,
    func,
    insert,
    inspect,
    literal,
    literal_column,
    null,
    or_,
    select,
    true,
    update,
)
from sqlalchemy import case as sql_case
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session, joinedload, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, manager_of_class, set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from app import audit, changes, policy, workflow
from app.agency_time import agency_date, agency_datetime, format_date, format_date_cn
from app.calendar_store import (
    PgVersions,
    case_ledger,
    clock_inputs,
    ledger_from_events,
    load_calendar,
    parse_pg_versions,
    pg_version_columns,
    refresh_case_clock,
    rules_for_regulation,
)
from app.catalogue import RegulationSpec, regulation_in_force, regulation_spec, regulation_versions
from app.catalogue.model import StepSpec
from app.clock import (
    SUSPENSION_REASONS,
    ClockReading,
    LedgerEntry,
    StepTiming,
    check_clock_event,
    compute_clock,
    step_overtime,
)
from app.errors import ConcurrentChange, InvalidAction, InvalidInput, NotFound
from app.identifiers import check_credit_code, check_id_card, check_phone
from app.messages import choices, enumeration, msg
from app.numbering import insert_numbered, issue_case_number
from app.timesource import current_time
from app.users import load_actor
from db.models import (
    Case,
    CaseEvent,
    CaseMaterial,
    ClockEvent,
    Division,
    Recusal,
    Regulation,
    User,
    UserRole,
)
from db.pipeline import result_processors, run_pipeline

STATUS_LABELS: dict[str, str] = {
    "received": "已接收",
    "supplementing": "补正中",
    "accepted": "已受理",
    "refused": "不予受理",
    "in_progress": "办理中",
    "suspended": "暂停计时",
    "decided": "已办结",
    "closed": "已归档",
    "withdrawn": "已撤回",
}
OPEN_STATUSES = workflow.OPEN_STATUSES
APPLICANT_TYPES: dict[str, str] = {"organisation": "法人或其他组织", "person": "自然人"}
MATERIAL_STATUSES: dict[str, str] = {"received": "已收取", "missing": "缺少", "defective": "不符合要求"}
SATISFACTION: dict[str, str] = {"satisfied": "满意", "basically": "基本满意", "dissatisfied": "不满意"}
DECISIONS: dict[str, str] = {"approved": "准予", "rejected": "不予批准"}
EVENT_LABELS: dict[str, str] = {
    "register": "登记",
    **workflow.ACTION_LABELS,
    "auto_suspend": "进入不计时环节，暂停计时",
    "auto_resume": "离开不计时环节，恢复计时",
    "due_date_changed": "期限随工作日历调整",
}


# --- inputs ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicantDetails:
    name: str
    applicant_type: str = "organisation"
    id_code: str = ""
    contact: str = ""
    phone: str = ""
    address: str = ""

    def checked(self) -> ApplicantDetails:
        """Normalised details, or InvalidInput naming the field and what to correct."""
        name = self.name.strip()
        if not name:
            raise InvalidInput(msg("请填写申请人名称。"), field="applicant_name")
        if len(name) > 200:
            raise InvalidInput(msg("申请人名称过长（最多200字）。"), field="applicant_name")
        if self.applicant_type not in APPLICANT_TYPES:
            raise InvalidInput(msg("申请人类型只能是“法人或其他组织”或“自然人”。"), field="applicant_type")
        id_code = self.id_code.strip()
        if id_code:
            id_code = (
                check_credit_code(id_code)
                if self.applicant_type == "organisation"
                else check_id_card(id_code)
            )
        return ApplicantDetails(
            name=name,
            applicant_type=self.applicant_type,
            id_code=id_code,
            contact=self.contact.strip(),
            phone=check_phone(self.phone),
            address=self.address.strip(),
        )


@dataclass(frozen=True)
class MaterialCheck:
    """The clerk's finding on one required material at the counter."""

    code: str
    status: str = "received"  # received | missing | defective
    copies: int = 0
    note: str = ""


@dataclass(frozen=True)
class ActionInput:
    """What the user gave with an action; each action reads the fields it needs."""

    opinion: str = ""
    reason: str = ""
    reason_code: str = ""
    days: int | None = None
    to_step: str = ""
    rating: str = ""
    assignee_login: str = ""
    materials: tuple[MaterialCheck, ...] = ()
    expected_version: int | None = None
    meeting_id: int | None = None  # the meeting that decided a collective-decision step


@dataclass(frozen=True)
class ActionResult:
    case_id: int
    number: str
    action: str
    status: str
    step: str | None
    message: str
    events: tuple[str, ...] = field(default=())


# --- registration ------------------------------------------------------------------------------------


def all_materials_received(regulation: Regulation) -> tuple[MaterialCheck, ...]:
    spec = regulation_spec(regulation)
    return tuple(MaterialCheck(m.code, "received", m.copies) for m in spec.materials)


def register_case(
    session: Session,
    *,
    actor: User,
    regulation: Regulation,
    applicant: ApplicantDetails,
    subject: str,
    received_at: datetime | None = None,
    materials: Sequence[MaterialCheck] | None = None,
    check_permission: bool = True,
) -> Case:
    """Register an application received at the counter (首问负责: the receiving user is recorded).

    `received_at` defaults to now and may not lie in the future. Ex-officio matters start
    "accepted" with their clock running from registration: there is no applicant to accept from.
    """
    now = current_time()
    received_at = received_at or now
    if received_at.tzinfo is None:
        raise InvalidInput(msg("接收时间必须带时区。"), field="received_at")
    if received_at > now:
        raise InvalidInput(msg("接收时间不能晚于当前时间。"), field="received_at")
    if regulation.category != "power":
        raise InvalidInput(
            msg("“{title}”是配套保障制度，不能据此登记办件。", title=regulation.title), field="regulation"
        )
    received_on = agency_date(received_at)
    if regulation.effective_from > received_on:
        # A case is handled under the version in force on the day it was received.
        raise InvalidInput(
            msg(
                "{code}“{title}”第{version}版自{start}起施行，{day}接收的申请不能按此版本登记。",
                code=regulation.code,
                title=regulation.title,
                version=regulation.version,
                start=format_date_cn(regulation.effective_from),
                day=format_date_cn(received_on),
            ),
            field="received_at",
        )
    if check_permission:
        policy.require(actor, "register", session=session, division_id=regulation.division_id)
    spec = regulation_spec(regulation)
    applicant = applicant.checked()
    subject = subject.strip()
    if len(subject) > 300:
        raise InvalidInput(msg("项目名称或事由过长（最多300字）。"), field="subject")
    checks = _checked_materials(spec, materials)
    year = received_on.year
    ex_officio = spec.kind == "ex_officio"
    case = Case(
        year=year,
        regulation=regulation,
        division_id=regulation.division_id,
        status="accepted" if ex_officio else "received",
        applicant_type=applicant.applicant_type,
        applicant_name=applicant.name,
        applicant_id_code=applicant.id_code,
        applicant_contact=applicant.contact,
        applicant_phone=applicant.phone,
        applicant_address=applicant.address,
        subject=subject,
        received_by_id=actor.id,
        received_at=received_at,
        accepted_at=received_at if ex_officio else None,
    )
    # The regulation's own division is the one its code named at import (codes never change): a
    # first step there needs no look-up.
    own_division = _DIVISIONS.set({spec.division: regulation.division_id} if spec.division else {})
    try:
        _enter_step(session, case, spec, spec.steps[0] if spec.steps else None, received_at, actor)
    finally:
        _DIVISIONS.reset(own_division)
    case.assignee_id = actor.id
    # The year's counter stays locked until commit, and every registering desk waits for it. On
    # PostgreSQL the case is written by the statement that takes its number, last (app.numbering);
    # SQLite's write lock is held from BEGIN anyway.
    if not _insert_numbered_case(session, case, year):
        case.sequence, case.number = issue_case_number(session, year)
        session.add(case)
        session.flush()
    if ex_officio:
        _LEDGERS.set((case.id, []))  # a new case has no clock events yet
        try:
            _clock(session, case, spec, LedgerEntry("start", received_at))
        finally:
            _LEDGERS.set(None)
            _CLOCK_INPUTS.set(None)
    number = case.number
    # The checklist's rows are added now, not with the case: on PostgreSQL they go with the
    # timeline's entry and the audit row (their own INSERT would cost the desk a round trip).
    material_specs = {m.code: m for m in spec.materials}
    for c in checks:
        session.add(
            CaseMaterial(
                case_id=case.id,
                code=c.code,
                name=material_specs[c.code].name,
                required=material_specs[c.code].required,
                status=c.status,
                copies=c.copies,
                note=c.note.strip(),
            )
        )
    _timeline(
        session,
        case,
        actor,
        None,
        "register",
        received_at,
        "",
        {"number": number, "regulation": regulation.code, "version": regulation.version},
    )
    # PostgreSQL: the timeline's entry (and an ex-officio clock's start, its columns too) go with
    # the audit row.
    _write_with_the_audit(session, case, update_case=ex_officio)
    backdated = (now - received_at).total_seconds() > 600
    audit.record(
        session,
        actor=actor,
        action="case.register",
        entity="case",
        entity_key=number,
        before=None,
        after={
            **_snapshot(case),
            "received_at": received_at,
            "applicant": applicant.name,
            "backdated": backdated,
        },
        case_id=case.id,
    )
    return case


def _insert_numbered_case(session: Session, case: Case, year: int) -> bool:
    """PostgreSQL: write the new `case` in the one statement that takes its number
    (`app.numbering.insert_numbered`), the case then in the session as written. False, having
    written nothing, where that cannot be done: the caller numbers it and flushes it."""
    if audit.has_riders(session):  # (the rows waiting to ride go first, in order)
        return False
    session.flush()  # what the case refers to, if new in this transaction
    table = Case.__table__
    given = case.__dict__
    given["regulation_id"] = case.regulation.id  # (what a flush of the case takes from its regulation)
    values: dict[str, Any] = {}
    for column in table.c:
        if column.key in ("id", "sequence", "number"):
            continue
        default = column.default.arg if column.default is not None and column.default.is_scalar else None
        values[column.key] = given.get(column.key, default)
    written = insert_numbered(session, table, values, year)
    if written is None:
        return False
    given.update(values)
    given["id"], given["sequence"], given["number"] = written
    make_transient_to_detached(case)  # as read back: every column loaded, nothing to flush
    session.add(case)
    changes.announce_cases(session, [case.id])  # (what a flush of the case would have announced)
    return True


def _checked_materials(
    spec: RegulationSpec, materials: Sequence[MaterialCheck] | None
) -> list[MaterialCheck]:
    known = {m.code: m for m in spec.materials}
    if materials is None:
        return [MaterialCheck(m.code, "received", m.copies) for m in spec.materials]
    seen: dict[str, MaterialCheck] = {}
    for check in materials:
        if check.code not in known:
            raise InvalidInput(
                msg(
                    "材料代码“{code}”不在“{title}”的申请材料清单中（可用：{available}）。",
                    code=check.code,
                    title=spec.title,
                    available=enumeration(list(known)) or msg("无"),
                ),
                field="materials",
            )
        if check.status not in MATERIAL_STATUSES:
            raise InvalidInput(
                msg("材料状态“{status}”无效，应为已收取、缺少或不符合要求。", status=check.status),
                field="materials",
            )
        if check.copies < 0:
            raise InvalidInput(msg("材料份数不能为负数。"), field="materials")
        seen[check.code] = check
    # A required material the clerk did not tick is missing, not silently received.
    return [
        seen.get(code, MaterialCheck(code, "missing" if m.required else "received", 0))
        for code, m in known.items()
    ]


# --- actions -----------------------------------------------------------------------------------------


@functools.cache
def _find_case_query() -> Any:
    # The regulation version comes in the same query: every action reads it. Built once.
    return (
        select(Case)
        .options(joinedload(Case.regulation))
        .where(Case.number == bindparam("number", type_=String))
    )


def registered_since(
    session: Session, *, actor_id: int, applicant: ApplicantDetails, subject: str, since: datetime
) -> Case | None:
    """The case `actor_id` registered since `since` for this applicant and subject, the latest:
    after a registration whose COMMIT the connection cut off (`DatabaseUnavailable.in_doubt`),
    whether it was saved, so that submitting the kept form again does not register it twice."""
    try:
        name = applicant.checked().name
    except InvalidInput:
        return None  # such a form was never saved
    return session.scalars(
        select(Case)
        .where(
            Case.received_by_id == actor_id,
            Case.applicant_name == name,
            Case.subject == subject.strip(),
            Case.received_at >= since,
        )
        .order_by(Case.id.desc())
        .limit(1)
    ).first()


def find_case(session: Session, number: str) -> Case:
    case = session.scalar(_find_case_query(), {"number": number.strip()})
    if case is None:
        raise NotFound(msg("没有编号为“{number}”的办件，请核对办件编号。", number=number))
    return case


@functools.cache
def _case_and_actor_query() -> Any:
    return (
        select(Case, User)
        .select_from(Case)
        .join(User, true())  # two rows by their keys: a product of one by one, said so
        .options(joinedload(Case.regulation), joinedload(User.role_rows))
        .where(
            Case.number == bindparam("number", type_=String),
            User.id == bindparam("actor_id", type_=Integer),
        )
    )


def find_case_for(session: Session, number: str, actor_id: int) -> tuple[Case, User | None]:
    """The case numbered `number` and the user `actor_id` about to act on it (with his roles,
    as `app.users.load_actor`), in one statement: every action reads both. On PostgreSQL the
    same statement reads what the action will want to know of the case (`_CaseFacts`), so the
    action that follows needs no read of its own. NotFound when there is no such case; None for
    a user who is gone."""
    number = number.strip()
    if session.get_bind().dialect.name == "postgresql":
        found = _read_for_action(session, number, actor_id)
        if found is not None:
            return found
    # One row per role of the user: all of them fill his roles, the pair comes once.
    rows = session.execute(_case_and_actor_query(), {"number": number, "actor_id": actor_id})
    pairs = rows.unique().all()
    if pairs:
        return pairs[0][0], pairs[0][1]
    return find_case(session, number), load_actor(session, actor_id)


@dataclass(frozen=True)
class _CaseFacts:
    """What an action needs to know about a case beyond its row: its clock ledger, its timeline
    so far (who took which action at which step: separation of duties, the one supplement
    request), and on PostgreSQL whether the cached calendar is current."""

    ledger: list[LedgerEntry]
    timeline: tuple[policy.Participation, ...]
    lock_version: int | None  # as committed (None: the case is gone)
    division_ids: dict[str, int | None]  # of (at least) the divisions the regulation's steps name
    recusals: dict[int, int | None] = field(default_factory=dict)  # actor id: his recusal's id
    calendar_versions: PgVersions | None = None

    @property
    def supplemented(self) -> bool:
        return any(event.action == "supplement" for event in self.timeline)

    def for_policy(self, case: Case) -> policy.KnownFacts:
        return policy.KnownFacts(case.id, self.division_ids, self.recusals, self.timeline)


# The timeline's participations, aggregated into one text per case: fields and events apart by
# control characters that no action, step code or number contains.
_FIELD_SEPARATOR, _EVENT_SEPARATOR = "\x1f", "\x1e"


def _timeline_text() -> Any:
    fields = [
        CaseEvent.action,
        func.coalesce(CaseEvent.step, ""),
        func.coalesce(cast(CaseEvent.actor_id, String), ""),
        func.coalesce(cast(CaseEvent.acting_for_id, String), ""),
    ]
    joined = fields[0]
    for more in fields[1:]:
        joined = joined + _FIELD_SEPARATOR + more
    return func.aggregate_strings(joined, _EVENT_SEPARATOR)


def _participations(text: str | None) -> tuple[policy.Participation, ...]:
    found = []
    for event in text.split(_EVENT_SEPARATOR) if text else ():
        action, step, actor_id, acting_for_id = event.split(_FIELD_SEPARATOR)
        found.append(
            policy.Participation(
                action,
                step or None,
                int(actor_id) if actor_id else None,
                int(acting_for_id) if acting_for_id else None,
            )
        )
    return tuple(found)


def _ledger_columns() -> tuple[Any, ...]:
    """A clock event's columns as the facts read them, in the order of LedgerEntry's fields."""
    return (
        ClockEvent.kind,
        ClockEvent.at,
        ClockEvent.reason_code,
        ClockEvent.reason_text,
        ClockEvent.days,
        ClockEvent.approver_id,
        ClockEvent.step,
    )


@functools.lru_cache(maxsize=64)
def _case_facts_query(codes: tuple[str, ...], with_actor: bool, postgresql: bool) -> Any:
    """The facts query for a regulation naming the divisions `codes`; built once per shape (every
    action runs it), the case, the actor and the applicant are parameters."""
    case_id = bindparam("case_id", type_=Integer)
    divisions = [
        select(Division.id).where(Division.code == code).scalar_subquery().label(f"division_{n}")
        for n, code in enumerate(codes)
    ]
    timeline = (
        select(_timeline_text()).where(CaseEvent.case_id == case_id).scalar_subquery().label("timeline")
    )
    recused = []
    if with_actor:
        covering = or_(
            Recusal.applicant_name == bindparam("applicant_name", type_=String), Recusal.case_id == case_id
        )
        recused.append(
            select(Recusal.id)
            .where(Recusal.user_id == bindparam("actor_id", type_=Integer), covering)
            .order_by(Recusal.id)
            .limit(1)
            .scalar_subquery()
            .label("recusal")
        )
    versions = list(pg_version_columns()) if postgresql else []
    return (
        select(
            timeline,
            Case.lock_version,
            *divisions,
            *recused,
            *versions,
            *_ledger_columns(),
        )
        .select_from(Case)
        .outerjoin(ClockEvent, ClockEvent.case_id == Case.id)
        .where(Case.id == case_id)
        .order_by(ClockEvent.at, ClockEvent.id)
    )


def _case_facts(
    session: Session, case: Case, spec: RegulationSpec | None = None, actor: User | None = None
) -> _CaseFacts:
    """One query: the case's clock ledger, each event a row (none: one row of NULLs), with
    beside it the case's timeline as one text, the committed lock version, the ids of the
    divisions the steps name (a step entered is held in its division), the `actor`'s recusal
    covering the case (as app.policy.recusal_for finds it), so the decision needs no query, and
    on PostgreSQL the calendar's row versions, so the clock needs none either."""
    prefetched = _prefetched_facts(session, case, actor)
    if prefetched is not None:
        return prefetched
    codes = tuple(sorted({s.division for s in spec.steps if s.division})) if spec is not None else ()
    postgresql = session.get_bind().dialect.name == "postgresql"
    query = _case_facts_query(codes, actor is not None, postgresql)
    params: dict[str, Any] = {"case_id": case.id}
    if actor is not None:
        params |= {"actor_id": actor.id, "applicant_name": case.applicant_name}
    rows = session.execute(query, params).all()
    first = rows[0]._mapping if rows else {}
    return _CaseFacts(
        ledger=ledger_from_events(r for r in rows if r.kind is not None),
        timeline=_participations(first.get("timeline")),
        lock_version=first.get("lock_version"),
        division_ids={code: first[f"division_{n}"] for n, code in enumerate(codes)} if rows else {},
        recusals={actor.id: first["recusal"]} if actor is not None and rows else {},
        calendar_versions=(
            parse_pg_versions(first["calendar_versions"], first["card_versions"])
            if postgresql and rows
            else None
        ),
    )


# What `_read_for_action` read with a case for the action that follows: (case id, actor id, the
# case's lock version, its facts). Taken by that action's `_case_facts`; dropped by any other
# statement or flush of the session first, which may have changed what they say.
_PREFETCHED = "sunlight_prefetched_case_facts"


@sa_event.listens_for(Session, "do_orm_execute")
def _drop_prefetched_on_execute(state: Any) -> None:
    state.session.info.pop(_PREFETCHED, None)


@sa_event.listens_for(Session, "before_flush")
def _drop_prefetched_on_flush(session: Session, context: Any, instances: Any) -> None:
    session.info.pop(_PREFETCHED, None)


def _prefetched_facts(session: Session, case: Case, actor: User | None) -> _CaseFacts | None:
    taken = session.info.pop(_PREFETCHED, None)
    if taken is None or actor is None or taken[:3] != (case.id, actor.id, case.lock_version):
        return None
    return taken[3]


_ROLE_SEPARATOR = ","
_DIVISION_SEPARATOR = ","


@functools.cache
def _action_read_query() -> tuple[str, dict[str, Any], tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    """PostgreSQL: the case by its number, its regulation, the acting user and his roles, the
    case's facts (as `_case_facts_query` reads them, with every division's id) and its materials
    checklist (which accepting a case reads), in one row.
    Built once: the SQL text, its fixed parameters, the result processors of the three tables'
    columns."""
    from sqlalchemy.dialects import postgresql

    cases, regulations, users = Case.__table__, Regulation.__table__, User.__table__
    roles = _roles_of(users)
    timeline = select(_timeline_text()).where(CaseEvent.case_id == cases.c.id).scalar_subquery()
    divisions = select(
        func.aggregate_strings(Division.code + ":" + cast(Division.id, String), _DIVISION_SEPARATOR)
    ).scalar_subquery()
    covering = or_(Recusal.applicant_name == cases.c.applicant_name, Recusal.case_id == cases.c.id)
    recusal = select(func.min(Recusal.id)).where(Recusal.user_id == users.c.id, covering).scalar_subquery()
    entry = func.json_build_array(*_ledger_columns())
    ledger = (
        select(func.json_agg(postgresql.aggregate_order_by(entry, ClockEvent.at, ClockEvent.id)))
        .where(ClockEvent.case_id == cases.c.id)
        .scalar_subquery()
    )
    materials_table = CaseMaterial.__table__
    materials = (
        select(
            func.json_agg(
                postgresql.aggregate_order_by(func.json_build_array(*materials_table.c), materials_table.c.id)
            )
        )
        .where(materials_table.c.case_id == cases.c.id)
        .scalar_subquery()
    )
    version = _regulation_row_version(regulations)
    query = (
        select(*cases.c, *_regulation_columns(regulations.c, version), *users.c)
        .add_columns(roles, timeline, divisions, recusal, ledger, materials, *pg_version_columns(), version)
        .select_from(cases)
        .join(regulations, regulations.c.id == cases.c.regulation_id)
        .join(users, true())  # two rows by their keys: a product of one by one, said so
        .where(
            cases.c.number == bindparam("number", type_=String, required=False),
            users.c.id == bindparam("actor_id", type_=Integer, required=False),
        )
    )
    dialect = postgresql.psycopg.dialect()
    compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    fixed = {key: value for key, value in compiled.params.items() if key not in _READ_PARAMETERS}
    processors = (tuple(result_processors(t.c, dialect)) for t in (cases, regulations, users))
    return compiled.string, fixed, *processors


def _loaded(session: Session, cls: type, table: Any, processors: Sequence[Any], values: Sequence[Any]) -> Any:
    """An instance of `cls` holding `values`, in `session` as the ORM's loading of a new row puts
    it there (its identity key, the session, the identity map), built without that loading or
    `Session.add`'s cascades: a desk acts on one case at a time, thousands a day. The caller has
    made sure no instance of that identity is in the session (`_any_in_session`)."""
    manager = manager_of_class(cls)
    instance = manager.new_instance()
    state = instance_state(instance)
    row = state.dict
    for column, process, value in zip(table.c, processors, values, strict=True):
        row[column.key] = process(value) if process is not None and value is not None else value
    state.key = manager.mapper.identity_key_from_primary_key([row[c.key] for c in manager.mapper.primary_key])
    state.session_id = session.hash_key
    session.identity_map._add_unpresent(state, state.key)
    return instance


def _any_in_session(session: Session, keys: Iterable[tuple[type, Any]]) -> bool:
    """Whether any of the rows (class, primary key) is in the session already."""
    identities = session.identity_map
    if not len(identities):  # a desk's transaction starts with an empty session
        return False
    return any(identities.get(session.identity_key(cls, key)) is not None for cls, key in keys)


class _DefinitionsRead:
    """PostgreSQL: the definitions of the regulation versions a process has read from one database,
    by row version (`_regulation_row_version`). A read for a desk names those it holds (`held`:
    them and their names), and the server leaves their definitions out: 3 kB of JSON each,
    decoded again on every action otherwise. The dicts are shared by every session of the
    process; nobody changes a definition in place (a new version of a regulation is a new row,
    and a changed row has another version). The latest `LIMIT` versions read are held, so that
    what a read names stays short."""

    LIMIT = 48

    def __init__(self) -> None:
        # What is held, and those row versions separated (a string is sent cheaper than an array):
        # replaced together, so a read takes a pair that agrees, whatever another thread keeps.
        self.held: tuple[Mapping[str, dict[str, Any]], str] = ({}, "")

    def keep(self, version: str, definition: dict[str, Any]) -> None:
        held = {**self.held[0], version: definition}
        while len(held) > self.LIMIT:
            del held[next(iter(held))]
        self.held = (held, _VERSION_SEPARATOR.join(held))


# By database: the engine, whose URL is fixed for its life.
_definitions_read: WeakKeyDictionary[Any, _DefinitionsRead] = WeakKeyDictionary()
_VERSION_SEPARATOR = ";"  # in no row version
# The parameters a desk's read takes on each call; the rest are fixed when it is built.
_READ_PARAMETERS = frozenset({"number", "actor_id", "code", "day", "known_definitions"})


def _regulation_row_version(regulations: Any) -> Any:
    """A regulation row's version, "id:xmin:ctid" (xmin: the transaction that wrote it; ctid: where
    that version lies): any update of the row gives it another."""
    xmin, ctid = (literal_column(f"{regulations.name}.{column}") for column in ("xmin", "ctid"))
    return func.concat(regulations.c.id, ":", xmin, ":", ctid)


def _regulation_columns(columns: Any, version: Any) -> list[Any]:
    """A regulation's `columns` as a desk's read selects them: the definition only where the
    process does not hold that row version's (`known_definitions`, as `_DefinitionsRead` holds them)."""
    known = bindparam("known_definitions", type_=String, required=False)
    held = func.strpos(
        func.concat(_VERSION_SEPARATOR, known, _VERSION_SEPARATOR),
        func.concat(_VERSION_SEPARATOR, version, _VERSION_SEPARATOR),
    )
    return [
        sql_case((held > 0, null()), else_=column).label(column.key) if column.key == "definition" else column
        for column in columns
    ]


def _definitions_for(connection: Any) -> _DefinitionsRead:
    definitions = _definitions_read.get(connection.engine)
    if definitions is None:
        definitions = _definitions_read[connection.engine] = _DefinitionsRead()
    return definitions


def _loaded_regulation(
    session: Session,
    processors: Sequence[Any],
    values: Sequence[Any],
    version: str,
    definitions: _DefinitionsRead,
    held: Mapping[str, dict[str, Any]],
) -> Regulation:
    """A regulation read by `_regulation_columns`, its definition taken from `held` (what the read
    named) where the server left it out, and kept in `definitions` where it sent it."""
    regulation: Regulation = _loaded(session, Regulation, Regulation.__table__, processors, values)
    if regulation.definition is None:
        regulation.__dict__["definition"] = held[version]
    else:
        definitions.keep(version, regulation.definition)
    return regulation


def _roles_of(users: Any) -> Any:
    """The user's roles as one separated string, a scalar subquery beside his row."""
    return (
        select(func.aggregate_strings(UserRole.role, _ROLE_SEPARATOR))
        .where(UserRole.user_id == users.c.id)
        .scalar_subquery()
    )


def _role_names(roles: str | None) -> list[str]:
    return sorted(roles.split(_ROLE_SEPARATOR)) if roles else []


def _loaded_actor(
    session: Session, processors: Sequence[Any], values: Sequence[Any], roles: str | None
) -> User:
    """The user read with `_roles_of`, his roles loaded, as `load_actor` gives him (`_loaded`)."""
    actor = _loaded(session, User, User.__table__, processors, values)
    role_rows = [
        _loaded(session, UserRole, UserRole.__table__, (None, None), (actor.id, role))
        for role in _role_names(roles)
    ]
    set_committed_value(actor, "role_rows", role_rows)
    return actor


def _read_for_action(session: Session, number: str, actor_id: int) -> tuple[Case, User] | None:
    """PostgreSQL: `find_case_for` in one statement, the case's facts with it (kept for the
    action that follows, `_PREFETCHED`). None, having changed nothing, where the ORM should
    read instead: no such case or user (it says which), either already in the session, or this
    transaction's earlier rows not yet sent (app.audit riders)."""
    if audit.has_riders(session):
        return None
    sql, fixed, case_processors, regulation_processors, user_processors = _action_read_query()
    connection = session.connection()
    definitions = _definitions_for(connection)
    held, known = definitions.held
    parameters = {**fixed, "number": number, "actor_id": actor_id, "known_definitions": known}
    row = run_pipeline(connection, [(sql, parameters)])
    if row is None:
        return None
    cases, regulations, users = Case.__table__, Regulation.__table__, User.__table__
    ends = list(accumulate((len(cases.c), len(regulations.c), len(users.c))))
    roles, timeline, divisions, recusal, ledger, materials, *versions = row[ends[2] :]
    calendar_versions, card_versions, definition_version = versions
    keys = [(Case, row[0]), (Regulation, row[ends[0]]), (User, row[ends[1]])]
    keys += [(UserRole, (row[ends[1]], role)) for role in _role_names(roles)]
    keys += [(CaseMaterial, line[0]) for line in materials or ()]
    if _any_in_session(session, keys):
        return None
    case = _loaded(session, Case, cases, case_processors, row[: ends[0]])
    regulation_values = row[ends[0] : ends[1]]
    regulation = _loaded_regulation(
        session, regulation_processors, regulation_values, definition_version, definitions, held
    )
    actor = _loaded_actor(session, user_processors, row[ends[1] : ends[2]], roles)
    set_committed_value(case, "regulation", regulation)
    checklist = CaseMaterial.__table__
    no_processing = (None,) * len(checklist.c)  # JSON gives these columns' Python values as they are
    set_committed_value(
        case,
        "materials",
        [_loaded(session, CaseMaterial, checklist, no_processing, line) for line in materials or ()],
    )
    division_ids: dict[str, int | None] = {}
    for item in divisions.split(_DIVISION_SEPARATOR) if divisions else ():
        code, _, division_id = item.rpartition(":")
        division_ids[code] = int(division_id)
    instant = ClockEvent.__table__.c.at.type  # JSON gives its naive UTC text
    facts = _CaseFacts(
        ledger=[
            LedgerEntry(
                kind,
                instant.process_result_value(datetime.fromisoformat(when), None),
                code,
                text or "",
                days,
                approver,
                step,
            )
            for kind, when, code, text, days, approver, step in ledger or ()
        ],
        timeline=_participations(timeline),
        lock_version=case.lock_version,
        division_ids=division_ids,
        recusals={actor.id: recusal},
        calendar_versions=parse_pg_versions(calendar_versions, card_versions),
    )
    session.info[_PREFETCHED] = (case.id, actor.id, case.lock_version, facts)
    return case, actor


def situation(
    session: Session, case: Case, spec: RegulationSpec | None = None, facts: _CaseFacts | None = None
) -> workflow.CaseSituation:
    spec = spec or regulation_spec(case.regulation)
    facts = facts or _case_facts(session, case, spec)
    return workflow.CaseSituation(
        status=case.status,
        kind=spec.kind or "application",
        current_step=case.current_step,
        supplement_requested=facts.supplemented,
        clock_state=case.clock_state,
        extension_days_used=sum(e.days or 0 for e in facts.ledger if e.kind == "extend"),
        extension_days_allowed=spec.extension.days if spec.extension else 0,
    )


@dataclass(frozen=True)
class ActionChoice:
    action: str
    label: str
    allowed: bool
    reason: str  # why not, when not allowed


def available_actions(session: Session, actor: User, case: Case) -> list[ActionChoice]:
    """Every case action with whether this user may take it now and, if not, why: the buttons of
    the case view, enabled or disabled with the reason on hover."""
    spec = regulation_spec(case.regulation)
    states = workflow.action_states(situation(session, case, spec), spec.steps)
    choices = []
    for action in workflow.CASE_ACTIONS:
        reason = states[action]
        if reason is None:
            decision = policy.can(actor, action, case, regulation_spec=spec, session=session)
            reason = None if decision.allowed else decision.reason
        choices.append(ActionChoice(action, workflow.ACTION_LABELS[action], reason is None, reason or ""))
    return choices


def perform(
    session: Session, actor: User, case: Case, action: str, given: ActionInput | None = None
) -> ActionResult:
    """Take `action` on `case` as `actor`, or raise the reason it may not be taken."""
    given = given or ActionInput()
    if action not in workflow.ACTION_LABELS:
        raise InvalidInput(
            msg(
                "未知的操作“{action}”。可用的操作：{available}。",
                action=action,
                available=enumeration(list(workflow.CASE_ACTIONS)),
            ),
            field="action",
        )
    _check_version(session, case, given.expected_version)
    spec = regulation_spec(case.regulation)
    facts = _case_facts(session, case, spec, actor)
    if facts.lock_version != case.lock_version:
        # Another desk committed a change since this case was read: its ledger and timeline
        # above are newer than the case in hand, so nothing is decided on them.
        raise _changed_by_someone(session, case, fresh=False)
    refusal = workflow.refusal_reason(action, situation(session, case, spec, facts), spec.steps)
    if refusal:
        raise InvalidAction(refusal)
    with policy.facts_known(facts.for_policy(case)):
        decision = policy.require(actor, action, case, regulation_spec=spec, session=session)
    before = _snapshot(case)
    now = current_time()
    handler = _HANDLERS[action]
    _LEDGERS.set((case.id, facts.ledger))
    _DIVISIONS.set(facts.division_ids)
    _CALENDAR_VERSIONS.set(facts.calendar_versions)
    try:
        # The timeline, the clock events and the case's new state are written together once
        # the action is complete (with the audit append on PostgreSQL, else in one flush).
        with session.no_autoflush:
            # The action's own event comes first on the timeline, before any automatic clock
            # moves it causes; its step is the step it was taken at.
            opinion = _opinion_of(action, given)
            event = _timeline(session, case, actor, decision.acting_for, action, now, opinion, {})
            message, details = handler(session, actor, decision.acting_for, case, spec, given, now)
            event.details = audit.jsonable(details)
        if not _write_with_the_audit(session, case):
            session.flush()
    except StaleDataError:
        # Another desk committed a change to this case after we read it (UPDATE … WHERE
        # lock_version found no row): nothing of ours is kept.
        raise _changed_by_someone(session, case) from None
    finally:
        _LEDGERS.set(None)
        _DIVISIONS.set({})
        _CALENDAR_VERSIONS.set(None)
        _CLOCK_INPUTS.set(None)
    audit.record(
        session,
        actor=actor,
        acting_for=decision.acting_for,
        action=f"case.{action}",
        entity="case",
        entity_key=case.number,
        before=before,
        after={**_snapshot(case), **({"details": details} if details else {})},
        case_id=case.id,
    )
    return ActionResult(case.id, case.number, action, case.status, case.current_step, message)


# The text a lost update makes the case's UPDATE fail with (see `_write_with_the_audit`).
_LOST_UPDATE = "sunlight: case changed by another desk, version "


def _write_with_the_audit(session: Session, case: Case, *, update_case: bool = True) -> bool:
    """PostgreSQL: send the action's rows (the case's new state, its timeline and clock events, a
    registration's materials checklist) to the server with the audit statement and the COMMIT,
    in one round trip (app.audit `ride_with_append`), instead of flushing them in two or three of
    their own. The case's UPDATE still refuses a lost update: it names the version the action
    read, and fails if another desk committed a newer one meanwhile (`ConcurrentChange`, nothing
    kept).
    `update_case=False` (a registration, whose case row is written already): the new rows only.

    Returns False, and writes nothing, when the action changed anything else (a checklist line
    already written), the case with `update_case=False`, or on SQLite: the caller flushes as usual."""
    if session.get_bind().dialect.name != "postgresql" or session.deleted or session.in_nested_transaction():
        return False
    rows = sorted(session.new, key=lambda row: inspect(row).insert_order)
    if any(
        not isinstance(row, CaseEvent | ClockEvent | CaseMaterial) or row.case_id != case.id for row in rows
    ):
        return False
    if any(other is not case and session.is_modified(other) for other in session.dirty):
        return False
    state = inspect(case)
    changed: dict[str, Any] = {}
    columns = state.mapper.column_attrs
    for key in tuple(state.committed_state):  # the attributes set since the case was read
        if key in columns:
            added = state.attrs[key].history.added
            if added:
                changed[key] = added[0]
    if "lock_version" in changed or (changed and not update_case):  # (the ORM's version counter)
        return False
    if not changed and not rows:
        return True
    seen = case.lock_version
    params = {f"r_new_{key}": value for key, value in changed.items()}
    if update_case:
        params |= {"r_case_id": case.id, "r_seen": seen, "r_next": seen + 1}
    # One INSERT per table, its rows in the order they were added: the ids keep the order of
    # events at the same instant (the timeline and the clock ledger are read by time, then id).
    tables: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        given = {c.key: row.__dict__[c.key] for c in row.__table__.columns if c.key in row.__dict__}
        tables.setdefault(row.__table__.name, []).append(given)
    inserts = []
    for t, (name, given_rows) in enumerate(tables.items()):
        keys = tuple(given_rows[0])
        if any(tuple(given) != keys for given in given_rows):
            return False  # rows of one table that fill different columns: the ORM writes them
        inserts.append((name, keys, len(given_rows)))
        for n, given in enumerate(given_rows):
            params |= {f"r_{t}_{n}_{key}": value for key, value in given.items()}
    for row in rows:
        session.expunge(row)
    # The case in the session now stands as written, as after a flush (which is how the ORM
    # marks it): the transaction's later flushes find nothing of it to write.
    if update_case:
        set_committed_value(case, "lock_version", seen + 1)
        state._commit_all(state.dict, session.identity_map)

    def refusal(error: Exception) -> Exception | None:
        return _changed_by_someone(session, case) if _LOST_UPDATE in str(error) else None

    shape = (tuple(sorted(changed)) if update_case else None, tuple(inserts))
    audit.ride_with_append(
        session, audit.Rider(("case action", shape), functools.partial(_action_rows, shape), params, refusal)
    )
    changes.announce_cases(session, [case.id])
    return True


# What an action writes: the case's changed columns (None: the case row is not written); each
# table's new rows (name, columns, count).
_RowsShape = tuple[tuple[str, ...] | None, tuple[tuple[str, tuple[str, ...], int], ...]]


def _action_rows(shape: _RowsShape) -> tuple[Any, ...]:
    """The statements writing an action's rows, for `shape` (the case's changed columns; each
    table's new rows: its name, their columns, how many); their parameters are named r_… (see
    `_write_with_the_audit`).

    The case's UPDATE sets the new lock version only if the row still has the version read,
    else a cast of `_LOST_UPDATE` that fails (it names the row's version, so it is evaluated per
    row, never folded at planning)."""
    keys, inserts = shape
    table = Case.__table__
    guard = sql_case(
        (table.c.lock_version == bindparam("r_seen", type_=Integer), bindparam("r_next", type_=Integer)),
        else_=cast(literal(_LOST_UPDATE) + cast(table.c.lock_version, String), Integer),
    )
    statements: list[Any] = []
    if keys is not None:
        columns = {table.c[key]: bindparam(f"r_new_{key}", type_=table.c[key].type) for key in keys}
        statements.append(
            update(table)
            .where(table.c.id == bindparam("r_case_id", type_=Integer))
            .values({**columns, table.c.lock_version: guard})
        )
    for t, (name, row_keys, count) in enumerate(inserts):
        target = table.metadata.tables[name]
        values = [
            {target.c[key]: bindparam(f"r_{t}_{n}_{key}", type_=target.c[key].type) for key in row_keys}
            for n in range(count)
        ]
        statements.append(insert(target).inline().values(values))
    return tuple(statements)


def _opinion_of(action: str, given: ActionInput) -> str:
    return (given.opinion or given.reason).strip()


Handler = Any  # (session, actor, acting_for, case, spec, given, now) -> (message, details)


def _require_text(value: str, message: str, field_name: str) -> str:
    text = value.strip()
    if not text:
        raise InvalidInput(message, field=field_name)
    return text


def _do_supplement(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    if given.materials:
        _update_materials(case, spec, given.materials)
    lacking = [m for m in case.materials if m.status in ("missing", "defective")]
    if not lacking:
        raise InvalidInput(
            msg(
                "一次性告知须列明全部缺少或不符合要求的材料：请在材料清单中标出至少一项“缺少”或“不符合要求”。"
            ),
            field="materials",
        )
    case.status = "supplementing"
    items = [{"code": m.code, "name": m.name, "status": m.status, "note": m.note} for m in lacking]
    return msg("已一次性告知申请人补正 {count} 项材料。", count=len(items)), {
        "items": items,
        "note": given.opinion.strip(),
    }


def _do_accept(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    if given.materials:
        _update_materials(case, spec, given.materials)
    lacking = [m.name for m in case.materials if m.required and m.status != "received"]
    if lacking:
        raise InvalidAction(
            msg(
                "必备材料尚未齐全（{materials}），不能受理：请一次性告知补正，或在材料清单中登记已收取。",
                materials=enumeration(list(lacking)),
            )
        )
    case.status = "in_progress"
    case.accepted_at = now
    _clock(session, case, spec, LedgerEntry("start", now))
    _move(session, case, spec, _step(spec, case.current_step), _next(spec, case.current_step), now, actor)
    return msg("已受理，办理时限自今日起计算。"), {}


def _do_refuse(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    reason = _require_text(
        given.reason or given.opinion, msg("不予受理须写明理由（将写入不予受理通知书）。"), "reason"
    )
    case.status = "refused"
    case.decided_at = now
    case.decision_text = reason
    _leave_steps(case)
    return msg("已作出不予受理决定。"), {"reason": reason}


def _do_pass(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    opinion = _require_text(given.opinion, msg("请填写本环节的办理意见。"), "opinion")
    current = _step(spec, case.current_step)
    details: dict[str, Any] = {"from": current.code}
    details |= _collective_decision(session, case, current, given, "approved")
    target = _next(spec, current.code)
    if case.status == "accepted":
        case.status = "in_progress"
    _move(session, case, spec, current, target, now, actor)
    details["to"] = target.code if target else None
    message = msg("已通过“{step}”，转入“{target}”。", step=current.name, target=target.name if target else "")
    return message, details | {"opinion": opinion}


def _collective_decision(
    session: Session, case: Case, step: StepSpec, given: ActionInput, decision: str
) -> dict[str, Any]:
    """A collective-decision step is concluded only by linking the meeting that decided the case
    the same way (BZ-06); the link goes into the case event."""
    if not step.collective:
        return {}
    from app.meetings import check_collective_decision

    item = check_collective_decision(session, case, given.meeting_id, decision)
    return {"collective": True, "meeting_id": given.meeting_id, "meeting_item": item.seq}


def _do_return(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    opinion = _require_text(given.opinion or given.reason, msg("退回须写明理由。"), "opinion")
    current = _step(spec, case.current_step)
    targets = workflow.return_targets(spec.steps, current.code)
    chosen = given.to_step or (targets[-1].code if len(targets) == 1 else "")
    target = next((t for t in targets if t.code == chosen or t.name == chosen), None)
    if target is None:
        names = enumeration([f"{t.code} {t.name}" for t in targets])
        raise InvalidInput(msg("请选择退回到哪个环节（可退回：{steps}）。", steps=names), field="to_step")
    _move(session, case, spec, current, target, now, actor)
    return msg("已退回“{step}”。", step=target.name), {
        "from": current.code,
        "to": target.code,
        "opinion": opinion,
    }


def _do_suspend(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    code = given.reason_code or ("other" if given.reason else "")
    if code not in SUSPENSION_REASONS:
        raise InvalidInput(
            msg(
                "请选择暂停计时的事由：{reasons}。",
                reasons=choices(SUSPENSION_REASONS),
            ),
            field="reason_code",
        )
    _clock(
        session, case, spec, LedgerEntry("suspend", now, code, given.reason.strip(), step=case.current_step)
    )
    case.status = "suspended"
    return msg("已暂停计时（{reason}）。", reason=SUSPENSION_REASONS[code]), {
        "reason_code": code,
        "reason": given.reason.strip(),
    }


def _do_resume(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    _clock(session, case, spec, LedgerEntry("resume", now, step=case.current_step))
    case.status = "in_progress"
    return msg("已恢复计时。"), {}


def _do_extend(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    if given.days is None:
        raise InvalidInput(msg("请填写延长的天数。"), field="days")
    reason = _require_text(
        given.reason or given.opinion, msg("请写明延期理由（须书面告知申请人）。"), "reason"
    )
    _clock(
        session,
        case,
        spec,
        LedgerEntry("extend", now, reason_text=reason, days=given.days, approver_id=actor.id),
    )
    unit = spec.statutory_limit.unit if spec.statutory_limit else None
    if unit == "working":
        message = msg("已批准延期 {days}个工作日。", days=given.days)
    elif unit == "natural":
        message = msg("已批准延期 {days}日。", days=given.days)
    else:
        message = msg("已批准延期 {days}。", days=given.days)
    return message, {"days": given.days, "reason": reason}


def _decide(case, spec, given, now, session, decision: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    text = _require_text(given.opinion, msg("请填写决定内容（办结意见）。"), "opinion")
    details = _collective_decision(session, case, _step(spec, case.current_step), given, decision)
    case.status = "decided"
    case.decision = decision
    case.decision_text = text
    case.decided_at = now
    if case.clock_state in ("running", "suspended"):
        _clock(session, case, spec, LedgerEntry("stop", now, step=case.current_step))
    _leave_steps(case)
    return details | {"decision": decision}


def _do_approve(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    return msg("已办结：准予。"), _decide(case, spec, given, now, session, "approved")


def _do_reject(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    return msg("已办结：不予批准。"), _decide(case, spec, given, now, session, "rejected")


def _do_withdraw(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    reason = _require_text(
        given.reason or given.opinion, msg("请写明撤回的原因（如申请人书面申请撤回）。"), "reason"
    )
    if case.clock_state in ("running", "suspended"):
        _clock(session, case, spec, LedgerEntry("stop", now, step=case.current_step))
    case.status = "withdrawn"
    case.closed_at = now
    _leave_steps(case)
    return msg("办件已撤回。"), {"reason": reason}


def _do_close(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    if given.rating not in SATISFACTION:
        raise InvalidInput(msg("请登记申请人的评价：满意、基本满意或不满意。"), field="rating")
    case.status = "closed"
    case.satisfaction = given.rating
    case.closed_at = now
    return msg("已归档，申请人评价：{rating}。", rating=SATISFACTION[given.rating]), {"rating": given.rating}


def _do_assign(session, actor, acting_for, case, spec, given, now):  # type: ignore[no-untyped-def]
    login = _require_text(given.assignee_login, msg("请选择承办人。"), "assignee")
    user = session.scalar(select(User).where(User.login == login))
    if user is None or not user.active:
        raise InvalidInput(msg("没有可用的用户“{login}”。", login=login), field="assignee")
    if user.division_id != case.division_id:
        raise InvalidInput(msg("只能分办给本处室的工作人员。"), field="assignee")
    previous = case.assignee_id
    case.assignee_id = user.id
    return msg("已分办给{name}。", name=user.name), {"from": previous, "to": user.id, "login": user.login}


_HANDLERS: dict[str, Handler] = {
    "supplement": _do_supplement,
    "accept": _do_accept,
    "refuse": _do_refuse,
    "pass": _do_pass,
    "return": _do_return,
    "suspend": _do_suspend,
    "resume": _do_resume,
    "extend": _do_extend,
    "approve": _do_approve,
    "reject": _do_reject,
    "withdraw": _do_withdraw,
    "close": _do_close,
    "assign": _do_assign,
}


# --- steps and the clock ------------------------------------------------------------------------------


def _step(spec: RegulationSpec, code: str | None) -> StepSpec:
    for step in spec.steps:
        if step.code == code:
            return step
    raise InvalidAction(msg("本件没有待办环节。"))


def _next(spec: RegulationSpec, code: str | None) -> StepSpec | None:
    return workflow.next_step(spec.steps, code)  # type: ignore[return-value]


def _enter_step(
    session: Session, case: Case, spec: RegulationSpec, step: StepSpec | None, at: datetime, actor: User
) -> None:
    if step is None:
        _leave_steps(case)
        return
    case.current_step = step.code
    case.current_step_name = step.name
    case.current_step_role = step.role
    case.current_step_division_id = _division_id(session, step.division) or case.division_id
    case.step_entered_at = at
    # The clerk who received the case keeps its clerk steps; other steps go to the pool of the
    # role's holders in the step's division until a division head assigns them.
    case.assignee_id = case.received_by_id if step.role == "clerk" else None


def _leave_steps(case: Case) -> None:
    case.current_step = None
    case.current_step_name = ""
    case.current_step_role = ""
    case.current_step_division_id = None
    case.assignee_id = None


def _move(
    session: Session,
    case: Case,
    spec: RegulationSpec,
    current: StepSpec,
    target: StepSpec | None,
    now: datetime,
    actor: User,
) -> None:
    """Leave `current` for `target`: leaving a clock-excluded step resumes the clock, entering one
    suspends it with the step's reason (行政许可法 Art. 45)."""
    if current.clock_excluded and case.clock_state == "suspended":
        _clock(session, case, spec, LedgerEntry("resume", now, step=current.code))
        _timeline(session, case, actor, None, "auto_resume", now, "", {"step": current.code})
    _enter_step(session, case, spec, target, now, actor)
    if target is not None and target.clock_excluded and case.clock_state == "running":
        reason = target.clock_excluded_reason or "other"
        _clock(
            session,
            case,
            spec,
            LedgerEntry("suspend", now, reason, f"{target.name}（不计入办理时限）", step=target.code),
        )
        _timeline(
            session, case, actor, None, "auto_suspend", now, "", {"step": target.code, "reason": reason}
        )


def _clock(session: Session, case: Case, spec: RegulationSpec, entry: LedgerEntry) -> ClockReading:
    inputs = _CLOCK_INPUTS.get()
    if inputs is None or inputs[0] != case.id:
        inputs = (case.id, *clock_inputs(session, case.regulation, versions=_CALENDAR_VERSIONS.get()))
        _CLOCK_INPUTS.set(inputs)  # an action that moves the clock twice checks them once
    _, calendar, rules = inputs
    known = _LEDGERS.get()
    # The ledger read at the start of the action, kept up to date in memory; else from the table.
    ledger = known[1] if known is not None and known[0] == case.id else case_ledger(session, case.id)
    check_clock_event(ledger, entry, rules)
    ledger.insert(bisect_right([e.at for e in ledger], entry.at), entry)
    _LEDGERS.set((case.id, ledger))
    session.add(
        ClockEvent(
            case_id=case.id,
            kind=entry.kind,
            at=entry.at,
            reason_code=entry.reason_code,
            reason_text=entry.reason_text,
            days=entry.days,
            approver_id=entry.approver_id,
            step=entry.step,
        )
    )
    return refresh_case_clock(session, case, rules, calendar=calendar, now=entry.at, ledger=ledger)


# The clock ledger of the case an action is being taken on (case id, entries), while it runs.
_LEDGERS: ContextVar[tuple[int | None, list[LedgerEntry]] | None] = ContextVar("ledgers", default=None)


def _update_materials(case: Case, spec: RegulationSpec, checks: Iterable[MaterialCheck]) -> None:
    by_code = {m.code: m for m in case.materials}
    for check in _checked_materials(spec, list(checks)):
        row = by_code.get(check.code)
        if row is not None:
            row.status, row.copies, row.note = check.status, check.copies, check.note.strip() or row.note


def _division_id(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    known = _DIVISIONS.get()
    if code in known:  # read with the case at the start of the action
        return known[code]
    return session.scalar(select(Division.id).where(Division.code == code))


_DIVISIONS: ContextVar[dict[str, int | None]] = ContextVar("divisions", default={})  # noqa: B039
_CLOCK_INPUTS: ContextVar[tuple[int | None, Any, Any] | None] = ContextVar("clock_inputs", default=None)
# The calendar's row versions read with the case's facts (PostgreSQL), while an action runs.
_CALENDAR_VERSIONS: ContextVar[PgVersions | None] = ContextVar("calendar_versions", default=None)


# --- history, snapshots, concurrency ---------------------------------------------------------------


def _timeline(
    session: Session,
    case: Case,
    actor: User | None,
    acting_for: User | None,
    action: str,
    at: datetime,
    opinion: str,
    details: dict[str, Any],
) -> CaseEvent:
    event = CaseEvent(
        case_id=case.id,
        at=at,
        actor_id=actor.id if actor else None,
        acting_for_id=acting_for.id if acting_for else None,
        action=action,
        step=case.current_step,
        opinion=opinion,
        details=audit.jsonable(details),
    )
    session.add(event)
    return event


def _snapshot(case: Case) -> dict[str, Any]:
    return {
        "status": case.status,
        "step": case.current_step,
        "assignee_id": case.assignee_id,
        "decision": case.decision,
        "clock_state": case.clock_state,
        "statutory_due": case.statutory_due,
    }


def _check_version(session: Session, case: Case, expected: int | None) -> None:
    if expected is not None and case.lock_version != expected:
        raise _changed_by_someone(session, case, fresh=False)


def _changed_by_someone(session: Session, case: Case, *, fresh: bool = True) -> ConcurrentChange:
    """Who changed the case last. After a failed flush this transaction is stale, so the answer is
    read on a fresh connection."""
    number, case_id = case.__dict__.get("number", ""), case.__dict__.get("id")
    query = (
        select(User.name, CaseEvent.at)
        .join(User, User.id == CaseEvent.actor_id, isouter=True)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    if fresh:
        with Session(session.get_bind()) as other:
            latest = other.execute(query).first()
    else:
        latest = session.execute(query).first()
    who, when = (latest[0], latest[1]) if latest else (None, None)
    who = who or msg("其他用户")
    if when is None:
        return ConcurrentChange(
            msg("办件 {number} 已被{who}修改，已重新载入，请核对后再操作。", number=number, who=who)
        )
    local = agency_datetime(when)
    return ConcurrentChange(
        msg(
            "办件 {number} 已被{who}于{date} {time}修改，已重新载入，请核对后再操作。",
            number=number,
            who=who,
            date=format_date(local.date()),
            time=f"{local:%H:%M}",
        )
    )


# --- reading -----------------------------------------------------------------------------------------


def case_clock(session: Session, case: Case, now: datetime | None = None) -> ClockReading:
    rules = rules_for_regulation(session, case.regulation)
    return compute_clock(case_ledger(session, case.id), load_calendar(session), rules, now or current_time())


def regulation_for_new_case(session: Session, code: str, on: datetime | None = None) -> Regulation:
    """The version of `code` in force today: new cases are opened under it."""
    day = agency_date(on or current_time())
    return _openable(session, regulation_in_force(session, code.strip().upper(), day), code, day)


def _openable(session: Session, regulation: Regulation | None, code: str, day: date) -> Regulation:
    if regulation is None:
        later = regulation_versions(session, code.strip().upper())
        if later:  # every version takes effect after `day`
            first = later[0]
            raise InvalidInput(
                msg(
                    "{code}“{title}”自{start}起施行，{day}接收的申请不能据此登记。",
                    code=first.code,
                    title=first.title,
                    start=format_date_cn(first.effective_from),
                    day=format_date_cn(day),
                ),
                field="received_at",
            )
        raise NotFound(
            msg("制度目录中没有编号为“{code}”且已生效的事项，请用 sunlight catalogue list 查看。", code=code)
        )
    if regulation.category != "power":
        raise InvalidInput(
            msg("“{title}”是配套保障制度，不能据此登记办件。", title=regulation.title), field="regulation"
        )
    return regulation


def registration_start(
    session: Session, actor_id: int, code: str, on: datetime | None = None
) -> tuple[User | None, Regulation]:
    """What a registration begins with: the registering user with his roles (`load_actor`) and
    the version of `code` new cases are opened under (`regulation_for_new_case`, with its
    refusals). On PostgreSQL both come in one statement, which begins the transaction with it:
    every registration at the counter reads them."""
    if session.get_bind().dialect.name == "postgresql":
        day = agency_date(on or current_time())
        found = _read_for_registration(session, actor_id, code.strip().upper(), day)
        if found is not None:
            actor, regulation = found
            return actor, _openable(session, regulation, code, day)
    return load_actor(session, actor_id), regulation_for_new_case(session, code, on)


@functools.cache
def _registration_read_query() -> tuple[str, dict[str, Any], tuple[Any, ...], tuple[Any, ...]]:
    """PostgreSQL: the user and his roles, and beside them the version of a regulation in force
    on a day (`regulation_in_force`), in one row. Built once, as `_action_read_query`."""
    from sqlalchemy.dialects import postgresql

    regulations, users = Regulation.__table__, User.__table__
    roles = _roles_of(users)
    in_force = (
        select(
            regulations,
            _regulation_row_version(regulations).label("row_version"),
        )
        .where(
            regulations.c.code == bindparam("code", type_=String, required=False),
            regulations.c.effective_from <= bindparam("day", type_=Date, required=False),
        )
        .order_by(regulations.c.version.desc())
        .limit(1)
        .lateral("in_force")
    )
    query = (
        select(*users.c, roles, *_regulation_columns(list(in_force.c)[:-1], in_force.c.row_version))
        .add_columns(in_force.c.row_version)
        .select_from(users)
        .outerjoin(in_force, true())
        .where(users.c.id == bindparam("actor_id", type_=Integer, required=False))
    )
    dialect = postgresql.psycopg.dialect()
    compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    fixed = {key: value for key, value in compiled.params.items() if key not in _READ_PARAMETERS}
    return (
        compiled.string,
        fixed,
        result_processors(users.c, dialect),
        result_processors(regulations.c, dialect),
    )


def _read_for_registration(
    session: Session, actor_id: int, code: str, day: date
) -> tuple[User, Regulation | None] | None:
    """PostgreSQL: `registration_start`'s user and regulation (None: none in force) in one
    statement. None, having changed nothing, where the ORM should read instead: no such user,
    either already in the session, or this transaction's earlier rows not yet sent."""
    if audit.has_riders(session):
        return None
    sql, fixed, user_processors, regulation_processors = _registration_read_query()
    connection = session.connection()
    definitions = _definitions_for(connection)
    held, known = definitions.held
    parameters = {**fixed, "actor_id": actor_id, "code": code, "day": day, "known_definitions": known}
    row = run_pipeline(connection, [(sql, parameters)])
    if row is None:
        return None
    ends = len(User.__table__.c)
    user_values, roles, regulation_values, version = row[:ends], row[ends], row[ends + 1 : -1], row[-1]
    regulation_id = regulation_values[0]
    keys = [(User, user_values[0])] + [(UserRole, (user_values[0], role)) for role in _role_names(roles)]
    keys += [(Regulation, regulation_id)] if regulation_id is not None else []
    if _any_in_session(session, keys):
        return None
    actor = _loaded_actor(session, user_processors, user_values, roles)
    if regulation_id is None:
        return actor, None
    regulation = _loaded_regulation(
        session, regulation_processors, regulation_values, version, definitions, held
    )
    return actor, regulation


def step_timing(session: Session, case: Case, now: datetime | None = None) -> StepTiming | None:
    """The current step against its own limit (环节时限), or None when the step has none."""
    if case.current_step is None or case.step_entered_at is None:
        return None
    step = next((s for s in regulation_spec(case.regulation).steps if s.code == case.current_step), None)
    if step is None or step.limit is None:
        return None
    return step_overtime(
        case.step_entered_at,
        step.limit,
        load_calendar(session),
        now or current_time(),
        ledger=case_ledger(session, case.id),
    )


def case_json(session: Session, case: Case, now: datetime | None = None) -> dict[str, Any]:
    reading = case_clock(session, case, now)
    timing = step_timing(session, case, now)
    users = {u.id: u for u in session.scalars(select(User))}
    events = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id))
    return {
        "number": case.number,
        "regulation": case.regulation.code,
        "regulation_title": case.regulation.title,
        "version": case.regulation.version,
        "status": case.status,
        "status_label": STATUS_LABELS.get(case.status, case.status),
        "step": case.current_step,
        "step_name": case.current_step_name or None,
        "applicant": case.applicant_name,
        "applicant_type": case.applicant_type,
        "subject": case.subject,
        "division": case.division.code,
        "received_at": _utc_text(case.received_at),
        "accepted_at": _utc_text(case.accepted_at),
        "decided_at": _utc_text(case.decided_at),
        "decision": case.decision,
        "used_working_days": reading.used_days if reading.unit == "working" else None,
        "used_days": reading.used_days,
        "remaining_working_days": reading.remaining_days if reading.unit == "working" else None,
        "remaining_days": reading.remaining_days,
        "limit_unit": reading.unit,
        "promised_due": reading.promised_due.isoformat() if reading.promised_due else None,
        "statutory_due": reading.statutory_due.isoformat() if reading.statutory_due else None,
        "provisional": reading.provisional,
        "suspended": reading.state == "suspended",
        "clock_state": reading.state,
        "card": reading.card,
        "clock_explanation": reading.explanation,
        "step_due": timing.due.isoformat() if timing else None,
        "step_overtime": bool(timing and timing.overtime),
        "step_overdue_days": timing.overdue_days if timing else 0,
        "lock_version": case.lock_version,
        "materials": [
            {"code": m.code, "name": m.name, "required": m.required, "status": m.status, "copies": m.copies}
            for m in case.materials
        ],
        "events": [
            {
                "at": _utc_text(e.at),
                "action": e.action,
                "label": EVENT_LABELS.get(e.action, e.action),
                "actor": users[e.actor_id].login if e.actor_id in users else None,
                "acting_for": users[e.acting_for_id].login if e.acting_for_id in users else None,
                "step": e.step,
                "opinion": e.opinion,
            }
            for e in events
        ],
    }


def _utc_text(instant: datetime | None) -> str | None:
    return instant.astimezone(UTC).isoformat() if instant is not None else None
