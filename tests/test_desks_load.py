"""The short load test: several desk processes registering and advancing cases at once on
PostgreSQL (the long version with 20 desks × 200 cases is tests/bench/bench_desks.py)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from tests.bench.bench_desks import ACTIONS_PER_CASE, check_database, prepare, run_load
from tests.pg_databases import create_database, drop_database

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


def test_a_desk_back_from_idle_gets_a_live_connection(load_database: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No ping per transaction (it costs a round trip on every action under load), but a pooled
    connection left idle is pinged: one the server dropped meanwhile is replaced, unseen."""
    import db.engine
    from app.workspace import open_workspace

    monkeypatch.setattr(db.engine, "PING_AFTER_IDLE", 0.2)
    workspace = open_workspace(load_database)
    try:
        with workspace.sessions() as session:
            first = session.scalar(text("SELECT pg_backend_pid()"))
        with workspace.sessions() as session:  # used moments ago: the same connection, no ping
            assert session.scalar(text("SELECT pg_backend_pid()")) == first
        admin = create_engine(load_database, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # the server drops the idle desk's connection
            assert conn.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        admin.dispose()
        time.sleep(0.3)
        with workspace.sessions() as session:
            assert session.scalar(text("SELECT pg_backend_pid()")) not in (None, first)
    finally:
        workspace.close()


def test_the_cpu_budget_is_the_cores_over_the_target_share_of_the_raw_rate(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os

    from tests.bench.bench_desks import LoadResult, cpu_budget_line

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    result = LoadResult(
        desks=20,
        cases_per_desk=200,
        actions=28_000,
        seconds=56.0,
        attempts=28_000,
        errors=[],
        raw_rows_per_second=2_000.0,
        client_cpu_seconds=70.0,
        server_cpu_seconds=42.0,
    )
    # 2 cores / (30 % × 2,000 transactions/s) = 3.33 ms; (70 + 42) s over 28,000 actions = 4.00 ms
    assert cpu_budget_line(result) == (
        "30% of the raw figure on 2 cores leaves 3.33 ms of CPU per action (desks and server together); "
        "the load took 4.00 ms"
    )
