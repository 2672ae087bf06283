"""Lock the window after a period without keyboard or mouse input and ask for the password again
(the applicant at the counter must not see or use an unattended desk)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QWidget

from app import users
from app.errors import DomainError
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl
from ui.login_dialog import _message_label, ask_again, ok_cancel, password_edit, stack

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class UnlockDialog(QDialog):
    """界面已锁定: the same user types his password again (the lockout rule applies)."""

    def __init__(self, workspace: Workspace, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._login = user.login
        self.setWindowTitle(self.tr("界面已锁定"))
        note = QLabel(
            self.tr("长时间未操作，界面已锁定。%1（%2），请输入密码解锁。")
            .replace("%1", user.name)
            .replace("%2", user.login)
        )
        note.setWordWrap(True)
        self.password_edit = password_edit()
        self.message = _message_label()
        form = QFormLayout()
        form.addRow(self.tr("密码(&P)："), self.password_edit)
        stack(self, note, form, self.message, ok_cancel(self, self.tr("解锁"), self.tr("退出程序")))
        self.password_edit.setFocus()

    def accept(self) -> None:
        try:
            users.authenticate(self._workspace, self._login, self.password_edit.text())
        except DomainError as exc:
            ask_again(self.message, self.password_edit, dl.message(exc.message))
            return
        super().accept()


class IdleLock(QObject):
    """An application-wide event filter: after `minutes` without input it covers `window` and
    opens an UnlockDialog. `minutes` <= 0 disables locking. `quit_requested` is emitted when the
    user chooses to leave instead of unlocking."""

    locked = Signal()
    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, workspace: Workspace, user: User, window: QWidget, *, minutes: float) -> None:
        super().__init__(window)
        self._workspace = workspace
        self._user = user
        self._window = window
        self.cover: QLabel | None = None
        self.dialog: UnlockDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.cover is not None

    def set_minutes(self, minutes: float) -> None:
        self._timer.stop()
        self._enabled = minutes > 0
        if self._enabled:
            self._timer.setInterval(int(minutes * 60_000))
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "_timer" not in self.__dict__:
            # A wrapper PySide re-created for a filter whose Python side is gone (its window was
            # dropped without closeEvent): nothing to lock any more, so stop filtering.
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            return False
        if not self.is_locked and self._enabled and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self._timer.stop()
        cover = QLabel(self.tr("界面已锁定"), self._window)
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.setAutoFillBackground(True)
        cover.setGeometry(self._window.rect())
        cover.raise_()
        cover.show()
        self.cover = cover
        self.dialog = UnlockDialog(self._workspace, self._user, self._window)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.rejected.connect(self.quit_requested)
        self.locked.emit()
        self.dialog.open()

    def _unlock(self) -> None:
        if self.cover is not None:
            self.cover.deleteLater()
            self.cover = None
        self.dialog = None
        if self._enabled:
            self._timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
