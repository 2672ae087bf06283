"""Accountability (违规责任追究): automatic items on statutory overdue (idempotent), on a late
one-time notification, manual items, conclusion with sanction, dismissal only with a reason."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.accountability import (
    PersonInput,
    conclude_item,
    dismiss_item,
    list_items,
    raise_item,
    raise_overdue_items,
)
from app.cases import MaterialCheck
from app.errors import InvalidAction, InvalidInput, PermissionDenied
from app.workspace import Workspace
from db.models import AccountabilityItem, AuditEvent
from tests.test_supervision_desk import SupervisionDesk, make_desk


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def _scan(sdesk: SupervisionDesk) -> int:
    with sdesk.workspace.transaction() as session:
        return len(raise_overdue_items(session))


def test_overdue_raises_one_item_per_case_idempotently(sdesk: SupervisionDesk) -> None:
    late = sdesk.running()
    on_time = sdesk.running("QL-91", "fgc-clerk")
    assert _scan(sdesk) == 0
    sdesk.at(20)
    assert _scan(sdesk) == 0  # within the limit (due 2026-03-30)
    sdesk.at(29)  # 03-31: one day past the statutory due date
    assert _scan(sdesk) == 2
    assert _scan(sdesk) == 0  # idempotent
    with sdesk.workspace.reading_sessions() as session:
        items = list_items(session, sdesk.user(session, "supervisor"))
        assert {i.case_number for i in items} == {late, on_time}
        assert all(i.source == "overdue" and i.violation_type == "overdue" for i in items)
        assert all(i.raised_by == "" for i in items)  # by the system
        assert "尚未办结" in items[0].description
        # The TZC inspector sees only the TZC item.
        assert [i.case_number for i in list_items(session, sdesk.user(session, "inspector"))] == [late]
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "accountability.raise")
            )
            == 2
        )


def test_case_decided_after_its_due_date_raises_an_item(sdesk: SupervisionDesk) -> None:
    number = sdesk.running()
    sdesk.act(number, "reviewer", "pass", opinion="同意。")
    sdesk.act(number, "fgc-reviewer", "pass", opinion="合法。")
    sdesk.at(30)  # 04-01, past the due date 03-30
    sdesk.act(number, "leader1", "approve", opinion="同意核准。")
    assert _scan(sdesk) == 1
    assert _scan(sdesk) == 0
    with sdesk.workspace.reading_sessions() as session:
        item = list_items(session, sdesk.user(session, "supervisor"))[0]
        assert "办结，超期" in item.description
        assert item.persons and item.persons[0][1] == "直接责任"


def test_late_supplement_notice_raises_one_time_notification_item(sdesk: SupervisionDesk) -> None:
    number = sdesk.register()
    sdesk.at(9)  # 03-11: more than 5 working days after receipt
    sdesk.act(number, "clerk1", "supplement", materials=(MaterialCheck("M01", "missing"),))
    assert _scan(sdesk) == 1
    assert _scan(sdesk) == 0
    with sdesk.workspace.reading_sessions() as session:
        item = list_items(session, sdesk.user(session, "supervisor"))[0]
        assert item.violation_type == "no_one_time_notice" and item.case_number == number


def test_dismissal_needs_a_reason_and_conclusion_a_sanction(sdesk: SupervisionDesk) -> None:
    sdesk.running()
    sdesk.running()
    sdesk.at(29)
    assert _scan(sdesk) == 2
    with sdesk.workspace.transaction() as session:
        supervisor = sdesk.user(session, "supervisor")
        first, second = (i.id for i in list_items(session, supervisor))
        with pytest.raises(InvalidInput, match="理由"):
            dismiss_item(session, supervisor, first, "")
        with pytest.raises(InvalidInput, match="理由"):
            dismiss_item(session, supervisor, first, "无")
        with pytest.raises(PermissionDenied):
            dismiss_item(session, sdesk.user(session, "head"), first, "经核实确因系统故障超期。")
        dismiss_item(session, supervisor, first, "经核实确因不可抗力（系统故障）超期。")
        with pytest.raises(InvalidAction, match="不予追究"):
            dismiss_item(session, supervisor, first, "再次处理的理由。")
        with pytest.raises(InvalidInput, match="处理方式"):
            conclude_item(
                session,
                supervisor,
                second,
                finding="经办人拖延。",
                sanction="罚款",
                sanction_on=date(2026, 3, 31),
            )
        conclude_item(
            session,
            supervisor,
            second,
            finding="经办人未按时推进审核，造成超期。",
            sanction="书面检查",
            sanction_on=date(2026, 3, 31),
            persons=[PersonInput(login="clerk1"), PersonInput(name="李四", responsibility="主要领导责任")],
        )
    with sdesk.workspace.reading_sessions() as session:
        items = {i.id: i for i in list_items(session, sdesk.user(session, "supervisor"))}
        assert items[first].status == "dismissed" and "不可抗力" in items[first].dismissal_reason
        assert items[second].status == "concluded" and items[second].sanction == "书面检查"
        assert items[second].persons == (("王晓明", "直接责任"), ("李四", "主要领导责任"))
        rows = session.scalar(select(func.count()).select_from(AccountabilityItem))
        assert rows == 2  # dismissed items are kept


def test_manual_item_by_supervisor_and_scope(sdesk: SupervisionDesk) -> None:
    fgc_case = sdesk.running("QL-91", "fgc-clerk")
    with sdesk.workspace.transaction() as session:
        with pytest.raises(PermissionDenied, match="本处室"):
            raise_item(
                session,
                sdesk.user(session, "inspector"),
                violation_type="shirking",
                description="推诿",
                case_number=fgc_case,
            )
        with pytest.raises(InvalidInput, match="违规类型"):
            raise_item(
                session,
                sdesk.user(session, "supervisor"),
                violation_type="x",
                description="推诿",
                case_number=fgc_case,
            )
        item = raise_item(
            session,
            sdesk.user(session, "fgc-inspector"),
            violation_type="shirking",
            description="对申请人咨询推诿。",
            case_number=fgc_case,
            persons=[PersonInput(login="fgc-clerk")],
        )
        assert item.source == "manual" and item.auto_key is None
