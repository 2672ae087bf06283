"""The legal clock: a pure function of (ledger, calendar, rules, now)."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.calendar import HOLIDAY, CalendarException, WorkingCalendar
from app.calendar_store import default_calendar_rows
from app.clock import (
    ClockRules,
    LedgerEntry,
    cached_card,
    cached_remaining,
    card_label,
    check_clock_event,
    clock_summaries,
    clock_summary,
    compute_clock,
    remaining_label,
    step_overtime,
)
from app.errors import InvalidAction, InvalidInput
from app.limits import Limit

ROWS, YEARS = default_calendar_rows()
CAL = WorkingCalendar.from_exceptions(ROWS, YEARS)
TWENTY = ClockRules(statutory=Limit(20), extension_days=10)


def at(day: str, hour: int = 10) -> datetime:
    """`hour` o'clock in Shanghai on `day`, as an aware UTC instant."""
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+08:00").astimezone(UTC)


def start(day: str) -> LedgerEntry:
    return LedgerEntry("start", at(day))


def suspend(day: str, reason: str = "expert_review") -> LedgerEntry:
    return LedgerEntry("suspend", at(day), reason_code=reason)


def resume(day: str) -> LedgerEntry:
    return LedgerEntry("resume", at(day))


def extend(day: str, days: int) -> LedgerEntry:
    return LedgerEntry("extend", at(day), days=days, approver_id=1, reason_text="情况复杂")


def stop(day: str) -> LedgerEntry:
    return LedgerEntry("stop", at(day))


# --- the worked example of the issue ----------------------------------------------------------------


def test_issue_example_explanation() -> None:
    ledger = [start("2026-03-02"), suspend("2026-03-09"), resume("2026-03-16"), extend("2026-03-16", 10)]
    reading = compute_clock(ledger, CAL, TWENTY, at("2026-03-16", 17))
    assert reading.used_days == 5
    assert reading.remaining_days == 25
    assert reading.statutory_due == date(2026, 4, 21)
    assert reading.state == "running" and reading.card == "green"
    assert reading.explanation == (
        "受理 2026-03-02 · 已用 5 个工作日 · 暂停 2026-03-09 至 03-16（专家评审）· "
        "延期 +10 · 法定期限 2026-04-21"
    )
    assert reading.label == "剩余 25 个工作日"


def test_plain_twenty_days_and_cards() -> None:
    ledger = [start("2026-03-02")]
    due = date(2026, 3, 30)
    first = compute_clock(ledger, CAL, TWENTY, at("2026-03-02", 16))
    assert (first.used_days, first.remaining_days, first.statutory_due, first.card) == (0, 20, due, "green")
    # 80 % used (16 days) on 24 March: yellow.
    assert compute_clock(ledger, CAL, TWENTY, at("2026-03-23")).card == "green"
    assert compute_clock(ledger, CAL, TWENTY, at("2026-03-24")).card == "yellow"
    assert first.yellow_on == date(2026, 3, 24)
    on_due = compute_clock(ledger, CAL, TWENTY, at("2026-03-30", 23))
    assert (on_due.remaining_days, on_due.overdue_days, on_due.card, on_due.label) == (
        0,
        0,
        "yellow",
        "今日到期",
    )
    late = compute_clock(ledger, CAL, TWENTY, at("2026-04-02"))
    assert (late.overdue_days, late.card, late.label) == (3, "red", "已超期 3 个工作日")
    assert card_label(late.card) == "红牌"


def test_a_weekend_after_the_due_date_is_already_past_it() -> None:
    ledger = [start("2026-03-06")]
    friday = compute_clock(ledger, CAL, TWENTY, at("2026-04-03"))
    assert friday.statutory_due == date(2026, 4, 3) and friday.card == "yellow"
    saturday = compute_clock(ledger, CAL, TWENTY, at("2026-04-04"))
    assert saturday.card == "red" and saturday.past_due and saturday.overdue_days == 0
    assert saturday.label == "已过期限"


def test_remaining_threshold_yellow() -> None:
    rules = ClockRules(statutory=Limit(20), yellow_remaining_days=5, yellow_used_share=1.0)
    reading = compute_clock([start("2026-03-02")], CAL, rules, at("2026-03-02"))
    # 5 working days before 30 March is 23 March.
    assert reading.yellow_on == date(2026, 3, 23)


