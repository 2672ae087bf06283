"""Databases that tests and benchmarks make on a PostgreSQL server, and what a crashed run left.

Each database made here carries a comment naming the host and the process that made it. A run
that dies before its teardown (a segfault in Qt, a kill, a timeout) leaves its databases behind,
ten megabytes each and dozens per run; the next run drops those whose process is gone. Only on
its own host: the server may also serve runs on other machines, whose processes it cannot see.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
_MARK = "sunlight test database"
_MARKED = re.compile(rf"^{_MARK}: host=(?P<host>\S+) pid=(?P<pid>\d+)$")


def pg_admin_url() -> str:
    """An admin URL of the server to make test databases on (SUNLIGHT_TEST_PG_URL, else local)."""
    return os.environ.get("SUNLIGHT_TEST_PG_URL", DEFAULT_PG_ADMIN_URL)


def database_url(name: str) -> str:
    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


@contextmanager
def admin_connection() -> Iterator[Connection]:
    """A connection to the server's admin database, each statement its own transaction (CREATE
    and DROP DATABASE run outside any)."""
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            yield conn
    finally:
        admin.dispose()


def create_database(name: str, template: str | None = None, *, kept: bool = False) -> str:
    """A new database `name` (empty, or a copy of `template`); its URL. Marked as this process's
    unless `kept`: a benchmark's large database kept for its next run, or one kept to look at."""
    clause = f'TEMPLATE "{template}"' if template else "ENCODING 'UTF8' TEMPLATE template0"
    with admin_connection() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" {clause}'))
        if not kept:
            mark = f"{_MARK}: host={socket.gethostname()} pid={os.getpid()}"
            conn.execute(text(f"COMMENT ON DATABASE \"{name}\" IS '{mark}'"))
    return database_url(name)


def drop_database(name: str) -> None:
    with admin_connection() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _process_is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


def drop_orphans() -> list[str]:
    """Drop the databases made here by processes of this host that no longer run; their names."""
    host = socket.gethostname()
    dropped: list[str] = []
    with admin_connection() as conn:
        marked = conn.execute(
            text(
                "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database "
                "WHERE shobj_description(oid, 'pg_database') LIKE :mark"
            ),
            {"mark": f"{_MARK}: %"},
        ).all()
        for name, comment in marked:
            found = _MARKED.match(comment or "")
            if found and found["host"] == host and _process_is_gone(int(found["pid"])):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                dropped.append(name)
    return dropped
