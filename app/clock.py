"""The legal clock of a case (办理时限): a pure function of (ledger, calendar, rules, now).

The ledger is the case's sequence of clock events — start (at acceptance), suspend (with a reason),
resume, extend (+N days, approved), stop (at decision). From it and the working-day calendar,
`compute_clock` tells at any instant: the working days used and remaining, the promised and the
statutory due dates, whether the clock runs, and the card (green / yellow / red). The GUI, the
reports and the tests all call this one function, so they always agree.

Counting convention (DOMAIN.md, 民法典 Art. 201–203):
- a segment's start day is not counted, its end day is; days used are the working days of the
  running segments (acceptance → suspension, resumption → suspension, …, resumption → today);
- a suspension counts whole working days: the suspension day itself is still used, the working
  days after it up to and including the resumption day are not, and the remaining days count from
  the day after resumption;
- extensions add to the limit (to the promised limit as well: an approved extension is told to the
  applicant and moves the agency's promise with it);
- a natural-day limit ends on the N-th day after the start; if that day is not a working day the
  period ends on the next working day.

Cards: red past the statutory due date (always), or past the promised due date when the regulation
says so; yellow when few days are left or a large share is used (measured against the promised
limit, which comes first), past the promised due date by default, or when a suspension runs past
the maximum length its reason allows. `yellow_on` is the agency date on which the card turns yellow
if nothing changes, so SQL can derive cards from cached columns: red when today > statutory due,
yellow when today >= yellow_on.

All day arithmetic is done on date ordinals through the calendar's precomputed index.
"""

from __future__ import annotations

import gc
import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from typing import Any, ClassVar, Literal, NamedTuple

from app.calendar import WorkingCalendar
from app.errors import InvalidAction, InvalidInput
from app.limits import Limit
from app.messages import msg

SUSPENSION_REASONS: dict[str, str] = {
    "expert_review": "专家评审",
    "consulting_evaluation": "委托咨询评估",
    "supplement": "补正材料",
    "hearing": "听证",
    "public_notice": "公示",
    "on_site_inspection": "现场核查",
    "testing": "检验检测",
    "third_party_consultation": "征求第三方意见",
    "other": "其他",
}
EVENT_KINDS = ("start", "suspend", "resume", "extend", "stop")
EVENT_LABELS: dict[str, str] = {
    "start": "开始计时",
    "suspend": "暂停计时",
    "resume": "恢复计时",
    "extend": "延期",
    "stop": "停止计时",
}
CARD_LABELS: dict[str, str] = {"green": "正常", "yellow": "黄牌", "red": "红牌"}
STATE_LABELS: dict[str, str] = {
    "not_started": "未开始计时",
    "running": "计时中",
    "suspended": "暂停计时",
    "stopped": "已停止计时",
}

Card = Literal["green", "yellow", "red"]
ClockState = Literal["not_started", "running", "suspended", "stopped"]


# --- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One clock event, as plain data. `at` is an aware instant."""

    kind: str
    at: datetime
    reason_code: str | None = None
    reason_text: str = ""
    days: int | None = None
    approver_id: int | None = None
    step: str | None = None


@dataclass(frozen=True)
class ClockRules:
    """What a regulation says about its clock."""

    statutory: Limit
    promised: Limit | None = None
    extension_days: int = 0  # the allowance, in the unit of the statutory limit
    extension_approver_role: str | None = None
    yellow_remaining_days: int = 2
    yellow_used_share: float = 0.8
    promised_overdue: Literal["yellow", "red"] = "yellow"
    suspension_limits: Mapping[str, int] = field(default_factory=dict)
    _hot: ClassVar[tuple[Any, ...]]  # set per instance in __post_init__
    _figures: ClassVar[tuple[Any, ...]]  # likewise: what the figures of a clock depend on

    def __post_init__(self) -> None:
        if self.promised_overdue not in ("yellow", "red"):
            raise ValueError("promised_overdue must be 'yellow' or 'red'")
        if not 0 <= self.yellow_used_share <= 1:
            raise ValueError("yellow_used_share must be between 0 and 1")
        unknown = set(self.suspension_limits) - set(SUSPENSION_REASONS)
        if unknown:
            raise ValueError(f"unknown suspension reasons {sorted(unknown)}")
        # The figures the clock reads on every evaluation, unpacked once (not a field: equality,
        # repr and replace() see only the regulation's own settings).
        statutory, promised = self.statutory, self.promised
        s_working = statutory.unit == "working"
        hot = (
            s_working,
            statutory.days,
            -1 if promised is None else promised.days,
            s_working if promised is None else promised.unit == "working",
            statutory.unit if promised is None else promised.unit,
            self.yellow_remaining_days,
            {},  # share threshold per promised limit, filled as met
            self.promised_overdue == "red",
            self.suspension_limits,
        )
        object.__setattr__(self, "_hot", hot)
        # Regulations with the same limits and thresholds give the same clock (a batch computes
        # their cases together); the extension allowance and its approver only matter on entry.
        figures = (
            statutory,
            promised,
            self.yellow_remaining_days,
            self.yellow_used_share,
            self.promised_overdue,
            tuple(sorted(self.suspension_limits.items())),
        )
        object.__setattr__(self, "_figures", figures)

    @classmethod
    def from_definition(
        cls, definition: Mapping[str, Any], defaults: Mapping[str, Any] | None = None
    ) -> ClockRules:
        """Rules from a catalogue entry (docs/catalogue.md); `defaults` are the agency-wide card
        thresholds (BZ-03 parameters) for keys the entry's `cards` omits."""

        def limit(raw: Any) -> Limit | None:
            if not raw:
                return None
            return Limit(int(raw["days"]), raw.get("unit", "working"))

        statutory = limit(definition.get("statutory_limit"))
        if statutory is None:
            raise InvalidInput(msg("该事项没有设定法定时限。"), field="statutory_limit")
        cards = {**(defaults or {}), **(definition.get("cards") or {})}
        extension = definition.get("extension") or {}
        return cls(
            statutory=statutory,
            promised=limit(definition.get("promised_limit")),
            extension_days=int(extension.get("days", 0) or 0),
            extension_approver_role=extension.get("approver_role"),
            yellow_remaining_days=int(cards.get("yellow_remaining_days", 2)),
            yellow_used_share=float(cards.get("yellow_used_share", 0.8)),
            promised_overdue=cards.get("promised_overdue", "yellow"),
            suspension_limits={k: int(v) for k, v in (definition.get("suspension_limits") or {}).items()},
        )

    @property
    def warning_limit(self) -> Limit:
        """The limit the yellow thresholds are measured against: the promised one when given."""
        return self.promised or self.statutory


