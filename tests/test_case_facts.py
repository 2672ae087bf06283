"""What an action reads about a case in its one facts query (app.cases._case_facts): the timeline
as separation of duties reads it, and on PostgreSQL the calendar's row versions, so that the
cached calendar is used only while it is current (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.calendar_store import clock_inputs, parse_pg_versions, toggle_day
from app.cases import _case_facts, perform
from app.catalogue import regulation_spec
from app.policy import Participation
from app.users import load_actor
from app.workspace import Workspace
from db.models import Case, CaseEvent
from tests.factories import T0


def _timeline_in_table(session, case_id: int) -> list[Participation]:  # type: ignore[no-untyped-def]
    rows = session.execute(
        select(CaseEvent.action, CaseEvent.step, CaseEvent.actor_id, CaseEvent.acting_for_id).where(
            CaseEvent.case_id == case_id
        )
    )
    return sorted((Participation(*row) for row in rows), key=repr)


def test_the_facts_carry_the_timeline_as_the_table_holds_it(
    workspace: Workspace, people: dict[str, int]
) -> None:
    with workspace.transaction() as session:
        case = session.get_one(Case, people["case"])
        facts = _case_facts(session, case, regulation_spec(case.regulation))
        assert facts.timeline == (Participation("register", "S1", people["clerk"], None),)
        assert not facts.supplemented
        # An event taken for an absent holder (A/B post), one without a step or an actor.
        session.add_all(
            [
                CaseEvent(
                    case_id=case.id,
                    at=T0,
                    actor_id=people["reviewer"],
                    acting_for_id=people["clerk"],
                    action="supplement",
                    step="S1",
                    opinion="补正：缺少选址意见。",
                    details={},
                ),
                CaseEvent(case_id=case.id, at=T0, actor_id=None, action="auto_resume", step=None, details={}),
            ]
        )
        session.flush()
        facts = _case_facts(session, case, regulation_spec(case.regulation))
        assert sorted(facts.timeline, key=repr) == _timeline_in_table(session, case.id)
        assert len(facts.timeline) == 3
        assert facts.supplemented


def test_an_action_decides_on_the_timeline_it_read_with_the_case(
    workspace: Workspace, people: dict[str, int]
) -> None:
    """The clerk who accepted the case takes the next steps: the facts' timeline holds his
    acceptance, and the facts of every action match the table."""
    with workspace.transaction() as session:
        clerk = load_actor(session, people["clerk"])
        assert clerk is not None and clerk.roles == frozenset({"clerk"})
        case = session.get_one(Case, people["case"])
        perform(session, clerk, case, "accept")
    with workspace.transaction() as session:
        case = session.get_one(Case, people["case"])
        facts = _case_facts(
            session, case, regulation_spec(case.regulation), load_actor(session, people["clerk"])
        )
        assert sorted(facts.timeline, key=repr) == _timeline_in_table(session, case.id)
        assert Participation("accept", "S1", people["clerk"], None) in facts.timeline
        assert facts.lock_version == case.lock_version


def test_a_calendar_edit_reaches_the_next_action_s_clock(
    workspace: Workspace, people: dict[str, int]
) -> None:
    day = T0.date() + timedelta(days=1)  # a Tuesday: a working day until it is made a holiday
    postgresql = workspace.engine.dialect.name == "postgresql"
    with workspace.transaction() as session:
        case = session.get_one(Case, people["case"])
        before = _case_facts(session, case, regulation_spec(case.regulation))
        assert (before.calendar_versions is not None) == postgresql
        calendar, _ = clock_inputs(session, case.regulation, versions=before.calendar_versions)
        assert calendar.is_working_day(day)
    with workspace.transaction() as session:
        assert toggle_day(session, day, now=T0)[0] == "holiday"
    with workspace.transaction() as session:
        case = session.get_one(Case, people["case"])
        after = _case_facts(session, case, regulation_spec(case.regulation))
        if postgresql:
            assert after.calendar_versions != before.calendar_versions
        calendar, _ = clock_inputs(session, case.regulation, versions=after.calendar_versions)
        assert not calendar.is_working_day(day)


def test_row_versions_read_back_as_listed() -> None:
    years, cards = parse_pg_versions("2025:812:(0,3);2026:900:(1,7)", "1:77:(4,2)")
    assert years == (("year", 2025, "812", "(0,3)"), ("year", 2026, "900", "(1,7)"))
    assert cards == (("cards", 1, "77", "(4,2)"),)
    assert parse_pg_versions(None, None) == ((), ())


def test_the_case_and_its_actor_come_in_one_statement_with_all_his_roles(
    workspace: Workspace, people: dict[str, int]
) -> None:
    from app.cases import find_case_for
    from app.errors import NotFound
    from db.models import UserRole

    with workspace.transaction() as session:
        session.add_all(
            [
                UserRole(user_id=people["clerk"], role="reviewer"),
                UserRole(user_id=people["clerk"], role="leader"),
            ]
        )
    with workspace.sessions() as session:
        number = session.get_one(Case, people["case"]).number
    with workspace.sessions() as session:
        case, actor = find_case_for(session, number, people["clerk"])
        assert case.id == people["case"] and actor is not None
        assert actor.roles == frozenset({"clerk", "reviewer", "leader"})
    with workspace.sessions() as session:
        case, actor = find_case_for(session, f" {number} ", 999_999)
        assert case.id == people["case"] and actor is None
        with pytest.raises(NotFound, match="没有编号为"):
            find_case_for(session, "湘发改受〔2099〕99999号", people["clerk"])
