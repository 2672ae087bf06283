"""The supervision dashboard widget: its numbers are the service's, a click opens the matching case
list, an inspector sees only his division; the complaint dialog registers through the service."""

from __future__ import annotations

import pytest

from app.caselist import count_cases
from app.complaints import list_complaints
from app.workspace import Workspace
from tests.test_supervision_desk import SupervisionDesk, make_desk
from ui.complaint_dialog import ComplaintDialog
from ui.supervision_dashboard import SupervisionDashboard


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def _user_id(sdesk: SupervisionDesk, login: str) -> int:
    with sdesk.workspace.reading_sessions() as session:
        return sdesk.user(session, login).id


def test_dashboard_tiles_open_filtered_case_lists(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    sdesk.running()
    sdesk.running("QL-91", "fgc-clerk")
    sdesk.at(29)  # both past their statutory limit
    dashboard = SupervisionDashboard(sdesk.workspace, _user_id(sdesk, "supervisor"))
    qtbot.add_widget(dashboard)
    assert dashboard.tiles["red"].value == 2
    assert dashboard.tiles["accountability_open"].value == 2  # raised when the dashboard opened
    with qtbot.wait_signal(dashboard.open_case_list) as blocker:
        dashboard.tiles["red"].click()
    with sdesk.workspace.reading_sessions() as session:
        assert count_cases(session, blocker.args[0]) == 2
    assert dashboard.red_table.rowCount() == 2

    inspector = SupervisionDashboard(sdesk.workspace, _user_id(sdesk, "inspector"))
    qtbot.add_widget(inspector)
    assert inspector.tiles["red"].value == 1
    assert inspector.division_table.rowCount() == 1


def test_complaint_dialog_registers_and_keeps_input_on_error(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.running()
    dialog = ComplaintDialog(sdesk.workspace, _user_id(sdesk, "supervisor"))
    qtbot.add_widget(dialog)
    dialog.complainant.setText("张三")
    dialog.case_number.setText(number)
    dialog.save()
    assert dialog.result() == 0 and "投诉事项" in dialog.fields.labels["content"].text()
    assert dialog.complainant.text() == "张三"
    dialog.content.setPlainText("办理拖延。")
    dialog.save()
    assert dialog.complaint_id is not None
    with sdesk.workspace.reading_sessions() as session:
        assert [c.case_number for c in list_complaints(session, sdesk.user(session, "supervisor"))] == [
            number
        ]


def test_complaint_is_concluded_through_the_dialog_with_specific_refusals(
    qtbot, sdesk: SupervisionDesk
) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.running()
    supervisor = _user_id(sdesk, "supervisor")
    register = ComplaintDialog(sdesk.workspace, supervisor)
    qtbot.add_widget(register)
    register.content.setPlainText("办理拖延。")
    register.case_number.setText(number)
    register.save()
    assert register.complaint_id is not None
    handle = ComplaintDialog(sdesk.workspace, supervisor, complaint_id=register.complaint_id)
    qtbot.add_widget(handle)
    handle.show()
    handle.add_notes()
    assert handle.fields.text("investigation") == "请填写调查核实情况。"
    handle.conclude()
    assert handle.fields.text("reply") == "请填写答复投诉人的内容。" and handle.isVisible()
    handle.reply.setPlainText("经核实，已督促承办处室加快办理。")
    handle.conclude()
    assert handle.fields.text("investigation") == "办结前须记录调查核实情况。"
    assert handle.reply.toPlainText() == "经核实，已督促承办处室加快办理。"  # kept after a refusal
    handle.notes.setPlainText("调阅办件记录，承办人未按时办理。")
    handle.add_notes()
    assert "承办人未按时办理" in handle.history.text() and not handle.notes.toPlainText()
    handle.outcome.setCurrentIndex(handle.outcome.findData("substantiated"))
    handle.conclude()
    assert not handle.isVisible(), handle.message.text()
    assert handle.accountability_id is not None


def test_notice_is_sent_and_replied_through_the_dialog(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    from app.notices import notice_info
    from ui.notice_dialog import NoticeDialog

    number = sdesk.running()
    send = NoticeDialog(sdesk.workspace, _user_id(sdesk, "supervisor"), case_numbers=(number,))
    qtbot.add_widget(send)
    send.show()
    send.send()
    assert send.fields.text("subject") == "请填写督办事项。" and send.notice_id is None
    send.subject.setText("办件临近法定时限")
    send.requirements.setPlainText("请于三日内办结。")
    send.send()
    assert send.notice_id is not None and not send.isVisible(), send.message.text()

    reply = NoticeDialog(sdesk.workspace, _user_id(sdesk, "head"), notice_id=send.notice_id)
    qtbot.add_widget(reply)
    reply.show()
    reply.send_reply()
    assert reply.fields.text("reply") and reply.isVisible()
    reply.reply.setPlainText("已办结。")
    reply.send_reply()
    assert not reply.isVisible(), reply.message.text()
    with sdesk.workspace.reading_sessions() as session:
        assert notice_info(session, send.notice_id).reply == "已办结。"