# --- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SuspensionSpan:
    start: date
    end: date | None  # the resumption day; None while still suspended
    reason_code: str
    reason_text: str
    days: int  # working days suspended: (start, end or as-of]
    limit: int | None  # the maximum the regulation allows for this reason, in working days
    over_on: date | None  # the day the suspension runs / ran past its maximum

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.days > self.limit

    @property
    def reason_label(self) -> str:
        label = SUSPENSION_REASONS.get(self.reason_code, self.reason_code)
        if self.reason_code == "other" and self.reason_text:
            return self.reason_text
        return label


@dataclass(frozen=True, slots=True)
class ClockReading:
    """The clock of one case at one instant. Day counts are in the statutory limit's unit."""

    state: str
    unit: str
    as_of: date
    started_on: date | None = None
    stopped_on: date | None = None
    limit_days: int = 0  # statutory limit including extensions
    extension_days: int = 0
    used_days: int = 0
    remaining_days: int = 0
    overdue_days: int = 0  # running days past the statutory due date
    past_due: bool = False  # the clock ran past the statutory due date (even by a weekend)
    statutory_due: date | None = None
    promised_due: date | None = None
    promised_unit: str = "working"
    promised_remaining_days: int = 0
    promised_overdue_days: int = 0
    card: str | None = None
    yellow_on: date | None = None
    provisional: bool = False
    suspensions: tuple[SuspensionSpan, ...] = ()

    @property
    def running(self) -> bool:
        return self.state == "running"

    @property
    def suspended(self) -> bool:
        return self.state == "suspended"

    @property
    def suspension_over_limit(self) -> bool:
        return any(s.over_limit for s in self.suspensions)

    @property
    def warning_card(self) -> str | None:
        """The card as a warning, shown beside the case: only while the clock counts (running or
        suspended), as lists show it (`cached_card`). A decided case warns of nothing: in time or
        not, its overdue days say which."""
        return self.card if self.state in ("running", "suspended") else None

    @property
    def card_label(self) -> str:
        return card_label(self.card)

    @property
    def label(self) -> str:
        return clock_label(self)

    @property
    def explanation(self) -> str:
        return explain(self)


# --- the computation -----------------------------------------------------------------------------


_SHARE_CACHE: dict[tuple[float, int], int] = {}


def _share_threshold(share: float, limit: int) -> int:
    """The smallest number of days used that is ≥ share × limit (exact, no float surprises)."""
    key = (share, limit)
    value = _SHARE_CACHE.get(key)
    if value is None:
        value = _SHARE_CACHE[key] = math.ceil(Fraction(str(share)) * limit)
    return value


class ClockSummary(NamedTuple):
    """What lists and caches need, computed by the same code as ClockReading (dates as ordinals
    would be faster still, but dates keep callers honest)."""

    state: str
    card: str | None
    statutory_due: date | None
    promised_due: date | None
    yellow_on: date | None
    provisional: bool
    used_days: int
    remaining_days: int
    overdue_days: int
    past_due: bool


_RAW_NEW = tuple.__new__  # builds the NamedTuples below without their Python-level __new__


class _Raw(NamedTuple):
    state: str
    today: int
    ref: int
    start: int
    stop: int
    extension: int
    s_limit: int
    s_due: int
    s_used: int
    s_left: int
    s_over: int
    p_unit: str
    p_due: int
    p_left: int
    p_over: int
    card: str
    yellow: int
    provisional: bool
    days: tuple[Any, ...]  # the parsed ledger (see _parse_days)
    over_dates: dict[int, int]
    s_late: bool
    p_late: bool


