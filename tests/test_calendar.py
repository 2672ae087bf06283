"""The working-day calendar: arithmetic, time zone, CSV, and its properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.calendar import (
    HOLIDAY,
    WORKDAY,
    CalendarCsvError,
    CalendarException,
    WorkingCalendar,
    format_calendar_csv,
    parse_calendar_csv,
    toggled_kind,
)
from app.calendar_store import default_calendar_rows
from app.errors import InvalidInput

ROWS, YEARS = default_calendar_rows()
CAL = WorkingCalendar.from_exceptions(ROWS, YEARS)


def naive_is_working(day: date) -> bool:
    kind = CAL.kind_of(day)
    if kind is not None:
        return kind == WORKDAY
    return day.weekday() < 5


def naive_add(day: date, n: int) -> date:
    while n > 0:
        day += timedelta(days=1)
        if naive_is_working(day):
            n -= 1
    return day


# --- the packaged schedule ---------------------------------------------------------------------


def test_package_years_and_2026_schedule() -> None:
    assert min(YEARS) == 2004 and max(YEARS) >= 2026
    assert 2027 not in YEARS or CAL.is_working_day(date(2027, 1, 4)) in (True, False)
    assert CAL.name_of(date(2026, 10, 1)) == "国庆节"
    assert CAL.kind_of(date(2026, 10, 10)) == WORKDAY
    holidays = [
        d for d in (date(2026, 1, 1) + timedelta(days=i) for i in range(365)) if CAL.kind_of(d) == HOLIDAY
    ]
    assert date(2026, 2, 15) in holidays and date(2026, 2, 23) in holidays
    for make_up in ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"):
        assert CAL.is_working_day(date.fromisoformat(make_up)), make_up


def test_default_rule_and_provisional_years() -> None:
    assert CAL.is_provisional_year(2099)
    assert not CAL.is_provisional_year(2026)
    assert CAL.is_provisional(date(2026, 12, 20), date(2027, 1, 10))
    assert not CAL.is_provisional(date(2026, 3, 1), date(2026, 4, 1))
    # 2099 follows the default rule: Monday–Friday.
    assert CAL.is_working_day(date(2099, 6, 1))  # a Monday
    assert not CAL.is_working_day(date(2099, 6, 6))  # a Saturday


# --- worked examples ---------------------------------------------------------------------------


def test_spring_festival_2026() -> None:
    # Friday 13 Feb; Saturday 14 Feb is a make-up day; 15–23 Feb holiday; Saturday 28 Feb make-up.
    assert CAL.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert CAL.add_working_days(date(2026, 2, 14), 1) == date(2026, 2, 24)
    assert CAL.add_working_days(date(2026, 2, 12), 5) == date(2026, 2, 26)
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 28)) == 6  # 14, 24–28
    # 20 working days from 2 Feb: 3–6, 9–13, 14 (make-up), 24–27, 28 (make-up), 2–6 Mar.
    assert CAL.add_working_days(date(2026, 2, 2), 20) == date(2026, 3, 6)


def test_national_day_2026() -> None:
    # 20 Sep (Sunday) make-up; 25–27 Sep Mid-autumn; 1–7 Oct; Saturday 10 Oct make-up.
    assert CAL.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert CAL.add_working_days(date(2026, 10, 9), 1) == date(2026, 10, 10)
    assert CAL.add_working_days(date(2026, 9, 18), 1) == date(2026, 9, 20)
    assert CAL.working_days_between(date(2026, 9, 30), date(2026, 10, 12)) == 4  # 8, 9, 10, 12
    assert CAL.add_working_days(date(2026, 9, 15), 10) == date(2026, 9, 29)
    # 23, 24, 28, 29, 30 Sep, 8, 9, 10 (make-up), 12, 13 Oct.
    assert CAL.add_working_days(date(2026, 9, 22), 10) == date(2026, 10, 13)


def test_add_zero_and_negative() -> None:
    assert CAL.add_working_days(date(2026, 10, 3), 0) == date(2026, 10, 3)
    assert CAL.add_working_days(date(2026, 10, 8), -1) == date(2026, 9, 30)
    assert CAL.add_working_days(date(2026, 10, 3), -1) == date(2026, 9, 30)


def test_between_is_half_open_and_antisymmetric() -> None:
    assert CAL.working_days_between(date(2026, 3, 2), date(2026, 3, 2)) == 0
    assert CAL.working_days_between(date(2026, 3, 2), date(2026, 3, 3)) == 1
    assert CAL.working_days_between(date(2026, 3, 3), date(2026, 3, 2)) == -1


def test_natural_period_rolls_over_holiday() -> None:
    # 60 days from 2026-08-02 end on 2026-10-01, National Day: the period ends on 2026-10-08.
    assert CAL.natural_period_end(date(2026, 8, 2), 60) == date(2026, 10, 8)
    # A period ending on a Saturday ends on the Monday.
    assert CAL.natural_period_end(date(2026, 3, 2), 5) == date(2026, 3, 9)
    # Ending on a make-up Saturday: that is a working day, no roll-over.
    assert CAL.natural_period_end(date(2026, 10, 5), 5) == date(2026, 10, 10)
    # Ending inside the National Day holiday.
    assert CAL.natural_period_end(date(2026, 9, 28), 5) == date(2026, 10, 8)
    # An ordinary weekday.
    assert CAL.natural_period_end(date(2026, 3, 2), 15) == date(2026, 3, 17)


def test_working_day_of_instant() -> None:
    # 17:30 UTC on 30 Sep is 01:30 on 1 Oct in Shanghai: a National Day holiday, so the next
    # working day is 8 Oct — whatever the workstation's zone.
    instant = datetime(2026, 9, 30, 17, 30, tzinfo=UTC)
    assert CAL.day_of(instant) == date(2026, 10, 1)
    assert CAL.working_day_of(instant) == date(2026, 10, 8)
    in_new_york = instant.astimezone(timezone(timedelta(hours=-4)))
    assert CAL.day_of(in_new_york) == date(2026, 10, 1)
    assert CAL.day_of(datetime(2026, 9, 30, 15, 59, tzinfo=UTC)) == date(2026, 9, 30)
    with pytest.raises(ValueError):
        CAL.day_of(datetime(2026, 9, 30, 12))


def test_other_zone_is_configurable() -> None:
    from zoneinfo import ZoneInfo

    berlin = WorkingCalendar.from_exceptions(ROWS, YEARS, zone=ZoneInfo("Europe/Berlin"))
    instant = datetime(2026, 9, 30, 17, 30, tzinfo=UTC)
    assert berlin.day_of(instant) == date(2026, 9, 30)
    # Across a daylight-saving change.
    assert berlin.day_of(datetime(2026, 3, 28, 23, 30, tzinfo=UTC)) == date(2026, 3, 29)
    assert berlin.day_of(datetime(2026, 7, 31, 22, 30, tzinfo=UTC)) == date(2026, 8, 1)


def test_out_of_span_is_refused() -> None:
    with pytest.raises(InvalidInput):
        CAL.add_working_days(date(1900, 1, 1), 1)


def test_toggle_cycle() -> None:
    monday, saturday = date(2026, 3, 2), date(2026, 3, 7)
    assert toggled_kind(monday, None) == HOLIDAY
    assert toggled_kind(monday, HOLIDAY) is None
    assert toggled_kind(saturday, None) == WORKDAY
    assert toggled_kind(saturday, WORKDAY) == HOLIDAY
    assert toggled_kind(saturday, HOLIDAY) is None


def test_with_year_replaces_only_that_year() -> None:
    changed = CAL.with_year(2027, [CalendarException(date(2027, 1, 1), HOLIDAY, "元旦")])
    assert not changed.is_provisional_year(2027)
    assert not changed.is_working_day(date(2027, 1, 1))
    assert changed.kind_of(date(2026, 10, 1)) == HOLIDAY


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_round_trip() -> None:
    rows = CAL.year_exceptions(2026)
    text = format_calendar_csv(rows)
    assert text.startswith("date,kind,name\n2026-01-01,holiday,元旦\n")
    assert parse_calendar_csv(text) == rows


def test_csv_errors_are_reported_with_line_numbers() -> None:
    text = (
        "date,kind,name\n"
        "2027-01-01,holiday,元旦\n"
        "2027-13-01,holiday,坏日期\n"
        "2027-02-10,vacation,未知类型\n"
        "2027-02-10,workday,星期三\n"
        "2027-01-01,workday,元旦\n"
        "2027-01-01,holiday,元旦\n"
    )
    with pytest.raises(CalendarCsvError) as info:
        parse_calendar_csv(text)
    lines = [e.line for e in info.value.errors]
    assert lines == [3, 4, 5, 6]
    message = str(info.value)
    assert "第 3 行" in message and "第 6 行" in message and "未导入" in message


def test_csv_without_header_and_with_bom() -> None:
    rows = parse_calendar_csv("\ufeff2027-01-01,holiday,元旦\n\n2027-02-06,workday,春节\n")
    assert [r.kind for r in rows] == [HOLIDAY, WORKDAY]


# --- properties ----------------------------------------------------------------------------------

days = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31))
counts = st.integers(min_value=0, max_value=400)


@given(days, counts)
def test_add_then_count_is_inverse(day: date, n: int) -> None:
    assert CAL.working_days_between(day, CAL.add_working_days(day, n)) == n


@given(days, counts, counts)
def test_add_is_monotonic(day: date, n: int, m: int) -> None:
    lo, hi = sorted((n, m))
    assert CAL.add_working_days(day, lo) <= CAL.add_working_days(day, hi)
    assert CAL.natural_period_end(day, lo) <= CAL.natural_period_end(day, hi)


@given(days, st.integers(min_value=1, max_value=400))
def test_added_day_is_a_working_day(day: date, n: int) -> None:
    assert CAL.is_working_day(CAL.add_working_days(day, n))
    assert CAL.is_working_day(CAL.natural_period_end(day, n))


@settings(max_examples=200)
@given(days, st.integers(min_value=0, max_value=60))
def test_agrees_with_day_by_day(day: date, n: int) -> None:
    assert CAL.add_working_days(day, n) == naive_add(day, n)
    end = day + timedelta(days=n)
    assert CAL.working_days_between(day, end) == sum(
        naive_is_working(day + timedelta(days=i)) for i in range(1, n + 1)
    )


def test_a_calendar_file_saved_from_a_spreadsheet_in_chinese_is_read() -> None:
    """The schedule typed in WPS or Excel: a Chinese header, the notice's words for the kinds,
    dates as the spreadsheet saves them."""
    rows = parse_calendar_csv(
        "日期,类型,名称\n2027/1/1,节假日,元旦\n2027年2月7日,调休上班,春节\n2027.2.10,休,春节\n2027-02-11,放假,春节\n"
    )
    assert [(r.day.isoformat(), r.kind, r.name) for r in rows] == [
        ("2027-01-01", "holiday", "元旦"),
        ("2027-02-07", "workday", "春节"),
        ("2027-02-10", "holiday", "春节"),
        ("2027-02-11", "holiday", "春节"),
    ]
    with pytest.raises(CalendarCsvError) as bad:
        parse_calendar_csv(
            "日期,类型,名称\n2027/2/30,节假日,坏日期\n2027-1-5,节假日,少了零\n2027/03/01,半天,？\n"
        )
    assert [str(e.message) for e in bad.value.errors] == [
        "日期“2027/2/30”无效，应写作 YYYY-MM-DD，例如 2026-10-01（也可写 2026/10/1）",
        "日期“2027-1-5”无效，应写作 YYYY-MM-DD，例如 2026-10-01（也可写 2026/10/1）",
        "类型“半天”无效，只能是 holiday（节假日）或 workday（调休上班）",
    ]
