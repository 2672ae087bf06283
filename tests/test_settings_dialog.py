"""The settings dialog, and window layouts remembered per user."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import settings
from app.settings import AGENCY_PHONE, IDLE_LOCK_MINUTES
from app.workspace import Workspace
from db.models import AuditEvent, User
from tests.factories import make_division, make_user
from tests.shots import save_shot
from tests.test_first_run import prefs_ini  # noqa: F401 - fixture
from ui import preferences as prefs
from ui.settings_dialog import SettingsDialog


def _users(workspace: Workspace):  # type: ignore[no-untyped-def]
    with workspace.transaction() as session:
        division = make_division(session)
        admin = make_user(session, division, "admin1", ("admin",))
        clerk = make_user(session, division, "clerk1", ("clerk",))
    with workspace.sessions() as session:  # loaded with roles and division, as after a login
        options = [selectinload(User.division)]
        return session.get(User, admin.id, options=options), session.get(User, clerk.id, options=options)


def test_administrator_changes_header_idle_lock_language_and_printer(
    qtbot,
    workspace: Workspace,
    prefs_ini: Path,  # noqa: F811
) -> None:
    admin, _clerk = _users(workspace)
    dialog = SettingsDialog(workspace, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        save_shot(dialog, f"settings_tab{index}")
    assert "黄牌" in dialog.cards_label.text()
    dialog.agency_edits["name"].setText("")
    dialog.accept()
    assert dialog.isVisible() and "机关名称" in dialog.message.text()
    dialog.agency_edits["name"].setText("某省发展和改革委员会")
    dialog.agency_edits["phone"].setText("0731-88888888")
    dialog.idle_spin.setValue(25)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.preview_check.setChecked(False)
    dialog.copies_spin.setValue(2)
    dialog.accept()
    assert not dialog.isVisible() and dialog.restart_needed
    with workspace.sessions() as session:
        assert settings.read_setting(session, settings.AGENCY_NAME) == "某省发展和改革委员会"
        assert settings.read_setting(session, AGENCY_PHONE) == "0731-88888888"
        assert settings.read_setting(session, IDLE_LOCK_MINUTES) == 25
        keys = set(session.scalars(select(AuditEvent.entity_key).where(AuditEvent.entity_type == "setting")))
    assert {"agency_name", "agency_phone", "idle_lock_minutes"} <= keys
    assert prefs.LANGUAGE.read() == "en"
    assert prefs.PRINT_PREVIEW.read() is False and prefs.PRINT_COPIES.read() == 2


def test_other_users_change_only_this_computer(qtbot, workspace: Workspace, prefs_ini: Path) -> None:  # noqa: F811
    _admin, clerk = _users(workspace)
    dialog = SettingsDialog(workspace, clerk)
    qtbot.addWidget(dialog)
    assert not dialog.may_edit_database
    assert dialog.agency_edits["name"].isReadOnly() and not dialog.idle_spin.isEnabled()
    dialog.duplex_check.setChecked(True)
    dialog.accept()
    assert prefs.PRINT_DUPLEX.read() is True
    with workspace.sessions() as session:
        assert settings.read_setting(session, IDLE_LOCK_MINUTES) == IDLE_LOCK_MINUTES.default


def test_window_layout_is_remembered_per_user(qtbot, workspace: Workspace, prefs_ini: Path) -> None:  # noqa: F811
    from ui.main_window import MainWindow

    admin, _clerk = _users(workspace)
    window = MainWindow(workspace, "", user=admin, idle_minutes=0, remember_layout=True)
    qtbot.addWidget(window)
    window.resize(900, 610)
    header = window.case_list.view.horizontalHeader()
    header.resizeSection(1, 222)
    window.close()
    assert prefs.load_layout("admin1", "main", "geometry") is not None
    assert prefs.load_layout("clerk1", "main", "geometry") is None
    again = MainWindow(workspace, "", user=admin, idle_minutes=0, remember_layout=True)
    qtbot.addWidget(again)
    assert again.case_list.view.horizontalHeader().sectionSize(1) == 222
    # Without remember_layout (tests, screenshots) nothing is read or written.
    plain = MainWindow(workspace, "", user=admin, idle_minutes=0)
    qtbot.addWidget(plain)
    assert not plain.remember_layout


def test_a_bad_value_is_refused_with_its_reason_and_nothing_is_saved(
    qtbot,
    workspace: Workspace,
    prefs_ini: Path,  # noqa: F811
) -> None:
    admin, _clerk = _users(workspace)
    dialog = SettingsDialog(workspace, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(0)
    phone = dialog.agency_edits["phone"].text()
    dialog.agency_edits["phone"].setText("0731-88888888")
    dialog.agency_edits["postcode"].setText("41000")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message.text() == "邮政编码“41000”应为 6 位数字，如 410000。"
    assert dialog.tabs.currentIndex() == 2 and dialog.focusWidget() is dialog.agency_edits["postcode"]
    save_shot(dialog, "settings_refused")
    with workspace.sessions() as session:
        assert settings.read_setting(session, AGENCY_PHONE) == phone != "0731-88888888"
        assert session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "setting")).all() == []
    assert prefs.LANGUAGE.read() == "zh_CN"  # nothing on this computer either
