"""Collective decisions: quorum (more than half; two thirds for personnel matters), the presiding
leader speaks last, decisions by majority of those due, dissent recorded, and a case's collective
step passing only by linking a meeting that decided it; on both backends."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import InvalidAction, InvalidInput, PermissionDenied
from app.meetings import (
    ItemInput,
    MemberInput,
    decide_item,
    minutes,
    record_meeting,
    record_opinion,
    required_present,
)
from app.workspace import Workspace
from tests.test_supervision_desk import SupervisionDesk, make_desk


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


LEADERS = ("leader1", "leader2", "leader3", "leader4", "leader5")


def _members(present: int) -> list[MemberInput]:
    return [
        MemberInput(login, attended=n < present, absence_reason="" if n < present else "出差")
        for n, login in enumerate(LEADERS)
    ]


def test_quorum_arithmetic() -> None:
    assert [required_present(n, 0.5, personnel=False) for n in (2, 3, 4, 5, 9)] == [2, 2, 3, 3, 5]
    assert [required_present(n, 0.6667, personnel=True) for n in (3, 5, 6, 9)] == [2, 4, 4, 6]


def _meeting(
    sdesk: SupervisionDesk, present: int, *, personnel: bool = False, case_number: str | None = None
) -> int:
    with sdesk.workspace.transaction() as session:
        return record_meeting(
            session,
            sdesk.user(session, "leader1"),
            meeting_type="主任办公会",
            held_on=date(2026, 3, 2),
            presiding_login="leader1",
            members=_members(present),
            items=[ItemInput("研究以工代赈资金安排", case_number=case_number, personnel=personnel)],
        ).id


def test_quorum_rules(sdesk: SupervisionDesk) -> None:
    with pytest.raises(InvalidAction, match="到会人数不足"):
        _meeting(sdesk, 2)  # 2 of 5 is not more than half
    _meeting(sdesk, 3)
    with pytest.raises(InvalidAction, match="三分之二以上"):
        _meeting(sdesk, 3, personnel=True)  # personnel: 4 of 5 needed
    _meeting(sdesk, 4, personnel=True)
    with sdesk.workspace.transaction() as session:
        with pytest.raises(PermissionDenied):
            record_meeting(
                session,
                sdesk.user(session, "supervisor"),
                meeting_type="主任办公会",
                held_on=date(2026, 3, 2),
                presiding_login="leader1",
                members=_members(5),
                items=[ItemInput("议题")],
            )
        with pytest.raises(InvalidInput, match="会议类型"):
            record_meeting(
                session,
                sdesk.user(session, "leader1"),
                meeting_type="碰头会",
                held_on=date(2026, 3, 2),
                presiding_login="leader1",
                members=_members(5),
                items=[ItemInput("议题")],
            )


def test_presiding_leader_speaks_last_and_dissent_is_recorded(sdesk: SupervisionDesk) -> None:
    meeting_id = _meeting(sdesk, 4)
    with sdesk.workspace.transaction() as session:
        recorder = sdesk.user(session, "leader1")
        record_opinion(session, recorder, meeting_id, 1, member_login="leader2", stance="agree")
        with pytest.raises(InvalidAction, match="末位表态"):
            record_opinion(session, recorder, meeting_id, 1, member_login="leader1", stance="agree")
        with pytest.raises(InvalidAction, match="未到会"):
            record_opinion(session, recorder, meeting_id, 1, member_login="leader5", stance="agree")
        with pytest.raises(InvalidInput, match="理由"):
            record_opinion(session, recorder, meeting_id, 1, member_login="leader3", stance="disagree")
        record_opinion(
            session,
            recorder,
            meeting_id,
            1,
            member_login="leader3",
            stance="disagree",
            reason="资金测算依据不足",
        )
        with pytest.raises(InvalidAction, match="尚未发表意见"):
            decide_item(session, recorder, meeting_id, 1, decision="approved", decision_text="同意")
        record_opinion(session, recorder, meeting_id, 1, member_login="leader4", stance="agree")
        record_opinion(session, recorder, meeting_id, 1, member_login="leader1", stance="agree")
        # Everyone else has spoken before him, so no one can speak after him.
        decide_item(session, recorder, meeting_id, 1, decision="approved", decision_text="同意资金安排方案。")
    with sdesk.workspace.reading_sessions() as session:
        record = minutes(session, meeting_id)
        item = record.items[0]
        assert [o.stance for o in item.opinions] == ["agree", "disagree", "agree", "agree"]
        assert item.opinions[-1].presiding
        assert "资金测算依据不足" in item.dissent and item.decision == "approved"
        assert record.absent == (("王晓明", "出差"),)


def test_approval_needs_more_than_half_of_members_due(sdesk: SupervisionDesk) -> None:
    meeting_id = _meeting(sdesk, 3)
    with sdesk.workspace.transaction() as session:
        recorder = sdesk.user(session, "leader1")
        record_opinion(session, recorder, meeting_id, 1, member_login="leader2", stance="agree")
        record_opinion(
            session, recorder, meeting_id, 1, member_login="leader3", stance="defer", reason="再调研"
        )
        record_opinion(session, recorder, meeting_id, 1, member_login="leader1", stance="agree")
        with pytest.raises(InvalidAction, match="未超过应到会人员"):
            decide_item(session, recorder, meeting_id, 1, decision="approved", decision_text="同意")
        decide_item(
            session, recorder, meeting_id, 1, decision="deferred", decision_text="暂缓决定，进一步调研。"
        )


def test_collective_step_passes_only_with_a_meeting_that_decided_the_case(sdesk: SupervisionDesk) -> None:
    number = sdesk.register("QL-02")  # ex officio: starts accepted at S1
    sdesk.act(number, "clerk1", "pass", opinion="已拟定资金安排方案。")
    with pytest.raises(InvalidInput, match="关联"):
        sdesk.act(number, "leader2", "pass", opinion="经主任办公会研究，同意。")
    other = _meeting(sdesk, 3)  # about no case
    with pytest.raises(InvalidAction, match="没有研究本件"):
        sdesk.act(number, "leader2", "pass", opinion="同意。", meeting_id=other)
    meeting_id = _meeting(sdesk, 3, case_number=number)
    with pytest.raises(InvalidAction, match="尚未作出决定"):
        sdesk.act(number, "leader2", "pass", opinion="同意。", meeting_id=meeting_id)
    with sdesk.workspace.transaction() as session:
        recorder = sdesk.user(session, "leader1")
        for login in ("leader2", "leader3", "leader1"):
            record_opinion(session, recorder, meeting_id, 1, member_login=login, stance="agree")
        decide_item(session, recorder, meeting_id, 1, decision="approved", decision_text="同意。")
    sdesk.act(number, "leader2", "pass", opinion="经主任办公会研究，同意。", meeting_id=meeting_id)
    with sdesk.workspace.reading_sessions() as session:
        from app.cases import case_json, find_case

        assert case_json(session, find_case(session, number))["step"] == "S3"


def _collective_last_step_regulation(sdesk: SupervisionDesk) -> None:
    """QL-92: QL-02 whose collective step S2 is the deciding one (approve or reject)."""
    from db.models import Regulation

    with sdesk.workspace.transaction() as session:
        source = session.scalars(select(Regulation).where(Regulation.code == "QL-02")).one()
        steps = [dict(s) for s in source.definition["steps"][:2]]
        steps[1]["actions"] = ["pass", "reject", "return"]  # "pass" at the last step: approve
        definition = {**source.definition, "code": "QL-92", "steps": steps}
        session.add(
            Regulation(
                code="QL-92",
                version=1,
                title="以工代赈资金安排（集体决定）",
                category="power",
                kind="ex_officio",
                group_name=source.group_name,
                division_id=source.division_id,
                effective_from=source.effective_from,
                definition=definition,
                content_hash="",
                imported_at=source.imported_at,
            )
        )


def test_a_collective_decision_is_taken_the_way_the_meeting_decided(sdesk: SupervisionDesk) -> None:
    _collective_last_step_regulation(sdesk)
    number = sdesk.register("QL-92")
    sdesk.act(number, "clerk1", "pass", opinion="已拟定资金安排方案。")
    meeting_id = _meeting(sdesk, 3, case_number=number)
    with sdesk.workspace.transaction() as session:
        recorder = sdesk.user(session, "leader1")
        for login in ("leader2", "leader3", "leader1"):
            record_opinion(
                session,
                recorder,
                meeting_id,
                1,
                member_login=login,
                stance="disagree",
                reason="资金来源未落实",
            )
        decide_item(session, recorder, meeting_id, 1, decision="rejected", decision_text="不同意。")
    with pytest.raises(InvalidInput, match="关联"):
        sdesk.act(number, "leader2", "reject", opinion="不予安排。")
    with pytest.raises(InvalidAction, match="不同意，本环节不能通过"):
        sdesk.act(number, "leader2", "approve", opinion="同意。", meeting_id=meeting_id)
    sdesk.act(number, "leader2", "reject", opinion="经主任办公会研究，不予安排。", meeting_id=meeting_id)
    with sdesk.workspace.reading_sessions() as session:
        from app.cases import case_json, find_case

        data = case_json(session, find_case(session, number))
        assert (data["status"], data["decision"]) == ("decided", "rejected")
