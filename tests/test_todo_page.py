"""我的待办: the cases waiting for this user, most urgent first; an empty list says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import timesource
from app.cases import ApplicantDetails, register_case
from app.workspace import Workspace
from tests.factories import T0, make_division, make_regulation, make_user
from tests.shots import save_shot
from ui.todo_page import TodoPage


def test_todo_shows_the_case_to_its_clerk_and_not_to_another_division(
    workspace: Workspace, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        tzc, fgc = make_division(session, "TZC"), make_division(session, "FGC")
        clerk = make_user(session, tzc, "clerk1", ("clerk",))
        other = make_user(session, fgc, "fgc-clerk", ("clerk",))
        case = register_case(
            session,
            actor=clerk,
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="长沙示例新能源有限公司"),
            subject="示例风电场项目",
        )
        clerk_id, other_id, case_id, number = clerk.id, other.id, case.id, case.number

    page = TodoPage(workspace, clerk_id)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == number
    assert page.stack.currentIndex() == 0
    assert "共 1 件" in page.summary.text()
    save_shot(page, "todo")
    # Enter on the row opens the case.
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 1))
    with qtbot.waitSignal(page.open_case) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [case_id]

    elsewhere = TodoPage(workspace, other_id)
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    assert elsewhere.model.rowCount() == 0
    assert elsewhere.stack.currentIndex() == 1
    assert elsewhere.empty_note.isVisible()
    assert elsewhere.empty_note.text() == "没有待办事项"
    save_shot(elsewhere, "todo-empty")


def test_main_window_navigation_follows_the_roles(workspace: Workspace, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication, QToolBar

    from app import users
    from ui.main_window import MainWindow
    from ui.register_dialog import RegisterDialog

    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        make_division(session, "TZC")
        users.add_user(
            session,
            actor=None,
            login="admin",
            name="系统管理员",
            division_code=None,
            roles=("admin",),
            password="Sunlight-1",
        )
        users.add_user(
            session,
            actor=users.get_user(session, "admin"),
            login="clerk1",
            name="王晓明",
            division_code="TZC",
            roles=("clerk",),
            password="Sunlight-1",
        )
    clerk = users.authenticate(workspace, "clerk1", "Sunlight-1")
    window = MainWindow(workspace, "", user=clerk, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys == ["todo", "cases", "catalogue"]
    assert window.pages.currentWidget() is window.todo
    assert "王晓明（clerk1）" in window.user_label.text() and "经办人" in window.user_label.text()
    assert window.todo is not None and window.todo.stack.currentIndex() == 1  # 没有待办事项
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RegisterDialog)
    dialog.choose("QL-01")
    dialog.applicant_name.setText("长沙示例新能源有限公司")
    dialog.save_button.click()
    assert dialog.case_id in window.case_windows  # the new case opens at once
    assert window.todo.model.rowCount() == 1  # and waits in the clerk's to-do list
    window.close()

    admin = users.authenticate(workspace, "admin", "Sunlight-1")
    admin_window = MainWindow(workspace, "", user=admin, idle_minutes=0)
    qtbot.addWidget(admin_window)
    assert admin_window.page_keys == ["catalogue", "admin"]
    assert admin_window.admin_page is not None and admin_window.admin_page.users is not None
    assert admin_window.findChild(QToolBar, "caseToolBar") is None  # no 登记 for an administrator
    admin_window.close()

    with workspace.transaction() as session:
        users.add_user(
            session,
            actor=users.get_user(session, "admin"),
            login="leader1",
            name="陈立新",
            division_code="WLD",
            roles=("leader",),
            password="Sunlight-1",
        )
    leader = users.authenticate(workspace, "leader1", "Sunlight-1")
    leader_window = MainWindow(workspace, "", user=leader, idle_minutes=0)
    qtbot.addWidget(leader_window)
    assert leader_window.user_label.text() == "用户：陈立新（leader1）· 委领导"  # not 委领导 · 委领导
