"""The working-day calendar (工作日历): a default rule plus dated exceptions, and its arithmetic.

A working day is a Monday–Friday that is not a statutory holiday, or a weekend day declared a
make-up working day (调休上班). The exceptions are data the administrator maintains; a year whose
official schedule has not been entered is *provisional*.

`WorkingCalendar` is immutable and pure. It precomputes, over a span of years (1990–2100 by
default), the sorted ordinals of all working days and, per day, the running count of working days,
so that every query is a few list lookups (O(1); a bisect where a year is sliced), never a
day-by-day loop. Instants are read in the agency's zone.

The CSV exchange format is `date,kind,name` with kind `holiday` or `workday`.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from app.agency_time import agency_zone
from app.errors import InvalidInput
from app.messages import lines, msg

HOLIDAY = "holiday"
WORKDAY = "workday"
KINDS: dict[str, str] = {HOLIDAY: "法定节假日", WORKDAY: "调休上班"}
DEFAULT_SPAN = (1990, 2100)
CSV_HEADER = ("date", "kind", "name")

# Names of the holidays in the chinese-calendar package, and the Chinese the agency writes.
HOLIDAY_NAMES_CN: dict[str, str] = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_SECONDS_PER_DAY = 86_400


@dataclass(frozen=True)
class CalendarException:
    """A dated exception to the Monday–Friday rule."""

    day: date
    kind: str  # holiday | workday
    name: str = ""


class CalendarIndex(NamedTuple):
    """Over the span: `flags[o - first]` is 1 for a working day; `work` lists the working days'
    ordinals; `cum[o - first]` counts working days up to and including `o`; `prov` likewise counts
    days of provisional years. From `fixed_since` (an aware UTC instant, or None) on, the zone's
    offset is constantly `fixed_offset`."""

    first: int
    flags: bytes
    work: list[int]
    cum: list[int]
    prov: list[int]
    fixed_since: datetime | None
    fixed_offset: timedelta


class WorkingCalendar:
    """Working days over a span of years, with O(log n) arithmetic.

    `exceptions` maps a date to `(kind, name)`; `known_years` are the years whose official
    schedule has been entered (any other year is provisional).
    """

    __slots__ = (
        "_cum",
        "_first",
        "_fixed_offset",
        "_fixed_since",
        "_flags",
        "_known",
        "_last",
        "_offset_cache",
        "_prov",
        "_work",
        "exceptions",
        "index",
        "span",
        "zone",
    )

    def __init__(
        self,
        exceptions: Mapping[date, tuple[str, str]] | None = None,
        known_years: Iterable[int] = (),
        *,
        zone: tzinfo | None = None,
        span: tuple[int, int] = DEFAULT_SPAN,
    ) -> None:
        self.exceptions: dict[date, tuple[str, str]] = dict(exceptions or {})
        self._known = frozenset(known_years)
        self.zone = zone if zone is not None else agency_zone()
        years = [d.year for d in self.exceptions] + list(self._known)
        first_year = min([span[0], *years])
        last_year = max([span[1], *years])
        self.span = (first_year, last_year)
        self._first = date(first_year, 1, 1).toordinal()
        self._last = date(last_year, 12, 31).toordinal()
        # The index, built once: one flag per day of the span (1 = working), the sorted ordinals
        # of the working days, and for each day the number of working days up to and including
        # it. Every query afterwards is a lookup or a bisect: never a loop over days.
        flags = bytearray(self._last - self._first + 1)
        weekday0 = date.fromordinal(self._first).weekday()
        for i in range(len(flags)):
            if (weekday0 + i) % 7 < 5:
                flags[i] = 1
        for day, (kind, _name) in self.exceptions.items():
            flags[day.toordinal() - self._first] = 1 if kind == WORKDAY else 0
        self._flags = bytes(flags)
        first = self._first
        self._work: list[int] = [first + i for i, flag in enumerate(self._flags) if flag]
        self._cum: list[int] = list(accumulate(self._flags))
        self._fixed_since, self._fixed_offset = _fixed_offset_window(self.zone, last_year)
        self._offset_cache: dict[int, int] = {}
        # Running count of days in provisional years (no published schedule), so that "does this
        # period touch a provisional year" is two lookups.
        prov: list[int] = []
        total = 0
        for year in range(first_year, last_year + 1):
            days = date(year + 1, 1, 1).toordinal() - date(year, 1, 1).toordinal()
            if year in self._known:
                prov.extend([total] * days)
            else:
                prov.extend(range(total + 1, total + days + 1))
                total += days
        self._prov = prov
        # The raw index, for hot loops that inline the lookups (the clock): a plain attribute, as a
        # property would cost a call per read.
        self.index: CalendarIndex = CalendarIndex(
            self._first, self._flags, self._work, self._cum, prov, self._fixed_since, self._fixed_offset
        )

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def from_exceptions(
        cls,
        rows: Iterable[CalendarException],
        known_years: Iterable[int] = (),
        *,
        zone: tzinfo | None = None,
    ) -> WorkingCalendar:
        return cls({row.day: (row.kind, row.name) for row in rows}, known_years, zone=zone)

    def with_year(
        self, year: int, rows: Iterable[CalendarException], *, known: bool = True
    ) -> WorkingCalendar:
        """A new calendar whose exceptions of `year` are replaced by `rows`."""
        exceptions = {d: v for d, v in self.exceptions.items() if d.year != year}
        for row in rows:
            if row.day.year != year:
                raise ValueError(f"{row.day} is not in {year}")
            exceptions[row.day] = (row.kind, row.name)
        known_years = (self._known | {year}) if known else (self._known - {year})
        return WorkingCalendar(exceptions, known_years, zone=self.zone, span=self.span)

    def year_exceptions(self, year: int) -> list[CalendarException]:
        return [
            CalendarException(d, kind, name)
            for d, (kind, name) in sorted(self.exceptions.items())
            if d.year == year
        ]

    @property
    def known_years(self) -> frozenset[int]:
        return self._known

    # --- single days ----------------------------------------------------------------------------

    def _ord(self, day: date) -> int:
        ordinal = day.toordinal()
        if not self._first <= ordinal <= self._last:
            raise InvalidInput(
                msg(
                    "日期 {day} 超出工作日历的范围（{first}—{last} 年）。",
                    day=day.isoformat(),
                    first=self.span[0],
                    last=self.span[1],
                )
            )
        return ordinal

    def is_working_day(self, day: date) -> bool:
        return bool(self._flags[self._ord(day) - self._first])

    def kind_of(self, day: date) -> str | None:
        """`holiday`, `workday` (make-up) or None when the default rule applies."""
        entry = self.exceptions.get(day)
        return entry[0] if entry else None

    def name_of(self, day: date) -> str:
        entry = self.exceptions.get(day)
        return entry[1] if entry else ""

    def is_provisional_year(self, year: int) -> bool:
        return year not in self._known

    def is_provisional(self, first: date, last: date | None = None) -> bool:
        """Whether any year from `first` to `last` (inclusive) has no published schedule."""
        last = last or first
        return self.provisional_ord(self._ord(first), self._ord(last))

    # --- instants -------------------------------------------------------------------------------

    def day_ordinal(self, instant: datetime) -> int:
        """The ordinal of the agency day an aware instant falls on (fast: the zone's offset is
        cached per hour, so a ledger of thousands of events needs no zone arithmetic per event)."""
        if instant.tzinfo is None:
            raise ValueError("an instant must be timezone-aware")
        if self._fixed_since is not None and instant >= self._fixed_since:
            if instant.tzinfo is not UTC:
                instant = instant.astimezone(UTC)
            return (instant + self._fixed_offset).toordinal()
        seconds = int(instant.timestamp())
        hour = seconds // 3600
        offset = self._offset_cache.get(hour)
        if offset is None:
            probe = datetime.fromtimestamp(hour * 3600, UTC).astimezone(self.zone)
            offset = int(probe.utcoffset().total_seconds())  # type: ignore[union-attr]
            if len(self._offset_cache) > 200_000:
                self._offset_cache.clear()
            self._offset_cache[hour] = offset
        return (seconds + offset) // _SECONDS_PER_DAY + _EPOCH_ORDINAL

    def day_of(self, instant: datetime) -> date:
        """The agency date of an instant (Asia/Shanghai by default, whatever the workstation's zone)."""
        return date.fromordinal(self.day_ordinal(instant))

    def working_day_of(self, instant: datetime | date) -> date:
        """The working day an instant (or date) falls on, or the next working day."""
        day = self.day_of(instant) if isinstance(instant, datetime) else instant
        return self.on_or_after(day)

    # --- arithmetic on ordinals (the fast path used by the clock) ------------------------------

    def next_on_or_after_ord(self, ordinal: int) -> int:
        i = ordinal - self._first
        if self._flags[i]:
            return ordinal
        return self._work[self._cum[i]]

    def add_ord(self, ordinal: int, n: int) -> int:
        """The n-th working day after `ordinal` (n ≥ 1), before it (n ≤ -1), or itself (n = 0)."""
        if n == 0:
            return ordinal
        i = ordinal - self._first
        k = self._cum[i] + n - 1 if n > 0 else self._cum[i] - self._flags[i] + n
        if not 0 <= k < len(self._work):
            raise InvalidInput(msg("日期超出工作日历的范围。"))
        return self._work[k]

    def count_ord(self, a: int, b: int) -> int:
        """Working days in (a, b]; negative when b < a."""
        first = self._first
        return self._cum[b - first] - self._cum[a - first]

    def natural_end_ord(self, ordinal: int, n: int) -> int:
        return self.next_on_or_after_ord(ordinal + n)

    def provisional_ord(self, a: int, b: int) -> bool:
        """Whether a day in [a, b] lies in a year with no published schedule."""
        if b < a:
            a, b = b, a
        prov = self._prov
        i = a - self._first
        return prov[b - self._first] - (prov[i - 1] if i > 0 else 0) > 0

    # --- arithmetic on dates --------------------------------------------------------------------

    def on_or_after(self, day: date) -> date:
        """`day` if it is a working day, else the next working day."""
        return date.fromordinal(self.next_on_or_after_ord(self._ord(day)))

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after `day`, `day` itself not counted (n may be negative)."""
        return date.fromordinal(self.add_ord(self._ord(day), n))

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days in (a, b]: `a` not counted, `b` counted."""
        return self.count_ord(self._ord(a), self._ord(b))

    def natural_period_end(self, day: date, n: int) -> date:
        """The last day of an n natural-day period starting on `day` (民法典 Art. 201–203): the
        start day is not counted; a last day that is not a working day rolls over to the next
        working day."""
        self._ord(day)
        return date.fromordinal(self.natural_end_ord(day.toordinal(), n))

    def working_days_in_year(self, year: int) -> list[date]:
        lo = bisect_left(self._work, date(year, 1, 1).toordinal())
        hi = bisect_right(self._work, date(year, 12, 31).toordinal())
        return [date.fromordinal(o) for o in self._work[lo:hi]]


@lru_cache(maxsize=32)
def _fixed_offset_window(zone: tzinfo, last_year: int) -> tuple[datetime | None, timedelta]:
    """(since, offset): from `since` to the end of the span the zone keeps one UTC offset, so an
    instant's agency day is a single addition. Found by sampling each January and July backwards
    from the last year; (None, 0) for a zone that still changes its clocks."""

    def offset(year: int, month: int) -> timedelta | None:
        return datetime(year, month, 1, 12, tzinfo=UTC).astimezone(zone).utcoffset()

    fixed = offset(last_year, 7)
    if fixed is None or offset(last_year, 1) != fixed:
        return None, timedelta(0)
    year = last_year
    while year > 1900 and offset(year - 1, 7) == fixed and offset(year - 1, 1) == fixed:
        year -= 1
    return datetime(year, 1, 1, tzinfo=UTC), fixed


# --- CSV ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvError:
    line: int
    message: str  # a Message (app.messages)

    @property
    def text(self) -> str:
        return msg("第 {line} 行：{message}", line=self.line, message=self.message)

    def __str__(self) -> str:
        return str(self.text)


_WEEKDAYS = (msg("星期一"), msg("星期二"), msg("星期三"), msg("星期四"), msg("星期五"))


class CalendarCsvError(InvalidInput):
    """The file has bad rows; nothing was imported. `errors` lists them with their line numbers."""

    def __init__(self, errors: list[CsvError]) -> None:
        shown = lines([error.text for error in errors[:50]])
        more = msg("\n……另有 {count} 处错误", count=len(errors) - 50) if len(errors) > 50 else ""
        super().__init__(
            msg(
                "日历文件有 {count} 处错误，未导入任何内容：\n{errors}{more}",
                count=len(errors),
                errors=shown,
                more=more,
            ),
            field="file",
        )
        self.errors = errors


# The kinds as a file typed in Excel or WPS may say them (the published notice's words).
_KIND_WORDS = {
    "节假日": HOLIDAY,
    "法定节假日": HOLIDAY,
    "放假": HOLIDAY,
    "休": HOLIDAY,
    "调休上班": WORKDAY,
    "上班": WORKDAY,
    "班": WORKDAY,
}
# 2026-10-01 as written, or as a spreadsheet saves it: 2026/10/1, 2026.10.1, 2026年10月1日.
_CSV_DAY = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2})|[/.](\d{1,2})[/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)")


