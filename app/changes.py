"""Live change notification between desks, without Qt.

When one desk changes a case, every other desk's case list, case view and dashboard must show it
within two seconds. Writers *announce* what they changed; readers *poll* a `ChangeFeed`.

- PostgreSQL: `announce` is `pg_notify('sunlight_changes', 'case:42')` inside the writing
  transaction, so the notice is delivered at COMMIT and dropped on rollback (PostgreSQL also folds
  identical notices of one transaction into one). The feed holds one dedicated autocommit psycopg
  connection that LISTENs on the channel.
- SQLite: there is no server to notify through, so `announce` does nothing. The feed keeps one
  dedicated connection and polls `PRAGMA data_version`, which changes whenever *another*
  connection commits (a few microseconds per poll). When it moved, the new audit rows (every change
  of state writes one) say which cases changed.

Services need not call `announce` for cases: `install_change_announcements(sessionmaker)` hooks
the session's flush so that every written row of `cases` (or of its timeline, clock ledger and
materials) is announced as `case:<id>`; those notices ride on the transaction's audit statement
just before COMMIT (app.audit.carry_notices). Other entities may be announced explicitly.

Keys are "<entity>:<key>", e.g. "case:42"; `ALL` ("*") means "anything may have changed, reload
everything" (after a reconnect, or a change the feed cannot attribute).

For the GUI, `LiveRefresh` wraps a feed for a QTimer (or a worker thread): `tick()` never blocks
longer than asked, never raises for a lost connection, reconnects by itself, and reports the state
the banner needs.
"""

from __future__ import annotations

import logging
import select as io_select
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app import audit
from app.retry import DatabaseUnavailable, unavailable_message
from db.engine import SQLITE_BUSY_TIMEOUT_MS, is_sqlite, sqlite_file
from db.models import AuditEvent, Case, CaseEvent, CaseMaterial, ClockEvent

CHANNEL = "sunlight_changes"
ALL = "*"
HEALTH_CHECK_EVERY = 1.0  # seconds between liveness checks of an idle LISTEN connection
MAX_PAYLOAD = 7900  # PostgreSQL's limit on a NOTIFY payload is 8000 bytes
_PENDING_KEY = "sunlight_announced"

log = logging.getLogger(__name__)


def case_key(case_id: int) -> str:
    return f"case:{case_id}"


def announce(session: Session, entity: str, key: str | int) -> None:
    """Tell the other desks, when this transaction commits, that `entity` `key` changed.

    A no-op on SQLite (readers there watch `PRAGMA data_version`)."""
    _notify(session, [f"{entity}:{key}"])


def _notify(session: Session, keys: Iterable[str]) -> None:
    keys = sorted(set(keys))
    if not keys or session.get_bind().dialect.name != "postgresql":
        return
    # One round trip for all keys of a flush.
    session.connection().execute(
        text("SELECT pg_notify(:channel, k) FROM unnest(CAST(:keys AS text[])) AS k"),
        {"channel": CHANNEL, "keys": [k[:MAX_PAYLOAD] for k in keys]},
    )


_CASE_CHILDREN = (CaseEvent, ClockEvent, CaseMaterial)


def _changed_case_ids(session: Session) -> set[int]:
    ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Case):
            if obj.id is not None:
                ids.add(obj.id)
        elif isinstance(obj, _CASE_CHILDREN):
            case_id = obj.__dict__.get("case_id")
            if case_id is not None:
                ids.add(case_id)
    return ids


def _after_flush(session: Session, _flush_context: Any) -> None:
    # The new/dirty/deleted collections still show what this flush wrote; new cases have their id.
    announce_cases(session, _changed_case_ids(session))


