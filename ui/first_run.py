"""First run on this computer: where the database is, the agency's header, then (through
`ui.login_dialog.sign_in`) the first administrator.

Shown when the workstation has no database configuration. The connection page's 测试连接 runs
`app.connection.check_connection` and shows its message; the wizard moves on only when the
database answered. The agency page appears only for a database without users (a new
installation): joining an existing server keeps that server's header.
Also here: the password prompt for a workstation without a keyring, and the schema-upgrade
dialog an administrator must confirm.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import connection as conn
from app.connection import ConnectionResult, ConnectionStatus
from app.errors import DomainError
from db.engine import default_database_path
from ui import domain_labels as dl
from ui import preferences as prefs
from ui.login_dialog import ok_cancel, password_edit, stack

# Agency header fields (keys of app.catalogue.store.AGENCY_SETTINGS) asked for on a new database.
AGENCY_FIELDS = ("name", "short_name", "address", "phone", "complaint_phone")


def _agency_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("SetupWizard", "机关名称 *："),
        "short_name": QCoreApplication.translate("SetupWizard", "机关简称："),
        "address": QCoreApplication.translate("SetupWizard", "地址："),
        "phone": QCoreApplication.translate("SetupWizard", "联系电话："),
        "complaint_phone": QCoreApplication.translate("SetupWizard", "投诉电话："),
    }


def result_label() -> QLabel:
    label = QLabel()
    label.setObjectName("connectionResult")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_result(label: QLabel, result: ConnectionResult | None) -> None:
    if result is None:
        label.setText("")
        return
    mark = "✔ " if result.ok else "✖ "
    label.setText(mark + dl.message(result.message))
    label.setToolTip(result.detail)


class ConnectionForm(QWidget):
    """本机数据库 or 单位服务器 with host, port, database, user, password and 测试连接. Shared by the
    first-run wizard and the settings dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_result: ConnectionResult | None = None
        self.local_radio = QRadioButton(self.tr("使用本机数据库（单机使用，数据保存在这台电脑上）"))
        self.server_radio = QRadioButton(self.tr("连接单位的数据库服务器（多个工作站共用）"))
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        self.local_note = QLabel(self.tr("数据库文件：%1").replace("%1", str(default_database_path())))
        self.local_note.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("host")
        self.host_edit.setPlaceholderText(self.tr("服务器地址，例如 10.1.2.3 或 db.fgw.local"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit("sunlight")
        self.database_edit.setObjectName("database")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("user")
        self.password_edit = password_edit()
        self.keyring_note = QLabel(
            self.tr("密码将保存在系统的凭据管理器中，不以明文保存。")
            if prefs.keyring_available()
            else self.tr("本机没有可用的系统凭据管理器：密码不会被保存，每次启动时需要输入。")
        )
        self.keyring_note.setWordWrap(True)
        self.server_form = QWidget()
        form = QFormLayout(self.server_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("服务器地址 *："), self.host_edit)
        form.addRow(self.tr("端口："), self.port_spin)
        form.addRow(self.tr("数据库名 *："), self.database_edit)
        form.addRow(self.tr("用户名 *："), self.user_edit)
        form.addRow(self.tr("密码："), self.password_edit)
        form.addRow("", self.keyring_note)
        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_button.clicked.connect(self.run_test)
        self.result = result_label()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.local_radio)
        local_box = QHBoxLayout()
        local_box.setContentsMargins(24, 0, 0, 0)
        local_box.addWidget(self.local_note)
        layout.addLayout(local_box)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_form)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.local_radio.toggled.connect(self._mode_changed)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(self._forget_result)
        self.port_spin.valueChanged.connect(self._forget_result)
        self.local_radio.setChecked(True)
        self._mode_changed()

    def load(self) -> None:
        """Fill in from this workstation's preferences."""
        connection = prefs.server_connection()
        if connection.host:
            self.host_edit.setText(connection.host)
            self.port_spin.setValue(connection.port)
            self.database_edit.setText(connection.database)
            self.user_edit.setText(connection.user)
            self.password_edit.setText(prefs.load_password(connection) or "")
        (self.server_radio if prefs.DB_MODE.read() == prefs.SERVER else self.local_radio).setChecked(True)

    @property
    def mode(self) -> str:
        return prefs.SERVER if self.server_radio.isChecked() else prefs.LOCAL

    def _mode_changed(self) -> None:
        self.server_form.setEnabled(self.server_radio.isChecked())
        self._forget_result()

    def _forget_result(self) -> None:
        self.last_result = None
        show_result(self.result, None)

    def server_connection(self) -> prefs.ServerConnection:
        return prefs.ServerConnection(
            self.host_edit.text().strip(),
            self.port_spin.value(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
        )

    def missing_field(self) -> str:
        """A message naming the first empty required field, or ""."""
        if self.mode == prefs.LOCAL:
            return ""
        for edit, message in (
            (self.host_edit, self.tr("请填写服务器地址。")),
            (self.database_edit, self.tr("请填写数据库名。")),
            (self.user_edit, self.tr("请填写数据库用户名。")),
        ):
            if not edit.text().strip():
                edit.setFocus()
                return message
        return ""

    def url(self) -> str:
        if self.mode == prefs.LOCAL:
            return f"sqlite:///{default_database_path()}"
        return self.server_connection().url(self.password_edit.text())

    def run_test(self) -> ConnectionResult | None:
        missing = self.missing_field()
        if missing:
            self.result.setText("✖ " + missing)
            return None
        self.result.setText(self.tr("正在连接…"))
        self.test_button.setEnabled(False)
        QCoreApplication.processEvents()
        try:
            self.last_result = conn.check_connection(self.url())
        finally:
            self.test_button.setEnabled(True)
        show_result(self.result, self.last_result)
        return self.last_result

    def save(self) -> bool:
        """Store the choice in the preferences; True when a server password went to the keyring."""
        if self.mode == prefs.LOCAL:
            prefs.save_local()
            return False
        return prefs.save_server(self.server_connection(), self.password_edit.text())


class ConnectionPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("数据库"))
        self.setSubTitle(
            self.tr(
                "这台电脑第一次使用阳光办件。请选择数据保存在哪里；多个处室共用时请连接单位的数据库服务器。"
            )
        )
        self.form = ConnectionForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        result = self.form.last_result or self.form.run_test()
        if result is None:
            return False
        # An older schema is upgraded after an administrator agrees, at start-up.
        return result.ok or result.status is ConnectionStatus.SCHEMA_OLDER


class AgencyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("机关信息"))
        self.setSubTitle(self.tr("这些内容印在受理通知书等文书的抬头上，以后可在“设置”中修改。"))
        from app.catalogue.store import AGENCY_SETTINGS

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        labels = _agency_labels()
        for key in AGENCY_FIELDS:
            edit = QLineEdit(str(AGENCY_SETTINGS[key].default))
            edit.setObjectName(f"agency_{key}")
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.message = result_label()
        form.addRow("", self.message)

    def validatePage(self) -> bool:
        if not self.edits["name"].text().strip():
            self.message.setText(self.tr("请填写机关名称。"))
            self.edits["name"].setFocus()
            return False
        return True

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}


class SetupWizard(QWizard):
    """首次设置: the database, then (for a new database) the agency header."""

    CONNECTION, AGENCY = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次设置 — 阳光办件"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.connection_page = ConnectionPage(self)
        self.agency_page = AgencyPage(self)
        self.setPage(self.CONNECTION, self.connection_page)
        self.setPage(self.AGENCY, self.agency_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.password_kept = False
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 46, self.fontMetrics().height() * 30)

    @property
    def form(self) -> ConnectionForm:
        return self.connection_page.form

    def database_is_new(self) -> bool:
        """A database without users: a new installation, whose agency header is asked for."""
        users = conn.count_users(self.form.url())
        return users is None or users == 0

    def nextId(self) -> int:
        if self.currentId() == self.CONNECTION and self.database_is_new():
            return self.AGENCY
        return -1

    def accept(self) -> None:
        self.password_kept = self.form.save()
        super().accept()

    def url(self) -> str:
        return self.form.url()

    def agency_values(self) -> dict[str, str]:
        """The header to write once the database is open ({} when the page was skipped)."""
        if self.AGENCY not in self.visitedIds():
            return {}
        return self.agency_page.values()