_NEVER = datetime.max.replace(tzinfo=UTC)  # `fixed_since` of a zone that still changes its clocks

# The ledger as of `now`, reduced to what the clock depends on, on day ordinals:
# (state, start, stop, extension days, the state the clock was stopped from) followed, for each
# suspension, by (start, end — the resumption or stop day, -1 while suspended — reason code).
# Hashable: a batch computes cases with equal days and rules once.
_Days = tuple[Any, ...]
_HEAD = 5  # the suspensions start at this position of a _Days, three items each
_ALL = 1 << 62  # the days used in a segment that never ends


def _parse(
    ledger: Sequence[LedgerEntry], cal: WorkingCalendar, now: datetime, texts: list[str] | None = None
) -> _Days:
    """The ledger as of `now`, as _Days."""
    index = cal.index
    since = index.fixed_since
    return _parse_days(ledger, now, cal, _NEVER if since is None else since, index.fixed_offset, texts)


def _parse_days(
    ledger: Sequence[LedgerEntry],
    now: datetime,
    cal: WorkingCalendar,
    since: datetime,
    offset: timedelta,
    texts: list[str] | None = None,
) -> _Days:
    """_parse with the calendar's fixed-offset window unpacked (once per batch, not per case): an
    instant in UTC from `since` on falls on the agency day of `at + offset`. The reason texts of
    the suspensions, which no figure depends on, are appended to `texts` when given."""
    state = "not_started"
    start = stop = -1
    extension = 0
    susp: list[Any] | None = None
    stopped_from = ""
    for entry in ledger:
        at = entry.at
        if at > now:
            break
        kind = entry.kind
        if kind == "extend":
            if state == "running" or state == "suspended":
                extension += entry.days or 0
            continue
        # One addition in the zone's fixed-offset window, the calendar's cached lookup otherwise.
        d = (at + offset).toordinal() if at.tzinfo is UTC and at >= since else cal.day_ordinal(at)
        if kind == "start":
            if state == "not_started":
                state = "running"
                start = d
        elif kind == "suspend":
            if state == "running":
                if susp is None:
                    susp = [d, -1, entry.reason_code or "other"]
                else:
                    susp += (d, -1, entry.reason_code or "other")
                if texts is not None:
                    texts.append(entry.reason_text)
                state = "suspended"
        elif kind == "resume":
            if state == "suspended":
                susp[-2] = d  # type: ignore[index]
                state = "running"
        elif kind == "stop" and (state == "running" or state == "suspended"):
            stop = d
            stopped_from = state
            if state == "suspended":
                susp[-2] = d  # type: ignore[index]
            state = "stopped"
            break
    if susp is None:
        return (state, start, stop, extension, stopped_from)
    return (state, start, stop, extension, stopped_from, *susp)


_NOT_STARTED = ClockSummary("not_started", None, None, None, None, False, 0, 0, 0, False)


def _segments(
    runs: list[tuple[int, int]], proj_from: int, working: bool, first: int, cumc: list[int]
) -> tuple[list[int], list[int]]:
    """(ends, offsets) of the running segments in a unit: `ends[i]` counts the days used by the end
    of the i-th closed segment; the n-th day used falls in segment i = bisect_left(ends, n) (the
    open one, from `proj_from`, when i == len(ends)) and is `work[n - 1 + offsets[i]]` for working
    days, the ordinal `n + offsets[i]` (before any roll-over) for natural days."""
    ends: list[int] = []
    offsets: list[int] = []
    cum = 0
    if working:
        for x, y in runs:
            cx = cumc[x - first]
            offsets.append(cx - cum)
            cum += cumc[y - first] - cx
            ends.append(cum)
        offsets.append(cumc[proj_from - first] - cum)
    else:
        for x, y in runs:
            offsets.append(x - cum)
            cum += y - x
            ends.append(cum)
        offsets.append(proj_from - cum)
    return ends, offsets


def _natural_overrun(due: int, runs: list[tuple[int, int]], is_open: bool, proj_from: int, ref: int) -> int:
    """Running natural days past `due`. (In working days no walk is needed: `due` is the limit's
    last working day used, so the days past it are the days used beyond the limit.)"""
    over = 0
    for x, y in runs:
        if y > due:
            over += y - (x if x > due else due)
    if is_open and ref > due:
        over += ref - (proj_from if proj_from > due else due)
    return over


_NO_DATES: dict[int, int] = {}  # never written to
_DATES: dict[int, date] = {}  # date objects by ordinal, shared by the summaries (dates are immutable)


def _date_of(ordinal: int) -> date:
    if len(_DATES) > 100_000:
        _DATES.clear()
    day = _DATES[ordinal] = date.fromordinal(ordinal)
    return day


