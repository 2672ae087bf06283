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


def _columns(row: object) -> dict[str, object]:
    table = row.__table__  # type: ignore[attr-defined]
    return {column.key: getattr(row, column.key) for column in table.columns}


def test_a_case_read_for_an_action_is_the_case_as_stored_with_its_facts(
    workspace: Workspace, people: dict[str, int]
) -> None:
    """`find_case_for` (on PostgreSQL one statement, built without the ORM's loading) gives the
    case, its regulation and the actor as the ORM reads them, and the facts it read with them
    are the facts the action would read itself."""
    from app.cases import ActionInput, _prefetched_facts, find_case_for
    from app.users import declare_recusal

    with workspace.transaction() as session:
        clerk = load_actor(session, people["clerk"])
        assert clerk is not None
        case = session.get_one(Case, people["case"])
        perform(session, clerk, case, "accept")  # a clock event with its instant
        declare_recusal(
            session, actor=clerk, reason="申请单位法定代表人系本人近亲属。", applicant_name="他人公司"
        )
        number = case.number
    with workspace.sessions() as session:
        case, actor = find_case_for(session, number, people["clerk"])
        assert actor is not None
        read = _prefetched_facts(session, case, actor)
        assert (read is not None) == (workspace.engine.dialect.name == "postgresql")
        got = (_columns(case), _columns(case.regulation), _columns(actor), actor.roles)
        assert not session.dirty and not session.new
    with workspace.sessions() as session:
        stored_case = session.get_one(Case, people["case"])
        stored_actor = load_actor(session, people["clerk"])
        assert stored_actor is not None
        assert got == (
            _columns(stored_case),
            _columns(stored_case.regulation),
            _columns(stored_actor),
            stored_actor.roles,
        )
        assert got[0]["received_at"].tzinfo is not None  # type: ignore[union-attr]
        if read is not None:
            spec = regulation_spec(stored_case.regulation)
            queried = _case_facts(session, stored_case, spec, stored_actor)
            assert read.ledger == queried.ledger and read.ledger[0].kind == "start"
            assert read.ledger[0].at.tzinfo is not None
            assert sorted(read.timeline, key=repr) == sorted(queried.timeline, key=repr)
            assert (read.lock_version, read.recusals) == (queried.lock_version, queried.recusals)
            assert read.recusals == {stored_actor.id: None}  # his recusal covers another applicant
            assert read.calendar_versions == queried.calendar_versions
            assert queried.division_ids.items() <= read.division_ids.items()
    with workspace.transaction() as session:
        case, actor = find_case_for(session, number, people["clerk"])
        assert actor is not None
        result = perform(session, actor, case, "pass", ActionInput(opinion="材料齐全，同意受理。"))
        assert result.status == "in_progress"


def test_what_was_read_with_the_case_is_not_trusted_once_the_session_changed_something(
    workspace: Workspace, people: dict[str, int]
) -> None:
    """A recusal declared after the case was read for the action, in the same transaction, is
    seen by the action: the facts read with the case are dropped by the flush."""
    from app.cases import ActionInput, find_case_for
    from app.errors import PermissionDenied
    from app.users import declare_recusal

    with workspace.sessions() as session:
        number = session.get_one(Case, people["case"]).number
    with workspace.transaction() as session:
        case, clerk = find_case_for(session, number, people["clerk"])
        assert clerk is not None
        declare_recusal(session, actor=clerk, reason="本人系申请单位股东。", case=case)
        with pytest.raises(PermissionDenied, match="回避"):
            perform(session, clerk, case, "accept", ActionInput())
        session.rollback()


def test_a_case_already_in_the_session_is_the_one_found(workspace: Workspace, people: dict[str, int]) -> None:
    from app.cases import find_case_for

    with workspace.sessions() as session:
        case = session.get_one(Case, people["case"])
        clerk = load_actor(session, people["clerk"])
        found, actor = find_case_for(session, case.number, people["clerk"])
        assert found is case and actor is clerk


