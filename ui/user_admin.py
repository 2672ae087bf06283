"""User administration (用户管理) for administrators: the users list, the add/edit dialog (with the
A/B post), disable/enable, password reset and unlock. Every rule is in app.users / app.policy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import policy, users
from app.agency_time import agency_zone
from app.auth import ROLES
from app.errors import DomainError, InvalidInput
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl
from ui.login_dialog import _message_label, _show

COLUMNS = (
    QT_TRANSLATE_NOOP("UserTableModel", "登录名"),
    QT_TRANSLATE_NOOP("UserTableModel", "姓名"),
    QT_TRANSLATE_NOOP("UserTableModel", "处室"),
    QT_TRANSLATE_NOOP("UserTableModel", "角色"),
    QT_TRANSLATE_NOOP("UserTableModel", "状态"),
    QT_TRANSLATE_NOOP("UserTableModel", "AB岗后备人员"),
)


class UserTableModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.rows: list[users.UserInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self._workspace.reading_sessions() as session:
            self.rows = users.list_users(session)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UserTableModel", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        u = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return u.login
        if column == 1:
            return u.name
        if column == 2:
            return u.division_name or "—"
        if column == 3:
            return dl.roles_text(u.roles)
        if column == 4:
            if u.locked and u.locked_until is not None:
                until = f"{u.locked_until.astimezone(agency_zone()):%H:%M}"
                return self.tr("已锁定（至 %1）").replace("%1", until)
            return dl.status_label(u.status_label)
        if column == 5:
            return f"{u.backup_name}（{u.backup_login}）" if u.backup_login else "—"
        return None


class UserDialog(QDialog):
    """新增用户 / 修改用户. In edit mode the login is fixed and the password is not asked."""

    def __init__(
        self,
        workspace: Workspace,
        actor: User,
        parent: QWidget | None = None,
        *,
        existing: users.UserInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor = actor
        self._existing = existing
        self.setWindowTitle(self.tr("修改用户") if existing else self.tr("新增用户"))
        self.login_edit = QLineEdit(existing.login if existing else "")
        self.login_edit.setReadOnly(existing is not None)
        self.login_edit.setPlaceholderText(self.tr("英文字母、数字，例如 wangxm"))
        self.name_edit = QLineEdit(existing.name if existing else "")
        self.division_combo = QComboBox()
        self.division_combo.addItem(self.tr("（无）"), None)
        with workspace.reading_sessions() as session:
            divisions = users.list_divisions(session)
            others = [u for u in users.list_users(session, include_disabled=False)]
        for d in divisions:
            self.division_combo.addItem(f"{d.name}（{d.code}）", d.code)
        if existing and existing.division_code:
            self.division_combo.setCurrentIndex(self.division_combo.findData(existing.division_code))
        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        for n, (code, label) in enumerate(ROLES.items()):
            check = QCheckBox(dl.label(label))
            check.setChecked(existing is not None and code in existing.roles)
            grid.addWidget(check, n // 3, n % 3)
            self.role_checks[code] = check
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("至少 8 位，含字母、数字、符号中的两类"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_combo = QComboBox()
        self.backup_combo.addItem(self.tr("（未指定）"), None)
        for u in others:
            if existing is None or u.login != existing.login:
                self.backup_combo.addItem(f"{u.name}（{u.login}）", u.login)
        self.absent_check = QCheckBox(self.tr("外出（由后备人员代为办理其办件）"))
        if existing is not None:
            if existing.backup_login:
                self.backup_combo.setCurrentIndex(self.backup_combo.findData(existing.backup_login))
            self.absent_check.setChecked(existing.absent)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        def row(label: str, widget: QWidget, key: str) -> None:
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(widget)
            error = _message_label()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)

        row(self.tr("登录名 *："), self.login_edit, "login")
        row(self.tr("姓名 *："), self.name_edit, "name")
        row(self.tr("处室："), self.division_combo, "division")
        row(self.tr("角色 *："), roles_box, "roles")
        if existing is None:
            row(self.tr("初始密码 *："), self.password_edit, "password")
            row(self.tr("确认密码 *："), self.confirm_edit, "confirm")
        else:
            row(self.tr("AB岗后备人员："), self.backup_combo, "backup")
            form.addRow("", self.absent_check)
        self.message = _message_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def selected_roles(self) -> list[str]:
        return [code for code, check in self.role_checks.items() if check.isChecked()]

    def _error(self, exc: DomainError) -> None:
        for label in self.errors.values():
            _show(label, "")
        field = exc.field if isinstance(exc, InvalidInput) else None
        if field in self.errors:
            _show(self.errors[field], dl.message(exc.message))
            _show(self.message, "")
        else:
            _show(self.message, dl.message(exc.message))

    def accept(self) -> None:
        if self._existing is None and self.password_edit.text() != self.confirm_edit.text():
            self._error(InvalidInput(self.tr("两次输入的密码不一致。"), field="confirm"))
            return
        try:
            with self._workspace.transaction() as session:
                if self._existing is None:
                    users.add_user(
                        session,
                        actor=self._actor,
                        login=self.login_edit.text(),
                        name=self.name_edit.text(),
                        division_code=self.division_combo.currentData(),
                        roles=self.selected_roles(),
                        password=self.password_edit.text(),
                    )
                else:
                    login = self._existing.login
                    users.update_user(
                        session,
                        actor=self._actor,
                        login=login,
                        name=self.name_edit.text(),
                        division_code=self.division_combo.currentData(),
                        roles=self.selected_roles(),
                    )
                    backup = self.backup_combo.currentData()
                    if backup != (self._existing.backup_login or None):
                        users.set_backup(session, actor=self._actor, login=login, backup_login=backup)
                    if self.absent_check.isChecked() != self._existing.absent:
                        users.set_absent(
                            session, actor=self._actor, login=login, absent=self.absent_check.isChecked()
                        )
        except DomainError as exc:
            self._error(exc)
            return
        super().accept()


class PasswordResetDialog(QDialog):
    def __init__(self, workspace: Workspace, actor: User, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._actor, self._login = workspace, actor, login
        self.setWindowTitle(self.tr("重设密码 — %1").replace("%1", login))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = _message_label()
        form = QFormLayout()
        form.addRow(self.tr("新密码 *："), self.password_edit)
        form.addRow(self.tr("确认密码 *："), self.confirm_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.password_edit.text() != self.confirm_edit.text():
            _show(self.message, self.tr("两次输入的密码不一致。"))
            return
        try:
            with self._workspace.transaction() as session:
                users.set_password(
                    session, actor=self._actor, login=self._login, new_password=self.password_edit.text()
                )
        except DomainError as exc:
            _show(self.message, dl.message(exc.message))
            return
        super().accept()


class UserAdminWidget(QWidget):
    """用户管理 page: shown only to those `policy.can(actor, "manage_users")` allows."""

    def __init__(self, workspace: Workspace, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor = actor
        self.model = UserTableModel(workspace, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.edit_selected)
        self.add_button = QPushButton(self.tr("新增用户"))
        self.edit_button = QPushButton(self.tr("修改"))
        self.toggle_button = QPushButton(self.tr("停用"))
        self.password_button = QPushButton(self.tr("重设密码"))
        self.unlock_button = QPushButton(self.tr("解除锁定"))
        self.import_button = QPushButton(self.tr("批量导入…"))
        self.import_button.setToolTip(
            self.tr(
                "从 CSV 文件导入用户：登录名,姓名,处室,角色,初始密码[,后备人员]（可用 Excel 或 WPS 另存）"
            )
        )
        self.add_button.clicked.connect(self.add_user)
        self.import_button.clicked.connect(self.choose_import)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.status = QLabel()
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.toggle_button,
            self.password_button,
            self.unlock_button,
            self.import_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._allowed = policy.can(actor, "manage_users")
        self._update_buttons()

    def selected(self) -> users.UserInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_login(self, login: str) -> None:
        for n, info in enumerate(self.model.rows):
            if info.login == login:
                self.view.selectRow(n)

    def _update_buttons(self) -> None:
        current = self.selected()
        allowed = self._allowed.allowed
        self.add_button.setEnabled(allowed)
        self.import_button.setEnabled(allowed)
        for button in (self.edit_button, self.toggle_button, self.password_button, self.unlock_button):
            button.setEnabled(allowed and current is not None)
            button.setToolTip("" if allowed else dl.message(self._allowed.reason))
        self.add_button.setToolTip("" if allowed else dl.message(self._allowed.reason))
        if current is not None:
            self.toggle_button.setText(self.tr("停用") if current.active else self.tr("启用"))
            self.unlock_button.setEnabled(allowed and current.locked)
        active = sum(1 for u in self.model.rows if u.active)
        self.status.setText(
            self.tr("共 %n 个用户，在用 %2 个", "", len(self.model.rows)).replace("%2", str(active))
        )

    def refresh(self, keep: str | None = None) -> None:
        current = keep or (self.selected().login if self.selected() else None)
        self.model.reload()
        if current:
            self.select_login(current)
        self._update_buttons()

    def add_user(self) -> None:
        dialog = UserDialog(self._workspace, self._actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.login_edit.text().strip())

    def edit_selected(self) -> None:
        current = self.selected()
        if current is None:
            return
        dialog = UserDialog(self._workspace, self._actor, self, existing=current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(current.login)

    def _run(self, action: Any) -> None:
        try:
            with self._workspace.transaction() as session:
                action(session)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("用户管理"), dl.message(exc.message))
        self.refresh()

    def toggle_selected(self) -> None:
        current = self.selected()
        if current is None:
            return
        if current.active:
            answer = QMessageBox.question(
                self,
                self.tr("停用用户"),
                self.tr("停用后“%1”将不能登录，其办理记录保留。确定停用吗？").replace("%1", current.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._run(lambda s: users.disable_user(s, actor=self._actor, login=current.login))
        else:
            self._run(lambda s: users.enable_user(s, actor=self._actor, login=current.login))

    def reset_password(self) -> None:
        current = self.selected()
        if current is not None:
            PasswordResetDialog(self._workspace, self._actor, current.login, self).exec()
            self.refresh()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("批量导入用户"), "", self.tr("CSV 文件 (*.csv);;所有文件 (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> list[str]:
        """Import the users in a CSV file (as `sunlight user import`): all of them, or none with
        every bad line named. Returns the logins imported."""
        try:
            with self._workspace.transaction() as session:
                made = [u.login for u in users.import_users_csv(session, actor=self._actor, source=path)]
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("批量导入用户"), dl.message(exc.message))
            return []
        self.refresh(made[0] if made else None)
        done = self.tr("已导入 %n 个用户，请通知他们首次登录后修改密码。", "", len(made))
        QMessageBox.information(self, self.tr("批量导入用户"), done)
        return made

    def unlock_selected(self) -> None:
        current = self.selected()
        if current is not None:
            self._run(lambda s: users.unlock_user(s, actor=self._actor, login=current.login))
