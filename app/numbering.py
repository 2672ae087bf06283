"""Case numbers: unique and gap-free per year, whatever the number of desks registering at once.

The year's counter row is incremented inside the registering transaction: PostgreSQL locks the
row until commit, SQLite's `BEGIN IMMEDIATE` serialises writers; a rolled-back registration takes
its number back with it, so no gap appears.

On PostgreSQL every registering desk waits for that row lock, so it is taken as late as possible:
the case is first written under a provisional number, then one statement (`number_case`) takes
the sequence and gives the case its number. From there only the audit statement (which carries
the registration's timeline entry) and the COMMIT stand between one desk and the next.
"""

from __future__ import annotations

import json
import re
import secrets
import string
import uuid
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.errors import InvalidInput
from app.messages import msg
from app.settings import CASE_NUMBER_PATTERN
from db.models import CaseNumberCounter, Setting


def format_case_number(pattern: str, year: int, sequence: int) -> str:
    try:
        return pattern.format(year=year, seq=sequence)
    except (KeyError, IndexError, ValueError) as exc:
        raise InvalidInput(
            # The placeholders' own names are filled in as text: they are what the user must write.
            msg(
                "办件编号格式“{pattern}”无效：只能使用 {year} 和 {seq}（如 {example}）两个占位符。",
                pattern=pattern,
                year="{year}",
                seq="{seq}",
                example="{seq:05d}",
            ),
            field="case_number_pattern",
        ) from exc


def validate_pattern(pattern: str) -> None:
    """A pattern must produce different numbers for different years and sequences."""
    if "{year" not in pattern or "{seq" not in pattern:
        raise InvalidInput(
            msg("办件编号格式必须同时包含年份 {year} 和顺序号 {seq}。", year="{year}", seq="{seq}"),
            field="case_number_pattern",
        )
    if format_case_number(pattern, 2026, 1) == format_case_number(pattern, 2026, 2):
        raise InvalidInput(
            msg("办件编号格式中的顺序号没有起作用，请检查 {seq}。", seq="{seq}"), field="case_number_pattern"
        )


def issue_case_number(session: Session, year: int) -> tuple[int, str]:
    """Take the next sequence of `year` and return (sequence, formatted number).

    The counter row stays locked until the transaction ends, so call this late (registration
    does on SQLite, and where `number_case` cannot be used). The number pattern comes back with
    the sequence."""
    pattern_value = select(Setting.value).where(Setting.key == CASE_NUMBER_PATTERN.key).scalar_subquery()
    row = session.execute(
        update(CaseNumberCounter)
        .where(CaseNumberCounter.year == year)
        .values(last_sequence=CaseNumberCounter.last_sequence + 1)
        .returning(CaseNumberCounter.last_sequence, pattern_value)
    ).first()
    if row is None:
        _create_counter(session, year)
        return issue_case_number(session, year)
    sequence, raw = row
    pattern = CASE_NUMBER_PATTERN.default if raw is None else json.loads(raw)
    return sequence, format_case_number(pattern, year, sequence)


PROVISIONAL_PREFIX = "~"  # no pattern can produce it: a pattern must contain {year} and {seq}


def provisional_number() -> tuple[int, str]:
    """A placeholder (sequence, number) a case is written with before `number_case` numbers it:
    unique, negative, and never committed (the registration numbers it or rolls back)."""
    return -(secrets.randbits(30) + 1), f"{PROVISIONAL_PREFIX}{uuid.uuid4().hex}"


# The stored pattern as last read, per database: the numbering statement checks it is still the
# one in force, so a changed setting is noticed, never used stale.
_PATTERNS: dict[str, str | None] = {}
_SEQ_SPEC = re.compile(r"(0?)(\d*)d?")


