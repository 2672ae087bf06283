"""Engines and sessions from a database URL.

SQLite (one desk) gets WAL, foreign keys, a busy timeout, and `BEGIN IMMEDIATE` for every
transaction: a read-then-write transaction (case numbering) otherwise fails with "database is
locked" under concurrent writers whatever the timeout (see shared/STACK.md).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "sunlight"
SQLITE_BUSY_TIMEOUT_MS = 30_000
ENV_DB_URL = "SUNLIGHT_DB_URL"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "sunlight.db"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def resolve_database_url(explicit: str | None = None) -> str:
    """The URL in force: `--db`, then `SUNLIGHT_DB_URL`, then the local file."""
    return explicit or os.environ.get(ENV_DB_URL) or default_database_url()


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def create_database_engine(url: str, *, for_reading: bool = False, **kwargs: object) -> Engine:
    """An engine for `url`. On SQLite, `for_reading` gives one whose transactions start deferred:
    lists and dashboards then never hold the write lock another desk is waiting for."""
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine, "BEGIN" if for_reading else "BEGIN IMMEDIATE")
        return engine
    if for_reading:
        kwargs.setdefault("pool_size", 2)
    _cache_parses_of_long_statements()
    engine = create_engine(url, **kwargs)
    _ping_when_idle(engine)
    _prepare_only_in_pipelines(engine)
    return engine


def _prepare_only_in_pipelines(engine: Engine) -> None:
    """psycopg prepares no statement of its own: db.pipeline prepares those that run on every
    action, and psycopg's cache, once it held any, would DEALLOCATE ALL on each rollback, the
    pipeline's statements with its own."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.prepare_threshold = None


# How many parameters a statement may have for psycopg to keep its parse of the statement (the
# placeholders turned into PostgreSQL's); psycopg's default, 50, is meant for an ORM's multi-row
# INSERTs, whose text varies with the number of rows. An action's single statement (app.cases,
# app.audit) has up to about 120 and is the same text each time: re-parsing it cost the desk 0.1 to
# 0.3 ms per action.
CACHED_STATEMENT_PARAMS = 500


def _cache_parses_of_long_statements() -> None:
    try:
        from psycopg import _queries
    except ImportError:  # another driver
        return
    if getattr(_queries, "MAX_CACHED_STATEMENT_PARAMS", CACHED_STATEMENT_PARAMS) < CACHED_STATEMENT_PARAMS:
        _queries.MAX_CACHED_STATEMENT_PARAMS = CACHED_STATEMENT_PARAMS


# A pooled connection unused for this long is pinged before it is handed out (a server restart or
# a dropped network is then met with a fresh connection, not an error); one a busy desk used
# moments ago is not: `pool_pre_ping` would cost every transaction a round trip.
PING_AFTER_IDLE = 1.0  # seconds


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        record.info["sunlight_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, record, _proxy) -> None:  # type: ignore[no-untyped-def]
        since = record.info.pop("sunlight_idle_since", None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error:
            alive = False
        if not alive:
            # The pool discards this connection and hands out a new one (or raises if it can't).
            raise exc.DisconnectionError("the pooled connection is dead")


def _configure_sqlite(engine: Engine, begin_statement: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event, not pysqlite, decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql(begin_statement)


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
