"""`registration_start`: the registering user and the regulation version a new case is opened
under, as `load_actor` and `regulation_for_new_case` give them (on PostgreSQL in one statement)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.cases import ApplicantDetails, register_case, registration_start, regulation_for_new_case
from app.errors import InvalidInput, NotFound
from app.users import load_actor
from app.workspace import Workspace
from db.models import Regulation
from tests.factories import make_division, make_user
from tests.test_statement_budget import counting

SPRING = datetime(2026, 3, 2, 9, tzinfo=UTC)
SUMMER = datetime(2026, 7, 1, 9, tzinfo=UTC)


@pytest.fixture
def clerk(workspace: Workspace) -> int:
    """A clerk who also reviews, and a second version of QL-01 in force from 1 June 2026."""
    with workspace.transaction() as session:
        user = make_user(session, make_division(session, "TZC"), "clerk1", ("clerk", "reviewer"))
        first = session.scalars(select(Regulation).where(Regulation.code == "QL-01")).one()
        session.add(
            Regulation(
                code=first.code,
                version=2,
                title=first.title + "（修订）",
                category=first.category,
                kind=first.kind,
                group_name=first.group_name,
                division_id=first.division_id,
                effective_from=date(2026, 6, 1),
                definition=first.definition,
                content_hash="",
                imported_at=first.imported_at,
            )
        )
        return user.id


@pytest.mark.parametrize(("on", "version"), [(SPRING, 1), (SUMMER, 2)])
def test_it_gives_what_the_two_look_ups_give(
    workspace: Workspace, clerk: int, on: datetime, version: int
) -> None:
    with workspace.sessions() as session:
        expected_actor = load_actor(session, clerk)
        expected = regulation_for_new_case(session, "QL-01", on)
        assert expected_actor is not None
        expected_roles, expected_regulation = expected_actor.roles, (expected.id, expected.version)
    with workspace.sessions() as session:
        actor, regulation = registration_start(session, clerk, " ql-01 ", on)
        assert actor is not None
        assert (actor.id, actor.login, actor.roles) == (clerk, "clerk1", expected_roles)
        assert (regulation.id, regulation.version) == expected_regulation
        assert regulation.version == version
        assert regulation.definition == expected.definition
        assert regulation.effective_from <= on.date()
        # ... and a case can be registered with them, under that version
        case = register_case(
            session,
            actor=actor,
            regulation=regulation,
            applicant=ApplicantDetails(name="长沙示例新能源有限公司"),
            subject="示例风电场项目",
        )
        session.commit()
        assert case.regulation.version == version and case.received_by_id == clerk


def test_on_postgresql_both_come_in_one_statement(workspace: Workspace, clerk: int) -> None:
    with workspace.sessions() as session, counting(workspace) as statements:
        registration_start(session, clerk, "QL-01", SPRING)
    assert len(statements) == (1 if workspace.engine.dialect.name == "postgresql" else 2), statements


@pytest.mark.parametrize(
    ("code", "on", "refusal", "words"),
    [
        ("QL-99", SPRING, NotFound, "没有编号为“QL-99”且已生效的事项"),
        (
            "QL-01",
            datetime(2020, 1, 1, tzinfo=UTC),
            InvalidInput,
            "自2026年1月1日起施行，2020年1月1日接收的申请",
        ),
        ("BZ-03", SPRING, InvalidInput, "是配套保障制度，不能据此登记办件"),
    ],
)
def test_it_refuses_as_the_regulation_look_up_does(
    workspace: Workspace, clerk: int, code: str, on: datetime, refusal: type[Exception], words: str
) -> None:
    with workspace.sessions() as session:
        with pytest.raises(refusal) as refused:
            regulation_for_new_case(session, code, on)
        assert words in refused.value.message  # type: ignore[attr-defined]
    with workspace.sessions() as session:
        with pytest.raises(refusal) as refused_too:
            registration_start(session, clerk, code, on)
        assert refused_too.value.message == refused.value.message  # type: ignore[attr-defined]


def test_a_user_already_in_the_session_is_that_same_object(workspace: Workspace, clerk: int) -> None:
    with workspace.sessions() as session:
        loaded = load_actor(session, clerk)
        actor, regulation = registration_start(session, clerk, "QL-01", SUMMER)
        assert actor is loaded and regulation.version == 2


def test_a_user_who_is_gone_is_none_as_load_actor_says(workspace: Workspace, clerk: int) -> None:
    with workspace.sessions() as session:
        actor, regulation = registration_start(session, clerk + 1000, "QL-01", SPRING)
        assert actor is None and regulation.version == 1
