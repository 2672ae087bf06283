"""Case handling through the services, on both backends: whole journeys and every refusal path.

The test catalogue (tests/data/catalogue/valid): QL-01 企业投资项目核准 is an application of 20
working days (promised 15, +10 by a leader) with S1 受理审查 (clerk), S2 委托评估 (clerk,
clock-excluded), S3 处室审核 (reviewer), S4 合法性审查 (FGC reviewer), S5 委领导审批 (leader);
QL-02 以工代赈资金安排 is ex officio, 60 natural days, with a collective step S2 (leader).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import timesource
from app.audit import verify_chain
from app.cases import (
    ActionInput,
    ApplicantDetails,
    MaterialCheck,
    available_actions,
    case_json,
    find_case,
    perform,
    register_case,
)
from app.catalogue import import_catalogue, load_catalogue, regulation_in_force
from app.errors import ConcurrentChange, InvalidAction, InvalidInput, NotFound, PermissionDenied
from app.meetings import ItemInput, MemberInput, decide_item, record_meeting, record_opinion
from app.workspace import Workspace
from db.models import AuditEvent, Case, CaseEvent, CaseMaterial, Division, User
from tests.conftest import postgresql_only
from tests.factories import TEST_CATALOGUE, import_test_catalogue, make_division, make_user

MONDAY = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai


@dataclass
class Desk:
    workspace: Workspace

    def user(self, session: Session, login: str) -> User:
        return session.scalars(select(User).where(User.login == login)).one()

    def register(
        self, code: str = "QL-01", materials: list[MaterialCheck] | None = None, **applicant: str
    ) -> str:
        with self.workspace.transaction() as session:
            case = register_case(
                session,
                actor=self.user(session, "clerk1"),
                regulation=regulation_in_force(session, code, MONDAY.date()),  # type: ignore[arg-type]
                applicant=ApplicantDetails(name=applicant.get("name", "长沙示例新能源有限公司")),
                subject="示例风电场项目",
                materials=materials,
            )
            return case.number

    def act(self, number: str, login: str, action: str, **given: object) -> str:
        with self.workspace.transaction() as session:
            return perform(
                session, self.user(session, login), find_case(session, number), action, ActionInput(**given)
            ).message  # type: ignore[arg-type]

    def show(self, number: str) -> dict:  # type: ignore[type-arg]
        with self.workspace.sessions() as session:
            return case_json(session, find_case(session, number))

    def at(self, days: float) -> None:
        timesource.set_fake_now(MONDAY + timedelta(days=days))


@pytest.fixture
def desk(workspace: Workspace) -> Desk:
    timesource.set_fake_now(MONDAY)
    with workspace.transaction() as session:
        import_test_catalogue(session)
        tzc, fgc, wld = (make_division(session, code) for code in ("TZC", "FGC", "WLD"))
        make_user(session, tzc, "clerk1", ("clerk",))
        make_user(session, tzc, "clerk2", ("clerk",))
        make_user(session, tzc, "reviewer", ("reviewer",))
        make_user(session, tzc, "head", ("division_head",))
        make_user(session, fgc, "fgc-reviewer", ("reviewer",))
        make_user(session, fgc, "fgc-clerk", ("clerk",))
        make_user(session, wld, "leader1", ("leader",))
        make_user(session, wld, "leader2", ("leader",))
        make_user(session, tzc, "admin", ("admin",))
        make_user(session, tzc, "inspector", ("division_inspector",))
    return Desk(workspace)


def test_application_with_evaluation_extension_and_decision(desk: Desk) -> None:
    number = desk.register()
    assert desk.show(number)["status"] == "received"
    desk.act(number, "clerk1", "accept")
    data = desk.show(number)
    # S2 委托评估 is clock-excluded: entering it suspended the clock by itself.
    assert (data["status"], data["step"], data["clock_state"]) == ("in_progress", "S2", "suspended")
    assert data["accepted_at"].startswith("2026-03-02")

    desk.at(10)  # 2026-03-12: the evaluation report is in
    desk.act(number, "clerk1", "pass", opinion="评估报告已收到。")
    data = desk.show(number)
    assert (data["step"], data["clock_state"]) == ("S3", "running")
    # 20 working days counted from the day after resumption: 03-13 … 04-10 (清明 4/4–4/6 off).
    assert data["statutory_due"] == "2026-04-10"

    with pytest.raises(PermissionDenied):
        desk.act(number, "clerk1", "extend", days=5, reason="情况复杂")
    desk.act(number, "leader1", "extend", days=5, reason="项目情况复杂，需进一步论证。")
    assert desk.show(number)["statutory_due"] == "2026-04-17"
    with pytest.raises(InvalidAction, match="最多还可延长 5"):
        desk.act(number, "leader1", "extend", days=6, reason="再次延期")

    desk.at(12)
    desk.act(number, "reviewer", "pass", opinion="经审核，同意。")
    desk.act(number, "fgc-reviewer", "pass", opinion="合法性审查通过。")
    desk.at(15)
    with pytest.raises(InvalidAction, match="最后一个环节"):
        desk.act(number, "leader1", "pass", opinion="同意")
    with pytest.raises(InvalidInput, match="决定内容"):
        desk.act(number, "leader1", "approve")
    desk.act(number, "leader1", "approve", opinion="同意核准。")
    data = desk.show(number)
    assert (data["status"], data["decision"], data["clock_state"], data["step"]) == (
        "decided",
        "approved",
        "stopped",
        None,
    )
    # Used: 03-13 … 03-17 (3 working days), within the limit.
    assert data["used_working_days"] == 3 and data["card"] == "green"  # decided on time
    with pytest.raises(InvalidInput, match="评价"):
        desk.act(number, "clerk1", "close", rating="很好")
    desk.act(number, "clerk1", "close", rating="satisfied")
    data = desk.show(number)
    assert data["status"] == "closed"
    actions = [e["action"] for e in data["events"]]
    assert actions == [
        "register",
        "accept",
        "auto_suspend",
        "pass",
        "auto_resume",
        "extend",
        "pass",
        "pass",
        "approve",
        "close",
    ]
    with desk.workspace.sessions() as session:
        assert verify_chain(session).ok
        audited = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.entity_type == "case")
        )
        assert audited == 8  # register + 7 user actions (automatic clock moves ride on them)


def test_one_time_supplement_then_acceptance(desk: Desk) -> None:
    number = desk.register(materials=[MaterialCheck("M01", "missing")])
    with pytest.raises(InvalidAction, match="必备材料尚未齐全"):
        desk.act(number, "clerk1", "accept")
    with pytest.raises(InvalidInput, match="一次性告知"):
        desk.act(number, "clerk1", "supplement", materials=(MaterialCheck("M01", "received", 4),))
    desk.act(number, "clerk1", "supplement", opinion="请补正项目申请报告。")
    data = desk.show(number)
    assert data["status"] == "supplementing" and data["clock_state"] == "not_started"
    with pytest.raises(InvalidAction, match="一次性告知"):
        desk.act(number, "clerk1", "supplement")
    desk.at(3)
    desk.act(number, "clerk1", "accept", materials=(MaterialCheck("M01", "received", 4),))
    data = desk.show(number)
    assert data["status"] == "in_progress" and data["accepted_at"].startswith("2026-03-05")
    with desk.workspace.sessions() as session:
        event = session.scalars(select(CaseEvent).where(CaseEvent.action == "supplement")).one()
        assert [item["name"] for item in event.details["items"]] == ["项目申请报告"]


def test_refused_at_acceptance(desk: Desk) -> None:
    number = desk.register()
    with pytest.raises(InvalidInput, match="理由"):
        desk.act(number, "clerk1", "refuse")
    desk.act(number, "clerk1", "refuse", reason="不属于本机关职权范围。")
    data = desk.show(number)
    assert data["status"] == "refused" and data["clock_state"] == "not_started"
    for action in ("accept", "pass", "suspend", "withdraw"):
        with pytest.raises(InvalidAction, match="不予受理"):
            desk.act(number, "clerk1", action, opinion="x", reason="x")


def test_ex_officio_starts_accepted_and_passes_its_collective_step(desk: Desk) -> None:
    number = desk.register("QL-02", name="固定资产投资处")
    data = desk.show(number)
    assert (data["status"], data["step"], data["clock_state"]) == ("accepted", "S1", "running")
    assert data["statutory_due"] == "2026-05-06"  # 60 natural days from 03-02: 05-01 is 劳动节 → 05-06
    with pytest.raises(InvalidAction, match="依职权"):
        desk.act(number, "clerk1", "accept")
    desk.act(number, "clerk1", "pass", opinion="已拟定资金安排方案。")
    with pytest.raises(InvalidInput, match="集体决策"):
        desk.act(number, "leader1", "pass", opinion="同意。")  # no meeting linked
    with desk.workspace.transaction() as session:
        leader = desk.user(session, "leader1")
        meeting = record_meeting(
            session,
            leader,
            meeting_type="主任办公会",
            held_on=MONDAY.date(),
            presiding_login="leader1",
            members=[MemberInput("leader1"), MemberInput("leader2")],
            items=[ItemInput("研究以工代赈资金安排", case_number=number)],
        )
        record_opinion(session, leader, meeting.id, 1, member_login="leader2", stance="agree")
        record_opinion(session, leader, meeting.id, 1, member_login="leader1", stance="agree")
        decide_item(session, leader, meeting.id, 1, decision="approved", decision_text="同意。")
        meeting_id = meeting.id
    desk.act(number, "leader1", "pass", opinion="经主任办公会研究，同意。", meeting_id=meeting_id)
    assert desk.show(number)["step"] == "S3"


def test_return_suspend_resume_withdraw(desk: Desk) -> None:
    number = desk.register()
    desk.act(number, "clerk1", "accept")
    desk.act(number, "clerk1", "pass", opinion="评估完成")
    with pytest.raises(InvalidInput, match="可退回：S1 受理审查"):
        desk.act(number, "reviewer", "return", opinion="补充论证", to_step="S9")
    desk.act(number, "reviewer", "return", opinion="补充论证", to_step="S1")
    assert desk.show(number)["step"] == "S1"
    desk.act(number, "clerk1", "pass", opinion="已补充")  # S1 → S2 (clock-excluded again)
    assert desk.show(number)["clock_state"] == "suspended"
    with pytest.raises(InvalidAction, match="不计入办理时限"):
        desk.act(number, "head", "resume")
    desk.act(number, "clerk1", "pass", opinion="评估完成")
    with pytest.raises(InvalidInput, match="暂停计时的事由"):
        desk.act(number, "head", "suspend", reason_code="nap")
    desk.act(number, "head", "suspend", reason_code="hearing", reason="举行听证")
    assert desk.show(number)["status"] == "suspended"
    with pytest.raises(InvalidAction, match="恢复计时"):
        desk.act(number, "reviewer", "pass", opinion="同意")
    desk.act(number, "head", "resume")
    desk.act(number, "clerk1", "withdraw", reason="申请人书面申请撤回。")
    data = desk.show(number)
    assert data["status"] == "withdrawn" and data["clock_state"] == "stopped"


def test_who_may_not_act(desk: Desk) -> None:
    number = desk.register()
    for login, words in (("admin", "不办理办件"), ("inspector", "监管分离"), ("fgc-clerk", "受理处室")):
        with pytest.raises(PermissionDenied, match=words):
            desk.act(number, login, "accept")
    desk.act(number, "clerk1", "accept")
    desk.act(number, "clerk1", "pass", opinion="评估完成")
    with pytest.raises(PermissionDenied):
        desk.act(number, "clerk1", "pass", opinion="我自己审核")
    with pytest.raises(InvalidInput, match="办理意见"):
        desk.act(number, "reviewer", "pass", opinion="  ")
    with pytest.raises(InvalidInput, match="未知的操作"):
        desk.act(number, "reviewer", "approve_all")


def test_available_actions_explain_the_disabled_ones(desk: Desk) -> None:
    number = desk.register()
    with desk.workspace.sessions() as session:
        choices = {
            c.action: c
            for c in available_actions(session, desk.user(session, "clerk1"), find_case(session, number))
        }
        assert choices["accept"].allowed and choices["supplement"].allowed and choices["refuse"].allowed
        assert not choices["pass"].allowed and "受理" in choices["pass"].reason
        leader = {
            c.action: c
            for c in available_actions(session, desk.user(session, "leader1"), find_case(session, number))
        }
        assert not leader["accept"].allowed and leader["accept"].reason


def test_a_stale_version_is_refused_with_who_changed_it(desk: Desk) -> None:
    number = desk.register()
    with desk.workspace.sessions() as session:
        seen = find_case(session, number).lock_version
    desk.act(number, "clerk1", "accept")
    with pytest.raises(ConcurrentChange, match="王晓明"):
        desk.act(number, "clerk2", "refuse", reason="重复申请", expected_version=seen)
    assert desk.show(number)["status"] == "in_progress"


def test_two_desks_at_once_second_is_refused_nothing_applied_twice(desk: Desk, backend: str) -> None:
    number = desk.register()
    if backend == "sqlite":
        # SQLite lets one writer in at a time (BEGIN IMMEDIATE): the second desk's transaction
        # starts after the first committed, reads the accepted case and is refused by its state.
        desk.act(number, "clerk1", "accept")
        with pytest.raises(InvalidAction, match="已作出受理决定"):
            desk.act(number, "clerk2", "accept")
        return
    first = desk.workspace.sessions()
    second = desk.workspace.sessions()
    try:
        case_a = find_case(first, number)
        case_b = find_case(second, number)
        perform(first, desk.user(first, "clerk1"), case_a, "accept", ActionInput())
        first.commit()
        with pytest.raises(ConcurrentChange):
            perform(second, desk.user(second, "clerk2"), case_b, "accept", ActionInput())
        second.rollback()
    finally:
        first.close()
        second.close()
    with desk.workspace.sessions() as session:
        accepts = session.scalar(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.action == "accept")
        )
        assert accepts == 1
        assert verify_chain(session).ok


@postgresql_only
def test_a_desk_whose_commit_comes_after_another_desk_changed_the_case_keeps_nothing(desk: Desk) -> None:
    """Both desks read the case before either wrote: the first to commit wins, the other's
    action (on PostgreSQL written with its COMMIT) is refused as a lost update, nothing of it
    kept. SQLite lets one writer in at a time (from BEGIN), so the race cannot happen there."""
    number = desk.register()
    first = desk.workspace.sessions()
    second = desk.workspace.sessions()
    try:
        perform(first, desk.user(first, "clerk1"), find_case(first, number), "accept", ActionInput())
        perform(second, desk.user(second, "clerk2"), find_case(second, number), "accept", ActionInput())
        second.commit()
        with pytest.raises(ConcurrentChange, match=r"已被.+修改"):
            first.commit()
        first.rollback()
    finally:
        first.close()
        second.close()
    with desk.workspace.sessions() as session:
        case = find_case(session, number)
        accepts = session.scalars(
            select(CaseEvent.actor_id).where(CaseEvent.case_id == case.id, CaseEvent.action == "accept")
        ).all()
        assert accepts == [desk.user(session, "clerk2").id]
        assert case.lock_version == 2
        assert verify_chain(session).ok
        audited = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "case.accept")
        assert session.scalar(audited) == 1


def test_two_actions_in_one_transaction_see_each_other(desk: Desk) -> None:
    """An action's rows are visible to the transaction's next query, and a second action on the
    same case in the same transaction builds on the first."""
    number = desk.register()
    with desk.workspace.transaction() as session:
        case = find_case(session, number)
        perform(session, desk.user(session, "clerk1"), case, "accept", ActionInput())
        actions = session.scalars(
            select(CaseEvent.action).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        ).all()
        assert actions == ["register", "accept", "auto_suspend"]
        assert session.scalar(select(Case.lock_version).where(Case.id == case.id)) == case.lock_version
        perform(session, desk.user(session, "clerk1"), case, "pass", ActionInput(opinion="评估报告已收到。"))
    data = desk.show(number)
    assert (data["status"], data["step"], data["clock_state"]) == ("in_progress", "S3", "running")
    assert [e["action"] for e in data["events"]] == [
        "register",
        "accept",
        "auto_suspend",
        "pass",
        "auto_resume",
    ]
    with desk.workspace.sessions() as session:
        assert find_case(session, number).lock_version == 3
        assert verify_chain(session).ok


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("name", "", "申请人名称"),
        ("id_code", "91350100M000100Y44", "第18位"),
        ("id_code", "9135010OM000100Y43", "第8位"),
        ("phone", "12345", "联系电话"),
    ],
)
def test_registration_input_is_checked(desk: Desk, field: str, value: str, words: str) -> None:
    details = {"name": "长沙示例新能源有限公司", field: value}
    with desk.workspace.transaction() as session, pytest.raises(InvalidInput, match=words) as error:
        register_case(
            session,
            actor=desk.user(session, "clerk1"),
            regulation=regulation_in_force(session, "QL-01", MONDAY.date()),  # type: ignore[arg-type]
            applicant=ApplicantDetails(**details),
            subject="x",
        )
    assert error.value.field is not None
    with desk.workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_received_time_may_not_be_in_the_future(desk: Desk) -> None:
    with desk.workspace.transaction() as session, pytest.raises(InvalidInput, match="晚于当前时间"):
        register_case(
            session,
            actor=desk.user(session, "clerk1"),
            regulation=regulation_in_force(session, "QL-01", MONDAY.date()),  # type: ignore[arg-type]
            applicant=ApplicantDetails(name="示例"),
            subject="x",
            received_at=MONDAY + timedelta(hours=1),
        )


def test_due_dates_are_working_days(desk: Desk) -> None:
    number = desk.register()
    desk.act(number, "clerk1", "accept")
    desk.act(number, "clerk1", "pass", opinion="评估完成")
    due = date.fromisoformat(desk.show(number)["statutory_due"])
    assert due.weekday() < 5


def test_step_overtime_is_flagged_while_the_case_is_within_its_limit(desk: Desk) -> None:
    number = desk.register()
    desk.act(number, "clerk1", "accept")
    desk.act(number, "clerk1", "pass", opinion="评估完成")  # enters S3 处室审核 (5 working days)
    desk.at(5)  # Saturday 03-07: 4 working days in the step
    data = desk.show(number)
    assert not data["step_overtime"] and data["step_due"] == "2026-03-09"
    desk.at(9)  # Wednesday 03-11: 7 working days in the step
    data = desk.show(number)
    assert data["step_overtime"] and data["step_overdue_days"] == 2
    assert data["card"] == "green"  # the case as a whole is well within its 20 working days


@pytest.mark.parametrize("first_step_division", [None, "FGC"])
def test_a_new_case_waits_in_the_division_of_its_first_step(
    workspace: Workspace, tmp_path: Path, first_step_division: str | None
) -> None:
    """The first step's holders are found in its division: the regulation's own (TZC) unless the
    step names another."""
    catalogue = tmp_path / "catalogue"
    shutil.copytree(TEST_CATALOGUE, catalogue)
    if first_step_division is not None:
        source = catalogue / "regulations" / "QL-01.yaml"
        text = source.read_text(encoding="utf-8")
        first = "    name: 受理审查\n    role: clerk\n"
        assert first in text
        named = text.replace(first, f"{first}    division: {first_step_division}\n")
        source.write_text(named, encoding="utf-8")
    timesource.set_fake_now(MONDAY)
    with workspace.transaction() as session:
        import_catalogue(session, load_catalogue(catalogue), now=MONDAY)
        make_user(session, make_division(session, "TZC"), "clerk1", ("clerk",))
    with workspace.transaction() as session:
        case = register_case(
            session,
            actor=session.scalars(select(User).where(User.login == "clerk1")).one(),
            regulation=regulation_in_force(session, "QL-01", MONDAY.date()),  # type: ignore[arg-type]
            applicant=ApplicantDetails(name="长沙示例新能源有限公司"),
            subject="示例风电场项目",
        )
        number = case.number
    with workspace.sessions() as session:
        case = find_case(session, number)
        expected = session.scalars(
            select(Division.id).where(Division.code == (first_step_division or "TZC"))
        ).one()
        assert case.current_step == "S1"
        assert case.current_step_division_id == expected
        assert (case.division_id == expected) is (first_step_division is None)


@pytest.mark.parametrize("code", ["QL-01", "QL-02"])  # an application; ex officio, its clock started
def test_a_registration_writes_its_checklist_once_in_the_order_of_the_regulation(
    desk: Desk, code: str
) -> None:
    from app.catalogue import regulation_spec

    with desk.workspace.transaction() as session:
        regulation = regulation_in_force(session, code, MONDAY.date())
        assert regulation is not None
        listed = [m.code for m in regulation_spec(regulation).materials]
        checks = [MaterialCheck(listed[0], "missing")] if code == "QL-01" else None
        case = register_case(
            session,
            actor=desk.user(session, "clerk1"),
            regulation=regulation,
            applicant=ApplicantDetails(name="长沙示例新能源有限公司"),
            subject="示例风电场项目",
            materials=checks,
        )
        # In the registering transaction the checklist reads as written ...
        assert [(m.code, m.case_id) for m in case.materials] == [(c, case.id) for c in listed]
        number, case_id = case.number, case.id
    # ... and afterwards it is there once, line by line in the regulation's order, nothing else.
    with desk.workspace.sessions() as session:
        rows = session.scalars(select(CaseMaterial).order_by(CaseMaterial.id)).all()
        assert [(m.case_id, m.code) for m in rows] == [(case_id, c) for c in listed]
        if code == "QL-01":
            assert [m.status for m in rows] == ["missing"] + ["received"] * (len(listed) - 1)
        assert verify_chain(session).ok
    assert desk.show(number)["number"] == number


def test_registered_since_finds_only_this_clerks_case_for_this_applicant_and_subject(
    workspace: Workspace, people: dict[str, int]
) -> None:
    from app.cases import ApplicantDetails, registered_since
    from tests.factories import T0

    applicant = ApplicantDetails(name=" 长沙示例新能源有限公司 ")  # as typed: checked as registration does
    with workspace.reading_sessions() as session:
        found = registered_since(
            session, actor_id=people["clerk"], applicant=applicant, subject="示例风电场项目", since=T0
        )
        assert found is not None and found.id == people["case"]
        for actor, subject, since in (
            (people["reviewer"], "示例风电场项目", T0),  # another user's
            (people["clerk"], "另一个项目", T0),  # another matter
            (people["clerk"], "示例风电场项目", T0 + timedelta(seconds=1)),  # before the break
        ):
            assert (
                registered_since(session, actor_id=actor, applicant=applicant, subject=subject, since=since)
                is None
            )
        assert (
            registered_since(  # a form that could not have been saved
                session, actor_id=people["clerk"], applicant=ApplicantDetails(name=""), subject="", since=T0
            )
            is None
        )


def test_a_case_is_registered_under_the_version_in_force_on_the_day_received(desk: Desk) -> None:
    """补录 of an application received before the regulation took effect: not under this version."""
    with desk.workspace.transaction() as session, pytest.raises(InvalidInput) as refused:
        register_case(
            session,
            actor=desk.user(session, "clerk1"),
            regulation=regulation_in_force(session, "QL-01", MONDAY.date()),  # type: ignore[arg-type]
            applicant=ApplicantDetails(name="长沙示例新能源有限公司"),
            subject="示例风电场项目",
            received_at=datetime(2025, 12, 31, 2, 0, tzinfo=UTC),  # 10:00 on 12-31 in Changsha
        )
    assert refused.value.field == "received_at"
    assert refused.value.message.endswith(
        "第1版自2026年1月1日起施行，2025年12月31日接收的申请不能按此版本登记。"
    )
    with desk.workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_no_version_in_force_on_the_day_received_is_said_so_with_the_day_it_took_effect(desk: Desk) -> None:
    """Not "no such regulation" when the regulation exists but took effect after the application
    was received (补录 with an earlier day), on the path the CLI and the register dialog take."""
    from app.cases import registration_start

    with desk.workspace.sessions() as session:
        clerk = desk.user(session, "clerk1").id
        with pytest.raises(InvalidInput) as refused:
            registration_start(session, clerk, "ql-01", datetime(2025, 12, 31, 2, 0, tzinfo=UTC))
        assert refused.value.field == "received_at"
        assert refused.value.message == (
            "QL-01“企业投资项目核准”自2026年1月1日起施行，2025年12月31日接收的申请不能据此登记。"
        )
        with pytest.raises(NotFound, match="没有编号为“QL-99”"):
            registration_start(session, clerk, "QL-99", MONDAY)


def test_the_case_list_counts_a_decided_case_to_its_decision_not_to_today(desk: Desk, qapp) -> None:  # type: ignore[no-untyped-def]
    """A case decided on time stays 已办结 in the list however long ago that was, and one decided
    late shows the working days it was late by, as its full clock does: not the days since its due
    date, which grow every day after it was decided."""
    from app.cases import case_clock
    from app.clock import clock_label
    from ui.case_table import REMAINING_COLUMN, CaseTableModel

    late_by = {}
    for name, decided_on in (("按时公司", 20), ("超期公司", 52)):
        desk.at(0)
        number = desk.register(name=name)
        desk.act(number, "clerk1", "accept")
        desk.at(10)
        desk.act(number, "clerk1", "pass", opinion="评估报告已收到。")  # resumes: due 2026-04-10
        desk.act(number, "reviewer", "pass", opinion="同意。")
        desk.act(number, "fgc-reviewer", "pass", opinion="合法。")
        desk.at(decided_on)
        desk.act(number, "leader1", "approve", opinion="同意核准。")
        with desk.workspace.sessions() as session:
            reading = case_clock(session, find_case(session, number))
        late_by[name] = (number, reading)
    on_time, late = late_by["按时公司"], late_by["超期公司"]
    assert on_time[1].overdue_days == 0 and late[1].overdue_days > 0
    for months_later in (1, 6):
        desk.at(52 + 30 * months_later)
        model = CaseTableModel(desk.workspace)
        shown = {
            model.index(row, 1).data(): model.index(row, REMAINING_COLUMN).data()
            for row in range(model.rowCount())
        }
        assert shown[on_time[0]] == "已办结" == clock_label(on_time[1])
        assert shown[late[0]] == f"已办结（超期 {late[1].overdue_days} 个工作日）" == clock_label(late[1])
