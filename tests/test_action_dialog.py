"""The action dialog at a collective-decision step (集体决策): without a meeting it says clearly that
the meeting must be recorded first and offers the meeting dialog with the case on the agenda; with
the meeting decided, the picker passes its id and the step passes (or the case is decided the way
the meeting decided). On both backends."""

from __future__ import annotations

import pytest

from app.cases import ActionInput, case_json, find_case, perform
from app.workspace import Workspace
from tests.shots import save_shot
from tests.test_meeting_dialog import choose_members, decide, state_opinions, user_id
from tests.test_meetings import _collective_last_step_regulation
from tests.test_supervision_desk import SupervisionDesk, make_desk
from ui.action_dialog import ActionContext, ActionDialog, CollectiveMeetings
from ui.meeting_dialog import ITEM_CASE, MeetingDialog

LABELS = {"pass": "通过", "approve": "办结（批准）", "reject": "不予批准"}


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


def _dialog(qtbot, sdesk: SupervisionDesk, number: str, action: str, login: str = "leader2") -> ActionDialog:  # type: ignore[no-untyped-def]
    with sdesk.workspace.reading_sessions() as session:
        case = find_case(session, number)
        case_id, version = case.id, case.lock_version

    def submit(given: ActionInput) -> str:
        with sdesk.workspace.transaction() as session:
            return perform(
                session, sdesk.user(session, login), find_case(session, number), action, given
            ).message

    dialog = ActionDialog(
        ActionContext(
            action=action,
            label=LABELS[action],
            case_number=number,
            step_name="集体研究",
            expected_version=version,
            collective=True,
        ),
        submit,
        meetings=CollectiveMeetings(sdesk.workspace, user_id(sdesk, login), case_id, number),
    )
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def _step(sdesk: SupervisionDesk, number: str) -> dict:  # type: ignore[type-arg]
    with sdesk.workspace.reading_sessions() as session:
        return case_json(session, find_case(session, number))


def test_a_collective_step_passes_with_the_meeting_picked_in_the_dialog(
    qtbot, sdesk: SupervisionDesk
) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.register("QL-02")  # ex officio: starts accepted at S1
    sdesk.act(number, "clerk1", "pass", opinion="已拟定资金安排方案。")
    dialog = _dialog(qtbot, sdesk, number, "pass")
    assert dialog.meeting is not None and dialog.no_meeting is not None
    # No meeting yet: said plainly, and submitting is refused at the picker.
    assert not dialog.meeting.isEnabled()
    assert dialog.no_meeting.isVisible() and "请先登记会议记录" in dialog.no_meeting.text()
    qtbot.wait(20)
    save_shot(dialog, "action_no_meeting")
    dialog.text_edit.setPlainText("经主任办公会研究，同意。")  # type: ignore[union-attr]
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "请关联研究决定本件的会议记录" in dialog.fields.text("meeting_id")
    assert dialog.text_edit.toPlainText() == "经主任办公会研究，同意。"  # type: ignore[union-attr]
    assert _step(sdesk, number)["step"] == "S2"

    # The button opens the meeting dialog with this case on the agenda.
    assert dialog.record_meeting_button is not None
    dialog.record_meeting_button.click()
    source = dialog._meetings
    assert isinstance(source, CollectiveMeetings)
    meeting = source.last_dialog
    assert isinstance(meeting, MeetingDialog) and meeting.isVisible()
    assert meeting.items.item(0, ITEM_CASE).text() == number
    meeting.meeting_type.setCurrentText("主任办公会")
    choose_members(meeting, ("leader1", "leader2", "leader3"))
    meeting.save_button.click()
    assert meeting.meeting_id is not None, meeting.message.text()
    meeting.reject()
    # Recorded but not decided: offered, yet the dialog says the step cannot pass on it.
    assert dialog.meeting.isEnabled() and dialog.meeting.count() == 1
    assert "尚未决定" in dialog.meeting.currentText()
    assert "尚未作出“同意”的决定" in dialog.no_meeting.text()
    dialog.ok_button.click()
    assert "尚未作出决定" in dialog.message.text()

    # The meeting decides; reopened from the picker's button it is the same meeting.
    reopened = MeetingDialog(sdesk.workspace, user_id(sdesk, "leader1"), meeting_id=meeting.meeting_id)
    qtbot.add_widget(reopened)
    state_opinions(
        reopened, 1, [("leader2", "agree", ""), ("leader3", "agree", ""), ("leader1", "agree", "")]
    )
    decide(reopened, 1, "approved", "同意资金安排方案。")
    assert not reopened.message.isVisible(), reopened.message.text()
    dialog.refresh_meetings()
    assert dialog.meeting.currentData() == meeting.meeting_id
    assert "主任办公会" in dialog.meeting.currentText() and "本件议题：同意" in dialog.meeting.currentText()
    assert not dialog.no_meeting.isVisible()
    qtbot.wait(20)
    save_shot(dialog, "action_picker")
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.message.text()
    assert dialog.result_message
    assert _step(sdesk, number)["step"] == "S3"


