"""Who may do what: the permission matrix (every role × every action), divisions, separation of
duties, recusal, A/B posts, and a property test that nobody both accepts and decides a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import policy, timesource, users
from app.cases import ApplicantDetails, register_case
from app.errors import PermissionDenied
from app.workspace import Workspace
from db.models import AuditEvent, Case, CaseEvent, Division, Regulation, User, UserRole

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
ROLE_NAMES = ("clerk", "reviewer", "division_head", "leader", "supervisor", "division_inspector", "admin")

DEFINITION = {
    "steps": [
        {"code": "S1", "name": "受理审查", "role": "clerk", "actions": ["pass", "reject"]},
        {
            "code": "S2",
            "name": "处室审核",
            "role": "reviewer",
            "actions": ["pass", "return"],
            "return_to": ["S1"],
        },
        {"code": "S3", "name": "处室负责人审签", "role": "division_head", "actions": ["pass", "return"]},
        {"code": "S4", "name": "委领导审批", "role": "leader", "actions": ["pass", "return", "reject"]},
    ],
    "extension": {"days": 10, "approver_role": "leader", "condition": "经委领导批准"},
    "separation_of_duties": [{"rule": "acceptor_not_decider"}],
}

# The permission matrix: what each role may do on a case of its own division, with the case at
# the step that role holds (at the last step for approve / reject; S1 when the role holds none).
EXPECTED: dict[str, set[str]] = {
    # S1 (受理审查) allows pass and reject, not return: so a clerk may not return.
    "clerk": {
        "register", "supplement", "accept", "refuse", "pass", "suspend", "resume",
        "withdraw", "close", "view", "declare_recusal",
    },
    "reviewer": {"pass", "return", "suspend", "resume", "view", "declare_recusal"},
    "division_head": {
        "pass", "return", "suspend", "resume", "withdraw", "assign", "view", "arrange_posts",
        "declare_recusal",
    },
    "leader": {
        "pass", "return", "approve", "reject", "suspend", "resume", "extend", "view", "view_all_cases",
        "declare_recusal",
    },
    "supervisor": {"view", "view_all_cases", "supervise", "view_audit", "declare_recusal"},
    "division_inspector": {"view", "view_all_cases", "supervise", "declare_recusal"},
    "admin": {
        "manage_users", "import_catalogue", "edit_calendar", "edit_settings", "view_audit", "arrange_posts",
        "declare_recusal",
    },
}  # fmt: skip
ROLE_STEP = {"clerk": "S1", "reviewer": "S2", "division_head": "S3", "leader": "S4"}


@dataclass
class World:
    session: Session
    tzc: Division
    fgc: Division
    regulation: Regulation
    users: dict[str, User]

    def user(self, login: str, roles: tuple[str, ...], division: Division | None = None) -> User:
        division = division or self.tzc
        user = User(
            login=login,
            name=login,
            division_id=division.id,
            created_at=T0,
            role_rows=[UserRole(role=r) for r in roles],
        )
        self.session.add(user)
        self.session.flush()
        self.users[login] = user
        return user

    def case(
        self,
        *,
        by: User | None = None,
        applicant: str = "长沙示例有限公司",
        regulation: Regulation | None = None,
    ) -> Case:
        case = register_case(
            self.session,
            actor=by or self.users["clerk"],
            regulation=regulation or self.regulation,
            applicant=ApplicantDetails(name=applicant),
            subject="示例项目",
            received_at=T0,
            check_permission=False,  # who may register is tested on its own; here any registrant
        )
        self.session.flush()
        return case

    def act(self, user: User, action: str, case: Case, *, acting_for: User | None = None) -> None:
        """What a case service records after policy allowed it (the timeline policy reads)."""
        self.session.add(
            CaseEvent(
                case_id=case.id,
                at=T0,
                actor_id=user.id,
                acting_for_id=acting_for.id if acting_for else None,
                action=action,
                step=case.current_step,
            )
        )
        self.session.flush()


def _make_world(session: Session, definition: dict | None = None) -> World:
    tzc = Division(code="TZC", name="固定资产投资处")
    fgc = Division(code="FGC", name="法规处")
    wld = Division(code="WLD", name="委领导")
    jjz = Division(code="JJZ", name="纪检组")
    bgs = Division(code="BGS", name="办公室")
    session.add_all([tzc, fgc, wld, jjz, bgs])
    session.flush()
    regulation = Regulation(
        code="QL-05",
        version=1,
        title="企业投资项目核准",
        category="power",
        kind="application",
        division_id=tzc.id,
        effective_from=date(2026, 1, 1),
        definition=definition or DEFINITION,
        imported_at=T0,
    )
    session.add(regulation)
    session.flush()
    world = World(session, tzc, fgc, regulation, {})
    homes = {"leader": wld, "supervisor": jjz, "admin": bgs}
    for role in ROLE_NAMES:
        world.user(role, (role,), homes.get(role, tzc))
    return world


@pytest.fixture
def world(workspace: Workspace):  # type: ignore[no-untyped-def]
    timesource.set_fake_now(T0)
    with workspace.sessions() as session:
        yield _make_world(session)
        session.rollback()


def _cell(world: World, role: str, action: str) -> policy.Decision:
    actor = world.users[role]
    if action == "register":
        return policy.can(actor, action, division_id=world.tzc.id, session=world.session)
    if action in (
        "manage_users",
        "import_catalogue",
        "edit_calendar",
        "edit_settings",
        "view_audit",
        "view_all_cases",
        "declare_recusal",
    ):
        return policy.can(actor, action, session=world.session)
    if action == "arrange_posts":
        return policy.can(actor, action, session=world.session, target_user=world.users["clerk"])
    case = world.case()
    if action in ("approve", "reject"):
        case.current_step = "S4"
    elif action in ("pass", "return", "suspend", "resume"):
        case.current_step = ROLE_STEP.get(role, "S4" if action in ("pass", "return") else "S1")
    return policy.can(actor, action, case, session=world.session)


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_permission_matrix(world: World, role: str) -> None:
    """Every role × every action: each cell is allowed exactly when the matrix says so."""
    wrong = []
    for action in policy.ACTIONS:
        decision = _cell(world, role, action)
        expected = action in EXPECTED[role]
        if decision.allowed != expected:
            wrong.append(f"{role} × {action}: expected {'allow' if expected else 'deny'}, got {decision}")
        if not decision.allowed:
            assert decision.reason, f"{role} × {action} is denied without a reason"
    assert not wrong, "\n".join(wrong)


def test_matrix_covers_every_action_and_role() -> None:
    assert set(EXPECTED) == set(ROLE_NAMES)
    assert set().union(*EXPECTED.values()) <= set(policy.ACTIONS)


def test_user_services_enforce_the_policy_for_every_role(world: World) -> None:
    for role in ROLE_NAMES:
        actor = world.users[role]
        try:
            users.add_user(
                world.session,
                actor=actor,
                login=f"new-{role}",
                name="新",
                division_code="TZC",
                roles="clerk",
                password="Sunlight-1",
            )
            allowed = True
        except PermissionDenied:
            allowed = False
        assert allowed == (role == "admin"), role


def test_require_raises_the_chinese_reason(world: World) -> None:
    case = world.case()
    with pytest.raises(PermissionDenied, match="系统管理员负责系统管理，不办理办件"):
        policy.require(world.users["admin"], "accept", case)
    with pytest.raises(PermissionDenied, match="纪检监察人员只查看办件"):
        policy.require(world.users["supervisor"], "accept", case)
    assert policy.require(world.users["clerk"], "accept", case).allowed


def test_disabled_users_may_do_nothing(world: World) -> None:
    admin = world.users["admin"]
    admin.active = False
    assert policy.can(admin, "manage_users").reason == "您的账户已停用，请联系系统管理员。"
    assert not policy.can(None, "view_audit")


def test_divisions_bound_what_staff_may_do(world: World) -> None:
    case = world.case()
    fgc_clerk = world.user("fgc-clerk", ("clerk",), world.fgc)
    assert "受理处室的经办人" in policy.can(fgc_clerk, "accept", case).reason
    assert not policy.can(fgc_clerk, "view", case)
    assert not policy.can(fgc_clerk, "register", division_id=world.tzc.id)
    fgc_inspector = world.user("fgc-insp", ("division_inspector",), world.fgc)
    assert "本处室" in policy.can(fgc_inspector, "supervise", case).reason
    assert not policy.can(fgc_inspector, "view", case)
    # a leader acts across divisions
    case.current_step = "S4"
    assert policy.can(world.users["leader"], "pass", case)


def test_a_step_held_by_another_division(world: World) -> None:
    definition = {
        "steps": [
            {"code": "S1", "name": "受理审查", "role": "clerk"},
            {"code": "S2", "name": "合法性审查", "role": "reviewer", "division": "FGC"},
        ]
    }
    regulation = Regulation(
        code="QL-09",
        version=1,
        title="行政处罚",
        category="power",
        kind="ex_officio",
        division_id=world.tzc.id,
        effective_from=date(2026, 1, 1),
        definition=definition,
        imported_at=T0,
    )
    world.session.add(regulation)
    case = world.case(regulation=regulation)
    case.current_step = "S2"
    fgc_reviewer = world.user("fgc-rev", ("reviewer",), world.fgc)
    assert policy.can(fgc_reviewer, "pass", case)
    assert policy.can(fgc_reviewer, "view", case)  # he sees the case while it waits for him
    decision = policy.can(world.users["reviewer"], "pass", case)
    assert not decision and "由法规处办理" in decision.reason


def test_step_actions_follow_the_step(world: World) -> None:
    case = world.case()
    case.current_step = "S1"
    assert "不允许退回" in policy.can(world.users["clerk"], "return", case).reason
    assert "最后一个环节" in policy.can(world.users["clerk"], "approve", case).reason
    case.current_step = "S2"
    assert "须由“审核人”办理" in policy.can(world.users["clerk"], "pass", case).reason


def test_acceptor_may_not_decide(world: World) -> None:
    both = world.user("both", ("clerk", "leader"))
    case = world.case(by=both)
    assert policy.can(both, "accept", case)
    world.act(both, "accept", case)
    case.current_step = "S4"
    for action in ("approve", "reject", "pass", "return"):
        decision = policy.can(both, action, case)
        assert not decision and "受理人不得作出最后决定" in decision.reason, action
    assert policy.can(world.users["leader"], "approve", case)
    case.current_step = "S1"
    assert not policy.can(both, "reject", case)  # rejecting is deciding, at any step
    assert policy.can(both, "pass", case)


def test_ex_officio_registrant_counts_as_acceptor(world: World) -> None:
    both = world.user("both", ("clerk", "leader"))
    world.regulation.kind = "ex_officio"
    case = world.case(by=both)
    case.current_step = "S4"
    assert "受理人不得作出最后决定" in policy.can(both, "approve", case).reason


def test_drafter_may_not_approve_and_distinct_persons(workspace: Workspace) -> None:
    definition = dict(
        DEFINITION,
        separation_of_duties=[
            {"rule": "drafter_not_approver"},
            {"rule": "distinct_persons", "steps": ["S1", "S3"]},
        ],
    )
    with workspace.sessions() as session:
        world = _make_world(session, definition)
        multi = world.user("multi", ("clerk", "reviewer", "division_head"))
        case = world.case()
        case.current_step = "S2"
        world.act(multi, "pass", case)  # multi passed S2 ...
        case.current_step = "S3"
        decision = policy.can(multi, "pass", case)  # ... so he may not approve S3
        assert not decision and "上一环节“处室审核”" in decision.reason
        assert policy.can(multi, "return", case)  # sending back is not approving
        assert policy.can(world.users["division_head"], "pass", case)

        case2 = world.case()
        case2.current_step = "S1"
        world.act(multi, "pass", case2)
        case2.current_step = "S3"
        decision = policy.can(multi, "pass", case2)
        assert not decision and "“受理审查”、“处室负责人审签”须由不同人员办理" in decision.reason
        session.rollback()


def test_recusal_blocks_acting_and_is_audited(world: World) -> None:
    clerk = world.users["clerk"]
    case = world.case()
    other_case_same_applicant = world.case()
    unrelated = world.case(applicant="株洲能源有限公司")
    recusal = users.declare_recusal(
        world.session, actor=clerk, case=case, reason="申请单位法定代表人系本人配偶"
    )
    assert recusal.case_id == case.id
    decision = policy.can(clerk, "accept", case)
    assert not decision and "您已对该办件声明回避" in decision.reason
    assert policy.can(clerk, "view", case)  # he may still read it
    assert policy.can(clerk, "accept", other_case_same_applicant)

    users.declare_recusal(
        world.session, actor=clerk, applicant_name="长沙示例有限公司", reason="本人曾在该公司任职"
    )
    assert "申请人“长沙示例有限公司”" in policy.can(clerk, "accept", other_case_same_applicant).reason
    assert policy.can(clerk, "accept", unrelated)
    # a recused supervisor may not supervise either
    users.declare_recusal(world.session, actor=world.users["supervisor"], case=unrelated, reason="亲属关系")
    assert not policy.can(world.users["supervisor"], "supervise", unrelated)

    events = world.session.scalars(select(AuditEvent).where(AuditEvent.action == "recusal.declare")).all()
    assert (
        len(events) == 3 and events[0].case_id == case.id and events[0].after["reason"].startswith("申请单位")
    )
    assert len(users.list_recusals(world.session, case=other_case_same_applicant)) == 1


def test_supervisors_never_supervise_cases_they_handled(world: World) -> None:
    dual = world.user("dual", ("clerk", "division_inspector"))
    case = world.case(by=dual)
    assert policy.can(dual, "accept", case)  # he is also a clerk
    assert "参与办理" in policy.can(dual, "supervise", case).reason
    assert policy.can(world.users["division_inspector"], "supervise", case)


def test_ab_backup_acts_for_the_absent_holder(world: World) -> None:
    holder = world.users["clerk"]
    backup = world.user("backup", ("clerk",), world.fgc)  # in another division
    holder.backup_id = backup.id
    case = world.case(by=holder)
    assert case.assignee_id == holder.id
    assert not policy.can(backup, "view", case)
    assert not policy.can(backup, "accept", case)

    holder.absent = True
    assert policy.effective_principal(backup, case) is holder
    assert policy.can(backup, "view", case)
    decision = policy.can(backup, "accept", case)
    assert decision and decision.acting_for is holder
    scope = policy.case_scope(world.session, backup)
    assert holder.id in scope.assignee_ids and world.fgc.id in scope.division_ids

    # a colleague of the holder acting directly is not acting for anyone
    assert policy.can(world.users["clerk"], "accept", case).acting_for is None
    holder.absent = False
    assert policy.effective_principal(backup, case) is backup


def test_acting_for_the_acceptor_is_still_the_acceptor(world: World) -> None:
    holder = world.user("holder", ("clerk", "leader"))
    backup = world.user("backup", ("leader",))
    holder.backup_id, holder.absent = backup.id, True
    case = world.case(by=holder)
    world.act(holder, "accept", case)
    case.current_step = "S4"
    decision = policy.can(backup, "approve", case)
    assert not decision and "受理人不得作出最后决定" in decision.reason


def test_case_scope(world: World) -> None:
    s = world.session
    assert policy.case_scope(s, world.users["supervisor"]).all_divisions
    assert policy.case_scope(s, world.users["leader"]).all_divisions
    assert policy.case_scope(s, world.users["division_inspector"]).division_ids == {world.tzc.id}
    assert policy.case_scope(s, world.users["admin"]).nothing


def test_allowed_actions_for_the_case_view(world: World) -> None:
    case = world.case()
    actions = policy.allowed_actions(world.users["clerk"], case)
    assert actions["accept"].allowed and not actions["approve"].allowed and actions["approve"].reason


# --- Property: across random sequences of actions by random people, nobody accepts and decides.

STEP_ORDER = ["S1", "S2", "S3", "S4"]
HANDLING = ["clerk", "reviewer", "division_head", "leader"]


def _apply(world: World, case: Case, user: User, action: str, decision: policy.Decision) -> None:
    world.act(user, action, case, acting_for=decision.acting_for)
    if action == "accept":
        case.status, case.current_step = "in_progress", "S1"
    elif action == "pass":
        index = STEP_ORDER.index(case.current_step or "S1")
        if index == len(STEP_ORDER) - 1:
            case.status, case.current_step = "decided", None
        else:
            case.current_step = STEP_ORDER[index + 1]
    elif action == "return":
        case.current_step = STEP_ORDER[max(0, STEP_ORDER.index(case.current_step or "S1") - 1)]
    elif action in ("approve", "reject"):
        case.status, case.current_step = "decided", None


def _deciders(world: World, case: Case) -> tuple[set[int], set[int]]:
    events = world.session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)).all()
    accepted = {i for e in events if e.action == "accept" for i in (e.actor_id, e.acting_for_id) if i}
    decided = {
        i
        for e in events
        if e.action in ("approve", "reject") or (e.action in ("pass", "return") and e.step == "S4")
        for i in (e.actor_id, e.acting_for_id)
        if i
    }
    return accepted, decided


# Weighted towards moving forward, so that many examples reach the last step.
MOVES = st.sampled_from(["accept", "pass", "pass", "pass", "pass", "approve", "approve", "return", "reject"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    people=st.lists(st.sets(st.sampled_from(HANDLING), min_size=1, max_size=3), min_size=2, max_size=4),
    absent=st.lists(st.booleans(), min_size=4, max_size=4),
    moves=st.lists(st.tuples(st.integers(0, 3), MOVES), min_size=5, max_size=40),
)
def test_nobody_both_accepts_and_decides(
    workspace: Workspace, people: list[set[str]], absent: list[bool], moves: list[tuple[int, str]]
) -> None:
    with workspace.sessions() as session:
        world = _make_world(session)
        staff = [world.user(f"p{n}", tuple(sorted(roles))) for n, roles in enumerate(people)]
        for n, person in enumerate(staff):  # a ring of A/B posts, some holders absent
            person.backup_id = staff[(n + 1) % len(staff)].id
            person.absent = absent[n]
        case = world.case(by=staff[0])
        for who, action in moves:
            if case.status == "decided":
                break
            if (action == "accept") != (case.status == "received"):
                continue  # the case service's state machine would refuse it anyway
            user = staff[who % len(staff)]
            decision = policy.can(user, action, case)
            if decision:
                _apply(world, case, user, action, decision)
        accepted, decided = _deciders(world, case)
        assert not accepted & decided, "the same person accepted and decided the case"
        session.rollback()