def announce_cases(session: Session, ids: Iterable[int]) -> None:
    """Tell the other desks, with this transaction's audit statement (PostgreSQL), that the cases
    `ids` changed: what a flush of their rows announces by itself, for a service that writes
    them without one (app.cases on PostgreSQL)."""
    ids = set(ids)
    if not ids or session.get_bind().dialect.name != "postgresql":
        return
    announced: set[int] = session.info.setdefault(_PENDING_KEY, set())
    fresh = ids - announced
    if fresh:
        announced.update(fresh)
        # Sent with the audit statement just before COMMIT, not a round trip of their own.
        audit.carry_notices(session, CHANNEL, (case_key(i)[:MAX_PAYLOAD] for i in fresh))


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING_KEY, None)


def install_change_announcements(factory: sessionmaker[Session]) -> None:
    """Announce every committed change of a case written through sessions of `factory`."""
    if event.contains(factory, "after_flush", _after_flush):
        return
    event.listen(factory, "after_flush", _after_flush)
    # A NOTIFY belongs to its transaction: forget what was announced when it ends either way.
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)


# --- the feed -----------------------------------------------------------------------------------------


class ChangeFeed:
    """Changes committed by other desks (and by this one), polled on a dedicated connection.

    `poll(timeout)` waits up to `timeout` seconds for the first change and returns every key that
    arrived, or an empty set. Raises `DatabaseUnavailable` when the connection is lost; the next
    `poll` reconnects and, once connected again, returns {ALL}: what changed meanwhile is unknown.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.backend = "sqlite" if is_sqlite(url) else "postgresql"
        self._pg: Any = None
        self._sqlite: sqlite3.Connection | None = None
        self._data_version: int | None = None
        self._last_seq = 0
        self._lost = False
        self._pending: set[str] = set()
        self._last_check = 0.0

    # connection handling

    @property
    def display_name(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def connect(self) -> None:
        if self.backend == "postgresql":
            self._connect_pg()
        else:
            self._connect_sqlite()

    def _connect_pg(self) -> None:
        import psycopg

        conninfo = make_url(self.url).set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            connection = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
            # Notices that arrive while a query runs (the health check) are kept too.
            connection.add_notify_handler(lambda notice: self._pending.add(notice.payload or ALL))
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise DatabaseUnavailable(unavailable_message(self.display_name)) from error
        self._pg = connection

    def _connect_sqlite(self) -> None:
        path = sqlite_file(self.url)
        target = str(path) if path is not None else ":memory:"
        try:
            connection = sqlite3.connect(
                target, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            self._data_version = connection.execute("PRAGMA data_version").fetchone()[0]
            self._last_seq = connection.execute("SELECT coalesce(max(seq), 0) FROM audit_events").fetchone()[
                0
            ]
        except sqlite3.Error as error:
            raise DatabaseUnavailable(unavailable_message(self.display_name)) from error
        self._sqlite = connection

    @property
    def connected(self) -> bool:
        return self._pg is not None or self._sqlite is not None

    def close(self) -> None:
        for connection in (self._pg, self._sqlite):
            if connection is not None:
                try:
                    connection.close()
                except Exception:
                    log.debug("closing the change feed's connection failed", exc_info=True)
        self._pg = self._sqlite = None

    def __enter__(self) -> ChangeFeed:
        self.connect()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # polling

    def poll(self, timeout: float = 0.0) -> set[str]:
        try:
            if not self.connected:
                self.connect()
                if self._lost:
                    self._lost = False
                    return {ALL}
            if self.backend == "postgresql":
                return self._poll_pg(timeout)
            return self._poll_sqlite(timeout)
        except DatabaseUnavailable:
            self._lost = True
            self.close()
            raise

    def _poll_pg(self, timeout: float) -> set[str]:
        import psycopg

        try:
            if self._pg.closed or self._pg.broken:
                raise psycopg.OperationalError("the listening connection is closed")
            if not self._pending:
                # Wait for the socket to have something (a notice, or EOF when the server left).
                readable, _, _ = io_select.select([self._pg.fileno()], [], [], max(timeout, 0.0))
                if readable or time.monotonic() - self._last_check >= HEALTH_CHECK_EVERY:
                    # Reading a reply processes the queued notices (the handler collects them)
                    # and proves the server is still there.
                    self._last_check = time.monotonic()
                    self._pg.execute("SELECT 1")
        except (psycopg.Error, OSError, ValueError) as error:
            raise DatabaseUnavailable(unavailable_message(self.display_name)) from error
        keys = set(self._pending)
        self._pending.clear()
        return keys

    def _poll_sqlite(self, timeout: float) -> set[str]:
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            keys = self._sqlite_changes()
            if keys or time.monotonic() >= deadline:
                return keys
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))

    def _sqlite_changes(self) -> set[str]:
        assert self._sqlite is not None
        try:
            version = self._sqlite.execute("PRAGMA data_version").fetchone()[0]
            if version == self._data_version:
                return set()
            self._data_version = version
            rows = self._sqlite.execute(
                "SELECT seq, case_id, entity_type, entity_key FROM audit_events WHERE seq > ? ORDER BY seq",
                (self._last_seq,),
            ).fetchall()
        except sqlite3.Error as error:
            raise DatabaseUnavailable(unavailable_message(self.display_name)) from error
        if not rows:
            return {ALL}  # a commit that wrote no audit row: cannot say what changed
        self._last_seq = rows[-1][0]
        return {
            case_key(case_id) if case_id is not None else f"{entity}:{key}"
            for _, case_id, entity, key in rows
        }


def latest_audit_seq(session: Session) -> int:
    """The last audit row's sequence: a cheap "anything changed since?" counter on any backend."""
    return int(session.scalar(select(func.coalesce(func.max(AuditEvent.seq), 0))) or 0)


