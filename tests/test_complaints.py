"""Complaints (投诉): registration, deadline in working days, investigation, outcome, and the
accountability item a substantiated complaint opens; on both backends."""

from __future__ import annotations

from datetime import date

import pytest

from app.accountability import list_items
from app.complaints import conclude_complaint, list_complaints, record_investigation, register_complaint
from app.errors import InvalidAction, InvalidInput, PermissionDenied
from app.supervision import supervision_summary
from app.workspace import Workspace
from tests.test_supervision_desk import SupervisionDesk, make_desk


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def test_complaint_deadline_is_fifteen_working_days(sdesk: SupervisionDesk) -> None:
    number = sdesk.running()
    with sdesk.workspace.transaction() as session:
        complaint = register_complaint(
            session,
            sdesk.user(session, "supervisor"),
            channel="phone",
            complainant="张女士",
            contact="13800000000",
            content="窗口工作人员态度生硬，办理拖延。",
            case_number=number,
        )
        # 2026-03-02 (not counted) + 15 working days = 2026-03-23.
        assert complaint.due == date(2026, 3, 23)
        assert complaint.division_id == sdesk.division_id("TZC")
        complaint_id = complaint.id
    sdesk.at(21)  # 03-23: the last day
    with sdesk.workspace.reading_sessions() as session:
        info = list_complaints(session, sdesk.user(session, "supervisor"))[0]
        assert (info.days_left, info.overdue, info.time_text) == (0, False, "剩余 0 个工作日")
    sdesk.at(22)  # 03-24: overdue
    with sdesk.workspace.reading_sessions() as session:
        info = list_complaints(session, sdesk.user(session, "supervisor"))[0]
        assert info.overdue and info.time_text == "已超期 1 个工作日"
        summary = supervision_summary(session, sdesk.user(session, "supervisor"))
        assert (summary.complaints_open, summary.complaints_overdue) == (1, 1)
    with sdesk.workspace.transaction() as session, pytest.raises(InvalidInput, match="调查核实"):
        conclude_complaint(
            session, sdesk.user(session, "supervisor"), complaint_id, outcome="not", reply="经查不属实。"
        )


def test_register_refusals(sdesk: SupervisionDesk) -> None:
    fgc_case = sdesk.running("QL-91", "fgc-clerk")
    with sdesk.workspace.transaction() as session:
        supervisor = sdesk.user(session, "supervisor")
        with pytest.raises(InvalidInput, match="投诉渠道"):
            register_complaint(session, supervisor, channel="fax", complainant="甲", content="x")
        with pytest.raises(InvalidInput, match="投诉事项"):
            register_complaint(session, supervisor, channel="letter", complainant="甲", content="  ")
        with pytest.raises(PermissionDenied, match="本处室"):
            register_complaint(
                session,
                sdesk.user(session, "inspector"),
                channel="visit",
                complainant="乙",
                content="x",
                case_number=fgc_case,
            )
        with pytest.raises(PermissionDenied):
            register_complaint(
                session, sdesk.user(session, "clerk1"), channel="phone", complainant="丙", content="x"
            )
        anonymous = register_complaint(
            session, supervisor, channel="online", complainant="", content="反映问题"
        )
        assert anonymous.complainant == "匿名"


@pytest.mark.parametrize("outcome, raises_item", [("substantiated", True), ("partly", True), ("not", False)])
def test_outcome_and_accountability(sdesk: SupervisionDesk, outcome: str, raises_item: bool) -> None:
    number = sdesk.running()
    with sdesk.workspace.transaction() as session:
        supervisor = sdesk.user(session, "supervisor")
        complaint_id = register_complaint(
            session,
            supervisor,
            channel="letter",
            complainant="王先生",
            content="多次要求补充材料。",
            case_number=number,
        ).id
        record_investigation(session, supervisor, complaint_id, "调阅办件记录，询问经办人。")
        result = conclude_complaint(
            session, supervisor, complaint_id, outcome=outcome, reply="经调查核实，已将处理结果告知。"
        )
        assert (result.accountability is not None) == raises_item
        with pytest.raises(InvalidAction, match="已办结"):
            record_investigation(session, supervisor, complaint_id, "补充")
    with sdesk.workspace.reading_sessions() as session:
        items = list_items(session, sdesk.user(session, "supervisor"))
        assert len(items) == (1 if raises_item else 0)
        if raises_item:
            assert items[0].source == "complaint" and items[0].case_number == number
        info = list_complaints(session, sdesk.user(session, "supervisor"))[0]
        assert info.status == "closed" and info.outcome == outcome
        assert "调阅办件记录" in info.investigation