def test_spring_festival_deadline() -> None:
    reading = compute_clock([start("2026-02-02")], CAL, TWENTY, at("2026-02-10"))
    assert reading.statutory_due == date(2026, 3, 6)
    assert reading.used_days == 6
    assert not reading.provisional


def test_national_day_deadline_and_timestamp_in_shanghai() -> None:
    # Accepted at 17:30 UTC on 30 Sep = 01:30 on 1 Oct in Shanghai (a holiday).
    ledger = [LedgerEntry("start", datetime(2026, 9, 30, 17, 30, tzinfo=UTC))]
    reading = compute_clock(ledger, CAL, TWENTY, at("2026-10-09"))
    assert reading.started_on == date(2026, 10, 1)
    assert reading.used_days == 2  # 8 and 9 October
    # 8, 9, 10 (make-up), 12–16, 19–23, 26–30 Oct, 2 Nov, 3 Nov.
    assert reading.statutory_due == date(2026, 11, 3)


def test_promised_limit_and_promised_overdue_setting() -> None:
    rules = ClockRules(statutory=Limit(20), promised=Limit(15))
    ledger = [start("2026-03-02")]
    reading = compute_clock(ledger, CAL, rules, at("2026-03-02"))
    assert reading.promised_due == date(2026, 3, 23)
    assert reading.statutory_due == date(2026, 3, 30)
    past_promised = compute_clock(ledger, CAL, rules, at("2026-03-24"))
    assert past_promised.card == "yellow" and past_promised.promised_overdue_days == 1
    red_rules = ClockRules(statutory=Limit(20), promised=Limit(15), promised_overdue="red")
    assert compute_clock(ledger, CAL, red_rules, at("2026-03-24")).card == "red"
    assert "承诺期限 2026-03-23" in reading.explanation


def test_suspension_days_are_not_counted() -> None:
    ledger = [start("2026-03-02"), suspend("2026-03-09")]
    during = compute_clock(ledger, CAL, TWENTY, at("2026-03-20"))
    assert during.state == "suspended" and during.label == "暂停计时"
    assert (during.used_days, during.remaining_days) == (5, 15)
    # Projected as if resumed today (20 March).
    assert during.statutory_due == CAL.add_working_days(date(2026, 3, 20), 15)
    assert during.suspensions[0].days == 9
    assert "暂停 2026-03-09 起（专家评审）" in during.explanation


def test_suspension_over_its_limit_turns_yellow() -> None:
    rules = ClockRules(statutory=Limit(20), suspension_limits={"consulting_evaluation": 30})
    ledger = [start("2026-03-02"), suspend("2026-03-03", "consulting_evaluation")]
    within = compute_clock(ledger, CAL, rules, at("2026-04-10"))
    assert within.card == "green" and not within.suspension_over_limit
    over_on = CAL.add_working_days(date(2026, 3, 3), 31)
    assert within.yellow_on == over_on
    over = compute_clock(
        ledger, CAL, rules, datetime.combine(over_on, datetime.min.time(), UTC) + timedelta(hours=4)
    )
    assert over.card == "yellow" and over.suspension_over_limit
    assert "超过 30 个工作日上限" in over.explanation
    # Resumed in time: no flag.
    resumed = [*ledger, resume("2026-04-01")]
    assert not compute_clock(resumed, CAL, rules, at("2026-04-02")).suspension_over_limit


def test_suspended_while_overdue_stays_red() -> None:
    ledger = [start("2026-03-02"), suspend("2026-04-02")]
    reading = compute_clock(ledger, CAL, TWENTY, at("2026-05-20"))
    assert reading.card == "red"
    assert reading.overdue_days == 3
    assert reading.statutory_due == date(2026, 3, 30)


def test_stopped_clock_keeps_its_result() -> None:
    ledger = [start("2026-03-02"), stop("2026-03-20")]
    reading = compute_clock(ledger, CAL, TWENTY, at("2026-06-01"))
    assert reading.state == "stopped" and reading.card == "green"
    assert reading.used_days == 14 and reading.label == "已办结"


