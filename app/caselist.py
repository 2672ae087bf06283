"""The case list: pages of plain rows, sorted and filtered in SQL.

Never loads all cases: a page is `LIMIT/OFFSET` over an indexed ordering (with the id as the tie
breaker so pages never overlap), and the total is a separate count the GUI asks for when it can.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, ClassVar, NamedTuple

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Select,
    and_,
    bindparam,
    case,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.visitors import InternalTraversal

from app.agency_time import agency_date
from app.calendar import WorkingCalendar
from app.clock import cached_remaining
from app.timesource import current_time
from db.models import Case, Division, Regulation, User


class CaseRow(NamedTuple):
    id: int
    number: str
    regulation_code: str
    regulation_title: str
    applicant_name: str
    subject: str
    status: str
    current_step: str | None
    current_step_name: str
    division_name: str
    assignee_name: str | None
    received_at: datetime
    clock_state: str
    promised_due: date | None
    statutory_due: date | None
    yellow_on: date | None
    due_provisional: bool
    decided_or_withdrawn_at: datetime | None  # when a stopped clock stopped
    stopped_overdue_days: int | None  # see Case.stopped_overdue_days

    def remaining_and_overdue(self, calendar: WorkingCalendar, today: date, unit: str) -> tuple[int, int]:
        """(remaining, overdue) days for the list: to the cached statutory due date as of today
        while the clock runs; once stopped, the days it ran past the limit, as kept at the stop
        (a case decided in time stays in time in the list, also when decided in a step the clock
        does not count, after its due date)."""
        if self.clock_state == "stopped":
            if self.stopped_overdue_days is not None:
                return 0, self.stopped_overdue_days
            if self.decided_or_withdrawn_at is not None:  # (not kept: counted to the stop day)
                today = agency_date(self.decided_or_withdrawn_at)
        return cached_remaining(calendar, self.statutory_due, today, unit)


# Sortable columns: each is indexed (see db/models.py) so the first page comes straight off an
# index even with a million cases.
SORT_COLUMNS: dict[str, Any] = {
    "number": Case.number,
    "received_at": Case.received_at,
    "applicant": Case.applicant_name,
    "status": Case.status,
    "regulation": Case.regulation_id,
    "statutory_due": Case.statutory_due,
    # Most urgent first: cases whose card turned yellow or red today, then by statutory due date.
    "urgency": Case.statutory_due,
}


@dataclass(frozen=True)
class CaseFilter:
    statuses: frozenset[str] = frozenset()
    division_id: int | None = None
    regulation_code: str | None = None
    text: str = ""
    received_from: datetime | None = None
    received_until: datetime | None = None
    extra: tuple[Any, ...] = field(default=())

    def apply(self, query: Select[Any]) -> Select[Any]:
        if self.statuses:
            query = query.where(Case.status.in_(sorted(self.statuses)))
        if self.division_id is not None:
            query = query.where(Case.division_id == self.division_id)
        if self.regulation_code:
            query = query.where(
                Case.regulation_id.in_(select(Regulation.id).where(Regulation.code == self.regulation_code))
            )
        if self.text.strip():
            query = query.where(text_condition(self.text))
        if self.received_from is not None:
            query = query.where(Case.received_at >= self.received_from)
        if self.received_until is not None:
            query = query.where(Case.received_at < self.received_until)
        for condition in self.extra:
            query = query.where(condition)
        return query


def text_condition(text: str) -> ColumnElement[bool]:
    """The search box: the fragment anywhere in the case number, the applicant or the project name,
    Latin letters in either case, `%` and `_` taken literally — the same on both backends.

    On PostgreSQL pg_trgm's indexes serve it (migration 0009): fragments of three characters or
    more by the trigram index of each column; shorter ones (a two-character Chinese name has no
    trigram) by the index of adjacent-character pairs, which narrows the cases before the same
    ILIKE decides. SQLite keeps its LIKE, which already ignores the case of Latin letters (lower()
    on both sides would make its scan 2.6 times slower)."""
    fragment = text.strip()
    pattern = "%" + _escape_like(fragment) + "%"
    searched = (Case.number, Case.applicant_name, Case.subject)
    on_postgresql: ColumnElement[bool] = or_(*(c.ilike(pattern, escape=LIKE_ESCAPE) for c in searched))
    if len(fragment) < 3:
        # Each pair is a word " ab " and each character starts one (" a"): see the migration.
        pairs = func.sunlight_case_pairs(*searched)
        word = f"% {_escape_like(fragment)} %" if len(fragment) == 2 else f"% {_escape_like(fragment)}%"
        on_postgresql = and_(pairs.ilike(word, escape=LIKE_ESCAPE), on_postgresql)
    elsewhere = or_(*(c.like(pattern, escape=LIKE_ESCAPE) for c in searched))
    return _ByBackend(on_postgresql, elsewhere)


LIKE_ESCAPE = "/"


def _escape_like(fragment: str) -> str:
    return fragment.replace("/", "//").replace("%", "/%").replace("_", "/_")


class _ByBackend(ColumnElement[bool]):
    """A condition written once for PostgreSQL and once for the other backends (SQLite)."""

    inherit_cache = True
    _traverse_internals: ClassVar = [
        ("on_postgresql", InternalTraversal.dp_clauseelement),
        ("elsewhere", InternalTraversal.dp_clauseelement),
    ]
    _is_implicitly_boolean = True
    type = Boolean()

    def __init__(self, on_postgresql: ColumnElement[bool], elsewhere: ColumnElement[bool]) -> None:
        self.on_postgresql = on_postgresql
        self.elsewhere = elsewhere

    def self_group(self, against: Any = None) -> ColumnElement[Any]:
        return self  # each side is compiled grouped already


@compiles(_ByBackend)
def _compile_elsewhere(element: _ByBackend, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.elsewhere.self_group(against=operators.and_), **kw))


@compiles(_ByBackend, "postgresql")
def _compile_on_postgresql(element: _ByBackend, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.on_postgresql.self_group(against=operators.and_), **kw))


def fetch_case_page(
    db: Session | Connection,
    *,
    case_filter: CaseFilter | None = None,
    sort: str = "received_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[CaseRow]:
    statement = _page_statement(case_filter or CaseFilter(), sort, descending)
    parameters: dict[str, Any] = {"page_offset": offset, "page_limit": limit}
    if sort == "urgency":
        today = agency_date(current_time())
        parameters |= {"urgency_today": today, "urgency_yesterday": today - timedelta(days=1)}
    # Core execution on the session's connection: the list is read-only and ORM bookkeeping per
    # row would cost more than the query itself.
    connection = db.connection() if isinstance(db, Session) else db
    result = connection.execute(statement, parameters)
    make = CaseRow._make
    return [make(row) for row in result.all()]


@lru_cache(maxsize=64)
def _page_statement(case_filter: CaseFilter, sort: str, descending: bool) -> Select[Any]:
    column = SORT_COLUMNS[sort]
    if sort == "urgency":
        carded_today = or_(
            Case.yellow_on == bindparam("urgency_today", type_=Date),
            Case.statutory_due == bindparam("urgency_yesterday", type_=Date),
        )
        first = case((carded_today, 0), else_=1)
        order = (
            (first.desc(), column.desc().nulls_last(), Case.id.desc())
            if descending
            else (first.asc(), column.asc().nulls_last(), Case.id.asc())
        )
    elif sort == "statutory_due":
        # Cases without a deadline (not yet accepted) go after those with one, on both backends.
        order = (
            (column.desc().nulls_last(), Case.id.desc())
            if descending
            else (column.asc().nulls_last(), Case.id.asc())
        )
    else:
        order = (column.desc(), Case.id.desc()) if descending else (column.asc(), Case.id.asc())
    # Pick the page's ids on the cases table alone, then join for display: the ordering uses the
    # index and the joins touch only `limit` rows.
    page_ids = (
        case_filter.apply(select(Case.id))
        .order_by(*order)
        .offset(bindparam("page_offset"))
        .limit(bindparam("page_limit"))
        .subquery()
    )
    assignee = User.__table__.alias("assignee")
    return (
        select(
            Case.id,
            Case.number,
            Regulation.code,
            Regulation.title,
            Case.applicant_name,
            Case.subject,
            Case.status,
            Case.current_step,
            Case.current_step_name,
            Division.name,
            assignee.c.name,
            Case.received_at,
            Case.clock_state,
            Case.promised_due,
            Case.statutory_due,
            Case.yellow_on,
            Case.due_provisional,
            func.coalesce(Case.decided_at, Case.closed_at),
            Case.stopped_overdue_days,
        )
        .join(page_ids, page_ids.c.id == Case.id)
        .join(Regulation, Regulation.id == Case.regulation_id)
        .join(Division, Division.id == Case.division_id)
        .outerjoin(assignee, assignee.c.id == Case.assignee_id)
        .order_by(*order)
    )


def count_cases(session: Session, case_filter: CaseFilter | None = None) -> int:
    query = (case_filter or CaseFilter()).apply(select(func.count(Case.id)))
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class ListClockRules:
    """What a list needs to show a case's card and remaining time from its cached dates."""

    unit: str = "working"
    promised_overdue: str = "yellow"


