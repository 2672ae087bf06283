"""The login dialog, the first-run screen, the idle lock and the user administration page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import timesource, users
from app.workspace import Workspace
from db.models import Division
from tests.factories import add_first_admin
from tests.shots import save_shot
from ui.idle_lock import IdleLock
from ui.login_dialog import FirstRunDialog, LoginDialog
from ui.user_admin import UserAdminWidget, UserDialog

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        session.add(Division(code="TZC", name="固定资产投资处"))
        session.flush()
        users.add_user(
            session,
            actor=add_first_admin(session, "Sunlight-1"),
            login="wangxm",
            name="王晓明",
            division_code="TZC",
            roles="clerk",
            password="Sunlight-2",
        )
    return workspace


def test_login_explains_errors_and_lockout(ws: Workspace, qtbot: QtBot) -> None:
    dialog = LoginDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.message.text() == "请输入用户名。" and not dialog.result()
    qtbot.keyClicks(dialog.login_edit, "wangxm")
    for n in range(5):
        dialog.password_edit.setText("wrong-pass1")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert dialog.user is None
        if n < 4:
            assert "用户名或密码不正确" in dialog.message.text()
    assert "账户已锁定 15 分钟" in dialog.message.text() and "09:45" in dialog.message.text()
    assert dialog.login_edit.text() == "wangxm"  # what the user typed stays
    save_shot(dialog, "login-locked")
    dialog.password_edit.setText("Sunlight-2")
    dialog.accept()
    assert dialog.user is None and "已被锁定" in dialog.message.text()


def test_login_succeeds(ws: Workspace, qtbot: QtBot) -> None:
    dialog = LoginDialog(ws, login="wangxm")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("Sunlight-2")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.user is not None and dialog.user.name == "王晓明"


def test_first_run_creates_the_administrator(workspace: Workspace, qtbot: QtBot) -> None:
    dialog = FirstRunDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("系统管理员")
    dialog.password_edit.setText("short")
    dialog.confirm_edit.setText("short")
    dialog.accept()
    assert "至少需要 8 个字符" in dialog.message.text()
    save_shot(dialog, "first-run-error")
    dialog.password_edit.setText("Sunlight-1")
    dialog.confirm_edit.setText("Sunlight-9")
    dialog.accept()
    assert "不一致" in dialog.message.text()
    dialog.confirm_edit.setText("Sunlight-1")
    dialog.accept()
    assert dialog.user is not None and dialog.user.roles == {"admin"}


def test_idle_lock_asks_for_the_password_again(ws: Workspace, qtbot: QtBot) -> None:
    user = users.authenticate(ws, "wangxm", "Sunlight-2")
    window = QWidget()
    window.resize(500, 300)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(ws, user, window, minutes=0.002)  # 120 ms
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked and lock.dialog is not None
    save_shot(lock.dialog, "idle-unlock")
    lock.dialog.password_edit.setText("wrong-pass1")
    lock.dialog.accept()
    assert lock.is_locked and "用户名或密码不正确" in lock.dialog.message.text()
    lock.dialog.password_edit.setText("Sunlight-2")
    with qtbot.waitSignal(lock.unlocked):
        lock.dialog.accept()
    assert not lock.is_locked
    # input keeps the window unlocked
    lock.set_minutes(0.01)  # 600 ms
    with qtbot.assertNotEmitted(lock.locked, wait=300):
        qtbot.keyClick(window, Qt.Key.Key_A)
    lock.stop()


def test_user_admin_page(ws: Workspace, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    admin = users.authenticate(ws, "admin", "Sunlight-1")
    page = UserAdminWidget(ws, admin)
    qtbot.addWidget(page)
    page.resize(800, 300)
    page.show()
    qtmodeltester.check(page.model)
    assert [r.login for r in page.model.rows] == ["admin", "wangxm"]
    assert page.add_button.isEnabled() and not page.edit_button.isEnabled()
    page.select_login("wangxm")
    assert page.edit_button.isEnabled() and page.toggle_button.text() == "停用"
    save_shot(page, "user-admin")

    dialog = UserDialog(ws, admin, page)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("lit")
    dialog.name_edit.setText("李婷")
    dialog.password_edit.setText("Sunlight-3")
    dialog.confirm_edit.setText("Sunlight-3")
    dialog.accept()
    assert dialog.errors["roles"].text() == "请至少选择一个角色。"
    dialog.role_checks["clerk"].setChecked(True)
    dialog.accept()
    assert "须指定所在处室" in dialog.errors["division"].text()
    dialog.division_combo.setCurrentIndex(dialog.division_combo.findData("TZC"))
    save_shot(dialog, "user-dialog")
    dialog.accept()
    assert dialog.result() and dialog.login_edit.text() == "lit"  # typed text kept throughout

    page.refresh()
    existing = next(u for u in page.model.rows if u.login == "wangxm")
    edit = UserDialog(ws, admin, page, existing=existing)
    qtbot.addWidget(edit)
    edit.backup_combo.setCurrentIndex(edit.backup_combo.findData("lit"))
    edit.absent_check.setChecked(True)
    edit.accept()
    assert edit.result()
    with ws.sessions() as session:
        info = users.user_info(session, "wangxm")
    assert info.backup_login == "lit" and info.absent


def test_user_admin_is_read_only_for_others(ws: Workspace, qtbot: QtBot) -> None:
    clerk = users.authenticate(ws, "wangxm", "Sunlight-2")
    page = UserAdminWidget(ws, clerk)
    qtbot.addWidget(page)
    assert not page.add_button.isEnabled()
    assert page.add_button.toolTip() == "只有系统管理员才能管理用户。"


def test_users_are_imported_from_a_spreadsheet_file(
    ws: Workspace, qtbot: QtBot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """批量导入…: a GBK file from Excel with the Chinese header; a bad line imports no one."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    admin = users.authenticate(ws, "admin", "Sunlight-1")
    page = UserAdminWidget(ws, admin)
    qtbot.addWidget(page)
    assert page.import_button.isEnabled()
    header = "登录名,姓名,处室,角色,初始密码\r\n"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        (header + "zhangs,张三,TZC,经办人,Sunlight-9\r\nlisi,,TZC,经办人,Sunlight-9\r\n").encode("gbk")
    )
    assert page.import_file(bad) == []
    assert shown[-1].startswith("用户导入文件有 1 处错误，未导入任何用户：\n第 3 行：")
    good = tmp_path / "staff.csv"
    good.write_bytes(
        (header + "zhangs,张三,TZC,经办人,Sunlight-9\r\nlisi,李四,TZC,审核人,Sunlight-9\r\n").encode("gbk")
    )
    assert page.import_file(good) == ["zhangs", "lisi"]
    assert shown[-1] == "已导入 2 个用户，请通知他们首次登录后修改密码。"
    assert {r.login for r in page.model.rows} == {"admin", "wangxm", "zhangs", "lisi"}

    clerk = users.authenticate(ws, "wangxm", "Sunlight-2")
    read_only = UserAdminWidget(ws, clerk)
    qtbot.addWidget(read_only)
    assert not read_only.import_button.isEnabled()
