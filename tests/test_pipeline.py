"""db.pipeline on PostgreSQL: an action's statements, BEGIN and COMMIT in one round trip, each
statement prepared once per connection, and what happens when the server answers an error, has
forgotten a statement, or the desk is interrupted half way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text
from sqlalchemy.orm import Session

import db.pipeline
from app.audit import verify_chain
from app.cases import ActionInput, ApplicantDetails, find_case, find_case_for, perform, register_case
from app.catalogue import regulation_in_force
from app.retry import run_in_transaction
from app.users import load_actor
from app.workspace import Workspace
from db.models import Case, User
from db.pipeline import PREPARED_KEY, run_pipeline
from tests.bench.bench_desks import JOURNEY, prepare
from tests.conftest import postgresql_only
from tests.test_statement_budget import _journey


def _server_statements(workspace: Workspace) -> list[str]:
    with workspace.sessions() as session:
        return list(session.scalars(text("SELECT name FROM pg_prepared_statements ORDER BY name")))


@postgresql_only
def test_each_statement_is_prepared_once_per_connection_and_psycopg_prepares_none(
    workspace: Workspace,
) -> None:
    prepare(workspace.url)
    _journey(workspace, 0)  # first use: caches are filled, some statements go on their own
    _journey(workspace, 1)
    warm = _server_statements(workspace)
    with workspace.sessions() as session:  # later cases' ids no longer fit in a smallint
        session.execute(text("SELECT setval(pg_get_serial_sequence('cases', 'id'), 40000)"))
        session.commit()
    for n in range(2, 5):
        _journey(workspace, n)
    assert warm, "an action's statements are prepared on the server"
    # The same statements, prepared once, serve every later action: not one per mix of
    # parameter types (psycopg types an int by its size), nor one of psycopg's own.
    assert _server_statements(workspace) == warm
    assert all(name.startswith("sunlight_") for name in warm), warm


@postgresql_only
def test_a_statement_the_server_forgot_is_prepared_again_and_the_action_retried(
    workspace: Workspace,
) -> None:
    prepare(workspace.url)
    number, _ = _journey(workspace, 0)
    with workspace.sessions() as session:
        session.execute(text("DEALLOCATE ALL"))  # as a pooler or an administrator might
        session.commit()
    assert _server_statements(workspace) == []
    # The next journey meets "prepared statement does not exist" on its first action, forgets the
    # connection's statements, and is run again: every action lands once.
    second, counts = _journey(workspace, 1)
    assert len(counts) == 1 + len(JOURNEY)
    with workspace.sessions() as session:
        assert find_case(session, second).status == "closed"
        assert find_case(session, second).lock_version == find_case(session, number).lock_version
    assert _server_statements(workspace)


@postgresql_only
def test_an_error_answered_in_a_pipeline_leaves_the_connection_usable(workspace: Workspace) -> None:
    with workspace.sessions() as session:
        connection = session.connection()
        with pytest.raises(sa_exc.DBAPIError) as failed:
            run_pipeline(connection, [("SELECT 1 / %(zero)s::int", {"zero": 0})], commit=True)
        assert failed.value.orig.sqlstate == "22012"  # division by zero
        session.rollback()
        connection = session.connection()
        with pytest.raises(sa_exc.DBAPIError) as failed:
            run_pipeline(connection, [("SELEC 1", {})])
        assert failed.value.orig.sqlstate == "42601"  # syntax error: nothing was prepared
        prepared = connection.connection.info[PREPARED_KEY]
        assert b"SELEC 1" not in prepared.names
        session.rollback()
        connection = session.connection()
        assert run_pipeline(connection, [("SELECT %(n)s::int + 1", {"n": 41})], commit=True) == (42,)
        assert run_pipeline(session.connection(), [("SELECT 1 / %(zero)s::int", {"zero": 1})]) == (1,)


def _register(workspace: Workspace, users: dict[str, int]) -> str:
    def register(session):  # type: ignore[no-untyped-def]
        return register_case(
            session,
            actor=load_actor(session, users["clerk1"]),
            regulation=regulation_in_force(session, "QL-01", date(2026, 3, 2)),
            applicant=ApplicantDetails(name="中断测试有限公司"),
            subject="中断测试",
        ).number

    return run_in_transaction(workspace, register)


def _accept(number: str, users: dict[str, int]) -> Callable[[Session], object]:
    def accept(session: Session) -> object:
        case, actor = find_case_for(session, number, users["clerk1"])
        return perform(session, actor, case, "accept", ActionInput())

    return accept


@postgresql_only
def test_a_desk_interrupted_while_waiting_for_the_commit_did_the_action_once_or_not_at_all(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare(workspace.url)
    with workspace.sessions() as session:
        users = {u.login: u.id for u in session.scalars(select(User))}
    number = _register(workspace, users)
    version = select(Case.lock_version).where(Case.number == number)
    with workspace.sessions() as session:
        before = session.scalar(version)

    def interrupted(fd: int, *, writable: bool) -> None:
        raise KeyboardInterrupt  # Ctrl-C, or the desk's process told to stop, mid-action

    accept = _accept(number, users)

    def accept_interrupted(session: Session) -> object:
        case, actor = find_case_for(session, number, users["clerk1"])
        monkeypatch.setattr(db.pipeline, "_wait", interrupted)  # the read went through; the write won't
        return perform(session, actor, case, "accept", ActionInput())

    with pytest.raises(KeyboardInterrupt):
        run_in_transaction(workspace, accept_interrupted)
    monkeypatch.undo()
    with workspace.sessions() as session:
        after = session.scalar(version)
    assert after in (before, before + 1), "once or not at all"
    if after == before:
        run_in_transaction(workspace, accept)  # not at all: the desk takes the action again
    with workspace.sessions() as session:  # on a new connection: the interrupted one was closed
        case = find_case(session, number)
        assert (case.lock_version, case.status) == (before + 1, "in_progress")
        assert verify_chain(session).ok