def list_clock_rules(session: Session | Connection) -> dict[str, ListClockRules]:
    """Regulation code → its statutory limit's unit and promised-overdue card (newest version)."""
    connection = session.connection() if isinstance(session, Session) else session
    rules: dict[str, ListClockRules] = {}
    for code, definition in connection.execute(
        select(Regulation.code, Regulation.definition).order_by(Regulation.version)
    ):
        limit = definition.get("statutory_limit") or {}
        cards = definition.get("cards") or {}
        rules[code] = ListClockRules(limit.get("unit", "working"), cards.get("promised_overdue", "yellow"))
    return rules


def todo_filter(session: Session, actor: User) -> CaseFilter:
    """我的待办: open cases waiting for this user — assigned to him (or to a holder he backs up
    while the holder is absent, AB岗), or waiting at a step his role holds in his division and not
    yet assigned to anyone. Leaders hold the steps of the 委领导 division."""
    holders = [actor, *session.scalars(select(User).where(User.backup_id == actor.id, User.absent.is_(True)))]
    conditions = []
    for holder in holders:
        conditions.append(Case.assignee_id == holder.id)
        roles = sorted(holder.roles & {"clerk", "reviewer", "division_head", "leader"})
        if roles and holder.division_id is not None:
            conditions.append(
                and_(
                    Case.assignee_id.is_(None),
                    Case.current_step_role.in_(roles),
                    Case.current_step_division_id == holder.division_id,
                )
            )
    if not conditions:
        return CaseFilter(statuses=OPEN_FOR_TODO, extra=(false(),))
    return CaseFilter(statuses=OPEN_FOR_TODO, extra=(or_(*conditions),))