def test_a_collective_decision_follows_the_meeting(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    _collective_last_step_regulation(sdesk)
    number = sdesk.register("QL-92")
    sdesk.act(number, "clerk1", "pass", opinion="已拟定资金安排方案。")
    meeting = MeetingDialog(sdesk.workspace, user_id(sdesk, "leader1"), case_number=number)
    qtbot.add_widget(meeting)
    choose_members(meeting, ("leader1", "leader2", "leader3"))
    meeting.save_button.click()
    assert meeting.meeting_id is not None, meeting.message.text()
    state_opinions(
        meeting,
        1,
        [
            ("leader2", "disagree", "资金来源未落实"),
            ("leader3", "disagree", "资金来源未落实"),
            ("leader1", "disagree", "资金来源未落实"),
        ],
    )
    decide(meeting, 1, "rejected", "不同意。")

    approve = _dialog(qtbot, sdesk, number, "approve")
    assert approve.meeting is not None and approve.no_meeting is not None
    assert "本件议题：不同意" in approve.meeting.currentText()
    assert "尚未作出“同意”的决定" in approve.no_meeting.text()
    approve.text_edit.setPlainText("同意。")  # type: ignore[union-attr]
    approve.ok_button.click()
    assert "本环节不能通过" in approve.message.text()
    approve.reject()

    reject = _dialog(qtbot, sdesk, number, "reject")
    assert reject.meeting is not None and reject.meeting.currentData() == meeting.meeting_id
    assert reject.no_meeting is not None and not reject.no_meeting.isVisible()
    reject.text_edit.setPlainText("经主任办公会研究，不予安排。")  # type: ignore[union-attr]
    reject.ok_button.click()
    assert not reject.isVisible(), reject.message.text()
    data = _step(sdesk, number)
    assert (data["status"], data["decision"]) == ("decided", "rejected")


def test_an_ordinary_step_has_no_meeting_picker(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ActionDialog(ActionContext(action="pass", label="通过", case_number="X-1"), lambda given: "")
    qtbot.add_widget(dialog)
    assert dialog.meeting is None and dialog.given().meeting_id is None


def test_the_case_view_offers_the_picker_at_a_collective_step(qtbot, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    from ui.case_view import CaseView

    number = sdesk.register("QL-02")
    sdesk.act(number, "clerk1", "pass", opinion="已拟定资金安排方案。")
    with sdesk.workspace.reading_sessions() as session:
        case_id = find_case(session, number).id
    view = CaseView(sdesk.workspace, user_id(sdesk, "leader2"), case_id)
    qtbot.add_widget(view)
    view.show()
    dialog = view.make_dialog("pass")
    qtbot.add_widget(dialog)
    assert dialog.meeting is not None and not dialog.meeting.isEnabled()
    assert "请先登记会议记录" in dialog.no_meeting.text()  # type: ignore[union-attr]
    ordinary = sdesk.register("QL-01")
    with sdesk.workspace.reading_sessions() as session:
        other = CaseView(sdesk.workspace, user_id(sdesk, "clerk1"), find_case(session, ordinary).id)
    qtbot.add_widget(other)
    assert other.make_dialog("accept").meeting is None
