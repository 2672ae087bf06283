"""Benchmark: due dates and cards for 100,000 open cases with mixed ledgers.

Ours (app.clock.clock_summary over the calendar's precomputed index) beside a naive day-by-day
implementation of the same rules, in the same run, on the same cases; the naive results are also
checked against ours. Not part of the test run:

    .venv/bin/python tests/bench/bench_clock.py [--cases 100000] [--naive 10000] [--repeat 3]

Targets: naive/ours ≥ 50 per case, and ours under 0.5 s for the 100,000. The sides are timed in
turn for `--repeat` rounds and each keeps its best time (as timeit does), so that another process
taking the CPU for a moment does not decide the ratio.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.calendar import WORKDAY, WorkingCalendar
from app.calendar_store import default_calendar_rows
from app.clock import ClockRules, LedgerEntry, clock_summaries, clock_summary
from app.limits import Limit

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
RULES = [
    ClockRules(Limit(20), Limit(15), extension_days=10, suspension_limits={"consulting_evaluation": 30}),
    ClockRules(Limit(20), extension_days=10, suspension_limits={"expert_review": 30}),
    ClockRules(Limit(60, "natural"), extension_days=30),
    ClockRules(Limit(15), Limit(10), promised_overdue="red"),
    ClockRules(Limit(5)),
]
REASONS = ["expert_review", "consulting_evaluation", "supplement", "hearing", "testing"]


def make_cases(count: int, seed: int = 2026) -> list[tuple[list[LedgerEntry], ClockRules]]:
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        accepted = NOW - timedelta(days=rng.uniform(0, 150), hours=rng.uniform(0, 8))
        ledger = [LedgerEntry("start", accepted)]
        shape = rng.random()
        moment = accepted
        suspensions = 0 if shape < 0.55 else 1 if shape < 0.9 else 2
        for i in range(suspensions):
            moment = moment + timedelta(days=rng.uniform(1, 20))
            if moment >= NOW:
                break
            ledger.append(LedgerEntry("suspend", moment, reason_code=rng.choice(REASONS)))
            if i == suspensions - 1 and rng.random() < 0.45:
                break  # still suspended
            moment = moment + timedelta(days=rng.uniform(1, 50))
            if moment >= NOW:
                break
            ledger.append(LedgerEntry("resume", moment))
        if rng.random() < 0.08 and moment < NOW:
            ledger.append(LedgerEntry("extend", moment, days=rng.choice((5, 10))))
        cases.append((ledger, rng.choice(RULES)))
    return cases


# --- the naive implementation: every question answered by walking the days ---------------------------


class NaiveCalendar:
    def __init__(self, calendar: WorkingCalendar) -> None:
        self.exceptions = calendar.exceptions
        self.zone = calendar.zone

    def is_working(self, day: date) -> bool:
        entry = self.exceptions.get(day)
        if entry is not None:
            return entry[0] == WORKDAY
        return day.weekday() < 5


def naive_clock(ledger, cal: NaiveCalendar, rules: ClockRules, now: datetime):  # type: ignore[no-untyped-def]
    one = timedelta(days=1)
    today = now.astimezone(cal.zone).date()
    start = run_from = stop = None
    state = "not_started"
    runs: list[tuple[date, date]] = []
    susp: list[list] = []
    extension = 0
    stopped_from = ""
    for entry in ledger:
        if entry.at > now:
            break
        d = entry.at.astimezone(cal.zone).date()
        if entry.kind == "start" and state == "not_started":
            state, start, run_from = "running", d, d
        elif entry.kind == "suspend" and state == "running":
            runs.append((run_from, d))
            susp.append([d, None, entry.reason_code])
            state = "suspended"
        elif entry.kind == "resume" and state == "suspended":
            susp[-1][1] = d
            run_from, state = d, "running"
        elif entry.kind == "extend" and state in ("running", "suspended"):
            extension += entry.days or 0
        elif entry.kind == "stop" and state in ("running", "suspended"):
            stop, stopped_from, state = d, state, "stopped"
            if stopped_from == "suspended":
                susp[-1][1] = d
            break
    if state == "not_started":
        return None
    ref = stop if state == "stopped" else today
    is_open = state == "running" or stopped_from == "running"
    proj_from = run_from if is_open else ref

    def running(day: date) -> bool:
        return any(a < day <= b for a, b in runs) or day > proj_from

    def counts(day: date, unit: str) -> bool:
        return unit == "natural" or cal.is_working(day)

    def due(limit: int, unit: str) -> date:
        day, cum = start, 0
        while cum < limit:
            day += one
            if running(day) and counts(day, unit):
                cum += 1
        if unit == "natural":
            while not cal.is_working(day):
                day += one
        return day

    def used(unit: str, after: date | None = None) -> int:
        n, day = 0, after or start
        while day < ref:
            day += one
            if (any(a < day <= b for a, b in runs) or (is_open and day > proj_from)) and counts(day, unit):
                n += 1
        return n

    def left(due_day: date, unit: str) -> int:
        n, day = 0, ref
        while day < due_day:
            day += one
            if counts(day, unit):
                n += 1
        return n

    s, p = rules.statutory, rules.promised or rules.statutory
    s_due = due(s.days + extension, s.unit)
    p_limit = p.days + extension
    p_due = due(p_limit, p.unit)
    running_end = ref if is_open else (runs[-1][1] if runs else start)
    p_used = used(p.unit)
    p_left = left(p_due, p.unit) if ref < p_due else 0
    suspension_over = False
    for s_start, s_end, code in susp:
        limit = rules.suspension_limits.get(code)
        if limit is not None:
            n, day = 0, s_start
            while day < (s_end or ref):
                day += one
                if cal.is_working(day):
                    n += 1
            suspension_over = suspension_over or n > limit
    share_mark = math.ceil(Fraction(str(rules.yellow_used_share)) * p_limit)
    if running_end > s_due or (running_end > p_due and rules.promised_overdue == "red"):
        card = "red"
    elif (
        p_left <= rules.yellow_remaining_days
        or p_used >= share_mark
        or ref > p_due
        or ref > s_due
        or suspension_over
    ):
        card = "yellow"
    else:
        card = "green"
    return s_due, p_due, card


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--naive", type=int, default=10_000, help="cases timed with the naive implementation")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of timings; each side's best is kept")
    args = parser.parse_args()

    rows, years = default_calendar_rows()
    t0 = time.perf_counter()
    calendar = WorkingCalendar.from_exceptions(rows, years)
    build = time.perf_counter() - t0
    cases = make_cases(args.cases)
    events = sum(len(ledger) for ledger, _ in cases)

    naive_cal = NaiveCalendar(calendar)
    subset = cases[: args.naive]
    runs = {
        "single": lambda: [clock_summary(led, calendar, r, NOW) for led, r in cases],
        "batch": lambda: clock_summaries(cases, calendar, NOW),
        "naive": lambda: [naive_clock(led, naive_cal, r, NOW) for led, r in subset],
    }
    # The sides take turns, round after round, so that a busy moment of the machine falls on both.
    best = dict.fromkeys(runs, math.inf)
    results = {}
    for _ in range(max(args.repeat, 1)):
        for name, run in runs.items():
            t0 = time.perf_counter()
            results[name] = run()
            best[name] = min(best[name], time.perf_counter() - t0)
    single, ours, naive = results["single"], results["batch"], results["naive"]
    single_time, ours_time, naive_time = best["single"], best["batch"], best["naive"]
    assert ours == single

    mismatches = sum(
        1
        for mine, theirs in zip(ours, naive, strict=False)
        if theirs is not None and (mine.statutory_due, mine.promised_due, mine.card) != theirs
    )
    cards = {card: sum(1 for s in ours if s.card == card) for card in ("green", "yellow", "red")}
    ours_per = ours_time / len(cases)
    naive_per = naive_time / len(subset)
    ratio = naive_per / ours_per
    print(f"calendar index built in {build * 1000:.1f} ms (span {calendar.span[0]}–{calendar.span[1]})")
    print(f"cases: {len(cases):,} open, {events:,} clock events; cards {cards}; best of {args.repeat} rounds")
    print(
        f"ours, one call per case (clock_summary): {single_time:.3f} s "
        f"({single_time / len(cases) * 1e6:.2f} µs per case)"
    )
    print(
        f"ours, batch (clock_summaries): {ours_time:.3f} s for {len(cases):,} cases "
        f"({ours_per * 1e6:.2f} µs per case)"
    )
    print(f"naive: {naive_time:.3f} s for {len(subset):,} cases ({naive_per * 1e6:.1f} µs per case)")
    print(
        f"ratio naive/ours per case: {ratio:.0f}x batch, "
        f"{naive_per / (single_time / len(cases)):.0f}x one call "
        f"(target ≥ 50); ours for 100,000: {ours_per * 100_000:.3f} s (target < 0.5 s)"
    )
    print(f"naive and ours disagree on {mismatches} of {len(subset):,} cases")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
