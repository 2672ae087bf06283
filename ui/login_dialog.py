"""Login: the login dialog, the first-run screen that creates the first administrator, and
`sign_in` which shows the right one. The rules (password policy, lockout) are in app.users."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import users
from app.errors import DomainError, InvalidInput
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setVisible(False)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    window = label.window()
    if text and window is not label and window.isVisible():
        window.adjustSize()  # make room for the message rather than clip it


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK and Cancel in the dialog's own words, wired to accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def stack(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The dialog's layout: `parts` from top to bottom."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


def ask_again(label: QLabel, edit: QLineEdit, text: str) -> None:
    """A refused password: say why, and select it for typing again."""
    _show(label, text)
    edit.selectAll()
    edit.setFocus()


class LoginDialog(QDialog):
    """用户名 and 密码; wrong password, lockout and disabled accounts are explained in the dialog."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, login: str = "") -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.user: User | None = None
        self.setWindowTitle(self.tr("登录 — 阳光办件"))
        self.login_edit = QLineEdit(login)
        self.login_edit.setPlaceholderText(self.tr("登录名，例如 wangxm"))
        self.password_edit = password_edit()
        self.message = _message_label()
        form = QFormLayout()
        form.addRow(self.tr("用户名(&U)："), self.login_edit)
        form.addRow(self.tr("密码(&P)："), self.password_edit)
        self.buttons = ok_cancel(self, self.tr("登录"), self.tr("取消"))
        title = QLabel(self.tr("阳光办件 — 规范权力运行办件系统"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        database = QLabel(self.tr("数据库：%1").replace("%1", workspace.display_name))
        stack(self, title, database, form, self.message, self.buttons)
        (self.password_edit if login else self.login_edit).setFocus()

    def accept(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            _show(self.message, self.tr("请输入用户名。"))
            self.login_edit.setFocus()
            return
        if not self.password_edit.text():
            _show(self.message, self.tr("请输入密码。"))
            self.password_edit.setFocus()
            return
        try:
            self.user = users.authenticate(self._workspace, login, self.password_edit.text())
        except DomainError as exc:
            ask_again(self.message, self.password_edit, dl.message(exc.message))
            return
        _show(self.message, "")
        super().accept()


class FirstRunDialog(QDialog):
    """首次使用: the database has no users; create the first system administrator."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.user: User | None = None
        self.setWindowTitle(self.tr("首次使用 — 创建系统管理员"))
        intro = QLabel(
            self.tr(
                "这个数据库还没有任何用户。请先创建系统管理员账户；系统管理员负责用户、制度目录、"
                "工作日历和系统设置，不办理办件。"
            )
        )
        intro.setWordWrap(True)
        self.login_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("姓名"))
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(self.tr("至少 8 位，含字母、数字、符号中的两类"))
        self.confirm_edit = password_edit()
        self.message = _message_label()
        form = QFormLayout()
        form.addRow(self.tr("登录名 *："), self.login_edit)
        form.addRow(self.tr("姓名 *："), self.name_edit)
        form.addRow(self.tr("密码 *："), self.password_edit)
        form.addRow(self.tr("确认密码 *："), self.confirm_edit)
        stack(self, intro, form, self.message, ok_cancel(self, self.tr("创建并登录"), self.tr("取消")))
        self._fields = {"login": self.login_edit, "name": self.name_edit, "password": self.password_edit}
        self.name_edit.setFocus()

    def accept(self) -> None:
        if self.password_edit.text() != self.confirm_edit.text():
            _show(self.message, self.tr("两次输入的密码不一致，请重新输入确认密码。"))
            self.confirm_edit.selectAll()
            self.confirm_edit.setFocus()
            return
        try:
            with self._workspace.transaction() as session:
                users.add_user(
                    session,
                    actor=None,
                    login=self.login_edit.text(),
                    name=self.name_edit.text(),
                    division_code=None,
                    roles=("admin",),
                    password=self.password_edit.text(),
                )
            self.user = users.authenticate(
                self._workspace, self.login_edit.text().strip(), self.password_edit.text()
            )
        except DomainError as exc:
            _show(self.message, dl.message(exc.message))
            field = self._fields.get(exc.field or "") if isinstance(exc, InvalidInput) else None
            if field is not None:
                field.setFocus()
            return
        super().accept()


def sign_in(workspace: Workspace, parent: QWidget | None = None) -> User | None:
    """Show the first-run screen on a database without users, the login dialog otherwise; the
    logged-in user, or None when the user cancelled."""
    with workspace.sessions() as session:
        empty = users.count_users(session) == 0
    dialog: LoginDialog | FirstRunDialog = (
        FirstRunDialog(workspace, parent) if empty else LoginDialog(workspace, parent)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.user