def _csv_day(text: str) -> date:
    matched = _CSV_DAY.fullmatch(text)
    if matched is None:
        raise ValueError(text)
    year, *parts = matched.groups()
    month, day = [int(part) for part in parts if part is not None]
    return date(int(year), month, day)


def parse_calendar_csv(text: str) -> list[CalendarException]:
    """Parse `date,kind,name` rows (a header line is optional). All errors are collected with their
    line numbers and raised together as CalendarCsvError; on success the rows are returned sorted,
    with agreeing duplicates merged."""
    text = text.removeprefix("\ufeff")
    errors: list[CsvError] = []
    found: dict[date, tuple[int, CalendarException]] = {}
    reader = csv.reader(io.StringIO(text))
    for row in reader:
        line = reader.line_num
        cells = [c.strip() for c in row]
        if not cells or all(not c for c in cells) or cells[0].startswith("#"):
            continue
        if line == 1 and cells[0].lower() in ("date", "日期"):
            continue
        if len(cells) < 2 or len(cells) > 3:
            errors.append(CsvError(line, msg("应为“日期,类型,名称”三列，实为 {count} 列", count=len(cells))))
            continue
        raw_day, kind = cells[0], cells[1].lower()
        kind = _KIND_WORDS.get(kind, kind)
        name = cells[2] if len(cells) == 3 else ""
        try:
            day = _csv_day(raw_day)
        except ValueError:
            errors.append(
                CsvError(
                    line,
                    msg(
                        "日期“{day}”无效，应写作 YYYY-MM-DD，例如 2026-10-01（也可写 2026/10/1）", day=raw_day
                    ),
                )
            )
            continue
        if kind not in KINDS:
            errors.append(
                CsvError(
                    line,
                    msg("类型“{kind}”无效，只能是 holiday（节假日）或 workday（调休上班）", kind=cells[1]),
                )
            )
            continue
        if kind == WORKDAY and day.weekday() < 5:
            errors.append(
                CsvError(
                    line,
                    msg(
                        "{day} 是{weekday}，本就是工作日，不能标为调休上班",
                        day=raw_day,
                        weekday=_WEEKDAYS[day.weekday()],
                    ),
                )
            )
            continue
        entry = CalendarException(day, kind, name)
        previous = found.get(day)
        if previous is not None:
            if previous[1] != entry:
                errors.append(
                    CsvError(line, msg("{day} 与第 {line} 行重复且内容不一致", day=raw_day, line=previous[0]))
                )
            continue
        found[day] = (line, entry)
    if errors:
        raise CalendarCsvError(errors)
    return [entry for _line, entry in sorted(found.values(), key=lambda item: item[1].day)]


def format_calendar_csv(rows: Iterable[CalendarException]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in sorted(rows, key=lambda r: r.day):
        writer.writerow((row.day.isoformat(), row.kind, row.name))
    return out.getvalue()


def days_of_year(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days)]


def toggled_kind(day: date, current: str | None) -> str | None:
    """The next state of a day clicked in the year view: a weekday cycles normal → holiday →
    normal; a weekend day cycles normal → make-up working day → holiday → normal."""
    if day.weekday() < 5:
        return HOLIDAY if current is None else None
    return {None: WORKDAY, WORKDAY: HOLIDAY}.get(current)
