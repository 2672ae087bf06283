"""The meeting dialog: a meeting with several agenda items recorded through it, opinions item by
item in speaking order (the service's refusal shown when the presiding leader would speak before
the others), a decision per item; refusals keep what was typed. On both backends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from app.meetings import minutes
from app.workspace import Workspace
from tests.shots import save_shot
from tests.test_supervision_desk import SupervisionDesk, make_desk
from ui.meeting_dialog import ITEM_CASE, ITEM_PERSONNEL, ITEM_TITLE, MeetingDialog


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def user_id(sdesk: SupervisionDesk, login: str) -> int:
    with sdesk.workspace.reading_sessions() as session:
        return sdesk.user(session, login).id


def choose_members(
    dialog: MeetingDialog, due: tuple[str, ...], absent: tuple[str, ...] = (), presiding: str = "leader1"
) -> None:
    """Tick the members due, untick 'attended' for the absent, pick the presiding leader."""
    for row in range(dialog.members.rowCount()):
        item = dialog.members.item(row, 0)
        login = item.data(Qt.ItemDataRole.UserRole)
        item.setCheckState(Qt.CheckState.Checked if login in due else Qt.CheckState.Unchecked)
        attended = dialog.members.cellWidget(row, 1)
        assert isinstance(attended, QCheckBox)
        attended.setChecked(login not in absent)
        if login in absent:
            dialog.members.item(row, 2).setText("出差")
    dialog.presiding.setCurrentIndex(dialog.presiding.findData(presiding))


def state_opinions(dialog: MeetingDialog, seq: int, stances: list[tuple[str, str, str]]) -> None:
    """Record (login, stance, reason) in order on item `seq`, each through the form."""
    dialog.choose_item(seq)
    for login, stance, reason in stances:
        dialog.speaker.setCurrentIndex(dialog.speaker.findData(login))
        assert dialog.speaker.currentData() == login, f"{login} is not offered"
        dialog.stance.setCurrentIndex(dialog.stance.findData(stance))
        dialog.reason.setText(reason)
        dialog.add_opinion_button.click()
        assert not dialog.message.isVisible(), dialog.message.text()


def decide(dialog: MeetingDialog, seq: int, decision: str, text: str) -> None:
    dialog.choose_item(seq)
    dialog.decision.setCurrentIndex(dialog.decision.findData(decision))
    dialog.decision_text.setText(text)
    dialog.decide_button.click()


def test_a_meeting_with_two_agenda_items_is_recorded_and_decided_item_by_item(
    qtbot, sdesk: SupervisionDesk
) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.register("QL-02")
    dialog = MeetingDialog(sdesk.workspace, user_id(sdesk, "leader1"), case_number=number)
    qtbot.add_widget(dialog)
    dialog.show()
    # Pre-filled with one item about the case.
    assert dialog.items.rowCount() == 1
    assert dialog.items.item(0, ITEM_CASE).text() == number
    assert number in dialog.items.item(0, ITEM_TITLE).text()

    dialog.meeting_type.setCurrentText("主任办公会")
    dialog.title.setText("2026年第3次主任办公会")
    # Refusals name what is wrong and keep what was typed.
    dialog.save_button.click()
    assert "至少应有2人" in dialog.fields.text("members")
    choose_members(dialog, ("leader1", "leader2", "leader3", "leader4", "leader5"), absent=("leader5",))
    row = dialog.add_item()
    dialog.save_button.click()
    assert dialog.fields.text("items") == "第 2 项议题没有填写名称。"
    dialog.items.item(row, ITEM_TITLE).setText("调整处室干部分工")
    dialog.items.item(row, ITEM_PERSONNEL).setCheckState(Qt.CheckState.Checked)
    extra = dialog.add_item("多余的议题")
    dialog.items.setCurrentCell(extra, ITEM_TITLE)
    dialog.remove_item()
    assert dialog.items.rowCount() == 2
    dialog.items.item(0, ITEM_CASE).setText("NO-SUCH-CASE")
    dialog.save_button.click()
    assert "没有编号为“NO-SUCH-CASE”的办件" in dialog.message.text()
    assert dialog.meeting_id is None and dialog.title.text() == "2026年第3次主任办公会"
    dialog.items.item(0, ITEM_CASE).setText(number)
    save_shot(dialog, "meeting_record")
    dialog.save_button.click()
    assert dialog.meeting_id is not None, dialog.message.text()
    assert dialog.stack.currentIndex() == 1
    assert dialog.item_picker.count() == 2
    assert "应到 5 人，实到 4 人" in dialog.header.text()

    # Item 1: the presiding leader may not speak before the others; the service says why.
    dialog.choose_item(1)
    assert dialog.speaker.itemData(dialog.speaker.count() - 1) == "leader1"  # offered last
    dialog.speaker.setCurrentIndex(dialog.speaker.findData("leader1"))
    dialog.add_opinion_button.click()
    assert "主持人应最后表态" in dialog.message.text() and dialog.message.isVisible()
    dialog.speaker.setCurrentIndex(dialog.speaker.findData("leader3"))
    dialog.stance.setCurrentIndex(dialog.stance.findData("disagree"))
    dialog.add_opinion_button.click()
    assert dialog.message.text() == "不同意或缓议的，请说明理由。"
    state_opinions(
        dialog,
        1,
        [
            ("leader2", "agree", ""),
            ("leader3", "disagree", "资金测算依据不足"),
            ("leader4", "agree", ""),
        ],
    )
    decide(dialog, 1, "approved", "同意。")
    assert "尚未发表意见" in dialog.message.text()
    state_opinions(dialog, 1, [("leader1", "agree", "")])
    decide(dialog, 1, "approved", "同意资金安排方案。")
    assert not dialog.message.isVisible(), dialog.message.text()
    assert not dialog.add_opinion_button.isEnabled()  # decided: closed for opinions

    # Item 2 is recorded separately, in its own speaking order.
    dialog.choose_item(2)
    assert dialog.opinions.rowCount() == 0 and dialog.speaker.count() == 4
    state_opinions(
        dialog,
        2,
        [
            ("leader2", "agree", ""),
            ("leader3", "agree", ""),
            ("leader4", "defer", "再听取意见"),
            ("leader1", "agree", ""),
        ],
    )
    decide(dialog, 2, "approved", "同意调整。")
    assert not dialog.message.isVisible(), dialog.message.text()
    assert dialog.opinions.item(3, 1).text().endswith("（主持人）")

    with sdesk.workspace.reading_sessions() as session:
        record = minutes(session, dialog.meeting_id)
    assert [(i.title, i.case_number, i.personnel, i.decision) for i in record.items] == [
        (f"研究办件 {number} 的办理意见", number, False, "approved"),
        ("调整处室干部分工", None, True, "approved"),
    ]
    assert [o.stance for o in record.items[0].opinions] == ["agree", "disagree", "agree", "agree"]
    assert "资金测算依据不足" in record.items[0].dissent
    assert record.items[1].opinions[-1].presiding
    qtbot.wait(20)  # let the layout take the new texts, as the event loop would
    save_shot(dialog, "meeting")


def test_a_personnel_item_needs_two_thirds_present(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(sdesk.workspace, user_id(sdesk, "leader1"))
    qtbot.add_widget(dialog)
    choose_members(
        dialog, ("leader1", "leader2", "leader3", "leader4", "leader5"), absent=("leader4", "leader5")
    )
    dialog.items.item(0, ITEM_TITLE).setText("干部任免")
    dialog.items.item(0, ITEM_PERSONNEL).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    assert "三分之二以上" in dialog.message.text() and dialog.meeting_id is None
    assert dialog.stack.currentIndex() == 0
