"""First run: the set-up wizard, preferences in a temporary INI file, the password in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from app import settings
from app.connection import ConnectionStatus
from app.workspace import Workspace
from tests.shots import save_shot
from ui import first_run
from ui import preferences as prefs


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def prefs_ini(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings of the test in a temporary INI file, never the user's real settings."""
    directory = tmp_path / "settings"
    directory.mkdir()
    prefs.use_ini_file(directory)
    yield directory
    QSettings().clear()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def local_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "local" / "sunlight.db"
    monkeypatch.setattr(first_run, "default_database_path", lambda: path)
    monkeypatch.setattr("db.engine.default_database_path", lambda: path)
    return path


def test_preferences_are_typed_versioned_and_in_the_temporary_file(prefs_ini: Path) -> None:
    assert not prefs.is_configured()
    assert prefs.LANGUAGE.read() == "zh_CN" and prefs.DB_PORT.read() == 5432
    prefs.DB_PORT.write(5433)
    prefs.PRINT_PREVIEW.write(False)
    prefs.upgrade()
    settings_file = prefs.qsettings()
    settings_file.sync()
    assert Path(settings_file.fileName()).is_relative_to(prefs_ini)
    assert prefs.DB_PORT.read() == 5433 and prefs.PRINT_PREVIEW.read() is False
    assert prefs.VERSION.read() == prefs.SETTINGS_VERSION


def test_server_password_goes_to_the_keyring_never_to_the_file(
    prefs_ini: Path, memory_keyring: MemoryKeyring
) -> None:
    connection = prefs.ServerConnection("10.0.0.5", 5432, "sunlight", "clerk")
    assert prefs.save_server(connection, "Secr3t-db") is True
    assert memory_keyring.store == {(prefs.KEYRING_SERVICE, "clerk@10.0.0.5:5432/sunlight"): "Secr3t-db"}
    content = "".join(p.read_text(encoding="utf-8") for p in prefs_ini.rglob("*") if p.is_file())
    assert "10.0.0.5" in content and "Secr3t-db" not in content
    assert prefs.configured_url() == "postgresql+psycopg://clerk:Secr3t-db@10.0.0.5:5432/sunlight"


def test_without_a_keyring_the_password_is_not_kept(prefs_ini: Path) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not prefs.keyring_available()
        assert prefs.save_server(prefs.ServerConnection("h", 5432, "d", "u"), "pw") is False
        assert prefs.configured_url() == "postgresql+psycopg://u@h:5432/d"
    finally:
        keyring.set_keyring(previous)


def test_wizard_explains_a_missing_server_database(qtbot, prefs_ini: Path, local_db: Path) -> None:
    wizard = first_run.SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.form
    form.server_radio.setChecked(True)
    # Required fields first.
    form.host_edit.setText("")
    assert wizard.connection_page.validatePage() is False
    assert "服务器地址" in form.result.text()
    form.host_edit.setText("127.0.0.1")
    form.port_spin.setValue(1)
    form.user_edit.setText("postgres")
    assert wizard.connection_page.validatePage() is False
    assert form.last_result is not None and form.last_result.status is ConnectionStatus.HOST_UNREACHABLE
    assert "无法连接到服务器 127.0.0.1" in form.result.text()
    save_shot(wizard, "first_run_unreachable")
    assert not prefs.is_configured()


def test_local_first_run_sets_up_the_database_agency_and_administrator(
    qtbot, prefs_ini: Path, local_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = first_run.SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.form.local_radio.isChecked()
    assert wizard.connection_page.validatePage() is True
    assert wizard.nextId() == first_run.SetupWizard.AGENCY  # a new database: ask for the header
    wizard.next()
    wizard.agency_page.edits["name"].setText("")
    assert wizard.agency_page.validatePage() is False
    wizard.agency_page.edits["name"].setText("测试省发展和改革委员会")
    wizard.agency_page.edits["complaint_phone"].setText("0731-12345678")
    save_shot(wizard, "first_run_agency")
    values = wizard.agency_values()
    wizard.accept()
    assert prefs.DB_MODE.read() == prefs.LOCAL and prefs.is_configured()

    # Start-up after the wizard: the configured database opens and the header is written.
    class DoneWizard:
        def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
            self.form = wizard.form

        def exec(self) -> int:
            prefs.save_local(str(local_db))
            return first_run.QDialog.DialogCode.Accepted

        def agency_values(self) -> dict[str, str]:
            return values

    prefs.DB_MODE.write("")  # as on a first start
    monkeypatch.setattr(first_run, "SetupWizard", DoneWizard)
    workspace = first_run.open_database()
    assert workspace is not None
    try:
        from app.catalogue.store import AGENCY_COMPLAINT_PHONE

        with workspace.sessions() as session:
            assert settings.read_setting(session, settings.AGENCY_NAME) == "测试省发展和改革委员会"
            assert settings.read_setting(session, AGENCY_COMPLAINT_PHONE) == "0731-12345678"
        assert local_db.exists()
    finally:
        workspace.close()


def test_explicit_url_opens_without_dialogs(prefs_ini: Path, workspace: Workspace) -> None:
    opened = first_run.open_database(workspace.url)
    assert opened is not None
    opened.close()
    assert not prefs.is_configured()  # --db leaves the workstation's set-up alone


def test_upgrade_dialog_refuses_a_non_administrator(qtbot, tmp_path: Path) -> None:
    from tests.test_connection import _older_database

    url = f"sqlite:///{tmp_path / 'old.db'}"
    _older_database(url)
    from app.connection import check_connection

    result = check_connection(url)
    dialog = first_run.UpgradeDialog(url, result)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login_edit.setText("admin")
    dialog.password_edit.setText("wrong")
    dialog.accept()
    assert not dialog.upgraded and dialog.isVisible()
    assert "不是系统管理员" in dialog.message.text()
    save_shot(dialog, "schema_upgrade")
    assert check_connection(url).status is ConnectionStatus.SCHEMA_OLDER


def test_connection_problem_offers_retry_change_and_quit(qtbot) -> None:
    from app.connection import ConnectionResult

    result = ConnectionResult(
        ConnectionStatus.AUTH_FAILED, "用户名或密码错误", "FATAL: password authentication failed"
    )
    dialog = first_run.ConnectionProblem(result)
    qtbot.addWidget(dialog)
    texts = {b.text() for b in dialog.findChildren(first_run.QPushButton)}
    assert {"重试", "更改连接设置…", "退出"} <= texts
