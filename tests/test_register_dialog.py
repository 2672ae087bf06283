"""Registering a case (登记) from the keyboard; refusals shown next to the field, nothing lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import timesource
from app.identifiers import credit_code_check_character
from app.workspace import Workspace
from db.models import Case
from tests.factories import T0, make_division, make_user
from tests.shots import save_shot
from ui.register_dialog import RegisterDialog, pinyin_initials


def _credit_code() -> str:
    first17 = "91430100MA4L00001"
    return first17 + credit_code_check_character(first17)


@pytest.fixture
def clerk_id(workspace: Workspace) -> int:
    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        clerk = make_user(session, make_division(session, "TZC"), "clerk1", ("clerk",))
        return clerk.id


def _open(workspace: Workspace, clerk_id: int, qtbot: QtBot) -> RegisterDialog:
    dialog = RegisterDialog(workspace, clerk_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.regulation)
    return dialog


def _tab(qtbot: QtBot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_pinyin_initials_of_common_characters() -> None:
    assert pinyin_initials("企业投资项目核准") == "qytzxmhz"
    assert pinyin_initials("QL-01 行政") == "ql01" + pinyin_initials("行政")


def test_clerk_registers_a_case_entirely_by_keyboard(
    workspace: Workspace, clerk_id: int, qtbot: QtBot
) -> None:
    dialog = _open(workspace, clerk_id, qtbot)
    # Only the clerk's own division's power regulations are offered (TZC: QL-01, QL-02).
    assert {e.code for e in dialog.entries} == {"QL-01", "QL-02"}
    qtbot.keyClicks(dialog.regulation, "qytz")  # pinyin initials of 企业投资项目核准
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.entry is not None and dialog.entry.code == "QL-01"
    assert dialog.regulation.text() == "QL-01 企业投资项目核准"
    assert dialog.materials.rowCount() == 2
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.applicant_type
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.applicant_name
    dialog.applicant_name.setText("长沙示例新能源有限公司")  # QTest types ASCII only
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.id_code
    qtbot.keyClicks(dialog.id_code, _credit_code().lower())
    _tab(qtbot)
    assert dialog.id_code.text() == _credit_code()  # normalised on leaving the field
    assert QApplication.focusWidget() is dialog.contact
    _tab(qtbot)
    qtbot.keyClicks(dialog.phone, "0731-82212041")
    _tab(qtbot)
    _tab(qtbot)  # address left empty
    assert QApplication.focusWidget() is dialog.subject
    dialog.subject.setText("示例风电场项目")
    _tab(qtbot)
    # The checklist from the keyboard: M02 (optional) was not brought.
    assert QApplication.focusWidget() is dialog.materials.status_boxes[0]
    for _ in range(3):
        _tab(qtbot)
    assert QApplication.focusWidget() is dialog.materials.status_boxes[1]
    qtbot.keyClick(dialog.materials.status_boxes[1], Qt.Key.Key_Down)  # 已收取 → 缺少
    assert dialog.materials.status_boxes[1].currentData() == "missing"
    qtbot.wait(20)  # let the layout settle before the picture
    save_shot(dialog, "register-filled")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.case_number
    with workspace.sessions() as session:
        case = session.scalars(select(Case).where(Case.id == dialog.case_id)).one()
        assert case.applicant_name == "长沙示例新能源有限公司"
        assert case.applicant_id_code == _credit_code()
        assert case.subject == "示例风电场项目"
        assert {m.code: m.status for m in case.materials} == {"M01": "received", "M02": "missing"}


def test_failed_save_keeps_the_form_and_shows_the_message_at_the_field(
    workspace: Workspace, clerk_id: int, qtbot: QtBot
) -> None:
    dialog = _open(workspace, clerk_id, qtbot)
    # Saving with nothing chosen: the message sits at the regulation picker.
    qtbot.keyClick(dialog.regulation, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "请选择办理事项" in dialog.fields.text("regulation")
    qtbot.keyClicks(dialog.regulation, "QL-01")
    dialog.completer.popup().hide()
    dialog.applicant_name.setFocus()
    assert dialog.entry is not None and dialog.entry.code == "QL-01"
    assert dialog.fields.text("regulation") == ""
    dialog.applicant_name.setText("长沙示例新能源有限公司")
    dialog.subject.setText("示例风电场项目")
    dialog.contact.setText("李四")
    dialog.id_code.setText("91430100MA4L000012")  # wrong check character
    dialog.phone.setText("12345")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.case_id is None
    assert "第18位" in dialog.fields.text("applicant_id_code")
    assert QApplication.focusWidget() is dialog.id_code
    # Everything typed is still there.
    assert dialog.applicant_name.text() == "长沙示例新能源有限公司"
    assert dialog.subject.text() == "示例风电场项目"
    assert dialog.contact.text() == "李四"
    assert dialog.phone.text() == "12345"
    save_shot(dialog, "register-refused")
    dialog.id_code.setText(_credit_code())
    dialog.save_button.click()
    assert "联系电话格式不正确" in dialog.fields.text("applicant_phone")
    assert dialog.fields.text("applicant_id_code") == ""
    dialog.phone.setText("13800000000")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with workspace.sessions() as session:
        assert session.scalar(select(Case.applicant_phone)) == "13800000000"


def test_leaving_a_field_checks_it(workspace: Workspace, clerk_id: int, qtbot: QtBot) -> None:
    dialog = _open(workspace, clerk_id, qtbot)
    dialog.applicant_type.setCurrentIndex(dialog.applicant_type.findData("person"))
    dialog.id_code.setFocus()
    qtbot.keyClicks(dialog.id_code, "43010219900101123")
    _tab(qtbot)
    assert "公民身份号码应为18位" in dialog.fields.text("applicant_id_code")
    dialog.applicant_name.setFocus()
    qtbot.keyClicks(dialog.applicant_name, "x")
    qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Backspace)  # typed, then erased
    _tab(qtbot)
    assert "请填写申请人名称" in dialog.fields.text("applicant_name")


def test_a_user_who_may_not_register_is_told_why(workspace: Workspace, qtbot: QtBot) -> None:
    with workspace.transaction() as session:
        reviewer = make_user(session, make_division(session, "TZC"), "rev", ("reviewer",))
        reviewer_id = reviewer.id
    dialog = RegisterDialog(workspace, reviewer_id)
    qtbot.addWidget(dialog)
    assert not dialog.entries
    assert not dialog.save_button.isEnabled()
    assert "没有可登记的事项" in dialog.message.text()


@pytest.mark.parametrize("saved", [True, False], ids=["saved-before-the-break", "not-saved"])
def test_a_registration_cut_off_at_commit_is_not_registered_twice(
    qtbot, workspace: Workspace, clerk_id: int, monkeypatch: pytest.MonkeyPatch, saved: bool
) -> None:  # type: ignore[no-untyped-def]
    """The connection breaks while the COMMIT is on its way: the form stays and says the outcome is
    unknown. Submitted again, it finds the case if it was saved after all, else registers it."""
    import ui.register_dialog as register_dialog
    from app.retry import DatabaseUnavailable, run_in_transaction

    cut_off = [True]

    def commit_cut_off(ws, fn):  # type: ignore[no-untyped-def]
        if cut_off.pop() if cut_off else False:
            if saved:
                run_in_transaction(ws, fn)
            raise DatabaseUnavailable("连接在保存时中断", in_doubt=True)
        return run_in_transaction(ws, fn)

    monkeypatch.setattr(register_dialog, "run_in_transaction", commit_cut_off)
    dialog = RegisterDialog(workspace, clerk_id)
    qtbot.addWidget(dialog)
    dialog.choose("QL-01")
    dialog.applicant_name.setText("衡阳示例环保科技有限公司")
    dialog.subject.setText("污水处理厂提标改造")
    dialog.save_button.click()
    assert dialog.case_id is None and "连接在保存时中断" in dialog.message.text()
    dialog.save_button.click()
    assert dialog.case_id is not None and dialog.saved_before_the_break is saved
    with workspace.reading_sessions() as session:
        numbers = list(session.scalars(select(Case.number)))
    assert numbers == [dialog.case_number]  # one registration, either way
