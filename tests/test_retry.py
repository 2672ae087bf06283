"""run_in_transaction: retries what the database asks to retry, and names what it cannot."""

from __future__ import annotations

import sqlite3
import threading

import psycopg.errors
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import OperationalError

from app import retry
from app.errors import InvalidInput
from app.retry import DatabaseBusy, DatabaseUnavailable, run_in_transaction
from app.settings import write_setting
from app.workspace import Workspace
from db.engine import create_database_engine, create_session_factory
from db.models import Setting
from tests.pg_databases import pg_admin_url


def _conflict(backend: str) -> OperationalError:
    if backend == "postgresql":
        orig: Exception = psycopg.errors.SerializationFailure("could not serialize access")
    else:
        orig = sqlite3.OperationalError("database is locked")
    return OperationalError("COMMIT", {}, orig)


def test_retries_a_conflict_then_succeeds_and_keeps_only_the_last_attempt(
    workspace: Workspace, backend: str
) -> None:
    calls = []

    def work(session):  # type: ignore[no-untyped-def]
        calls.append(1)
        session.add(Setting(key=f"attempt{len(calls)}", value="1"))
        session.flush()
        if len(calls) < 3:
            raise _conflict(backend)
        return "done"

    assert run_in_transaction(workspace, work, sleep=lambda _s: None) == "done"
    assert len(calls) == 3
    with workspace.sessions() as session:
        keys = set(session.scalars(select(Setting.key).where(Setting.key.like("attempt%"))))
    assert keys == {"attempt3"}  # the failed attempts were rolled back


def test_gives_up_with_a_chinese_message(workspace: Workspace, backend: str) -> None:
    delays: list[float] = []

    def work(session):  # type: ignore[no-untyped-def]
        raise _conflict(backend)

    with pytest.raises(DatabaseBusy) as error:
        run_in_transaction(workspace, work, attempts=4, sleep=delays.append)
    assert "重试 4 次" in error.value.message and "没有保存" in error.value.message
    assert len(delays) == 3 and all(0 <= d <= 1.0 for d in delays)


def test_a_single_transaction_says_busy_or_unavailable_instead_of_a_driver_error(
    workspace: Workspace, backend: str
) -> None:
    """`Workspace.transaction()` runs nothing again, but the screens that use it show the same
    plain messages as `run_in_transaction`'s, and keep nothing of the transaction."""
    with pytest.raises(DatabaseBusy) as busy, workspace.transaction() as session:
        session.add(Setting(key="single", value="1"))
        session.flush()
        raise _conflict(backend)
    assert "请再试一次" in busy.value.message and "没有保存" in busy.value.message
    with workspace.sessions() as session:
        assert session.get(Setting, "single") is None
    dead = _workspace_for("postgresql+psycopg://postgres@127.0.0.1:1/sunlight")
    try:
        with pytest.raises(DatabaseUnavailable) as lost, dead.transaction() as session:
            session.execute(text("SELECT 1"))
        assert not lost.value.in_doubt and "无法连接" in lost.value.message
    finally:
        dead.close()


def test_domain_errors_pass_through_and_roll_back(workspace: Workspace) -> None:
    def work(session):  # type: ignore[no-untyped-def]
        write_setting(session, _spec(), "x")
        raise InvalidInput("请填写申请人名称。")

    with pytest.raises(InvalidInput):
        run_in_transaction(workspace, work)
    with workspace.sessions() as session:
        assert session.get(Setting, "retry_probe") is None


def _spec():  # type: ignore[no-untyped-def]
    from app.settings import SettingSpec

    return SettingSpec("retry_probe", "", "")


