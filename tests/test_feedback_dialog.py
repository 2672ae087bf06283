"""Social supervisors' feedback (社会监督员意见) through the GUI: registered and replied through the
dialog, refusals with specific messages that keep what was typed and store nothing, and the entry
shown on the dashboard's list and in its per-division summary. On both backends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.feedback import list_feedback
from app.workspace import Workspace
from db.models import Division, SocialFeedback
from tests.shots import save_shot
from tests.test_meeting_dialog import user_id
from tests.test_supervision_desk import SupervisionDesk, make_desk
from ui.feedback_dialog import FeedbackDialog
from ui.supervision_dashboard import DIVISION_COLUMNS, SupervisionDashboard


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def _count(sdesk: SupervisionDesk) -> int:
    with sdesk.workspace.reading_sessions() as session:
        return int(session.scalar(select(func.count(SocialFeedback.id))) or 0)


def _division_name(sdesk: SupervisionDesk, code: str) -> str:
    with sdesk.workspace.reading_sessions() as session:
        return session.get_one(Division, sdesk.division_id(code)).name


def test_feedback_is_registered_and_replied_through_the_dialog(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.running()
    dialog = FeedbackDialog(sdesk.workspace, user_id(sdesk, "supervisor"))
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.fields.text("supervisor_name") == "请填写社会监督员姓名。"
    dialog.supervisor_name.setText("李四")
    dialog.content.setPlainText("   ")
    dialog.save()
    assert dialog.fields.text("content") == "请填写社会监督员反映的意见或问题。"
    assert not dialog.fields.text("supervisor_name")
    dialog.content.setPlainText("窗口人员答复不够耐心。")
    dialog.case_number.setText("NO-SUCH-CASE")
    dialog.save()
    assert "没有编号为“NO-SUCH-CASE”的办件" in dialog.message.text() and dialog.isVisible()
    assert (
        dialog.supervisor_name.text() == "李四" and dialog.content.toPlainText() == "窗口人员答复不够耐心。"
    )
    assert _count(sdesk) == 0  # nothing stored by a refusal
    dialog.case_number.setText(number)
    dialog.rating.setCurrentIndex(dialog.rating.findData("basically"))
    dialog.save()
    assert dialog.feedback_id is not None and not dialog.isVisible(), dialog.message.text()
    with sdesk.workspace.reading_sessions() as session:
        [entry] = list_feedback(session, sdesk.user(session, "supervisor"))
    assert (entry.supervisor_name, entry.case_number, entry.rating) == ("李四", number, "basically")
    assert entry.division == _division_name(sdesk, "TZC")  # the case's division

    reply = FeedbackDialog(sdesk.workspace, user_id(sdesk, "supervisor"), feedback_id=dialog.feedback_id)
    qtbot.add_widget(reply)
    reply.show()
    assert "李四" in reply.form.itemAt(0).widget().text()  # type: ignore[union-attr]
    reply.send_reply()
    assert reply.fields.text("reply") == "请填写答复内容。" and reply.isVisible()
    reply.reply.setPlainText("已约谈窗口人员并加强培训。")
    reply.send_reply()
    assert not reply.isVisible(), reply.message.text()
    with sdesk.workspace.reading_sessions() as session:
        [entry] = list_feedback(session, sdesk.user(session, "supervisor"))
    assert entry.reply == "已约谈窗口人员并加强培训。" and entry.replied_at is not None

    again = FeedbackDialog(sdesk.workspace, user_id(sdesk, "supervisor"), feedback_id=dialog.feedback_id)
    qtbot.add_widget(again)
    assert again.reply.isReadOnly() and again.reply.toPlainText() == "已约谈窗口人员并加强培训。"


def test_an_inspector_may_not_register_feedback_about_another_division(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    dialog = FeedbackDialog(sdesk.workspace, user_id(sdesk, "inspector"))  # TZC's inspector
    qtbot.add_widget(dialog)
    dialog.supervisor_name.setText("李四")
    dialog.content.setPlainText("价格认定窗口排队时间长。")
    dialog.division.setCurrentIndex(dialog.division.findData("FGC"))
    dialog.save()
    assert "只能监督本处室" in dialog.message.text()
    assert _count(sdesk) == 0


def test_the_dashboard_lists_feedback_and_counts_it_per_division(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    sdesk.running()
    dashboard = SupervisionDashboard(sdesk.workspace, user_id(sdesk, "supervisor"))
    qtbot.add_widget(dashboard)
    dashboard.resize(1100, 600)
    dashboard.show()
    assert dashboard.feedback_table.rowCount() == 0
    assert dashboard.feedback_button.isEnabled()
    dashboard.tabs.setCurrentIndex(7)
    dashboard.feedback_button.click()
    dialog = dashboard.last_dialog
    assert isinstance(dialog, FeedbackDialog)
    dialog.supervisor_name.setText("李四")
    dialog.content.setPlainText("价格认定窗口排队时间长，建议增设窗口。")
    dialog.division.setCurrentIndex(dialog.division.findData("FGC"))
    dialog.rating.setCurrentIndex(dialog.rating.findData("dissatisfied"))
    qtbot.wait(20)
    save_shot(dialog, "feedback_dialog")
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()
    # The list and the per-division summary show it at once.
    assert dashboard.feedback_table.rowCount() == 1
    cells = [dashboard.feedback_table.item(0, c).text() for c in range(8)]
    assert cells[1:4] == ["李四", _division_name(sdesk, "FGC"), "不满意"]
    assert cells[6] == "待答复" and cells[7].startswith("价格认定窗口")
    assert "本月收到社会监督员意见 1 条" in dashboard.satisfaction_label.text()
    assert dashboard.tabs.tabText(7) == "社会监督员意见（1）"
    column = [attr for _h, attr, _k in DIVISION_COLUMNS].index("feedback")
    fgc = sdesk.division_id("FGC")
    rows = {
        int(
            dashboard.division_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        ): dashboard.division_table.item(r, column).text()
        for r in range(dashboard.division_table.rowCount())
    }
    assert rows[fgc] == "1"
    qtbot.wait(20)
    save_shot(dashboard, "dashboard_feedback")

    dashboard.feedback_table.selectRow(0)
    dashboard.reply_button.click()
    reply = dashboard.last_dialog
    assert isinstance(reply, FeedbackDialog) and reply.feedback_id is not None
    reply.reply.setPlainText("已增设一个综合窗口。")
    save_shot(reply, "feedback_reply")
    reply.send_reply()
    assert not reply.isVisible(), reply.message.text()
    assert dashboard.feedback_table.item(0, 6).text() == "已答复"
    assert dashboard.tabs.tabText(7) == "社会监督员意见（0）"

    leader = SupervisionDashboard(sdesk.workspace, user_id(sdesk, "leader1"))
    qtbot.add_widget(leader)
    assert leader.feedback_table.rowCount() == 1 and not leader.feedback_button.isEnabled()