OPEN_FOR_TODO = frozenset({"received", "supplementing", "accepted", "in_progress", "suspended", "decided"})


def scope_filter(session: Session, actor: User, base: CaseFilter | None = None) -> CaseFilter:
    """Restrict a filter to the cases the user may see (app.policy.case_scope)."""
    from dataclasses import replace

    from app.policy import case_scope

    base = base or CaseFilter()
    scope = case_scope(session, actor)
    if scope.all_divisions:
        return base
    conditions = []
    if scope.division_ids:
        conditions.append(Case.division_id.in_(sorted(scope.division_ids)))
        conditions.append(Case.current_step_division_id.in_(sorted(scope.division_ids)))
    if scope.assignee_ids:
        conditions.append(Case.assignee_id.in_(sorted(scope.assignee_ids)))
    return replace(base, extra=(*base.extra, or_(*conditions) if conditions else false()))


CARD_FILTERS = ("green", "yellow", "red")


def card_condition(card: str, today: date) -> Any:
    """SQL for the cases showing `card` today, from the cached due dates (as app.clock.cached_card;
    a regulation whose promised overdue turns red is treated like the default here)."""
    if card not in CARD_FILTERS:
        raise ValueError(card)
    timed = Case.clock_state.in_(("running", "suspended")) & Case.statutory_due.is_not(None)
    red = Case.statutory_due < today
    yellow = Case.yellow_on.is_not(None) & (Case.yellow_on <= today)
    if card == "red":
        return timed & red
    if card == "yellow":
        return timed & ~red & yellow
    return timed & ~red & ~yellow.self_group()


def mine_condition(actor: User) -> Any:
    """我的办件: cases the user holds now or received at the counter (首问负责)."""
    return or_(Case.assignee_id == actor.id, Case.received_by_id == actor.id)


def carded_today_condition(today: date) -> Any:
    """Cases whose card turned yellow today (the to-do list's headline)."""
    return Case.yellow_on == today