def test_a_real_deadlock_is_retried(workspace: Workspace, backend: str) -> None:
    """Two desks lock two rows in opposite orders: PostgreSQL kills one with 'deadlock detected'
    (SQLite's BEGIN IMMEDIATE serialises them instead); both end up applied, once."""
    with workspace.transaction() as session:
        session.add_all([Setting(key="row_a", value="0"), Setting(key="row_b", value="0")])
    barrier = threading.Barrier(2, timeout=10)
    attempts = {"ab": 0, "ba": 0}
    errors: list[BaseException] = []

    def desk(order: tuple[str, str], name: str) -> None:
        def work(session):  # type: ignore[no-untyped-def]
            attempts[name] += 1
            first, second = order
            session.execute(
                text("UPDATE settings SET value = value || :n WHERE key = :k"), {"n": name, "k": first}
            )
            if attempts[name] == 1 and backend == "postgresql":
                barrier.wait()
            session.execute(
                text("UPDATE settings SET value = value || :n WHERE key = :k"), {"n": name, "k": second}
            )

        try:
            run_in_transaction(workspace, work, attempts=5)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=desk, args=(("row_a", "row_b"), "ab")),
        threading.Thread(target=desk, args=(("row_b", "row_a"), "ba")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    with workspace.sessions() as session:
        values = {s.key: s.value for s in session.scalars(select(Setting).where(Setting.key.like("row_%")))}
    for value in values.values():
        assert sorted([value.count("ab"), value.count("ba")]) == [1, 1]  # each desk applied once
    if backend == "postgresql":
        assert sum(attempts.values()) == 3  # exactly one was chosen as the deadlock victim


def _workspace_for(url: str) -> Workspace:
    engine = create_database_engine(url)
    reading = create_database_engine(url, for_reading=True)
    return Workspace(url, engine, create_session_factory(engine), reading, create_session_factory(reading))


def test_unreachable_server_is_database_unavailable() -> None:
    dead = _workspace_for("postgresql+psycopg://postgres@127.0.0.1:1/sunlight")
    try:
        with pytest.raises(DatabaseUnavailable) as error:
            run_in_transaction(dead, lambda session: session.execute(text("SELECT 1")))
        assert not error.value.in_doubt
        assert "无法连接" in error.value.message and "没有保存" in error.value.message
        assert retry.check_connection(dead) is False
    finally:
        dead.close()


def test_unopenable_sqlite_file_is_database_unavailable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    dead = _workspace_for(f"sqlite:///{folder}")
    try:
        with pytest.raises(DatabaseUnavailable):
            run_in_transaction(dead, lambda session: session.execute(text("SELECT 1")))
    finally:
        dead.close()


def test_connection_lost_at_commit_is_in_doubt(workspace: Workspace, backend: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL: the server ends the session while COMMIT is under way. SQLite has no connection
    to lose; its counterpart is the storage failing during COMMIT (a database on a shared folder
    whose share drops), which the driver reports as "disk I/O error" from commit()."""
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT") if backend == "postgresql" else None

    def work(session):  # type: ignore[no-untyped-def]
        session.add(Setting(key="in_doubt", value="1"))
        session.flush()
        if admin is not None:
            pid = session.scalar(text("SELECT pg_backend_pid()"))
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})

    if admin is None:
        dialect = workspace.engine.dialect
        real_commit = dialect.do_commit
        failures = []

        def failing_commit(dbapi_connection):  # type: ignore[no-untyped-def]
            if not failures:  # once: the retried check below must reach the database again
                failures.append(1)
                dbapi_connection.rollback()  # SQLite's journal undoes the half-written commit
                raise sqlite3.OperationalError("disk I/O error")
            real_commit(dbapi_connection)

        monkeypatch.setattr(dialect, "do_commit", failing_commit)
    try:
        with pytest.raises(DatabaseUnavailable) as error:
            run_in_transaction(workspace, work)
    finally:
        if admin is not None:
            admin.dispose()
    assert error.value.in_doubt and "刷新" in error.value.message and "可能已完成" in error.value.message
    # The database rolled back the interrupted transaction: not saved, and the pool recovers.
    with workspace.sessions() as session:
        assert session.get(Setting, "in_doubt") is None
    assert retry.check_connection(workspace)
    run_in_transaction(workspace, lambda session: session.add(Setting(key="after", value="1")))
    with workspace.sessions() as session:
        assert session.get(Setting, "after") is not None


def test_backoff_is_jittered_and_capped() -> None:
    delays = {retry.backoff_delay(a) for a in range(1, 20)}
    assert len(delays) > 5 and max(delays) <= 1.0
