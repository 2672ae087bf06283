"""The calendar in the database, and the clock columns it drives on each case.

- `load_calendar(session)`: the WorkingCalendar from `calendar_days` / `calendar_years` (cached
  while the tables do not change).
- `seed_default_calendar(session)`: the published schedules the `chinese-calendar` package knows.
- `import_calendar` / `import_calendar_csv`, `export_calendar_csv`, `save_year`, `toggle_day`:
  the administrator's maintenance; each change recomputes the open cases' due dates and returns
  the list of those that moved (also written to each case's audit trail).
- `refresh_case_clock(session, case)`: services call it after appending clock events; it updates
  the case's cached columns (clock_state, promised_due, statutory_due, yellow_on, due_provisional).
- `recompute_open_cases(session, calendar)`: the same for every open case, in bulk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, literal_column, select, text, update
from sqlalchemy.orm import Session

from app.calendar import (
    HOLIDAY,
    HOLIDAY_NAMES_CN,
    WORKDAY,
    CalendarException,
    WorkingCalendar,
    format_calendar_csv,
    parse_calendar_csv,
    toggled_kind,
)
from app.clock import (
    SUSPENSION_REASONS,
    ClockReading,
    ClockRules,
    LedgerEntry,
    clock_summaries,
    clock_summary,
    compute_clock,
)
from app.errors import InvalidInput
from app.messages import msg
from app.timesource import current_time
from app.workflow import OPEN_STATUSES
from db.models import CalendarDay, CalendarYear, Case, CaseEvent, ClockEvent, Regulation

SOURCE_PACKAGE = "chinese-calendar"
SOURCE_CSV = "csv"
SOURCE_MANUAL = "manual"
SOURCE_LABELS = {SOURCE_PACKAGE: "内置数据", SOURCE_CSV: "文件导入", SOURCE_MANUAL: "手工维护"}
CARDS_REGULATION = "BZ-03"  # 限时办结制度: the agency-wide card thresholds
AUDIT_ACTION = "due_date_changed"


@dataclass(frozen=True)
class DueDateChange:
    """An open case whose due dates moved (after a calendar change)."""

    case_id: int
    number: str
    statutory_before: date | None
    statutory_after: date | None
    promised_before: date | None
    promised_after: date | None
    provisional_before: bool
    provisional_after: bool

    def describe(self) -> str:
        """湘发改受〔2026〕00012号：法定期限 2027-01-08（暂定）→ 2027-01-11"""

        def show(day: date | None, provisional: bool) -> Any:
            if day is None:
                return msg("无")
            return msg("{day}（暂定）", day=day.isoformat()) if provisional else day.isoformat()

        parts = []
        if self.statutory_before != self.statutory_after or self.provisional_before != self.provisional_after:
            parts.append(
                msg(
                    "法定期限 {before} → {after}",
                    before=show(self.statutory_before, self.provisional_before),
                    after=show(self.statutory_after, self.provisional_after),
                )
            )
        if self.promised_before != self.promised_after:
            parts.append(
                msg(
                    "承诺期限 {before} → {after}",
                    before=show(self.promised_before, self.provisional_before),
                    after=show(self.promised_after, self.provisional_after),
                )
            )
        # A Message (the GUI shows it translated); stored in the audit trail as its Chinese text.
        changes = msg("{first}；{rest}", first=parts[0], rest=parts[1]) if len(parts) == 2 else parts[0]
        return msg("{number}：{changes}", number=self.number, changes=changes)


@dataclass(frozen=True)
class CalendarChange:
    """What an import or an edit did."""

    years: tuple[int, ...]
    days: int  # exception days now stored for those years
    moved: tuple[DueDateChange, ...]


# --- loading ---------------------------------------------------------------------------------------

_cache: dict[str, tuple[Any, WorkingCalendar]] = {}


def _calendar_rows(session: Session) -> tuple[list[tuple[date, str, str]], list[int]]:
    days = [
        (d, k, n) for d, k, n in session.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name))
    ]
    days.sort()
    years = sorted(session.scalars(select(CalendarYear.year)))
    return days, years


# Every change of the calendar through this module rewrites the `calendar_years` rows of the years
# it touches (see `_replace_years`), and a new version of the card thresholds is a new `regulations`
# row. So on PostgreSQL the row versions (xmin: the writing transaction; ctid: where the version
# lies) of those few rows say whether anything changed, in one small query, without reading the
# days. The two aggregates are scalar expressions, so a service that reads a case can take them in
# the same query (app.cases: `pg_version_columns`); `CARDS_REGULATION` is a constant code.
_PG_YEAR_VERSIONS = (
    "(SELECT string_agg(year || ':' || xmin::text || ':' || ctid::text, ';' ORDER BY year) "
    "FROM calendar_years)"
)
_PG_CARD_VERSIONS = (
    "(SELECT string_agg(version || ':' || xmin::text || ':' || ctid::text, ';' ORDER BY version) "
    f"FROM regulations WHERE code = '{CARDS_REGULATION}')"
)
_PG_VERSIONS = text(f"SELECT {_PG_YEAR_VERSIONS} AS years, {_PG_CARD_VERSIONS} AS cards")
_cards_cache: dict[str, tuple[Any, dict[str, Any]]] = {}

# The row versions of the calendar years and of the card thresholds, as `_pg_versions` returns them.
PgVersions = tuple[tuple[Any, ...], tuple[Any, ...]]


def _cache_key(session: Session) -> str:
    bind = session.get_bind()
    return str(getattr(bind, "url", id(bind)))


def pg_version_columns() -> tuple[Any, Any]:
    """The two columns (`calendar_versions`, `card_versions`) to add to a PostgreSQL query whose
    row then tells `parse_pg_versions` whether the cached calendar and card rules are current."""
    return (
        literal_column(_PG_YEAR_VERSIONS).label("calendar_versions"),
        literal_column(_PG_CARD_VERSIONS).label("card_versions"),
    )


def parse_pg_versions(years: str | None, cards: str | None) -> PgVersions:
    def rows(kind: str, listed: str | None) -> tuple[Any, ...]:
        found = []
        for item in listed.split(";") if listed else ():
            number, xmin, ctid = item.split(":")
            found.append((kind, int(number), xmin, ctid))
        return tuple(found)

    return rows("year", years), rows("cards", cards)


def _pg_versions(session: Session) -> PgVersions:
    row = session.execute(_PG_VERSIONS).one()
    return parse_pg_versions(row.years, row.cards)


def load_calendar(session: Session, *, _versions: Any = None) -> WorkingCalendar:
    """The working calendar as stored. The index is rebuilt only when the rows changed: on
    PostgreSQL a one-query check of the years' row versions (the days are read only after a
    change); on SQLite, in-process, the rows themselves are compared."""
    key = _cache_key(session)
    cached = _cache.get(key)
    fresh = cached is not None and cached[1].zone is _zone()
    if session.get_bind().dialect.name == "postgresql":
        fingerprint: Any = _versions if _versions is not None else _pg_versions(session)[0]
        if fresh and cached is not None and cached[0] == fingerprint:
            return cached[1]
        days, years = _calendar_rows(session)
    else:
        days, years = _calendar_rows(session)
        fingerprint = hashlib.blake2b(repr((days, years)).encode(), digest_size=16).hexdigest()
        if fresh and cached is not None and cached[0] == fingerprint:
            return cached[1]
    calendar = WorkingCalendar({d: (k, n) for d, k, n in days}, years, zone=_zone())
    _cache[key] = (fingerprint, calendar)
    return calendar


def clock_inputs(
    session: Session, regulation: Regulation, *, versions: PgVersions | None = None
) -> tuple[WorkingCalendar, ClockRules]:
    """The calendar and the regulation's clock rules, as a service appending clock events needs
    them: on PostgreSQL one query checks that both cached copies are current, or none when the
    caller read the `versions` already (`pg_version_columns`)."""
    if session.get_bind().dialect.name != "postgresql":
        return load_calendar(session), rules_for_regulation(session, regulation)
    years, cards = versions if versions is not None else _pg_versions(session)
    key = _cache_key(session)
    cached = _cards_cache.get(key)
    if cached is None or cached[0] != cards:
        cached = (cards, agency_card_defaults(session))
        _cards_cache[key] = cached
    return load_calendar(session, _versions=years), rules_for_definition(
        regulation.definition or {}, cached[1]
    )


def _zone() -> Any:
    from app.agency_time import agency_zone

    return agency_zone()


def calendar_years(session: Session) -> dict[int, tuple[str, datetime]]:
    """Years with a published schedule: year → (source, entered_at)."""
    return {
        y: (s, at)
        for y, s, at in session.execute(
            select(CalendarYear.year, CalendarYear.source, CalendarYear.entered_at)
        )
    }


# --- the default calendar ---------------------------------------------------------------------------


def default_calendar_rows() -> tuple[list[CalendarException], list[int]]:
    """The schedules of the `chinese-calendar` package, for every year it knows."""
    import chinese_calendar

    years = []
    for year in range(1990, 2101):
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
        except NotImplementedError:
            continue
        years.append(year)
    known = set(years)
    rows = [
        CalendarException(day, HOLIDAY, HOLIDAY_NAMES_CN.get(name, name))
        for day, name in chinese_calendar.holidays.items()
        if day.year in known
    ]
    rows += [
        CalendarException(day, WORKDAY, HOLIDAY_NAMES_CN.get(name, name))
        for day, name in chinese_calendar.workdays.items()
        if day.year in known
    ]
    rows.sort(key=lambda r: r.day)
    return rows, years


def seed_default_calendar(session: Session, now: datetime | None = None) -> int:
    """Enter the packaged schedules for each year not entered yet; returns the days written.
    Called when a database is created; running it again adds only years still missing."""
    now = now or current_time()
    rows, years = default_calendar_rows()
    present = set(session.scalars(select(CalendarYear.year)))
    missing = [y for y in years if y not in present]
    if not missing:
        return 0
    wanted = set(missing)
    for year in missing:
        session.execute(
            delete(CalendarDay).where(
                CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
            )
        )
    new_rows = [r for r in rows if r.day.year in wanted]
    if new_rows:
        session.execute(
            CalendarDay.__table__.insert(), [{"day": r.day, "kind": r.kind, "name": r.name} for r in new_rows]
        )
    session.add_all(CalendarYear(year=y, source=SOURCE_PACKAGE, entered_at=now) for y in missing)
    session.flush()
    return len(new_rows)


# --- maintenance -------------------------------------------------------------------------------------


def _replace_years(
    session: Session, by_year: dict[int, list[CalendarException]], source: str, now: datetime
) -> int:
    years = sorted(by_year)
    for year in years:
        session.execute(
            delete(CalendarDay).where(
                CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
            )
        )
    values = [{"day": r.day, "kind": r.kind, "name": r.name} for y in years for r in by_year[y]]
    if values:
        session.execute(CalendarDay.__table__.insert(), values)
    for year in years:
        row = session.get(CalendarYear, year)
        if row is None:
            session.add(CalendarYear(year=year, source=source, entered_at=now))
        else:
            row.source, row.entered_at = source, now
    session.flush()
    # Rewritten even when source and time are the same: a new row version tells every desk's
    # cached calendar (load_calendar) that the year's days changed.
    session.execute(
        update(CalendarYear)
        .where(CalendarYear.year.in_(years))
        .values(source=CalendarYear.source)
        .execution_options(synchronize_session=False)
    )
    return len(values)


def import_calendar(
    session: Session,
    rows: Sequence[CalendarException],
    *,
    source: str = SOURCE_CSV,
    now: datetime | None = None,
    actor_id: int | None = None,
) -> CalendarChange:
    """Replace the exceptions of each year the rows cover, mark those years as published, and
    recompute the open cases."""
    _require_calendar_editor(session, actor_id)
    now = now or current_time()
    by_year: dict[int, list[CalendarException]] = {}
    for row in rows:
        by_year.setdefault(row.day.year, []).append(row)
    if not by_year:
        raise InvalidInput(msg("日历文件中没有任何日期，未导入。"), field="file")
    before = _year_rows(session, by_year)
    count = _replace_years(session, by_year, source, now)
    moved = recompute_open_cases(session, load_calendar(session), now=now, actor_id=actor_id)
    _audit_calendar(session, actor_id, "calendar.import", before, by_year, moved)
    return CalendarChange(tuple(sorted(by_year)), count, tuple(moved))


def import_calendar_csv(
    session: Session, text: str, *, now: datetime | None = None, actor_id: int | None = None
) -> CalendarChange:
    """Import a `date,kind,name` file; a file with any bad row imports nothing (CalendarCsvError
    lists every bad row with its line number)."""
    return import_calendar(session, parse_calendar_csv(text), source=SOURCE_CSV, now=now, actor_id=actor_id)


def export_calendar_csv(session: Session, year: int | None = None) -> str:
    query = select(CalendarDay).order_by(CalendarDay.day)
    if year is not None:
        query = query.where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
    return format_calendar_csv(CalendarException(r.day, r.kind, r.name) for r in session.scalars(query))


def save_year(
    session: Session,
    year: int,
    rows: Iterable[CalendarException],
    *,
    now: datetime | None = None,
    actor_id: int | None = None,
) -> CalendarChange:
    """The administrator's year view saves a whole year at once: its exceptions are replaced and
    the year counts as published from now on."""
    _require_calendar_editor(session, actor_id)
    rows = list(rows)
    for row in rows:
        if row.day.year != year:
            raise InvalidInput(msg("{day} 不属于 {year} 年。", day=row.day.isoformat(), year=year))
        if row.kind == WORKDAY and row.day.weekday() < 5:
            raise InvalidInput(msg("{day} 是工作日，不能标为调休上班。", day=row.day.isoformat()))
    now = now or current_time()
    before = _year_rows(session, {year: rows})
    count = _replace_years(session, {year: rows}, SOURCE_MANUAL, now)
    moved = recompute_open_cases(session, load_calendar(session), now=now, actor_id=actor_id)
    _audit_calendar(session, actor_id, "calendar.edit", before, {year: rows}, moved)
    return CalendarChange((year,), count, tuple(moved))


def _require_calendar_editor(session: Session, actor_id: int | None) -> None:
    """The working calendar is the administrator's (policy "edit_calendar"), whichever desk or
    command changes it; None: the program itself (seeding a new database)."""
    if actor_id is None:
        return
    from app import policy
    from app.users import load_actor

    actor = load_actor(session, actor_id)
    if actor is None:
        raise InvalidInput(msg("用户不存在，不能修改工作日历。"))
    policy.require(actor, "edit_calendar")


def _year_rows(session: Session, years: Mapping[int, Any]) -> dict[int, list[CalendarException]]:
    calendar = load_calendar(session)
    return {year: calendar.year_exceptions(year) for year in years}


def _audit_calendar(
    session: Session,
    actor_id: int | None,
    action: str,
    before: Mapping[int, Sequence[CalendarException]],
    after: Mapping[int, Sequence[CalendarException]],
    moved: Sequence[DueDateChange],
) -> None:
    from app import audit

    def plain(rows: Mapping[int, Sequence[CalendarException]]) -> dict[str, list[list[str]]]:
        return {
            str(y): [[r.day.isoformat(), r.kind, r.name] for r in sorted(rs, key=lambda r: r.day)]
            for y, rs in rows.items()
        }

    audit.record(
        session,
        actor=actor_id,
        action=action,
        entity="calendar",
        entity_key=",".join(str(y) for y in sorted(after)),
        before=plain(before),
        after={**plain(after), "moved_cases": len(moved)},
    )


def toggle_day(
    session: Session, day: date, *, now: datetime | None = None, actor_id: int | None = None
) -> tuple[str | None, CalendarChange]:
    """Cycle one day (see app.calendar.toggled_kind); returns its new kind and the change."""
    calendar = load_calendar(session)
    new_kind = toggled_kind(day, calendar.kind_of(day))
    rows = [r for r in calendar.year_exceptions(day.year) if r.day != day]
    if new_kind is not None:
        rows.append(CalendarException(day, new_kind, calendar.name_of(day)))
    return new_kind, save_year(session, day.year, rows, now=now, actor_id=actor_id)


# --- the clock columns of cases ---------------------------------------------------------------------


def ledger_from_events(events: Iterable[ClockEvent]) -> list[LedgerEntry]:
    return [
        LedgerEntry(
            kind=e.kind,
            at=e.at,
            reason_code=e.reason_code,
            reason_text=e.reason_text or "",
            days=e.days,
            approver_id=e.approver_id,
            step=e.step,
        )
        for e in events
    ]


def case_ledger(session: Session, case_id: int) -> list[LedgerEntry]:
    events = session.scalars(
        select(ClockEvent).where(ClockEvent.case_id == case_id).order_by(ClockEvent.at, ClockEvent.id)
    )
    return ledger_from_events(events)


def agency_card_defaults(session: Session) -> dict[str, Any]:
    """The card thresholds of BZ-03 (限时办结制度), latest version; {} when not in the catalogue."""
    definition = session.scalar(
        select(Regulation.definition)
        .where(Regulation.code == CARDS_REGULATION)
        .order_by(Regulation.version.desc())
    )
    params = (definition or {}).get("parameters") or {}
    keys = ("yellow_remaining_days", "yellow_used_share", "promised_overdue")
    return {k: params[k] for k in keys if k in params}


def rules_for_definition(definition: dict[str, Any], defaults: dict[str, Any] | None = None) -> ClockRules:
    """ClockRules of a regulation; an entry without a statutory limit gets the Licensing Law's
    20 working days rather than no clock at all."""
    if not definition.get("statutory_limit"):
        definition = {**definition, "statutory_limit": {"days": 20, "unit": "working"}}
    limits = {k: v for k, v in (definition.get("suspension_limits") or {}).items() if k in SUSPENSION_REASONS}
    return ClockRules.from_definition({**definition, "suspension_limits": limits}, defaults)


def rules_for_regulation(session: Session, regulation: Regulation) -> ClockRules:
    return rules_for_definition(regulation.definition or {}, agency_card_defaults(session))


def _cached_values(reading_state: str, summary: Any) -> dict[str, Any]:
    return {
        "clock_state": reading_state,
        "promised_due": summary.promised_due,
        "statutory_due": summary.statutory_due,
        "yellow_on": summary.yellow_on,
        "due_provisional": bool(summary.provisional),
    }


def refresh_case_clock(
    session: Session,
    case: Case,
    rules: ClockRules | None = None,
    *,
    calendar: WorkingCalendar | None = None,
    now: datetime | None = None,
    ledger: Sequence[LedgerEntry] | None = None,
) -> ClockReading:
    """Recompute a case's clock from its ledger and update its cached columns. Services call this
    after appending clock events, giving the ledger they appended to (without it, the session is
    flushed and the ledger read from the table)."""
    if ledger is None:
        session.flush()
        ledger = case_ledger(session, case.id)
    calendar = calendar or load_calendar(session)
    rules = rules or rules_for_regulation(session, case.regulation)
    reading = compute_clock(ledger, calendar, rules, now or current_time())
    case.clock_state = reading.state
    case.promised_due = reading.promised_due
    case.statutory_due = reading.statutory_due
    case.yellow_on = reading.yellow_on
    case.due_provisional = reading.provisional
    case.stopped_overdue_days = reading.overdue_days if reading.state == "stopped" else None
    return reading


def _ledgers_of(session: Session, case_ids: Any) -> dict[int, list[LedgerEntry]]:
    """The clock ledgers of many cases in one query, by case id; `case_ids` a list or a subquery."""
    ledgers: dict[int, list[LedgerEntry]] = {}
    for row in session.execute(
        select(
            ClockEvent.case_id,
            ClockEvent.kind,
            ClockEvent.at,
            ClockEvent.reason_code,
            ClockEvent.reason_text,
            ClockEvent.days,
        )
        .where(ClockEvent.case_id.in_(case_ids))
        .order_by(ClockEvent.case_id, ClockEvent.at, ClockEvent.id)
    ):
        ledgers.setdefault(row.case_id, []).append(
            LedgerEntry(row.kind, row.at, row.reason_code, row.reason_text or "", row.days)
        )
    return ledgers


def fill_stopped_overdue_days(session: Session, *, batch: int = 5_000) -> int:
    """Cases whose clock stopped before `Case.stopped_overdue_days` was kept (migration 0010):
    the figure from each one's ledger, as `refresh_case_clock` keeps it at the stop. Returns how
    many cases were filled."""
    table = Case.__table__
    pending = (
        select(Case.id, Case.regulation_id)
        .where(Case.clock_state == "stopped", Case.stopped_overdue_days.is_(None))
        .order_by(Case.id)
        .limit(batch)
    )
    cases = session.execute(pending).all()
    if not cases:
        return 0
    calendar = load_calendar(session)
    defaults = agency_card_defaults(session)
    rules = {
        rid: rules_for_definition(definition or {}, defaults)
        for rid, definition in session.execute(select(Regulation.id, Regulation.definition))
    }
    now = current_time()
    filled = 0
    while cases:
        ledgers = _ledgers_of(session, [c.id for c in cases])
        summaries = clock_summaries(
            ((ledgers.get(c.id, []), rules[c.regulation_id]) for c in cases), calendar, now
        )
        # A case marked stopped whose ledger says otherwise (none should be) gets 0, not another
        # pass of this loop.
        updates = [
            {"b_id": c.id, "b_overdue": summary.overdue_days if summary.state == "stopped" else 0}
            for c, summary in zip(cases, summaries, strict=True)
        ]
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(stopped_overdue_days=bindparam("b_overdue")),
            updates,
        )
        filled += len(updates)
        cases = session.execute(pending).all()
    return filled


def recompute_open_cases(
    session: Session,
    calendar: WorkingCalendar | None = None,
    *,
    now: datetime | None = None,
    actor_id: int | None = None,
    reason: str = "工作日历调整",
    suspended_only: bool = False,
) -> list[DueDateChange]:
    """Recompute the cached clock columns of every open case; returns the cases whose due dates
    moved (or stopped being provisional) and records each in the case's audit trail.

    `suspended_only`: see `refresh_suspended_clocks`; nothing is recorded then."""
    now = now or current_time()
    session.flush()
    calendar = calendar or load_calendar(session)
    chosen = Case.status.in_(sorted(OPEN_STATUSES))
    if suspended_only:
        chosen = chosen & (Case.clock_state == "suspended")
    cases = session.execute(
        select(
            Case.id,
            Case.number,
            Case.regulation_id,
            Case.clock_state,
            Case.statutory_due,
            Case.promised_due,
            Case.yellow_on,
            Case.due_provisional,
        )
        .where(chosen)
        .order_by(Case.id)  # desks refreshing at once lock the rows they update in one order
    ).all()
    if not cases:
        return []
    defaults = agency_card_defaults(session)
    regulation_ids = {c.regulation_id for c in cases}
    rules_by_regulation = {
        rid: rules_for_definition(definition or {}, defaults)
        for rid, definition in session.execute(
            select(Regulation.id, Regulation.definition).where(Regulation.id.in_(regulation_ids))
        )
    }
    ledgers = _ledgers_of(session, select(Case.id).where(chosen))

    updates: list[dict[str, Any]] = []
    moved: list[DueDateChange] = []
    for case in cases:
        ledger = ledgers.get(case.id)
        if not ledger:
            continue
        summary = clock_summary(ledger, calendar, rules_by_regulation[case.regulation_id], now)
        values = _cached_values(summary.state, summary)
        before = (
            case.clock_state,
            case.promised_due,
            case.statutory_due,
            case.yellow_on,
            bool(case.due_provisional),
        )
        after = tuple(values.values())
        if before == after:
            continue
        updates.append({"b_id": case.id, **values})
        if (case.statutory_due, case.promised_due, bool(case.due_provisional)) != (
            summary.statutory_due,
            summary.promised_due,
            bool(summary.provisional),
        ) and case.statutory_due is not None:
            moved.append(
                DueDateChange(
                    case_id=case.id,
                    number=case.number,
                    statutory_before=case.statutory_due,
                    statutory_after=summary.statutory_due,
                    promised_before=case.promised_due,
                    promised_after=summary.promised_due,
                    provisional_before=bool(case.due_provisional),
                    provisional_after=bool(summary.provisional),
                )
            )
    if updates:
        # Cached, derived columns: a Core update, so the cases' lock_version is not bumped and
        # no one editing a case is refused because the calendar changed.
        table = Case.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                clock_state=bindparam("clock_state"),
                promised_due=bindparam("promised_due"),
                statutory_due=bindparam("statutory_due"),
                yellow_on=bindparam("yellow_on"),
                due_provisional=bindparam("due_provisional"),
            ),
            updates,
        )
    if moved and not suspended_only:
        session.execute(
            CaseEvent.__table__.insert(),
            [
                {
                    "case_id": change.case_id,
                    "at": now,
                    "actor_id": actor_id,
                    "acting_for_id": None,
                    "action": AUDIT_ACTION,
                    "step": None,
                    "opinion": f"因{reason}，{change.describe().split('：', 1)[1]}",
                    "details": {
                        "reason": reason,
                        "statutory": [_iso(change.statutory_before), _iso(change.statutory_after)],
                        "promised": [_iso(change.promised_before), _iso(change.promised_after)],
                        "provisional": [change.provisional_before, change.provisional_after],
                    },
                }
                for change in moved
            ],
        )
    if updates:
        changed = {u["b_id"] for u in updates}
        for obj in list(session.identity_map.values()):
            if isinstance(obj, Case) and obj.id in changed:
                session.expire(
                    obj, ["clock_state", "promised_due", "statutory_due", "yellow_on", "due_provisional"]
                )
    return moved


def refresh_suspended_clocks(session: Session, now: datetime | None = None) -> int:
    """Bring the cached columns of suspended cases up to `now`; returns how many moved.

    While a clock is suspended its due dates are projected as if it resumed today, so the cached
    ones (written when it was suspended) fall behind day by day, and a list reading them would
    show a suspended case red once its stale projection passed. Run at the start of each desk's
    session and before the accountability sweep (`app.accountability.raise_overdue_items`).
    Silent: a projection moving with the days is not a change of the case's due dates, so nothing
    goes on its timeline."""
    return len(recompute_open_cases(session, now=now, suspended_only=True))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- supervision -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SuspensionAlert:
    """A suspension past the maximum length its reason allows (listed for supervisors)."""

    case_id: int
    number: str
    reason_code: str
    started: date
    ended: date | None
    days: int
    limit: int

    def describe(self) -> str:
        """A Message (app.messages), for the supervisors' lists."""
        label = SUSPENSION_REASONS.get(self.reason_code, self.reason_code)
        span = (
            msg("{start} 起", start=self.started.isoformat())
            if self.ended is None
            else msg("{start} 至 {end}", start=self.started.isoformat(), end=self.ended.isoformat())
        )
        return msg(
            "{number}：{reason}暂停 {span}，已 {days} 个工作日，超过上限 {limit} 个工作日",
            number=self.number,
            reason=label,
            span=span,
            days=self.days,
            limit=self.limit,
        )