def test_events_after_now_are_ignored_and_not_started() -> None:
    ledger = [start("2026-03-02")]
    reading = compute_clock(ledger, CAL, TWENTY, at("2026-03-01"))
    assert reading.state == "not_started" and reading.card is None
    assert reading.explanation == "尚未受理，未开始计时"


def test_natural_day_limit_rolls_over() -> None:
    rules = ClockRules(statutory=Limit(60, "natural"), extension_days=30)
    reading = compute_clock([start("2026-08-02")], CAL, rules, at("2026-09-01"))
    assert reading.statutory_due == date(2026, 10, 8)
    assert reading.used_days == 30 and reading.remaining_days == 37
    assert remaining_label(reading.remaining_days, 0, "natural") == "剩余 37 日"
    assert compute_clock([start("2026-08-02")], CAL, rules, at("2026-10-07")).card != "red"
    assert compute_clock([start("2026-08-02")], CAL, rules, at("2026-10-09")).card == "red"


def test_provisional_when_due_falls_in_unpublished_year() -> None:
    reading = compute_clock([start("2026-12-15")], CAL, TWENTY, at("2026-12-15"))
    assert reading.provisional
    assert "（暂定）" in reading.explanation
    published = CAL.with_year(2027, [CalendarException(date(2027, 1, 1), HOLIDAY, "元旦")])
    after = compute_clock([start("2026-12-15")], published, TWENTY, at("2026-12-15"))
    assert not after.provisional


def test_summary_agrees_with_reading() -> None:
    ledger = [start("2026-03-02"), suspend("2026-03-09"), resume("2026-03-16")]
    reading = compute_clock(ledger, CAL, TWENTY, at("2026-03-25"))
    summary = clock_summary(ledger, CAL, TWENTY, at("2026-03-25"))
    assert (summary.statutory_due, summary.card, summary.yellow_on, summary.used_days) == (
        reading.statutory_due,
        reading.card,
        reading.yellow_on,
        reading.used_days,
    )


def test_batch_equals_one_by_one() -> None:
    ledgers = [
        [start("2026-03-02")],
        [start("2026-03-02")],
        [start("2026-03-02"), suspend("2026-03-09"), resume("2026-03-16"), extend("2026-03-16", 10)],
        [start("2026-03-02"), suspend("2026-03-09", "consulting_evaluation")],
        [],
        [start("2026-03-02"), stop("2026-03-20")],
    ]
    rules = [
        TWENTY,
        ClockRules(statutory=Limit(20), promised=Limit(15)),
        ClockRules(statutory=Limit(60, "natural")),
    ]
    items = [(ledger, r) for ledger in ledgers for r in rules]
    now = at("2026-05-06")
    assert clock_summaries(items, CAL, now) == [clock_summary(ledger, CAL, r, now) for ledger, r in items]
    # Fresh rules objects each time (their ids may be reused) still get their own results.
    fresh = ((ledgers[0], ClockRules(statutory=Limit(n))) for n in range(1, 30))
    dues = [s.statutory_due for s in clock_summaries(fresh, CAL, now)]
    assert dues == sorted(set(dues))
    # Regulations with the same limits share their results; a different threshold does not.
    alike = [
        ClockRules(statutory=Limit(20), extension_days=10),
        ClockRules(statutory=Limit(20), extension_days=0, extension_approver_role="director"),
        ClockRules(statutory=Limit(20), yellow_remaining_days=15),
    ]
    cards = [s.card for s in clock_summaries([(ledgers[0], r) for r in alike], CAL, at("2026-03-12"))]
    assert cards == ["green", "green", "yellow"]


@pytest.mark.parametrize("accepted", ["2026-03-02", "2026-03-06", "2026-09-11"])
def test_cached_card_matches_the_clock_day_after_day(accepted: str) -> None:
    ledger = [start(accepted)]
    rules = ClockRules(statutory=Limit(20), promised=Limit(15))
    cache = compute_clock(ledger, CAL, rules, at(accepted))
    for offset in range(0, 45):
        now = at(accepted) + timedelta(days=offset)
        today = CAL.day_of(now)
        live = compute_clock(ledger, CAL, rules, now)
        assert (
            cached_card("running", cache.statutory_due, cache.promised_due, cache.yellow_on, today)
            == live.card
        )
        remaining, overdue = cached_remaining(CAL, cache.statutory_due, today)
        assert (remaining, overdue) == (live.remaining_days, live.overdue_days)


