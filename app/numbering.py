"""Case numbers: unique and gap-free per year, whatever the number of desks registering at once.

The year's counter row is incremented inside the registering transaction: PostgreSQL locks the
row until commit, SQLite's `BEGIN IMMEDIATE` serialises writers; a rolled-back registration takes
its number back with it, so no gap appears.

On PostgreSQL every registering desk waits for that row lock, so it is taken as late as possible:
the case row is written by the statement that takes the sequence (`insert_numbered`), after
everything the registration decides; from there only the audit statement (which carries the
registration's timeline entry) and the COMMIT stand between one desk and the next.
"""

from __future__ import annotations

import functools
import json
import operator
import re
import string
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, Table, Text, bindparam, cast, func, insert, literal, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.messages import msg
from app.settings import CASE_NUMBER_PATTERN
from db.models import CaseNumberCounter, Setting
from db.pipeline import bound_statement, run_pipeline


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
    does on SQLite, and where `insert_numbered` cannot be used). The number pattern comes back with
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


# The stored pattern as last read, per database: the numbering statement checks it is still the
# one in force, so a changed setting is noticed, never used stale.
_PATTERNS: dict[str, str | None] = {}
_SEQ_SPEC = re.compile(r"(0?)(\d*)d?")


def _number_expression(pattern: str, year: int, sequence: Any) -> Any | None:
    """`pattern` for `year` as a SQL expression of the new `sequence` (the year filled in here),
    or None when the pattern's sequence format is one the server cannot reproduce exactly (then
    the number is taken the early way)."""
    pieces: list[Any] = []
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        return None
    for literal_text, name, spec, conversion in parsed:
        if literal_text:
            pieces.append(literal(literal_text, Text))
        if name is None:
            continue
        if conversion is not None or name not in ("year", "seq"):
            return None
        if name == "year":
            try:
                pieces.append(literal(format(year, spec or ""), Text))
            except ValueError:
                return None
            continue
        match = _SEQ_SPEC.fullmatch(spec or "")
        if match is None:
            return None
        digits = cast(sequence, Text)
        if match.group(2):
            # Python pads to at least the width and never truncates; lpad would truncate.
            width, fill = int(match.group(2)), "0" if match.group(1) else " "
            padded = func.lpad(digits, width, literal(fill, Text))
            digits = sql_case((func.length(digits) >= width, digits), else_=padded)
        pieces.append(digits)
    return functools.reduce(operator.add, pieces) if pieces else literal("", Text)


@functools.lru_cache(maxsize=32)
def _numbered_insert(table: Table, keys: tuple[str, ...], pattern: str, year: int) -> Any | None:
    """The INSERT of `table`'s row (its columns `keys`, parameters c_<key>) with the year's next
    sequence and its number, compiled for PostgreSQL; None for a pattern the server cannot format.
    The sequence is taken only while the stored pattern is still `:raw`."""
    from sqlalchemy.dialects import postgresql

    counters, stored = CaseNumberCounter.__table__, Setting.__table__
    in_force = select(stored.c.value).where(stored.c.key == bindparam("setting", type_=Text))
    taken = (
        update(counters)
        .where(
            counters.c.year == bindparam("year", type_=Integer),
            in_force.scalar_subquery().is_not_distinct_from(bindparam("raw", type_=Text)),
        )
        .values(last_sequence=counters.c.last_sequence + 1)
        .returning(counters.c.last_sequence)
        .cte("taken")
    )
    number = _number_expression(pattern, year, taken.c.last_sequence)
    if number is None:
        return None
    values = [bindparam(f"c_{key}", type_=table.c[key].type) for key in keys]
    statement = (
        insert(table)
        .from_select([*keys, "sequence", "number"], select(*values, taken.c.last_sequence, number))
        .returning(table.c.id, table.c.sequence, table.c.number)
        .add_cte(taken)
    )
    return statement.compile(dialect=postgresql.psycopg.dialect())


@functools.cache
def _counter_lock() -> Any:
    """The year's counter locked by a statement of its own, just before the numbered INSERT: a
    desk that waited for the row rechecks it (EvalPlanQual) by setting up again the whole plan of
    the statement that waited, here a single row's, not the INSERT's (the cases table and all its
    indexes). The INSERT then finds the row held by its own transaction."""
    from sqlalchemy.dialects import postgresql

    counters = CaseNumberCounter.__table__
    year = bindparam("year", type_=Integer)
    locked = select(counters.c.year).where(counters.c.year == year).with_for_update()
    return locked.compile(dialect=postgresql.psycopg.dialect())


def insert_numbered(
    session: Session, table: Table, values: Mapping[str, Any], year: int
) -> tuple[int, int, str] | None:
    """PostgreSQL: insert `values` into `table` (the cases table) with the year's next sequence
    and its number, in one statement: (the new row's id, its sequence, its number). The counter is
    locked from here to the COMMIT. None, having written nothing, where this cannot be done in one
    statement (SQLite, a pattern the server cannot format): then `issue_case_number`."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return None
    key = bind.url.render_as_string(hide_password=True)
    params = {f"c_{name}": value for name, value in values.items()}
    for attempt in range(3):
        if key not in _PATTERNS or attempt:
            stored = select(Setting.value).where(Setting.key == CASE_NUMBER_PATTERN.key)
            _PATTERNS[key] = session.scalar(stored)
        raw = _PATTERNS[key]
        pattern = CASE_NUMBER_PATTERN.default if raw is None else json.loads(raw)
        compiled = _numbered_insert(table, tuple(values), pattern, year)
        if compiled is None:
            return None
        given = {**params, "year": year, "setting": CASE_NUMBER_PATTERN.key, "raw": raw}
        lock = bound_statement(_counter_lock(), {"year": year})
        row = run_pipeline(session.connection(), [lock, bound_statement(compiled, given)])
        if row is not None:
            return row[0], row[1], row[2]
        if attempt == 0:
            _create_counter(session, year)  # the year's first case (or the pattern changed)
    return None  # pragma: no cover - the pattern changing on every attempt


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
    "insert_numbered",
    "issue_case_number",
    "last_issued",
    "validate_pattern",
]
