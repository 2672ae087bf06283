"""The test databases a crashed run leaves on the PostgreSQL server are dropped by the next run."""

from __future__ import annotations

import socket
import subprocess
import sys
import uuid

from sqlalchemy import text

from tests.pg_databases import admin_connection, create_database, drop_database, drop_orphans


def _names() -> set[str]:
    with admin_connection() as conn:
        return set(conn.scalars(text("SELECT datname FROM pg_database")))


def _comment(name: str, comment: str) -> None:
    with admin_connection() as conn:
        conn.execute(text(f"COMMENT ON DATABASE \"{name}\" IS '{comment}'"))


def test_only_databases_of_this_hosts_ended_processes_are_dropped() -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    dead_pid = int(ended.stdout)
    suffix = uuid.uuid4().hex[:8]
    crashed, running, elsewhere, kept = (
        f"sunlight_orph_{k}_{suffix}" for k in ("dead", "live", "far", "kept")
    )
    try:
        create_database(crashed)
        _comment(crashed, f"sunlight test database: host={socket.gethostname()} pid={dead_pid}")
        create_database(running)  # this process's: alive
        create_database(elsewhere)
        _comment(elsewhere, f"sunlight test database: host=another-{socket.gethostname()} pid={dead_pid}")
        create_database(kept, kept=True)  # a benchmark's, kept for its next run
        dropped = drop_orphans()
        assert crashed in dropped
        assert {running, elsewhere, kept} <= _names() and crashed not in _names()
    finally:
        for name in (crashed, running, elsewhere, kept):
            drop_database(name)