# --- entry checks ---------------------------------------------------------------------------------


def test_check_clock_event() -> None:
    ledger = [start("2026-03-02")]
    with pytest.raises(InvalidAction):
        check_clock_event(ledger, start("2026-03-03"), TWENTY)
    with pytest.raises(InvalidAction):
        check_clock_event(ledger, resume("2026-03-03"), TWENTY)
    with pytest.raises(InvalidInput):
        check_clock_event(ledger, LedgerEntry("suspend", at("2026-03-03"), reason_code="nap"), TWENTY)
    with pytest.raises(InvalidInput):
        check_clock_event(ledger, LedgerEntry("suspend", at("2026-03-03"), reason_code="other"), TWENTY)
    check_clock_event(ledger, suspend("2026-03-03"), TWENTY)
    check_clock_event(ledger, extend("2026-03-03", 10), TWENTY)
    with pytest.raises(InvalidAction, match="最多还可延长 4"):
        check_clock_event([*ledger, extend("2026-03-03", 6)], extend("2026-03-04", 5), TWENTY)
    with pytest.raises(InvalidAction, match="不得延长"):
        check_clock_event(ledger, extend("2026-03-03", 1), ClockRules(statutory=Limit(20)))
    with pytest.raises(InvalidAction):
        check_clock_event(ledger, start("2026-03-01"), TWENTY)


def test_rules_from_definition() -> None:
    rules = ClockRules.from_definition(
        {
            "statutory_limit": {"days": 20, "unit": "working"},
            "promised_limit": {"days": 15, "unit": "working"},
            "extension": {"days": 10, "approver_role": "leader"},
            "suspension_limits": {"consulting_evaluation": 30},
            "cards": {"yellow_remaining_days": 3},
        },
        {"yellow_used_share": 0.75, "yellow_remaining_days": 2},
    )
    assert rules.promised == Limit(15) and rules.extension_days == 10
    assert (rules.yellow_remaining_days, rules.yellow_used_share) == (3, 0.75)
    assert rules.suspension_limits == {"consulting_evaluation": 30}


# --- step limits ----------------------------------------------------------------------------------


def test_step_overtime_while_case_within_limit() -> None:
    ledger = [start("2026-03-02")]
    timing = step_overtime(at("2026-03-02"), Limit(5), CAL, at("2026-03-11"), ledger=ledger)
    assert timing.due == date(2026, 3, 9) and timing.overtime and timing.overdue_days == 2
    assert compute_clock(ledger, CAL, TWENTY, at("2026-03-11")).card == "green"
    within = step_overtime(at("2026-03-02"), Limit(5), CAL, at("2026-03-09"), ledger=ledger)
    assert not within.overtime and within.used_days == 5


def test_step_limit_skips_suspended_days() -> None:
    ledger = [start("2026-03-02"), suspend("2026-03-03"), resume("2026-03-10")]
    timing = step_overtime(at("2026-03-02"), Limit(5), CAL, at("2026-03-13"), ledger=ledger)
    assert timing.used_days == 4 and not timing.overtime
    assert timing.due == date(2026, 3, 16)


# --- properties -----------------------------------------------------------------------------------

starts = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 10, 31))
RULES = st.sampled_from(
    [
        TWENTY,
        ClockRules(statutory=Limit(20), promised=Limit(15)),
        ClockRules(statutory=Limit(60, "natural")),
        ClockRules(statutory=Limit(5)),
    ]
)


