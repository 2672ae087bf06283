"""Run a unit of work in a transaction, retrying where the database asks for it.

Many desks write to one database. PostgreSQL may abort a transaction with *serialization failure*
(40001) or *deadlock detected* (40P01); SQLite may answer "database is locked" when a writer waits
past its busy timeout. In each case nothing of the transaction was kept and running it again is
the documented remedy, so `run_in_transaction` does that, a few times, with jittered exponential
backoff. If it still fails the user gets a plain Chinese `DatabaseBusy` instead of a driver trace.

A lost connection is different: the server was restarted or is unreachable. That is never retried
here (a registration sent twice would take two numbers); it becomes `DatabaseUnavailable`, which
the GUI shows as a banner while it waits for the server to come back. When the connection broke
while the COMMIT was in flight the outcome is unknown to the client: `in_doubt` says so, and the
caller must re-read (the case list, the case view) before offering the action again. Either way
the transaction either committed once or not at all: the database guarantees that much.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from app.errors import ConfigurationError, DomainError
from app.messages import msg

if TYPE_CHECKING:
    from app.workspace import Workspace

T = TypeVar("T")
log = logging.getLogger(__name__)

# SQLSTATEs meaning "nothing was kept, run the transaction again".
# serialization, deadlock, lock not available, and a prepared statement gone (db.pipeline forgets
# the connection's and prepares them again)
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01", "55P03", "26000"})
SQLITE_BUSY_WORDS = ("database is locked", "database is busy", "database table is locked")
# SQLSTATE classes of a broken or refused connection (08: connection exception, 57P01–57P03: the
# server is shutting down or starting up).
UNAVAILABLE_SQLSTATES = frozenset({"57P01", "57P02", "57P03"})


class DatabaseBusy(DomainError):
    """The database kept refusing the transaction as conflicting; nothing was saved."""


class DatabaseUnavailable(ConfigurationError):
    """The database server cannot be reached (restarted, network down, file share gone).

    `in_doubt` is True when the connection broke during COMMIT: the change may or may not have
    been saved, and the screen must be reloaded to find out. The GUI shows `message` as a banner,
    keeps the form, and retries the connection in the background."""

    def __init__(self, message: str, *, in_doubt: bool = False) -> None:
        super().__init__(message)
        self.in_doubt = in_doubt


def _sqlstate(error: BaseException) -> str | None:
    return getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)


def is_retryable(error: BaseException) -> bool:
    """Whether `error` (an SQLAlchemy DBAPIError or a driver error) asks for the transaction to be
    run again: serialization failure, deadlock, a lock timeout, SQLite busy."""
    original = getattr(error, "orig", error)
    if _sqlstate(original) in RETRYABLE_SQLSTATES:
        return True
    if isinstance(original, sqlite3.OperationalError):
        text = str(original).lower()
        return any(word in text for word in SQLITE_BUSY_WORDS)
    return False


def is_unavailable(error: BaseException) -> bool:
    """Whether `error` means the database cannot be reached or the connection was lost."""
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    original = getattr(error, "orig", error)
    if is_retryable(error):
        return False
    state = _sqlstate(original)
    if state is not None:
        return state.startswith("08") or state in UNAVAILABLE_SQLSTATES
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        psycopg = None  # type: ignore[assignment]
    if psycopg is not None and isinstance(original, psycopg.OperationalError | psycopg.InterfaceError):
        # Connection refused, timeout, server closed the connection: no SQLSTATE at all.
        return True
    if isinstance(original, sqlite3.OperationalError):
        text = str(original).lower()
        return "unable to open database file" in text or "disk i/o error" in text
    return isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError) and state is None


def unavailable_message(database: str, *, in_doubt: bool = False) -> str:
    """The banner text for a lost connection (a Message: the GUI shows it translated)."""
    if in_doubt:
        return msg(
            "数据库 {database} 暂时无法连接（服务器可能正在重启或网络中断）。"
            "程序将自动重新连接，正在填写的内容已保留。"
            "连接在保存时中断，刚才的操作可能已完成也可能未完成：恢复连接后请先刷新查看，再决定是否重做。",
            database=database,
        )
    return msg(
        "数据库 {database} 暂时无法连接（服务器可能正在重启或网络中断）。"
        "程序将自动重新连接，正在填写的内容已保留。"
        "刚才的操作没有保存，恢复连接后请重新提交。",
        database=database,
    )


def backoff_delay(attempt: int, *, base: float = 0.02, cap: float = 1.0) -> float:
    """Full jitter: a random delay in [0, min(cap, base·2^attempt)] so that desks that collided do
    not collide again in lockstep."""
    return random.uniform(0, min(cap, base * (2**attempt)))


def run_in_transaction(
    workspace: Workspace,
    fn: Callable[[Session], T],
    *,
    attempts: int = 5,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `fn(session)` in a new transaction and commit; on serialization failure, deadlock or
    SQLite busy, roll back and run it again (at most `attempts` times in all).

    `fn` must do all its reading inside the session it is given (it is called again from scratch
    on a retry) and must not have effects outside the database. Domain errors it raises roll back
    and propagate unchanged. Raises `DatabaseBusy` when every attempt conflicted, and
    `DatabaseUnavailable` when the connection cannot be made or is lost."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        committing = False
        try:
            with workspace.sessions() as session:
                session.begin()
                result = fn(session)
                committing = True
                session.commit()
                return result
        except sa_exc.DBAPIError as error:
            if is_retryable(error) and attempt < attempts:
                delay = backoff_delay(attempt)
                log.info("transaction conflicted (%s); retry %d in %.3fs", error.orig, attempt, delay)
                sleep(delay)
                continue
            shown = database_error(error, workspace.display_name, committing=committing, attempts=attempts)
            if shown is None:
                raise
            raise shown from error
    raise AssertionError("unreachable")  # pragma: no cover


def database_error(
    error: sa_exc.DBAPIError, database: str, *, committing: bool, attempts: int = 1
) -> DatabaseBusy | DatabaseUnavailable | None:
    """What to tell the user of a driver error that ended a transaction: `DatabaseBusy` where the
    database asked for it to be run again (run `attempts` times in all), `DatabaseUnavailable`
    where the connection could not be made or was lost (`committing`: during the COMMIT, so the
    outcome is unknown); None for any other error, which is a bug and goes on as it is."""
    if is_retryable(error):
        if attempts > 1:
            return DatabaseBusy(
                msg(
                    "数据库繁忙：其他工作站正在同时修改相同的数据，已自动重试 {attempts} 次仍未成功，"
                    "本次操作没有保存。请稍候再试。",
                    attempts=attempts,
                )
            )
        return DatabaseBusy(
            msg("数据库繁忙：其他工作站正在同时修改相同的数据，本次操作没有保存。请再试一次。")
        )
    if is_unavailable(error):
        return DatabaseUnavailable(unavailable_message(database, in_doubt=committing), in_doubt=committing)
    return None


def check_connection(workspace: Workspace) -> bool:
    """Whether the database answers now (for the GUI's reconnect loop). Never raises for a
    connection problem; stale pooled connections are discarded so the next use reconnects."""
    try:
        with workspace.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        return True
    except sa_exc.DBAPIError as error:
        if is_unavailable(error) or is_retryable(error):
            workspace.engine.dispose()
            workspace.reading_engine.dispose()
            return False
        raise


__all__ = [
    "DatabaseBusy",
    "DatabaseUnavailable",
    "backoff_delay",
    "check_connection",
    "database_error",
    "is_retryable",
    "is_unavailable",
    "run_in_transaction",
    "unavailable_message",
]