def _sequence_sql(pattern: str, year: int) -> tuple[str, dict[str, Any]] | None:
    """`pattern` for `year` as a SQL expression of the new sequence `taken.last_sequence` (the
    year filled in here), or None when the pattern's sequence format is one the server cannot
    reproduce exactly (then the number is taken the early way)."""
    pieces: list[str] = []
    params: dict[str, Any] = {}
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        return None
    for literal_text, name, spec, conversion in parsed:
        if literal_text:
            params[f"p{len(params)}"] = literal_text
            pieces.append(f":p{len(params) - 1}")
        if name is None:
            continue
        if conversion is not None or name not in ("year", "seq"):
            return None
        if name == "year":
            try:
                params[f"p{len(params)}"] = format(year, spec or "")
            except ValueError:
                return None
            pieces.append(f":p{len(params) - 1}")
            continue
        match = _SEQ_SPEC.fullmatch(spec or "")
        if match is None:
            return None
        digits = "CAST(taken.last_sequence AS text)"
        if match.group(2):
            # Python pads to at least the width and never truncates; lpad would truncate.
            width, fill = int(match.group(2)), "0" if match.group(1) else " "
            padded = f"lpad({digits}, {width}, '{fill}')"
            digits = f"CASE WHEN length({digits}) >= {width} THEN {digits} ELSE {padded} END"
        pieces.append(digits)
    return (" || ".join(pieces) if pieces else "''"), params


def number_case(session: Session, *, case: Any, year: int) -> bool:
    """Number `case` (flushed under a `provisional_number`) in one statement on PostgreSQL: take
    the year's next sequence, set the case's sequence and number. Returns False when this cannot
    be done in one statement (SQLite, a pattern the server cannot format): then call
    `issue_case_number`.
    """
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    key = bind.url.render_as_string(hide_password=True)
    for attempt in range(3):
        if key not in _PATTERNS or attempt:
            stored = select(Setting.value).where(Setting.key == CASE_NUMBER_PATTERN.key)
            _PATTERNS[key] = session.scalar(stored)
        raw = _PATTERNS[key]
        pattern = CASE_NUMBER_PATTERN.default if raw is None else json.loads(raw)
        sql = _sequence_sql(pattern, year)
        if sql is None:
            return False
        expression, params = sql
        # The pattern must still be the stored one: a changed setting numbers with the new one.
        row = session.execute(
            text(
                "WITH taken AS ("
                " UPDATE case_number_counters SET last_sequence = last_sequence + 1"
                " WHERE year = :year AND (SELECT value FROM settings WHERE key = :setting)"
                " IS NOT DISTINCT FROM CAST(:raw AS text) RETURNING last_sequence),"
                f" numbered AS (UPDATE cases SET sequence = taken.last_sequence, number = {expression}"
                " FROM taken WHERE cases.id = :case_id RETURNING cases.sequence, cases.number)"
                " SELECT sequence, number FROM numbered"
            ),
            {
                **params,
                "year": year,
                "setting": CASE_NUMBER_PATTERN.key,
                "raw": raw,
                "case_id": case.id,
            },
        ).first()
        if row is not None:
            break
        if attempt == 0:
            _create_counter(session, year)  # the year's first case (or the pattern changed)
    else:  # pragma: no cover - the pattern changing on every attempt
        return False
    sequence, number = row
    set_committed_value(case, "sequence", sequence)
    set_committed_value(case, "number", number)
    return True


def _create_counter(session: Session, year: int) -> None:
    # Two desks may open the year's first case at once: whoever loses the race simply uses the
    # winner's row (ON CONFLICT DO NOTHING on both backends).
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    session.execute(
        dialect_insert(CaseNumberCounter).values(year=year, last_sequence=0).on_conflict_do_nothing()
    )


def last_issued(session: Session, year: int) -> int:
    return session.scalar(select(CaseNumberCounter.last_sequence).where(CaseNumberCounter.year == year)) or 0


__all__ = [
    "format_case_number",
    "issue_case_number",
    "last_issued",
    "number_case",
    "provisional_number",
    "validate_pattern",
]