def _evaluate_parsed(
    days: _Days, cal: WorkingCalendar, rules: ClockRules, today: int, summary: bool = False
) -> Any:
    """Hot path: the calendar's index is read directly (O(1) per query), the rules' figures come
    precomputed (ClockRules._hot), and a clock in working days suspended at most once (most
    cases) takes a straight-line path with no loop, no list and no call. Returns a _Raw, or with
    `summary` the ClockSummary straight away (lists and batches need no more)."""
    state = days[0]
    start = days[1]
    extension = days[3]
    first, flags, work, cumc, prov, _since, _offset = cal.index
    s_working, s_days, p_days, p_working, p_unit, y_remaining, share_marks, promised_red, limits = rules._hot
    if state == "stopped":
        ref = days[2]
        is_open = days[4] == "running"
    else:
        ref = today
        is_open = state == "running"
    c_ref = cumc[ref - first]
    s_limit = s_days + extension
    p_limit = s_limit if p_days < 0 else p_days + extension
    share_mark = share_marks.get(p_limit)
    if share_mark is None:
        share_mark = share_marks[p_limit] = _share_threshold(rules.yellow_used_share, p_limit)
    remaining_mark = p_limit - y_remaining

    if len(days) <= _HEAD + 3 and s_working and p_working:
        # In working days and suspended at most once (most cases): the running segments are
        # (start, s0] and (proj_from, …), or (start, …) alone. The first segment holds `e` working
        # days; the n-th day used is work[n - 1 + o0] when n <= e, else work[n - 1 + o1] — one
        # lookup, no list and no search.
        o0 = cumc[start - first]
        if len(days) == _HEAD:
            s0 = -1
            e = _ALL
            o1 = o0
        else:
            s0 = days[_HEAD]
            e = cumc[s0 - first] - o0
            # While suspended, dates still ahead are projected as if the clock resumed on `ref`.
            o1 = cumc[(days[_HEAD + 1] if is_open else ref) - first] - e
        s_used = c_ref - o1 if is_open else e
        # Working days past a due date are the days used beyond the limit: the due date is the
        # limit's last day used.
        if s_limit > 0:
            s_due = work[s_limit - 1 + (o0 if s_limit <= e else o1)]
            s_over = s_used - s_limit if s_used > s_limit else 0
        else:
            s_due = start
            s_over = s_used
        s_left = 0 if s_over or s_due <= ref else cumc[s_due - first] - c_ref
        if p_days < 0:
            p_due, p_over, p_left = s_due, s_over, s_left
        else:
            if p_limit > 0:
                p_due = work[p_limit - 1 + (o0 if p_limit <= e else o1)]
                p_over = s_used - p_limit if s_used > p_limit else 0
            else:
                p_due = start
                p_over = s_used
            p_left = 0 if p_over or p_due <= ref else cumc[p_due - first] - c_ref
        # The day the card turns yellow if nothing changes.
        if remaining_mark > 0:
            yellow = work[remaining_mark - 1 + (o0 if remaining_mark <= e else o1)]
        else:
            yellow = start
        share_day = work[share_mark - 1 + (o0 if share_mark <= e else o1)] if share_mark > 0 else start
        running_end = ref if is_open else s0
    else:
        # Natural days, or suspended more than once: the closed running segments (start, first
        # suspension], (resumption, next suspension], …, then the open one from `proj_from`
        # (while suspended, dates still ahead are projected as if the clock resumed on `ref`). In
        # each segment the n-th day used is one lookup (see _segments).
        runs = []
        run_from = start
        for i in range(_HEAD, len(days), 3):
            runs.append((run_from, days[i]))
            run_from = days[i + 1]
        proj_from = run_from if is_open else ref
        s_ends, s_offsets = _segments(runs, proj_from, s_working, first, cumc)
        s_used = s_ends[-1] if runs else 0
        if s_limit <= 0:
            s_due = start
        elif s_working:
            s_due = work[s_limit - 1 + s_offsets[bisect_left(s_ends, s_limit)]]
        else:
            s_due = s_limit + s_offsets[bisect_left(s_ends, s_limit)]
            if not flags[s_due - first]:
                s_due = work[cumc[s_due - first]]
        if s_working:
            if is_open:
                s_used += c_ref - cumc[proj_from - first]
            s_over = s_used - s_limit if s_limit > 0 else s_used
            if s_over < 0:
                s_over = 0
        else:
            if is_open:
                s_used += ref - proj_from
            s_over = _natural_overrun(s_due, runs, is_open, proj_from, ref)
        if s_over or s_due <= ref:
            s_left = 0
        elif s_working:
            s_left = cumc[s_due - first] - c_ref
        else:
            s_left = s_due - ref
        if p_working == s_working:
            p_ends, p_offsets = s_ends, s_offsets
        else:
            p_ends, p_offsets = _segments(runs, proj_from, p_working, first, cumc)
        if p_days < 0:
            p_due, p_over, p_left = s_due, s_over, s_left
        else:
            if p_limit <= 0:
                p_due = start
            elif p_working:
                p_due = work[p_limit - 1 + p_offsets[bisect_left(p_ends, p_limit)]]
            else:
                p_due = p_limit + p_offsets[bisect_left(p_ends, p_limit)]
                if not flags[p_due - first]:
                    p_due = work[cumc[p_due - first]]
            if p_working:
                p_used = (p_ends[-1] if runs else 0) + (c_ref - cumc[proj_from - first] if is_open else 0)
                p_over = p_used - p_limit if p_limit > 0 else p_used
                if p_over < 0:
                    p_over = 0
            else:
                p_over = _natural_overrun(p_due, runs, is_open, proj_from, ref)
            if p_over or p_due <= ref:
                p_left = 0
            elif p_working:
                p_left = cumc[p_due - first] - c_ref
            else:
                p_left = p_due - ref
        # The day the card turns yellow if nothing changes.
        if not p_working:
            # Natural days: the days left are counted to the due date after any roll-over, which
            # may leave more than the limit itself (a one-day limit ending on a Saturday).
            yellow = p_due - y_remaining if p_due - y_remaining > start else start
        elif remaining_mark <= 0:
            yellow = start
        else:
            yellow = work[remaining_mark - 1 + p_offsets[bisect_left(p_ends, remaining_mark)]]
        if share_mark <= 0:
            share_day = start
        elif p_working:
            share_day = work[share_mark - 1 + p_offsets[bisect_left(p_ends, share_mark)]]
        else:
            share_day = share_mark + p_offsets[bisect_left(p_ends, share_mark)]
        running_end = ref if is_open else runs[-1][1]

    if share_day < yellow:
        yellow = share_day
    if p_due + 1 < yellow:
        yellow = p_due + 1
    if s_due + 1 < yellow:
        yellow = s_due + 1
    if state != "running" and yellow > ref:
        # Suspended or stopped: thresholds still ahead are never reached while nothing changes.
        yellow = -1

    # Suspensions that run (or ran) past the maximum their reason allows turn the card yellow.
    over_dates = _NO_DATES
    if limits and len(days) > _HEAD:
        over_dates = {}
        for i in range(_HEAD, len(days), 3):
            max_days = limits.get(days[i + 2])
            if max_days is not None:
                over = work[cumc[days[i] - first] + max_days]
                s_end = days[i + 1]
                if s_end < 0 or over <= s_end:
                    over_dates[(i - _HEAD) // 3] = over
                    if yellow < 0 or over < yellow:
                        yellow = over

    # Past a due date: the clock ran beyond it (a weekend after the due date counts too).
    s_late = running_end > s_due
    p_late = running_end > p_due
    if s_late or (p_late and promised_red):
        card = "red"
    elif yellow >= 0 and ref >= yellow:
        card = "yellow"
    else:
        card = "green"

    last = s_due if s_due > p_due else p_due
    if ref > last:
        last = ref
    start_i = start - first
    provisional = prov[last - first] - (prov[start_i - 1] if start_i > 0 else 0) > 0
    if summary:
        dates = _DATES
        return _RAW_NEW(
            ClockSummary,
            (
                state,
                card,
                dates.get(s_due) or _date_of(s_due),
                dates.get(p_due) or _date_of(p_due),
                (dates.get(yellow) or _date_of(yellow)) if yellow >= 0 else None,
                provisional,
                s_used,
                s_left,
                s_over,
                s_late,
            ),
        )
    return _RAW_NEW(
        _Raw,
        (
            state,
            today,
            ref,
            start,
            days[2],
            extension,
            s_limit,
            s_due,
            s_used,
            s_left,
            s_over,
            p_unit,
            p_due,
            p_left,
            p_over,
            card,
            yellow,
            provisional,
            days,
            over_dates,
            s_late,
            p_late,
        ),
    )


def _out_of_span(calendar: WorkingCalendar) -> InvalidInput:
    return InvalidInput(
        msg(
            "期限超出工作日历的范围（{first}—{last} 年），无法计算。",
            first=calendar.span[0],
            last=calendar.span[1],
        )
    )


# Lists call clock_summary case after case with the same `now`: its agency day is kept.
_LAST_TODAY: tuple[Any, Any, int] = (None, None, 0)


def clock_summary(
    ledger: Sequence[LedgerEntry], calendar: WorkingCalendar, rules: ClockRules, now: datetime
) -> ClockSummary:
    """Due dates, card and counts only: what caches and lists need, without the details."""
    global _LAST_TODAY
    index = calendar.index
    since = index.fixed_since
    days = _parse_days(ledger, now, calendar, _NEVER if since is None else since, index.fixed_offset)
    if days[0] == "not_started":
        return _NOT_STARTED
    last = _LAST_TODAY  # one read: a tuple, so threads never see half of an update
    if last[0] is now and last[1] is calendar:
        today = last[2]
    else:
        today = calendar.day_ordinal(now)
        _LAST_TODAY = (now, calendar, today)
    try:
        summary: ClockSummary = _evaluate_parsed(days, calendar, rules, today, True)
    except IndexError:
        raise _out_of_span(calendar) from None
    return summary


def clock_summaries(
    items: Iterable[tuple[Sequence[LedgerEntry], ClockRules]], calendar: WorkingCalendar, now: datetime
) -> list[ClockSummary]:
    """clock_summary for many cases at once (recomputing all open cases, reports, benchmarks).

    The result depends only on the ledger's days, the rules' figures and today, so cases that share
    them (accepted the same day under regulations with the same limits and never suspended, say)
    are computed once; the garbage collector is paused meanwhile, as the batch allocates only
    acyclic objects."""
    today = calendar.day_ordinal(now)
    since = calendar.index.fixed_since
    if since is None:
        since = _NEVER
    offset = calendar.index.fixed_offset
    parse = _parse_days
    evaluate = _evaluate_parsed
    # One memo per distinct rules, found by the rules object's id; `held` keeps each rules object
    # alive so its id stays its own.
    memos: dict[tuple[Any, ...], dict[Any, ClockSummary]] = {}
    by_id: dict[int, dict[Any, ClockSummary]] = {}
    held: list[ClockRules] = []
    out: list[ClockSummary] = []
    append = out.append
    not_started = _NOT_STARTED
    paused = gc.isenabled()
    gc.disable()
    try:
        for ledger, rules in items:
            try:
                memo = by_id.get(id(rules))
                if memo is None:
                    memo = by_id[id(rules)] = memos.setdefault(rules._figures, {})
                    held.append(rules)
                if len(ledger) == 1:
                    # A ledger that is just its start (most open cases): known by the start day alone.
                    entry = ledger[0]
                    at = entry.at
                    if entry.kind == "start" and at <= now and at.tzinfo is UTC and at >= since:
                        start = (at + offset).toordinal()
                        summary = memo.get(start)
                        if summary is None:
                            days = ("running", start, -1, 0, "")
                            summary = memo[start] = evaluate(days, calendar, rules, today, True)
                        append(summary)
                        continue
                days = parse(ledger, now, calendar, since, offset)
                if days[0] == "not_started":
                    summary = not_started
                elif len(days) > _HEAD:
                    # Suspended: its days are nearly always its own.
                    summary = evaluate(days, calendar, rules, today, True)
                else:
                    summary = memo.get(days)
                    if summary is None:
                        summary = memo[days] = evaluate(days, calendar, rules, today, True)
                append(summary)
            except IndexError:
                raise _out_of_span(calendar) from None
    finally:
        if paused:
            gc.enable()
    return out


def compute_clock(
    ledger: Sequence[LedgerEntry],
    calendar: WorkingCalendar,
    rules: ClockRules,
    now: datetime,
) -> ClockReading:
    """The clock at `now` from the ledger (in time order; events after `now` are ignored).

    Out-of-order events (a resume while running, a second start) are ignored here; services refuse
    them on entry with `check_clock_event`.
    """
    texts: list[str] = []
    days = _parse(ledger, calendar, now, texts)
    statutory = rules.statutory
    if days[0] == "not_started":
        return ClockReading(
            state="not_started",
            unit=statutory.unit,
            as_of=calendar.day_of(now),
            limit_days=statutory.days,
            promised_unit=(rules.promised or statutory).unit,
        )
    try:
        raw: _Raw = _evaluate_parsed(days, calendar, rules, calendar.day_ordinal(now))
    except IndexError:
        raise _out_of_span(calendar) from None
    fromord = date.fromordinal
    spans = []
    for i, text in enumerate(texts):
        s_start, s_end, code = days[_HEAD + 3 * i : _HEAD + 3 * i + 3]
        over = raw.over_dates.get(i)
        spans.append(
            SuspensionSpan(
                start=fromord(s_start),
                end=fromord(s_end) if s_end >= 0 else None,
                reason_code=code,
                reason_text=text,
                days=calendar.count_ord(s_start, s_end if s_end >= 0 else raw.ref),
                limit=rules.suspension_limits.get(code),
                over_on=fromord(over) if over is not None else None,
            )
        )
    return ClockReading(
        state=raw.state,
        unit=statutory.unit,
        as_of=fromord(raw.ref),
        started_on=fromord(raw.start),
        stopped_on=fromord(raw.stop) if raw.stop >= 0 else None,
        limit_days=raw.s_limit,
        extension_days=raw.extension,
        used_days=raw.s_used,
        remaining_days=raw.s_left,
        overdue_days=raw.s_over,
        past_due=raw.s_late,
        statutory_due=fromord(raw.s_due),
        promised_due=fromord(raw.p_due),
        promised_unit=raw.p_unit,
        promised_remaining_days=raw.p_left,
        promised_overdue_days=raw.p_over,
        card=raw.card,
        yellow_on=fromord(raw.yellow) if raw.yellow >= 0 else None,
        provisional=raw.provisional,
        suspensions=tuple(spans),
    )


# --- checks on entry ------------------------------------------------------------------------------


def ledger_state(ledger: Sequence[LedgerEntry]) -> str:
    """The clock state after the whole ledger."""
    state = "not_started"
    for entry in ledger:
        kind = entry.kind
        if kind == "start" and state == "not_started":
            state = "running"
        elif kind == "suspend" and state == "running":
            state = "suspended"
        elif kind == "resume" and state == "suspended":
            state = "running"
        elif kind == "stop" and state in ("running", "suspended"):
            state = "stopped"
    return state


def check_clock_event(ledger: Sequence[LedgerEntry], entry: LedgerEntry, rules: ClockRules) -> None:
    """Refuse an event that may not be appended to the ledger now (services call this first)."""
    if entry.kind not in EVENT_KINDS:
        raise InvalidInput(msg("未知的计时事件“{kind}”。", kind=entry.kind), field="kind")
    if entry.at.tzinfo is None:
        raise InvalidInput(msg("计时事件的时间必须带时区。"), field="at")
    if ledger and entry.at < ledger[-1].at:
        raise InvalidAction(msg("计时事件的时间不能早于上一个计时事件。"))
    state = ledger_state(ledger)
    kind = entry.kind
    if kind == "start" and state != "not_started":
        raise InvalidAction(msg("本件已开始计时，不能重复开始。"))
    if kind == "suspend":
        if state != "running":
            raise InvalidAction(msg("只有正在计时的办件才能暂停计时。"))
        if entry.reason_code not in SUSPENSION_REASONS:
            raise InvalidInput(msg("请选择暂停计时的事由。"), field="reason_code")
        if entry.reason_code == "other" and not entry.reason_text.strip():
            raise InvalidInput(msg("事由为“其他”的，须写明暂停计时的具体原因。"), field="reason_text")
    if kind == "resume" and state != "suspended":
        raise InvalidAction(msg("本件未暂停计时，无需恢复。"))
    if kind == "stop" and state not in ("running", "suspended"):
        raise InvalidAction(msg("本件未在计时，不能停止计时。"))
    if kind == "extend":
        if state not in ("running", "suspended"):
            raise InvalidAction(msg("只有正在办理的办件才能延期。"))
        if not entry.days or entry.days <= 0:
            raise InvalidInput(msg("延期天数须为正整数。"), field="days")
        if entry.approver_id is None:
            raise InvalidInput(msg("延期须经批准，请选择批准人。"), field="approver_id")
        if not entry.reason_text.strip():
            raise InvalidInput(msg("请写明延期理由（须书面告知申请人）。"), field="reason_text")
        used = sum(e.days or 0 for e in ledger if e.kind == "extend")
        if rules.extension_days <= 0:
            raise InvalidAction(msg("该事项的办理时限依规定不得延长。"))
        if used + entry.days > rules.extension_days:
            left = max(rules.extension_days - used, 0)
            if rules.statutory.unit == "working":
                raise InvalidAction(
                    msg(
                        "依规定最多可延长 {allowed}个工作日，已延长 {used}个工作日，"
                        "本次最多还可延长 {left}个工作日。",
                        allowed=rules.extension_days,
                        used=used,
                        left=left,
                    )
                )
            raise InvalidAction(
                msg(
                    "依规定最多可延长 {allowed}日，已延长 {used}日，本次最多还可延长 {left}日。",
                    allowed=rules.extension_days,
                    used=used,
                    left=left,
                )
            )


# --- step limits ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepTiming:
    used_days: int
    limit: Limit
    due: date
    overtime: bool  # 环节超时
    overdue_days: int


def step_overtime(
    entered_at: datetime,
    limit: Limit,
    calendar: WorkingCalendar,
    now: datetime,
    *,
    left_at: datetime | None = None,
    ledger: Sequence[LedgerEntry] = (),
) -> StepTiming:
    """A step's own limit (环节时限), counted from the day the step was entered to the day it was
    left (or today), not counting the days the case clock was suspended. Over it the step is flagged
    环节超时 even while the case as a whole is within its limit."""
    cal = calendar
    a = cal.day_ordinal(entered_at)
    b = cal.day_ordinal(left_at if left_at is not None and left_at <= now else now)
    working = limit.unit == "working"

    def count(x: int, y: int) -> int:
        if y <= x:
            return 0
        return cal.count_ord(x, y) if working else y - x

    # The suspended spans of the case clock as of `now`.
    paused: list[tuple[int, int]] = []
    since: int | None = None
    for entry in ledger:
        if entry.at > now:
            break
        if entry.kind == "suspend" and since is None:
            since = cal.day_ordinal(entry.at)
        elif entry.kind in ("resume", "stop") and since is not None:
            paused.append((since, cal.day_ordinal(entry.at)))
            since = None
    if since is not None:
        paused.append((since, max(since, b)))

    # Running pieces of the step window (a, b] with the paused spans cut out; the due date walks
    # the same pieces, continuing past b for a step still open.
    pieces: list[tuple[int, int]] = []
    cursor = a
    for s, e in paused:
        if e <= cursor or s >= b:
            continue
        if s > cursor:
            pieces.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < b:
        pieces.append((cursor, b))
    used = sum(count(x, y) for x, y in pieces)
    cum = 0
    due = -1
    for x, y in pieces:
        d = count(x, y)
        if cum + d >= limit.days:
            due = cal.add_ord(x, limit.days - cum) if working else cal.natural_end_ord(x, limit.days - cum)
            break
        cum += d
    if due < 0:
        tail = max(cursor, b)
        n = limit.days - cum
        due = cal.add_ord(tail, n) if working else cal.natural_end_ord(tail, n)
    over = used - limit.days if used > limit.days and b > due else 0
    return StepTiming(
        used_days=used, limit=limit, due=date.fromordinal(due), overtime=over > 0, overdue_days=over
    )


# --- labels and explanations ------------------------------------------------------------------------


def card_label(card: str | None) -> str:
    """正常 / 黄牌 / 红牌 (empty for a clock not started)."""
    return CARD_LABELS.get(card or "", "")


def days_label(days: int, unit: str = "working") -> str:
    return f"{days} 个工作日" if unit == "working" else f"{days} 日"


def remaining_label(
    remaining: int, overdue: int, unit: str = "working", state: str = "running", past_due: bool = False
) -> str:
    """剩余 3 个工作日 / 今日到期 / 已超期 2 个工作日 / 暂停计时 / 已办结 / 未开始计时."""
    if state == "not_started":
        return "未开始计时"
    if state == "stopped":
        return f"已办结（超期 {days_label(overdue, unit)}）" if overdue else "已办结"
    if state == "suspended":
        return "暂停计时"
    if overdue > 0:
        return f"已超期 {days_label(overdue, unit)}"
    if past_due:
        return "已过期限"
    if remaining == 0:
        return "今日到期"
    return f"剩余 {days_label(remaining, unit)}"


def clock_label(reading: ClockReading) -> str:
    return remaining_label(
        reading.remaining_days, reading.overdue_days, reading.unit, reading.state, reading.past_due
    )


def _short(day: date, base: date) -> str:
    return day.strftime("%m-%d") if day.year == base.year else day.isoformat()


def explain(reading: ClockReading) -> str:
    """How the clock was computed, in one line, e.g.
    受理 2026-03-02 · 已用 5 个工作日 · 暂停 2026-03-09 至 03-16（专家评审）· 延期 +10 · 法定期限 2026-04-21

    A Message (app.messages): the GUI shows it in the user's language."""
    if reading.state == "not_started" or reading.started_on is None:
        return msg("尚未受理，未开始计时")
    working = reading.unit == "working"
    parts: list[str] = [
        msg("受理 {date}", date=reading.started_on.isoformat()),
        msg("已用 {days} 个工作日", days=reading.used_days)
        if working
        else msg("已用 {days} 日", days=reading.used_days),
    ]
    for span in reading.suspensions:
        when = (
            msg("暂停 {start} 至 {end}", start=span.start.isoformat(), end=_short(span.end, span.start))
            if span.end is not None
            else msg("暂停 {start} 起", start=span.start.isoformat())
        )
        note = span.reason_label
        if span.over_limit:
            note = msg("{reason}，超过 {limit} 个工作日上限", reason=note, limit=span.limit)
        parts.append(msg("{when}（{note}）", when=when, note=note))
    if reading.extension_days:
        parts.append(msg("延期 +{days}", days=reading.extension_days))
    provisional = reading.provisional
    if reading.promised_due is not None and reading.promised_due != reading.statutory_due:
        due = reading.promised_due.isoformat()
        parts.append(
            msg("承诺期限 {date}（暂定）", date=due) if provisional else msg("承诺期限 {date}", date=due)
        )
    if reading.statutory_due is not None:
        due = reading.statutory_due.isoformat()
        parts.append(
            msg("法定期限 {date}（暂定）", date=due) if provisional else msg("法定期限 {date}", date=due)
        )
    if reading.state == "suspended":
        parts.append(msg("暂停计时中（法定期限按今日恢复计时推算）"))
    elif reading.overdue_days:
        parts.append(
            msg("已超期 {days} 个工作日", days=reading.overdue_days)
            if working
            else msg("已超期 {days} 日", days=reading.overdue_days)
        )
    elif reading.past_due:
        parts.append(msg("已过期限"))
    if reading.state == "stopped" and reading.stopped_on is not None:
        parts.append(msg("办结 {date}", date=reading.stopped_on.isoformat()))
    # Joined with " · ", tighter after a closing full-width bracket, which has its own space.
    text = parts[0]
    for part in parts[1:]:
        if text.endswith("）"):
            text = msg("{first}· {rest}", first=text, rest=part)
        else:
            text = msg("{first} · {rest}", first=text, rest=part)
    return text


# --- cards from cached columns (lists that tick without reloading) ----------------------------------


def cached_card(
    clock_state: str,
    statutory_due: date | None,
    promised_due: date | None,
    yellow_on: date | None,
    today: date,
    promised_overdue: str = "yellow",
) -> str | None:
    """The card from the columns cached on a case (see Case.yellow_on), for lists that refresh each
    minute without going back to the database. Equal to compute_clock's card on the day the cache
    was written and every later day while nothing changes (suspended cases, whose projections move
    with the days, are re-cached at the start of each desk's session by
    calendar_store.refresh_suspended_clocks)."""
    if clock_state not in ("running", "suspended") or statutory_due is None:
        return None
    if today > statutory_due:
        return "red"
    if promised_overdue == "red" and promised_due is not None and today > promised_due:
        return "red"
    if yellow_on is not None and today >= yellow_on:
        return "yellow"
    return "green"


def cached_remaining(
    calendar: WorkingCalendar, statutory_due: date | None, today: date, unit: str = "working"
) -> tuple[int, int]:
    """(remaining, overdue) days to the cached statutory due date, in `unit`."""
    if statutory_due is None:
        return 0, 0
    if unit == "working":
        n = calendar.working_days_between(today, statutory_due)
    else:
        n = (statutory_due - today).days
    return (n, 0) if n >= 0 else (0, -n)
