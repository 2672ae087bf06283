"""Case numbers: unique and gap-free per year, whatever the number of desks registering at once.

The year's counter row is incremented inside the registering transaction: PostgreSQL locks the
row until commit, SQLite's `BEGIN IMMEDIATE` serialises writers; a rolled-back registration takes
its number back with it, so no gap appears.
"""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.settings import CASE_NUMBER_PATTERN
from db.models import CaseNumberCounter, Setting


def format_case_number(pattern: str, year: int, sequence: int) -> str:
    try:
        return pattern.format(year=year, seq=sequence)
    except (KeyError, IndexError, ValueError) as exc:
        raise InvalidInput(
            f"办件编号格式“{pattern}”无效：只能使用 {{year}} 和 {{seq}}（如 {{seq:05d}}）两个占位符。",
            field="case_number_pattern",
        ) from exc


def validate_pattern(pattern: str) -> None:
    """A pattern must produce different numbers for different years and sequences."""
    if "{year" not in pattern or "{seq" not in pattern:
        raise InvalidInput(
            "办件编号格式必须同时包含年份 {year} 和顺序号 {seq}。", field="case_number_pattern"
        )
    if format_case_number(pattern, 2026, 1) == format_case_number(pattern, 2026, 2):
        raise InvalidInput("办件编号格式中的顺序号没有起作用，请检查 {seq}。", field="case_number_pattern")


def issue_case_number(session: Session, year: int) -> tuple[int, str]:
    """Take the next sequence of `year` and return (sequence, formatted number).

    The counter row stays locked until the transaction ends, so call this late (registration
    does, just before inserting the case). The number pattern comes back with the sequence."""
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


__all__ = ["format_case_number", "issue_case_number", "last_issued", "validate_pattern"]