def suspensions_over_limit(
    session: Session, *, calendar: WorkingCalendar | None = None, now: datetime | None = None
) -> list[SuspensionAlert]:
    """Open cases with a suspension that runs (or ran) past its reason's maximum."""
    now = now or current_time()
    calendar = calendar or load_calendar(session)
    defaults = agency_card_defaults(session)
    alerts: list[SuspensionAlert] = []
    suspended_ids = select(ClockEvent.case_id).where(ClockEvent.kind == "suspend")
    cases = session.scalars(
        select(Case)
        .where(Case.status.in_(sorted(OPEN_STATUSES)), Case.id.in_(suspended_ids))
        .order_by(Case.id)
    ).all()
    for case in cases:
        rules = rules_for_definition(case.regulation.definition or {}, defaults)
        if not rules.suspension_limits:
            continue
        reading = compute_clock(case_ledger(session, case.id), calendar, rules, now)
        for span in reading.suspensions:
            if span.over_limit and span.limit is not None:
                alerts.append(
                    SuspensionAlert(
                        case.id, case.number, span.reason_code, span.start, span.end, span.days, span.limit
                    )
                )
    return alerts


__all__ = [
    "SOURCE_CSV",
    "SOURCE_MANUAL",
    "SOURCE_PACKAGE",
    "CalendarChange",
    "DueDateChange",
    "SuspensionAlert",
    "agency_card_defaults",
    "calendar_years",
    "case_ledger",
    "default_calendar_rows",
    "export_calendar_csv",
    "fill_stopped_overdue_days",
    "import_calendar",
    "import_calendar_csv",
    "load_calendar",
    "recompute_open_cases",
    "refresh_case_clock",
    "refresh_suspended_clocks",
    "rules_for_definition",
    "rules_for_regulation",
    "save_year",
    "seed_default_calendar",
    "suspensions_over_limit",
    "toggle_day",
]
