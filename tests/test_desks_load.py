"""The short load test: several desk processes registering and advancing cases at once on
PostgreSQL (the long version with 20 desks × 200 cases is tests/bench/bench_desks.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.bench.bench_desks import (
    ACTIONS_PER_CASE,
    check_database,
    create_database,
    drop_database,
    prepare,
    run_load,
)

pytestmark = pytest.mark.slow

DESKS, CASES = 4, 15


@pytest.fixture
def load_database() -> Iterator[str]:
    name = f"sunlight_load_t_{uuid.uuid4().hex[:8]}"
    url = create_database(name)
    try:
        prepare(url)
        yield url
    finally:
        drop_database(name)


def test_desks_register_and_advance_cases_concurrently(load_database: str) -> None:
    result = run_load(load_database, DESKS, CASES)
    assert result.errors == []  # no deadlock or conflict surfaced to any desk
    assert result.actions == DESKS * CASES * ACTIONS_PER_CASE
    assert check_database(load_database, DESKS, CASES) == []
    print(f"{result.actions_per_second:.0f} actions/s, {result.attempts - result.actions} retries")