def test_a_case_read_for_an_action_brings_its_materials_checklist_and_changes_to_it_are_kept(
    workspace: Workspace, people: dict[str, int]
) -> None:
    """On PostgreSQL the checklist comes with the case in `find_case_for`'s one statement: the
    lines are those stored, in their order, and an action that marks them (a one-time supplement
    notice, then acceptance once the material is in) writes them."""
    from app.cases import ActionInput, MaterialCheck, find_case_for
    from db.models import CaseMaterial

    def stored() -> list[dict[str, object]]:
        with workspace.sessions() as session:
            lines = session.scalars(
                select(CaseMaterial).where(CaseMaterial.case_id == people["case"]).order_by(CaseMaterial.id)
            )
            return [_columns(line) for line in lines]

    before = stored()
    assert len(before) >= 2 and all(line["status"] == "received" for line in before)
    first = str(before[0]["code"])
    # The checklist as the clerk ticks it: every line, the first one now found wanting.
    rest = tuple(MaterialCheck(str(line["code"]), "received", int(line["copies"])) for line in before[1:])  # type: ignore[call-overload]
    with workspace.sessions() as session:
        number = session.get_one(Case, people["case"]).number
    with workspace.transaction() as session:
        case, clerk = find_case_for(session, number, people["clerk"])
        assert clerk is not None
        assert [_columns(line) for line in case.materials] == before
        perform(
            session,
            clerk,
            case,
            "supplement",
            ActionInput(
                opinion="请补正。", materials=(MaterialCheck(first, "missing", 0, "未盖公章"), *rest)
            ),
        )
    after = stored()
    assert (after[0]["status"], after[0]["copies"], after[0]["note"]) == ("missing", 0, "未盖公章")
    assert after[1:] == before[1:]
    with workspace.transaction() as session:
        case, clerk = find_case_for(session, number, people["clerk"])
        assert clerk is not None and case.materials[0].status == "missing"
        perform(
            session,
            clerk,
            case,
            "accept",
            ActionInput(materials=(MaterialCheck(first, "received", 2), *rest)),
        )
    assert stored()[0]["status"] == "received" and stored()[0]["copies"] == 2
    with workspace.sessions() as session:
        assert session.get_one(Case, people["case"]).status == "in_progress"


def test_a_regulation_definition_read_once_is_not_sent_again_until_its_row_changes(
    workspace: Workspace, people: dict[str, int]
) -> None:
    """On PostgreSQL a desk's reads name the regulation versions whose definitions its process
    holds, and the server leaves those out: the next read shares the definition already read
    (and its typed view); a definition changed in the table, even in place, is read anew."""
    from sqlalchemy import update

    from app.cases import find_case_for, registration_start
    from db.models import Regulation

    with workspace.sessions() as session:
        stored = session.get_one(Case, people["case"])
        number, code, on = stored.number, stored.regulation.code, stored.received_at
        definition = dict(stored.regulation.definition)

    def read() -> tuple[dict[str, object], object]:
        with workspace.sessions() as session:
            case, _ = find_case_for(session, number, people["clerk"])
            return case.regulation.definition, regulation_spec(case.regulation)

    first, first_spec = read()
    again, again_spec = read()
    assert first == again == definition
    shared = workspace.engine.dialect.name == "postgresql"
    assert (again is first) == shared and (again_spec is first_spec) == shared
    with workspace.sessions() as session:  # a registration's read shares it too
        _, in_force = registration_start(session, people["clerk"], code, on)
        assert in_force is not None and in_force.definition == definition
        assert (in_force.definition is first) == shared
    renamed = {**definition, "title": "定义在表中被改动后的标题"}
    with workspace.transaction() as session:
        regulation_id = session.get_one(Case, people["case"]).regulation_id
        session.execute(update(Regulation).where(Regulation.id == regulation_id).values(definition=renamed))
    changed, changed_spec = read()
    assert changed == renamed and changed is not first
    assert changed_spec.title == "定义在表中被改动后的标题" != first_spec.title  # type: ignore[attr-defined]
    with workspace.sessions() as session:
        assert session.get_one(Regulation, regulation_id).definition == renamed


def test_the_definitions_held_are_the_latest_read_and_what_a_read_names_agrees_with_them() -> None:
    from app.cases import _DefinitionsRead

    definitions = _DefinitionsRead()
    assert definitions.held == ({}, "")
    versions = [f"{n}:7{n}:(0,{n})" for n in range(_DefinitionsRead.LIMIT + 3)]
    for n, version in enumerate(versions):
        definitions.keep(version, {"code": f"QL-{n:02d}"})
    held, known = definitions.held
    assert list(held) == versions[3:]  # the oldest three read are let go
    assert known.split(";") == versions[3:]
    before = definitions.held
    definitions.keep("99:1:(9,9)", {"code": "QL-99"})
    assert "99:1:(9,9)" not in before[0] and before[1] == known  # a pair once taken stays as it was