def _instant(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - timedelta(hours=8)


@settings(max_examples=150)
@given(starts, st.integers(0, 40), st.integers(0, 60), st.integers(0, 60), RULES)
def test_suspension_never_shortens_remaining_time(
    day: date, before: int, length: int, later: int, rules: ClockRules
) -> None:
    s = day + timedelta(days=before)
    r = s + timedelta(days=length)
    now = _instant(r + timedelta(days=later), 15)
    plain = compute_clock([LedgerEntry("start", _instant(day))], CAL, rules, now)
    paused = compute_clock(
        [
            LedgerEntry("start", _instant(day)),
            LedgerEntry("suspend", _instant(s), reason_code="testing"),
            LedgerEntry("resume", _instant(r)),
        ],
        CAL,
        rules,
        now,
    )
    assert paused.statutory_due >= plain.statutory_due
    assert paused.remaining_days >= plain.remaining_days
    assert paused.used_days <= plain.used_days
    assert paused.overdue_days <= plain.overdue_days


@settings(max_examples=150)
@given(starts, st.integers(0, 90), st.integers(0, 30), RULES, st.booleans())
def test_due_date_is_always_a_working_day(
    day: date, later: int, extension: int, rules: ClockRules, suspended: bool
) -> None:
    ledger = [LedgerEntry("start", _instant(day)), LedgerEntry("extend", _instant(day), days=extension)]
    if suspended:
        ledger.append(
            LedgerEntry("suspend", _instant(day + timedelta(days=later // 2)), reason_code="hearing")
        )
    reading = compute_clock(ledger, CAL, rules, _instant(day + timedelta(days=later)))
    assert CAL.is_working_day(reading.statutory_due)
    assert CAL.is_working_day(reading.promised_due)


@given(starts, st.integers(0, 60), st.integers(0, 30), st.integers(0, 30))
def test_due_date_is_monotonic_in_the_limit(day: date, later: int, n: int, m: int) -> None:
    lo, hi = sorted((n, m))
    now = _instant(day + timedelta(days=later))
    ledger = [LedgerEntry("start", _instant(day))]
    a = compute_clock(ledger, CAL, ClockRules(statutory=Limit(lo)), now)
    b = compute_clock(ledger, CAL, ClockRules(statutory=Limit(hi)), now)
    assert a.statutory_due <= b.statutory_due
    assert a.remaining_days <= b.remaining_days


@given(starts, st.integers(0, 60), st.integers(1, 40))
def test_used_plus_remaining_is_the_limit(day: date, later: int, limit: int) -> None:
    reading = compute_clock(
        [LedgerEntry("start", _instant(day))],
        CAL,
        ClockRules(statutory=Limit(limit)),
        _instant(day + timedelta(days=later)),
    )
    assert reading.used_days + reading.remaining_days - reading.overdue_days == limit
    assert CAL.working_days_between(reading.started_on, reading.statutory_due) == limit


_KINDS = st.sampled_from(["start", "suspend", "resume", "extend", "stop"])
_EVENTS = st.lists(st.tuples(_KINDS, st.integers(0, 30), st.integers(0, 23)), max_size=7)


@settings(max_examples=200)
@given(st.lists(st.tuples(starts, _EVENTS, RULES), min_size=1, max_size=8), st.integers(0, 200))
def test_batch_and_summary_agree_with_the_reading_on_any_ledger(
    cases: list[tuple[date, list[tuple[str, int, int]], ClockRules]], later: int
) -> None:
    """The batch path (shared work, a shortcut for never-suspended clocks) and the summary give
    the very figures compute_clock gives, whatever the ledger (stops, extensions, repeats)."""
    items = []
    for day, events, rules in cases:
        ledger, moment = [], day
        for kind, gap, hour in events:
            moment += timedelta(days=gap)
            ledger.append(LedgerEntry(kind, _instant(moment, hour), reason_code="expert_review", days=5))
        items.append((ledger, rules))
        items.append((list(ledger), rules))  # the same days again: computed once, told twice
    now = _instant(min(day for day, _, _ in cases) + timedelta(days=later), 15)
    batch = clock_summaries(items, CAL, now)
    for (ledger, rules), summary in zip(items, batch, strict=True):
        assert summary == clock_summary(ledger, CAL, rules, now)
        reading = compute_clock(ledger, CAL, rules, now)
        assert summary == (
            reading.state,
            reading.card,
            reading.statutory_due,
            reading.promised_due,
            reading.yellow_on,
            reading.provisional,
            reading.used_days,
            reading.remaining_days,
            reading.overdue_days,
            reading.past_due,
        )


def test_clock_in_a_zone_that_changes_its_clocks() -> None:
    """No fixed-offset window (daylight saving): every instant goes through the calendar's lookup."""
    from zoneinfo import ZoneInfo

    berlin = WorkingCalendar(zone=ZoneInfo("Europe/Berlin"))
    assert berlin.index.fixed_since is None
    # 23:30 UTC on Friday 2026-07-03 is already Saturday in Berlin: the clock starts on Saturday.
    ledger = [LedgerEntry("start", datetime(2026, 7, 3, 23, 30, tzinfo=UTC))]
    now = datetime(2026, 7, 10, 12, tzinfo=UTC)
    reading = compute_clock(ledger, berlin, ClockRules(statutory=Limit(5)), now)
    assert reading.started_on == date(2026, 7, 4)
    assert reading.statutory_due == date(2026, 7, 10)
    assert clock_summaries([(ledger, ClockRules(statutory=Limit(5)))], berlin, now)[0].statutory_due == (
        reading.statutory_due
    )


# --- against a day-by-day reference ------------------------------------------------------------------


def _reference_clock(
    ledger: list[LedgerEntry], rules: ClockRules, now: datetime
) -> tuple[str, date, date, str, int, int, int, bool]:
    """The clock's rules (module docstring of app.clock) applied literally, one day at a time,
    with no index and no shortcut: (state, statutory due, promised due, card, used, remaining,
    overdue, past due)."""
    one = timedelta(days=1)

    def working(day: date) -> bool:
        return CAL.is_working_day(day)

    def agency_day(instant: datetime) -> date:
        return instant.astimezone(CAL.zone).date()

    state, start, run_from, stop, stopped_from, extension = "not_started", None, None, None, "", 0
    runs: list[tuple[date, date]] = []  # closed running segments (a, b]
    suspensions: list[list] = []  # [start, end or None, reason]
    for entry in ledger:
        if entry.at > now:
            break
        day = agency_day(entry.at)
        if entry.kind == "start" and state == "not_started":
            state, start, run_from = "running", day, day
        elif entry.kind == "suspend" and state == "running":
            runs.append((run_from, day))
            suspensions.append([day, None, entry.reason_code])
            state = "suspended"
        elif entry.kind == "resume" and state == "suspended":
            suspensions[-1][1] = run_from = day
            state = "running"
        elif entry.kind == "extend" and state in ("running", "suspended"):
            extension += entry.days or 0
        elif entry.kind == "stop" and state in ("running", "suspended"):
            stop, stopped_from = day, state
            if state == "suspended":
                suspensions[-1][1] = day
            state = "stopped"
            break
    assert start is not None and run_from is not None
    ref = stop if stop is not None else agency_day(now)
    is_open = state == "running" or stopped_from == "running"

    def ran(day: date) -> bool:  # the clock ran on `day` (up to `ref`)
        return any(a < day <= b for a, b in runs) or (is_open and run_from < day <= ref)

    def would_run(day: date) -> bool:  # …or will run, if nothing changes (resuming on `ref`)
        return ran(day) or day > (run_from if is_open else ref)

    def counts(day: date, unit: str) -> bool:
        return unit == "natural" or working(day)

    def due(limit: Limit) -> date:
        day, n = start, 0
        while n < limit.days + extension:
            day += one
            n += would_run(day) and counts(day, limit.unit)
        while not working(day):  # only a natural-day period can end on a rest day: roll over
            day += one
        return day

    def days_in(a: date, b: date, unit: str, running_only: bool) -> int:
        n, day = 0, a
        while day < b:
            day += one
            n += counts(day, unit) and (ran(day) or not running_only)
        return n

    statutory, promised = rules.statutory, rules.warning_limit
    s_due, p_due = due(statutory), due(promised)
    used = days_in(start, ref, statutory.unit, True)
    overdue = days_in(s_due, ref, statutory.unit, True)
    remaining = 0 if overdue or s_due <= ref else days_in(ref, s_due, statutory.unit, False)
    p_used = days_in(start, ref, promised.unit, True)
    p_left = days_in(ref, p_due, promised.unit, False)
    last_ran = ref if is_open else runs[-1][1]
    past_s, past_p = last_ran > s_due, last_ran > p_due
    suspension_over = False
    for s_start, s_end, reason in suspensions:
        limit = rules.suspension_limits.get(reason)
        if limit is not None:
            suspension_over |= days_in(s_start, s_end or ref, "working", False) > limit
    share = math.ceil(Fraction(str(rules.yellow_used_share)) * (promised.days + extension))
    if past_s or (past_p and rules.promised_overdue == "red"):
        card = "red"
    elif (
        p_left <= rules.yellow_remaining_days
        or p_used >= share
        or ref > p_due
        or ref > s_due
        or suspension_over
    ):
        card = "yellow"
    else:
        card = "green"
    return state, s_due, p_due, card, used, remaining, overdue, past_s


REFERENCE_RULES = st.builds(
    ClockRules,
    statutory=st.builds(Limit, st.integers(1, 40), st.sampled_from(["working", "natural"])),
    promised=st.none() | st.builds(Limit, st.integers(1, 40), st.sampled_from(["working", "natural"])),
    yellow_remaining_days=st.integers(0, 5),
    yellow_used_share=st.sampled_from([0.5, 0.8, 1.0, 0.33]),
    promised_overdue=st.sampled_from(["yellow", "red"]),
    suspension_limits=st.dictionaries(st.sampled_from(["expert_review", "hearing"]), st.integers(0, 8)),
)
_REASONS = st.sampled_from(["expert_review", "hearing", "supplement"])
# Suspensions and resumptions come most often, as in real ledgers; any event may come out of turn
# (the clock ignores it).
_REFERENCE_KINDS = st.sampled_from(["suspend", "resume", "suspend", "resume", "extend", "stop", "start"])
_REFERENCE_EVENTS = st.lists(
    st.tuples(_REFERENCE_KINDS, st.integers(0, 12), st.integers(0, 23), _REASONS, st.integers(1, 10)),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(
    starts,
    st.lists(st.tuples(st.integers(0, 10), _REFERENCE_EVENTS, REFERENCE_RULES), min_size=1, max_size=4),
    st.integers(0, 90),
)
def test_clock_agrees_with_a_day_by_day_reference(
    base: date, cases: list[tuple[int, list[tuple[str, int, int, str, int]], ClockRules]], later: int
) -> None:
    """Any ledger (suspensions with limits, extensions, stops, natural-day limits, events at any
    hour, repeats), one case at a time and in a batch: the same due dates, card and day counts as
    walking the calendar day by day."""
    items = []
    for offset, events, rules in cases:
        day = base + timedelta(days=offset)
        ledger, moment = [LedgerEntry("start", _instant(day, 20))], _instant(day, 20)
        for kind, gap, hour, reason, days in events:
            day += timedelta(days=gap)
            moment = max(moment, _instant(day, hour))
            ledger.append(LedgerEntry(kind, moment, reason_code=reason, days=days))
        items.append((ledger, rules))
        items.append(([ledger[0]], rules))  # the same start alone: a case never suspended
    now = _instant(base + timedelta(days=later), 15)
    batch = clock_summaries(items, CAL, now)
    for (ledger, rules), summary in zip(items, batch, strict=True):
        assert summary == clock_summary(ledger, CAL, rules, now)
        if ledger[0].at > now:
            assert summary.state == "not_started"
            continue
        expected = _reference_clock(ledger, rules, now)
        assert (
            summary.state,
            summary.statutory_due,
            summary.promised_due,
            summary.card,
            summary.used_days,
            summary.remaining_days,
            summary.overdue_days,
            summary.past_due,
        ) == expected


def test_suspension_resumed_on_the_day_it_ran_over_is_over() -> None:
    """Two working days allowed; resumed on the third working day after the suspension: over the
    limit (the boundary the random ledgers above rarely hit)."""
    rules = ClockRules(statutory=Limit(20), suspension_limits={"expert_review": 2})
    ledger = [start("2026-03-02"), suspend("2026-03-03"), resume("2026-03-06")]
    now = at("2026-03-09")
    reading = compute_clock(ledger, CAL, rules, now)
    assert reading.suspensions[0].days == 3 and reading.suspensions[0].over_on == date(2026, 3, 6)
    assert reading.card == clock_summary(ledger, CAL, rules, now).card == "yellow"
    assert _reference_clock(ledger, rules, now)[3] == "yellow"
    one_day_less = [start("2026-03-02"), suspend("2026-03-03"), resume("2026-03-05")]
    assert compute_clock(one_day_less, CAL, rules, now).card == "green"
    assert _reference_clock(one_day_less, rules, now)[3] == "green"


def test_due_date_beyond_the_calendar_is_refused_clearly() -> None:
    """A limit that runs past the calendar's last year: a clear error, never a wrong date."""
    short = WorkingCalendar(zone=CAL.zone, span=(2026, 2026))
    rules = ClockRules(statutory=Limit(20))
    ledgers = [[start("2026-12-20")], [start("2026-12-01"), suspend("2026-12-02"), resume("2026-12-21")]]
    now = at("2026-12-28")
    for ledger in ledgers:
        for compute in (
            lambda led: compute_clock(led, short, rules, now),
            lambda led: clock_summary(led, short, rules, now),
            lambda led: clock_summaries([(led, rules)], short, now),
        ):
            with pytest.raises(InvalidInput, match="期限超出工作日历的范围（2026—2026 年）"):
                compute(ledger)
    # Within the span all is well.
    assert clock_summary([start("2026-11-02")], short, rules, now).statutory_due == date(2026, 11, 30)


@pytest.mark.parametrize(
    "ledger",
    [
        # Suspended on the very day the limit is used up (the 5th working day), then resumed.
        [start("2026-03-02"), suspend("2026-03-09"), resume("2026-03-16")],
        [start("2026-03-02"), suspend("2026-03-09")],
        [start("2026-03-02"), suspend("2026-03-09"), stop("2026-03-12")],
        # Suspended and resumed the same day; suspended on a weekend; before a holiday.
        [start("2026-03-02"), suspend("2026-03-04"), resume("2026-03-04")],
        [start("2026-03-02"), suspend("2026-03-07", "hearing"), resume("2026-03-10")],
        [start("2026-09-21"), suspend("2026-09-30"), resume("2026-10-09")],
        # Resumed on the day the suspension ran past its maximum; twice suspended.
        [start("2026-03-02"), suspend("2026-03-03"), resume("2026-03-06")],
        [start("2026-03-02"), suspend("2026-03-03"), resume("2026-03-05"), suspend("2026-03-06")],
    ],
)
@pytest.mark.parametrize(
    "rules",
    [
        ClockRules(statutory=Limit(5), suspension_limits={"expert_review": 2}),
        ClockRules(statutory=Limit(5), promised=Limit(3), promised_overdue="red"),
        ClockRules(statutory=Limit(7, "natural"), promised=Limit(4)),
        ClockRules(statutory=Limit(4), promised=Limit(7, "natural")),
    ],
)
@pytest.mark.parametrize("today", ["2026-03-09", "2026-03-10", "2026-03-20", "2026-10-12"])
def test_boundaries_agree_with_the_reference(
    ledger: list[LedgerEntry], rules: ClockRules, today: str
) -> None:
    now = at(today, 15)
    summary = clock_summary(ledger, CAL, rules, now)
    if ledger[0].at > now:
        assert summary.state == "not_started" and summary.card is None
        return
    assert clock_summaries([(ledger, rules)], CAL, now) == [summary]
    assert (
        summary.state,
        summary.statutory_due,
        summary.promised_due,
        summary.card,
        summary.used_days,
        summary.remaining_days,
        summary.overdue_days,
        summary.past_due,
    ) == _reference_clock(ledger, rules, now)


def test_natural_day_limit_rolled_over_a_weekend_warns_by_the_days_really_left() -> None:
    """One natural day from Friday ends on Saturday and rolls over to the next working day
    (here the make-up Sunday 2024-02-04): the days left are counted to that date, so the card
    stays green until one day is left, whether the clock runs or is suspended."""
    rules = ClockRules(statutory=Limit(1, "natural"), yellow_remaining_days=1, yellow_used_share=1.0)
    running = [start("2024-02-02")]
    suspended = [start("2024-02-02"), suspend("2024-02-02")]
    for ledger in (running, suspended):
        reading = compute_clock(ledger, CAL, rules, at("2024-02-02", 15))
        assert reading.statutory_due == date(2024, 2, 4)
        assert reading.card == clock_summary(ledger, CAL, rules, at("2024-02-02", 15)).card == "green"
        assert _reference_clock(ledger, rules, at("2024-02-02", 15))[3] == "green"
    assert compute_clock(running, CAL, rules, at("2024-02-02", 15)).yellow_on == date(2024, 2, 3)
    assert compute_clock(running, CAL, rules, at("2024-02-03")).card == "yellow"
