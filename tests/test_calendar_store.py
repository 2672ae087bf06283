"""The calendar in the database, and the clock columns of cases (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, func, select

from app.calendar import CalendarCsvError
from app.calendar_store import (
    AUDIT_ACTION,
    export_calendar_csv,
    import_calendar_csv,
    load_calendar,
    recompute_open_cases,
    refresh_case_clock,
    save_year,
    seed_default_calendar,
    suspensions_over_limit,
    toggle_day,
)
from app.workspace import Workspace
from db.models import CalendarDay, CalendarYear, Case, CaseEvent, ClockEvent
from tests.factories import register_many

NOW = datetime(2026, 12, 20, 2, 0, tzinfo=UTC)

CSV_2027 = """date,kind,name
2027-01-01,holiday,元旦
2027-01-02,holiday,元旦
2027-01-03,holiday,元旦
2027-02-06,workday,春节
"""


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+08:00").astimezone(UTC)


def _open_case(session, accepted: str, **extra) -> Case:  # type: ignore[no-untyped-def]
    case = register_many(session, 1)[0] if "case" not in extra else extra["case"]
    case.status = "in_progress"
    session.add(ClockEvent(case_id=case.id, kind="start", at=at(accepted)))
    session.flush()
    return case


def test_seed_default_calendar(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        # A new database is seeded when it is created; seeding again adds nothing.
        assert seed_default_calendar(session, NOW) == 0
        session.execute(delete(CalendarDay))
        session.execute(delete(CalendarYear))
        written = seed_default_calendar(session, NOW)
        assert written > 700
        assert seed_default_calendar(session, NOW) == 0
    with workspace.sessions() as session:
        years = set(session.scalars(select(CalendarYear.year)))
        assert {2004, 2026} <= years and 2027 not in years
        calendar = load_calendar(session)
        assert calendar.name_of(date(2026, 10, 1)) == "国庆节"
        assert calendar.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
        assert calendar.is_provisional_year(2027)
        assert load_calendar(session) is calendar  # cached while the tables do not change


def test_import_enters_a_year_and_moves_due_dates(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
        case = _open_case(session, "2026-12-15")
        reading = refresh_case_clock(session, case, now=NOW)
        assert reading.provisional and case.due_provisional
        before = case.statutory_due
        case_id = case.id
    assert before == date(2027, 1, 12)  # provisional: 1 January counted as a working day
    with workspace.transaction() as session:
        change = import_calendar_csv(session, CSV_2027, now=NOW)
    assert change.years == (2027,) and change.days == 4
    assert len(change.moved) == 1
    moved = change.moved[0]
    assert (moved.case_id, moved.statutory_before, moved.statutory_after) == (
        case_id,
        before,
        date(2027, 1, 13),
    )
    assert moved.provisional_before and not moved.provisional_after
    assert "2027-01-12（暂定） → 2027-01-13" in moved.describe()
    with workspace.sessions() as session:
        case = session.get(Case, case_id)
        assert case.statutory_due == date(2027, 1, 13) and not case.due_provisional
        events = session.scalars(select(CaseEvent).where(CaseEvent.action == AUDIT_ACTION)).all()
        assert len(events) == 1 and events[0].details["statutory"] == ["2027-01-12", "2027-01-13"]
        assert "工作日历调整" in events[0].opinion
        assert session.get(CalendarYear, 2027).source == "csv"


def test_import_replaces_the_years_it_covers(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
        import_calendar_csv(session, CSV_2027, now=NOW)
        import_calendar_csv(session, "date,kind,name\n2027-10-01,holiday,国庆节\n", now=NOW)
    with workspace.sessions() as session:
        days = session.scalars(select(CalendarDay.day).where(CalendarDay.day >= date(2027, 1, 1))).all()
        assert days == [date(2027, 10, 1)]
        assert session.scalar(
            select(func.count()).select_from(CalendarDay).where(CalendarDay.day < date(2027, 1, 1))
        )


def test_bad_csv_imports_nothing(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
        count = session.scalar(select(func.count()).select_from(CalendarDay))
    bad = CSV_2027 + "2027-02-31,holiday,春节\n2027-02-10,workday,春节\n"
    with pytest.raises(CalendarCsvError) as info, workspace.transaction() as session:
        import_calendar_csv(session, bad, now=NOW)
    assert [e.line for e in info.value.errors] == [6, 7]
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CalendarDay)) == count
        assert session.get(CalendarYear, 2027) is None


def test_export_round_trip(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
        text = export_calendar_csv(session, 2026)
    assert text.splitlines()[0] == "date,kind,name"
    assert "2026-10-10,workday,国庆节" in text
    assert len(text.splitlines()) == 1 + 33 + 6
    with workspace.transaction() as session:
        change = import_calendar_csv(session, text, now=NOW)
        assert change.moved == ()
        assert export_calendar_csv(session, 2026) == text


def test_toggle_day_and_save_year(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
        case = _open_case(session, "2026-03-02")
        refresh_case_clock(session, case, now=at("2026-03-03"))
        assert case.statutory_due == date(2026, 3, 30)
        kind, change = toggle_day(session, date(2026, 3, 10), now=at("2026-03-03"))
        assert kind == "holiday"
        assert [(m.statutory_before, m.statutory_after) for m in change.moved] == [
            (date(2026, 3, 30), date(2026, 3, 31))
        ]
        assert session.get(CalendarYear, 2026).source == "manual"
        kind, change = toggle_day(session, date(2026, 3, 10), now=at("2026-03-03"))
        assert kind is None
        assert change.moved[0].statutory_after == date(2026, 3, 30)
        session.refresh(case)
        assert case.statutory_due == date(2026, 3, 30)
        version = case.lock_version
        rows = load_calendar(session).year_exceptions(2026)
        save_year(session, 2026, rows, now=at("2026-03-03"))
        toggle_day(session, date(2026, 3, 10), now=at("2026-03-03"))
        # Calendar changes do not bump the cases' lock_version (cached columns only).
        session.refresh(case)
        assert case.lock_version == version


def test_refresh_case_clock_and_over_limit_suspensions(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
        case = _open_case(session, "2026-03-02")
        case.regulation.definition = {
            **case.regulation.definition,
            "statutory_limit": {"days": 20, "unit": "working"},
            "promised_limit": {"days": 15, "unit": "working"},
            "suspension_limits": {"consulting_evaluation": 30},
        }
        session.add(
            ClockEvent(
                case_id=case.id, kind="suspend", at=at("2026-03-04"), reason_code="consulting_evaluation"
            )
        )
        reading = refresh_case_clock(session, case, now=at("2026-05-20"))
        assert case.clock_state == "suspended" and reading.card == "yellow"
        assert reading.suspension_over_limit
        alerts = suspensions_over_limit(session, now=at("2026-05-20"))
        assert [a.case_id for a in alerts] == [case.id]
        assert "超过上限 30 个工作日" in alerts[0].describe()
        assert suspensions_over_limit(session, now=at("2026-04-01")) == []


def test_recompute_updates_only_what_changed(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
        case = _open_case(session, "2026-03-02")
        # Not cached yet: filled in, but not reported as moved.
        assert recompute_open_cases(session, now=at("2026-03-03")) == []
        session.refresh(case)
        assert case.statutory_due == date(2026, 3, 30) and case.clock_state == "running"
        assert recompute_open_cases(session, now=at("2026-03-04")) == []


def test_only_an_administrator_changes_the_calendar_whichever_way_he_asks(workspace: Workspace) -> None:
    """The year view's button is the administrator's; the services refuse anyone else too."""
    from app.calendar import CalendarException
    from app.calendar_store import save_year
    from app.errors import PermissionDenied
    from tests.factories import make_division, make_user

    with workspace.transaction() as session:
        division = make_division(session)
        clerk = make_user(session, division, "clerk1", ("clerk",)).id
        admin = make_user(session, division, "admin1", ("admin",)).id
    holiday = [CalendarException(date(2027, 1, 1), "holiday", "元旦")]
    for attempt in (
        lambda s: save_year(s, 2027, holiday, actor_id=clerk),
        lambda s: import_calendar_csv(s, "2027-01-01,holiday,元旦\n", actor_id=clerk),
    ):
        with workspace.transaction() as session, pytest.raises(PermissionDenied, match="系统管理员"):
            attempt(session)
    with workspace.sessions() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(CalendarDay).where(CalendarDay.day >= date(2027, 1, 1))
            )
            == 0
        )
    with workspace.transaction() as session:
        assert save_year(session, 2027, holiday, actor_id=admin).years == (2027,)
