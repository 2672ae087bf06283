"""The figures of the monthly report, computed by SQL aggregates on both backends.

Every figure is defined in docs/reports.md; the definitions are repeated here next to the SQL.
A month is a calendar month in the agency's zone: the instants [m0, m1). Point-in-time figures
(in progress, overdue, suspended, cards) are read at the *cut-off*: the end of the month, or now
for the current month; `as_of` is the agency date of the cut-off's last day.

A case's *end* is when it left handling: its decision (准予/不予批准, or 不予受理), else its
withdrawal. The month's cases are those received before m1 and not ended before m0; every figure
counts a subset of them, and for a past month

    carried over + received = not accepted + completed + withdrawn + in progress.

Working days used are summed from the clock ledger in SQL: with cum(d) the number of working
days up to and including day d (a small VALUES table built from the working calendar), a case's
used days are  Σ −cum(start) + cum(suspend) − cum(resume) + cum(stop)  (the stop only when the
clock was running), which is the clock's own convention (app.clock): a segment's start day is not
counted, its end day is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    case,
    column,
    func,
    inspect,
    literal,
    or_,
    select,
    table,
    text,
    values,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from app.agency_time import agency_zone
from app.calendar_store import load_calendar
from app.errors import InvalidInput
from app.messages import msg
from app.timesource import current_time
from db.models import Case, ClockEvent, Division, Regulation

# --- dialect helpers -------------------------------------------------------------------------------


class epoch_day(FunctionElement[int]):
    """The day number (days since 1970-01-01) of a timestamp shifted by `minutes`, or of a date."""

    type = Integer()
    inherit_cache = True


@compiles(epoch_day, "sqlite")
def _epoch_day_sqlite(element: epoch_day, compiler: Any, **kw: Any) -> str:
    expr, minutes = list(element.clauses)
    shift = compiler.process(minutes, literal_binds=True, **kw)
    return (
        f"(CAST(strftime('%s', {compiler.process(expr, **kw)}, "
        f"printf('%+d minutes', {shift})) AS INTEGER) / 86400)"
    )


@compiles(epoch_day, "postgresql")
def _epoch_day_pg(element: epoch_day, compiler: Any, **kw: Any) -> str:
    expr, minutes = list(element.clauses)
    shift = compiler.process(minutes, literal_binds=True, **kw)
    return (
        f"(CAST(CAST({compiler.process(expr, **kw)} AS TIMESTAMP) + make_interval(mins => {shift}) AS DATE)"
        " - DATE '1970-01-01')"
    )


EPOCH = date(1970, 1, 1).toordinal()


# Planner settings for the report's statements on PostgreSQL (see planned_for_report).
REPORT_PLANNER_SETTINGS = {"jit": "off", "cursor_tuple_fraction": "1"}


@contextmanager
def planned_for_report(session: Session) -> Iterator[None]:
    """PostgreSQL: plan the statements executed inside for reading their whole result, without JIT.

    - The report's queries read only the month's cases, by index, but the correlated clock lookup
      makes them look dear enough to pass jit_above_cost: compiling cost about half the
      aggregate's time, and saves nothing on that many rows.
    - A streamed result (yield_per: a server-side cursor) is planned by default for its first 10 %
      (cursor_tuple_fraction): that chose to walk the whole table in (year, sequence) order to
      skip sorting the month's cases. The report reads every row, so plan for all of them.

    The previous values are restored afterwards (SET LOCAL otherwise lasts to the transaction's
    end). Planning happens at execute, so a streamed result may be read after the block."""
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    saved = {
        name: session.scalar(text(f"SELECT current_setting('{name}')")) for name in REPORT_PLANNER_SETTINGS
    }
    for name, value in REPORT_PLANNER_SETTINGS.items():
        session.execute(text("SELECT set_config(:name, :value, true)"), {"name": name, "value": value})
    yield
    # Not on an error: the transaction may be aborted, and SET LOCAL ends with it anyway.
    for name, value in saved.items():
        session.execute(text("SELECT set_config(:name, :value, true)"), {"name": name, "value": value})


def execute_for_report(session: Session, query: Any) -> Any:
    """`session.execute(query)` planned by planned_for_report; the result may be streamed after."""
    with planned_for_report(session):
        return session.execute(query)


def day_number(day: date) -> int:
    return day.toordinal() - EPOCH


# --- the month ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportMonth:
    year: int
    month: int
    start: datetime  # m0, UTC
    end: datetime  # m1, UTC
    cutoff: datetime  # min(now, m1)
    as_of: date  # the agency date of the cut-off's last day
    offset_minutes: int  # the agency zone's offset from UTC during the month

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        nxt = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return nxt - timedelta(days=1)

    @property
    def complete(self) -> bool:
        return self.cutoff >= self.end


def report_month(text: str, now: datetime | None = None) -> ReportMonth:
    """`2026-03` → the month's bounds in UTC. Refuses a month that has not begun."""
    try:
        year_text, month_text = text.strip().split("-")
        year, month = int(year_text), int(month_text)
        first = date(year, month, 1)
    except ValueError:
        raise InvalidInput(
            msg("月份“{month}”格式不正确，应为 YYYY-MM，例如 2026-03。", month=text), field="month"
        ) from None
    zone = agency_zone()
    start = datetime(year, month, 1, tzinfo=zone).astimezone(UTC)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    end = datetime(nxt.year, nxt.month, 1, tzinfo=zone).astimezone(UTC)
    now = (now or current_time()).astimezone(UTC)
    if now < start:
        raise InvalidInput(
            msg("{year}年{month}月尚未开始，不能统计。", year=year, month=month), field="month"
        )
    cutoff = min(now, end)
    as_of = (cutoff - timedelta(microseconds=1)).astimezone(zone).date()
    offset = datetime(year, month, 1, 12, tzinfo=zone).utcoffset() or timedelta()
    del first
    return ReportMonth(year, month, start, end, cutoff, as_of, int(offset.total_seconds() // 60))


# --- the figures ------------------------------------------------------------------------------------


@dataclass
class Figures:
    """One row of a summary sheet."""

    carried_over: int = 0  # 上月结转
    received: int = 0  # 本月收件
    accepted: int = 0  # 本月受理
    not_accepted: int = 0  # 不予受理
    completed: int = 0  # 办结
    on_time: int = 0  # 按时办结
    late: int = 0  # 逾期办结
    withdrawn: int = 0  # 撤回
    in_progress: int = 0  # 在办
    overdue: int = 0  # 其中超期
    suspended: int = 0  # 暂停计时
    avg_days: float | None = None  # 平均用时（工作日）
    yellow: int = 0  # 黄牌
    red: int = 0  # 红牌
    complaints_received: int = 0
    complaints_closed: int = 0
    complaints_substantiated: int = 0
    notices: int = 0  # 督办通知
    accountability: int = 0  # 责任追究

    @property
    def on_time_rate(self) -> float | None:
        """On time / completed; None when nothing was completed (shown as —, not 0 %)."""
        return self.on_time / self.completed if self.completed else None


CASE_FIGURES = (
    "carried_over",
    "received",
    "accepted",
    "not_accepted",
    "completed",
    "on_time",
    "late",
    "withdrawn",
    "in_progress",
    "overdue",
    "suspended",
    "yellow",
    "red",
)


@dataclass
class FigureRow:
    key: str  # division code or regulation code; "" for the total
    name: str
    figures: Figures = field(default_factory=Figures)
    division: str = ""  # for regulation rows: the accepting division's name


@dataclass
class MonthlyFigures:
    month: ReportMonth
    division_code: str | None
    by_division: list[FigureRow]
    by_regulation: list[FigureRow]
    total: Figures


def not_ended_before(instant: datetime) -> ColumnElement[bool]:
    """The case has not ended before `instant`: coalesce(decided_at, closed_at) is null or not
    before it, spelled out so that each arm is a range or IS NULL on an indexed column
    (ix_cases_decided_at): the month's cases are then found by index, not by reading every case
    received before the month's end, which is nearly the whole table."""
    c = Case
    return or_(
        c.decided_at >= instant,
        and_(c.decided_at.is_(None), or_(c.closed_at.is_(None), c.closed_at >= instant)),
    )


def _conditions(m: ReportMonth) -> dict[str, ColumnElement[bool]]:
    c = Case
    in_month = lambda col: and_(col >= m.start, col < m.end)  # noqa: E731
    open_at_cutoff = not_ended_before(m.cutoff)
    decided_day = epoch_day(c.decided_at, literal(m.offset_minutes))
    due_day = epoch_day(c.statutory_due, literal(0))
    completed = and_(in_month(c.decided_at), c.decision.is_not(None))
    # In time or late by the days the clock ran (kept when it stopped): a case decided in a step
    # the clock does not count may be decided after its due date and still in time. Decided
    # before that figure was kept and not filled (none should be): by the decision day.
    over = c.stopped_overdue_days
    on_time = and_(
        completed,
        or_(c.statutory_due.is_(None), over == 0, and_(over.is_(None), decided_day <= due_day)),
    )
    late = and_(
        completed,
        c.statutory_due.is_not(None),
        or_(over > 0, and_(over.is_(None), decided_day > due_day)),
    )
    as_of = day_number(m.as_of)
    started = and_(c.accepted_at.is_not(None), c.accepted_at < m.cutoff)
    overdue = and_(open_at_cutoff, started, due_day < as_of)
    last_kind = (
        select(ClockEvent.kind)
        .where(ClockEvent.case_id == c.id, ClockEvent.at < m.cutoff, ClockEvent.kind != "extend")
        .order_by(ClockEvent.at.desc(), ClockEvent.id.desc())
        .limit(1)
        .correlate(c)
        .scalar_subquery()
    )
    yellow_day = epoch_day(c.yellow_on, literal(0))
    return {
        "scope": and_(c.received_at < m.end, not_ended_before(m.start)),
        "carried_over": c.received_at < m.start,
        "received": c.received_at >= m.start,
        "accepted": in_month(c.accepted_at),
        "not_accepted": and_(in_month(c.decided_at), c.decision.is_(None)),
        "completed": completed,
        "on_time": on_time,
        "late": late,
        "withdrawn": and_(c.decided_at.is_(None), in_month(c.closed_at), c.status == "withdrawn"),
        "in_progress": open_at_cutoff,
        "overdue": overdue,
        "suspended": and_(open_at_cutoff, started, last_kind == "suspend"),
        "yellow": and_(open_at_cutoff, started, due_day >= as_of, yellow_day <= as_of),
        "red": overdue,
    }


def _counts(conds: dict[str, ColumnElement[bool]]) -> list[Any]:
    return [func.sum(case((conds[name], 1), else_=0)).label(name) for name in CASE_FIGURES]


def used_days_subquery(session: Session, m: ReportMonth, scope: ColumnElement[bool]) -> Any:
    """(case_id, used): working days used by each case completed in the month (from its ledger)."""
    completed = select(Case.id).where(scope)
    first_at = session.scalar(select(func.min(ClockEvent.at)).where(ClockEvent.case_id.in_(completed)))
    calendar = load_calendar(session)
    lo_year, hi_year = calendar.span
    first_day = max(date(lo_year, 1, 1), (first_at or m.start).astimezone(agency_zone()).date())
    last_day = min(date(hi_year, 12, 31), m.last_day)
    base = first_day.toordinal()
    rows = []
    running = 0
    for ordinal in range(base, last_day.toordinal() + 1):
        running += calendar.is_working_day(date.fromordinal(ordinal))
        rows.append((ordinal - EPOCH, running))
    if not rows:
        rows.append((day_number(m.first_day), 0))
    days = values(column("day", Integer), column("cum", Integer), name="wd").data(rows).cte("wd")
    e = ClockEvent
    cum = days.c.cum
    signed = func.sum(
        case(
            (e.kind == "start", -cum),
            (e.kind == "suspend", cum),
            (e.kind == "resume", -cum),
            else_=0,
        )
    )
    suspends = func.sum(case((e.kind == "suspend", 1), else_=0))
    resumes = func.sum(case((e.kind == "resume", 1), else_=0))
    stop = func.sum(case((e.kind == "stop", cum), else_=0))
    used = signed + case((suspends == resumes, stop), else_=0)
    return (
        select(e.case_id.label("case_id"), used.label("used"))
        .join(days, days.c.day == epoch_day(e.at, literal(m.offset_minutes)))
        .where(e.case_id.in_(completed))
        .group_by(e.case_id)
        .subquery("used")
    )


class _Tally:
    """Counts summed over (division, regulation) groups; the average from the sum and the number
    of used-day values, so that it rolls up exactly as AVG over the cases would."""

    __slots__ = ("counts", "used_n", "used_sum")

    def __init__(self) -> None:
        self.counts = [0] * len(CASE_FIGURES)
        self.used_sum = 0
        self.used_n = 0

    def add(self, row: Any) -> None:
        for i, name in enumerate(CASE_FIGURES):
            self.counts[i] += int(getattr(row, name) or 0)
        self.used_sum += int(row.used_sum or 0)
        self.used_n += int(row.used_n or 0)

    def fill(self, figures: Figures) -> None:
        for name, value in zip(CASE_FIGURES, self.counts, strict=True):
            setattr(figures, name, value)
        figures.avg_days = self.used_sum / self.used_n if self.used_n else None


def monthly_figures(session: Session, month: ReportMonth, division_code: str | None = None) -> MonthlyFigures:
    conds = _conditions(month)
    scope = conds["scope"]
    division_id: int | None = None
    if division_code:
        division_id = session.scalar(
            select(Division.id).where(Division.code == division_code.strip().upper())
        )
        if division_id is None:
            raise InvalidInput(msg("没有代码为“{code}”的处室。", code=division_code), field="division")
        scope = and_(scope, Case.division_id == division_id)
    used = used_days_subquery(session, month, and_(scope, conds["completed"]))
    used_value = case((conds["completed"], used.c.used), else_=None)

    # One pass over the month's cases, grouped by (division, regulation version); the division
    # rows, the regulation rows (versions summed by code) and the total are rolled up from it.
    query = (
        select(
            Case.division_id,
            Case.regulation_id,
            *_counts(conds),
            func.sum(used_value).label("used_sum"),
            func.count(used_value).label("used_n"),
        )
        .select_from(Case)
        .join(used, used.c.case_id == Case.id, isouter=True)
        .where(scope)
        .group_by(Case.division_id, Case.regulation_id)
    )
    codes: dict[int, str] = {
        id_: code for id_, code in session.execute(select(Regulation.id, Regulation.code))
    }
    by_div: dict[int, _Tally] = {}
    by_reg: dict[str, _Tally] = {}
    total_tally = _Tally()
    with planned_for_report(session):
        rows = list(session.execute(query))
    for row in rows:
        by_div.setdefault(row.division_id, _Tally()).add(row)
        by_reg.setdefault(codes[row.regulation_id], _Tally()).add(row)
        total_tally.add(row)

    divisions = list(
        session.execute(
            select(Division.id, Division.code, Division.name)
            .where(Division.active.is_(True) | Division.id.in_(list(by_div)))
            .order_by(Division.code)
        )
    )
    if division_id is not None:
        divisions = [d for d in divisions if d.id == division_id]
    supervision = supervision_counts(session, month, division_id)
    division_rows = []
    for d in divisions:
        row = FigureRow(d.code, d.name)
        if d.id in by_div:
            by_div[d.id].fill(row.figures)
        for name, counts in supervision.items():
            setattr(row.figures, name, counts.get(d.id, 0))
        division_rows.append(row)
    total = Figures()
    total_tally.fill(total)
    for name, counts in supervision.items():
        setattr(total, name, sum(v for k, v in counts.items() if division_id is None or k == division_id))

    regulation_rows = []
    titles = _regulation_titles(session, list(by_reg), division_id)
    for code, (title, division_name) in titles.items():
        row = FigureRow(code, title, division=division_name)
        if code in by_reg:
            by_reg[code].fill(row.figures)
        regulation_rows.append(row)
    return MonthlyFigures(month, division_code, division_rows, regulation_rows, total)


def _regulation_titles(
    session: Session, with_cases: Sequence[str], division_id: int | None
) -> dict[str, tuple[str, str]]:
    """Every power regulation (latest version's title), in catalogue order, with its division."""
    from app.catalogue.store import code_order

    query = (
        select(Regulation.code, Regulation.title, Regulation.version, Division.name, Regulation.division_id)
        .join(Division, Division.id == Regulation.division_id, isouter=True)
        .where(Regulation.category == "power")
    )
    latest: dict[str, tuple[int, str, str, int | None]] = {}
    for code, title, version, division_name, reg_division in session.execute(query):
        if code not in latest or version > latest[code][0]:
            latest[code] = (version, title, division_name or "", reg_division)
    chosen = {
        code: (title, name)
        for code, (_, title, name, reg_division) in latest.items()
        if division_id is None or reg_division == division_id or code in with_cases
    }
    return dict(sorted(chosen.items(), key=lambda item: code_order(item[0])))


# --- supervision figures (tables of the supervision module, when present) ---------------------------

_SUPERVISION_TABLES = {
    "complaints": ("received_at", "closed_at", "outcome", "division_id"),
    "supervision_notices": ("sent_at", "division_id"),
    "accountability_items": ("raised_at", "division_id"),
}


def supervision_counts(
    session: Session, month: ReportMonth, division_id: int | None
) -> dict[str, dict[int | None, int]]:
    """Per division: complaints received, closed, substantiated; supervision notices sent;
    accountability items raised — in the month. Zeros where the supervision tables do not exist."""
    result: dict[str, dict[int | None, int]] = {
        "complaints_received": {},
        "complaints_closed": {},
        "complaints_substantiated": {},
        "notices": {},
        "accountability": {},
    }
    bind = session.connection()
    present = {name for name in _SUPERVISION_TABLES if inspect(bind).has_table(name)}

    tables = {name: table(name, *(column(c) for c in cols)) for name, cols in _SUPERVISION_TABLES.items()}

    def count(name: str, key: str, when: str, extra: ColumnElement[bool] | None = None) -> None:
        if name not in present:
            return
        t = tables[name]
        instant = t.c[when]
        query = (
            select(t.c.division_id, func.count())
            .where(instant >= month.start, instant < month.end)
            .group_by(t.c.division_id)
        )
        if extra is not None:
            query = query.where(extra)
        if division_id is not None:
            query = query.where(t.c.division_id == division_id)
        result[key] = {d: int(n) for d, n in session.execute(query)}

    complaints = tables["complaints"]
    count("complaints", "complaints_received", "received_at")
    count("complaints", "complaints_closed", "closed_at")
    count(
        "complaints",
        "complaints_substantiated",
        "closed_at",
        complaints.c.outcome.in_(["substantiated", "partly"]),
    )
    count("supervision_notices", "notices", "sent_at")
    count("accountability_items", "accountability", "raised_at")
    return result


FIGURE_FIELDS = tuple(f.name for f in fields(Figures))