# --- the GUI adapter -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefreshState:
    """What one `LiveRefresh.tick()` found, for the views and the banner."""

    connected: bool
    changed: frozenset[str] = frozenset()
    message: str = ""  # the banner text while disconnected, "" when connected
    reconnected: bool = False  # the connection just came back: reload everything

    def touches_case(self, case_id: int) -> bool:
        return ALL in self.changed or case_key(case_id) in self.changed

    @property
    def any_case(self) -> bool:
        return ALL in self.changed or any(k.startswith("case:") for k in self.changed)


@dataclass
class LiveRefresh:
    """A change feed for a GUI timer: call `tick()` every ~0.5 s (QTimer on the GUI thread; the
    wait is 0 so it never blocks), or `tick(wait=1.0)` in a loop on a worker thread.

    Subscribers get the set of changed keys; `RefreshState` also tells the banner whether the
    database is reachable. While disconnected it tries to reconnect every `retry_every` seconds."""

    url: str
    retry_every: float = 2.0
    clock: Callable[[], float] = time.monotonic
    _feed: ChangeFeed = field(init=False)
    _subscribers: list[Callable[[frozenset[str]], None]] = field(default_factory=list, init=False)
    _down_since: float | None = field(default=None, init=False)
    _next_try: float = field(default=0.0, init=False)
    _message: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self._feed = ChangeFeed(self.url)

    def subscribe(self, callback: Callable[[frozenset[str]], None]) -> None:
        self._subscribers.append(callback)

    @property
    def connected(self) -> bool:
        return self._down_since is None

    def tick(self, wait: float = 0.0) -> RefreshState:
        now = self.clock()
        if self._down_since is not None and now < self._next_try:
            return RefreshState(False, message=self._message)
        was_down = self._down_since is not None
        try:
            keys = self._feed.poll(wait)
        except DatabaseUnavailable as error:
            if self._down_since is None:
                self._down_since = now
            self._message = error.message
            self._next_try = now + self.retry_every
            return RefreshState(False, message=self._message)
        if was_down:
            self._down_since = None
            self._message = ""
            keys = {ALL}
        changed = frozenset(keys)
        if changed:
            for callback in list(self._subscribers):
                callback(changed)
        return RefreshState(True, changed, reconnected=was_down)

    def close(self) -> None:
        self._feed.close()


__all__ = [
    "ALL",
    "CHANNEL",
    "ChangeFeed",
    "LiveRefresh",
    "RefreshState",
    "announce",
    "case_key",
    "install_change_announcements",
    "latest_audit_seq",
]