def write_agency(workspace, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from app import settings
    from app.catalogue.store import AGENCY_SETTINGS

    if not values:
        return
    with workspace.transaction() as session:
        for key, value in values.items():
            settings.write_setting(session, AGENCY_SETTINGS[key], value)


class PasswordPrompt(QDialog):
    """The database password, on a workstation without a keyring (or whose keyring lost it)."""

    def __init__(
        self, connection: prefs.ServerConnection, parent: QWidget | None = None, *, error: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("数据库密码 — 阳光办件"))
        intro = QLabel(
            self.tr("请输入数据库用户“%1”在服务器 %2 上的密码：")
            .replace("%1", connection.user)
            .replace("%2", connection.host)
        )
        intro.setWordWrap(True)
        self.password_edit = password_edit()
        self.message = result_label()
        self.message.setText(error)
        stack(
            self, intro, self.password_edit, self.message, ok_cancel(self, self.tr("连接"), self.tr("退出"))
        )


class UpgradeDialog(QDialog):
    """The database's schema is older than this client: only an administrator may upgrade it."""

    def __init__(self, url: str, result: ConnectionResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = url
        self.upgraded = False
        self.setWindowTitle(self.tr("数据库需要升级 — 阳光办件"))
        intro = QLabel(
            dl.message(result.message)
            + "\n\n"
            + self.tr(
                "升级后，仍在使用旧版本阳光办件的工作站将不能再写入该数据库，请先为所有工作站安装新版本。"
                "升级前请确认已备份数据库。只有系统管理员可以执行升级：请输入系统管理员的登录名和密码。"
            )
        )
        intro.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.password_edit = password_edit()
        self.message = result_label()
        form = QFormLayout()
        form.addRow(self.tr("管理员登录名："), self.login_edit)
        form.addRow(self.tr("密码："), self.password_edit)
        stack(self, intro, form, self.message, ok_cancel(self, self.tr("升级数据库"), self.tr("退出")))

    def accept(self) -> None:
        if not conn.verify_administrator(self._url, self.login_edit.text(), self.password_edit.text()):
            self.message.setText(self.tr("登录名或密码不正确，或该用户不是系统管理员。"))
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        self.message.setText(self.tr("正在升级数据库，请稍候…"))
        QCoreApplication.processEvents()
        try:
            conn.upgrade_database(self._url)
        except Exception as exc:  # shown as is; the database is unchanged (one transaction)
            reason = dl.message(exc.message) if isinstance(exc, DomainError) else str(exc)
            self.message.setText(self.tr("升级失败：%1").replace("%1", reason))
            return
        self.upgraded = True
        super().accept()


class ConnectionProblem(QDialog):
    """The database cannot be used: the specific reason, and what the user can do."""

    RETRY, CHANGE, QUIT = 1, 2, 0

    def __init__(
        self, result: ConnectionResult, parent: QWidget | None = None, *, may_change: bool = True
    ) -> None:
        super().__init__(parent)
        self.choice = self.QUIT
        self.setWindowTitle(self.tr("无法使用数据库 — 阳光办件"))
        message = QLabel(dl.message(result.message))
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        if result.detail:
            detail = QLabel(self.tr("技术信息：%1").replace("%1", result.detail))
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail.setEnabled(False)
            layout.addWidget(detail)
        buttons = QDialogButtonBox()
        retry = buttons.addButton(self.tr("重试"), QDialogButtonBox.ButtonRole.AcceptRole)
        retry.clicked.connect(lambda: self._choose(self.RETRY))
        if may_change and result.status is not ConnectionStatus.SCHEMA_NEWER:
            change = buttons.addButton(self.tr("更改连接设置…"), QDialogButtonBox.ButtonRole.ActionRole)
            change.clicked.connect(lambda: self._choose(self.CHANGE))
        quit_button = buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.clicked.connect(lambda: self._choose(self.QUIT))
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 36, self.sizeHint().height())

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.done(choice)


def open_database(explicit_url: str | None = None, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
    """The workspace to work in, after the first-run set-up, the connection check and the schema
    guard; None when the user gave up. `explicit_url` (`--db`, SUNLIGHT_DB_URL) bypasses the
    workstation's preferences."""
    import os

    from app.workspace import open_workspace
    from db.engine import ENV_DB_URL

    explicit_url = explicit_url or os.environ.get(ENV_DB_URL)
    agency: dict[str, str] = {}
    password: str | None = None
    force_setup = False
    while True:
        if explicit_url:
            url = explicit_url
        else:
            if force_setup or not prefs.is_configured():
                wizard = SetupWizard(parent)
                if prefs.is_configured():
                    wizard.form.load()
                if wizard.exec() != QDialog.DialogCode.Accepted:
                    return None
                agency = wizard.agency_values() or agency
                password = wizard.form.password_edit.text() or None
                force_setup = False
            if prefs.DB_MODE.read() == prefs.SERVER and password is None:
                connection = prefs.server_connection()
                password = prefs.load_password(connection)
                if password is None:
                    prompt = PasswordPrompt(connection, parent)
                    if prompt.exec() != QDialog.DialogCode.Accepted:
                        return None
                    password = prompt.password_edit.text()
            url = prefs.configured_url(password=password)
            assert url is not None
        result = conn.check_connection(url)
        if result.ok:
            workspace = open_workspace(url, upgrade=result.status is ConnectionStatus.NEW_DATABASE)
            write_agency(workspace, agency)
            if not explicit_url and password and prefs.DB_MODE.read() == prefs.SERVER:
                prefs.store_password(prefs.server_connection(), password)  # no-op without a keyring
            return workspace
        if result.status is ConnectionStatus.SCHEMA_OLDER:
            upgrade = UpgradeDialog(url, result, parent)
            if upgrade.exec() != QDialog.DialogCode.Accepted:
                return None
            continue
        if (
            result.status is ConnectionStatus.AUTH_FAILED
            and not explicit_url
            and prefs.DB_MODE.read() == prefs.SERVER
        ):
            prompt = PasswordPrompt(prefs.server_connection(), parent, error=dl.message(result.message))
            if prompt.exec() != QDialog.DialogCode.Accepted:
                return None
            password = prompt.password_edit.text()
            continue
        problem = ConnectionProblem(result, parent, may_change=not explicit_url)
        problem.exec()
        if problem.choice == ConnectionProblem.QUIT:
            return None
        if problem.choice == ConnectionProblem.CHANGE:
            force_setup = True
            password = None
