"""Uncaught exceptions: log them, tell the user in plain words, offer a report, keep working.

`install_crash_handler()` replaces `sys.excepthook`. PySide6 calls the hook for an exception raised
in a slot and then carries on with the event loop, so the window the user was filling in stays open
with everything typed in it; the dialog says so and offers to quit only if the user wants to. As a
second safety net the texts of open forms (never password fields) are saved as a draft file.
"""

from __future__ import annotations

import json
import logging
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import DomainError
from app.logging_setup import log_tail, redact
from ui import domain_labels as dl

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def versions() -> dict[str, str]:
    """Versions worth knowing in a report."""
    found = {"sunlight": __version__, "python": platform.python_version(), "platform": platform.platform()}
    try:
        import PySide6
        from PySide6 import QtCore

        found["pyside6"] = PySide6.__version__
        found["qt"] = QtCore.qVersion()
    except ImportError:  # pragma: no cover - the GUI always has PySide6
        pass
    try:
        import sqlalchemy

        found["sqlalchemy"] = sqlalchemy.__version__
    except ImportError:  # pragma: no cover
        pass
    return found


def build_report(exc_info: ExcInfo, *, database: str = "", log_lines: int = 200) -> str:
    """The text of a crash report: what happened, versions, the traceback and the log tail. Every
    part passes through `redact`, so no password reaches the file."""
    exc_type, exc, tb = exc_info
    parts = [
        QCoreApplication.translate("CrashReport", "阳光办件错误报告 / Sunlight error report"),
        QCoreApplication.translate("CrashReport", "时间 time: %1").replace(
            "%1", datetime.now().isoformat(timespec="seconds")
        ),
        *(f"{key}: {value}" for key, value in versions().items()),
    ]
    if database:
        parts.append(f"database: {database}")
    parts += ["", "== traceback ==", "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()]
    tail = log_tail(log_lines)
    if tail:
        parts += ["", f"== log (last {log_lines} lines) ==", tail.rstrip()]
    return redact("\n".join(parts)) + "\n"


def drafts_directory() -> Path:
    return Path(platformdirs.user_data_dir("sunlight", appauthor=False)) / "drafts"


def collect_form_texts(widgets: list[QWidget]) -> dict[str, dict[str, str]]:
    """The non-empty texts of the line edits and text boxes in visible windows, by window title
    and field name; password fields are never read."""
    forms: dict[str, dict[str, str]] = {}
    for window in widgets:
        if not window.isVisible():
            continue
        fields: dict[str, str] = {}
        for index, edit in enumerate(window.findChildren(QLineEdit)):
            if edit.echoMode() != QLineEdit.EchoMode.Normal or not edit.text():
                continue
            fields[edit.objectName() or f"field{index}"] = edit.text()
        for index, box in enumerate(window.findChildren(QPlainTextEdit)):
            if box.toPlainText() and not box.isReadOnly():
                fields[box.objectName() or f"text{index}"] = box.toPlainText()
        for index, box in enumerate(window.findChildren(QTextEdit)):
            if box.toPlainText() and not box.isReadOnly():
                fields[box.objectName() or f"rich{index}"] = box.toPlainText()
        if fields:
            forms[window.windowTitle() or type(window).__name__] = fields
    return forms


def save_drafts(directory: Path | None = None) -> Path | None:
    """Write the open forms' texts to a draft file; its path, or None when nothing was open."""
    forms = collect_form_texts(list(QApplication.topLevelWidgets()))
    if not forms:
        return None
    directory = directory or drafts_directory()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"draft-{datetime.now():%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(forms, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


class CrashDialog(QDialog):
    """What happened in plain words; save the report; carry on or quit."""

    def __init__(
        self, exc_info: ExcInfo, report: str, parent: QWidget | None = None, *, draft: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.saved_to: Path | None = None
        self.quit_requested = False
        self.setWindowTitle(self.tr("程序出错 — 阳光办件"))
        exc = exc_info[1]
        if isinstance(exc, DomainError):
            what = dl.message(exc.message)
        else:
            what = self.tr("阳光办件遇到了一个内部错误，刚才的操作没有完成。这不是您的操作失误。")
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        headline = QLabel(what)
        headline.setWordWrap(True)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        advice_text = self.tr(
            "您正在填写的内容仍保留在窗口中，没有丢失；请检查后再保存。"
            "如果问题反复出现，请点击“保存错误报告…”，把报告文件发给信息中心。"
            "报告中有程序版本和运行日志，不含密码。"
        )
        if draft is not None:
            advice_text += "\n" + self.tr("已打开窗口中填写的文字另存在：%1").replace("%1", str(draft))
        advice = QLabel(advice_text)
        advice.setWordWrap(True)
        advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details_button = QPushButton(self.tr("显示详细信息"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存错误报告…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(self.tr("复制"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(self.tr("退出程序"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.continue_button = buttons.addButton(self.tr("继续使用"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_save)
        self.copy_button.clicked.connect(self._copy)
        self.quit_button.clicked.connect(self._quit)
        buttons.accepted.connect(self.accept)
        top = QVBoxLayout()
        top.addWidget(headline)
        top.addWidget(advice)
        layout = QVBoxLayout(self)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row_layout.addLayout(top, 1)
        layout.addWidget(row)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 38, self.sizeHint().height())

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("隐藏详细信息") if shown else self.tr("显示详细信息"))
        self.adjustSize()

    def default_report_path(self) -> Path:
        return Path.home() / f"sunlight-report-{datetime.now():%Y%m%d-%H%M%S}.txt"

    def save_report(self, path: Path) -> None:
        try:
            path.write_text(self.report, encoding="utf-8")
        except OSError as exc:
            self.status.setText(
                self.tr("无法保存到 %1：%2").replace("%1", str(path)).replace("%2", exc.strerror or "")
            )
            return
        self.saved_to = path
        self.status.setText(self.tr("错误报告已保存到 %1").replace("%1", str(path)))

    def ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存错误报告"), str(self.default_report_path()), self.tr("文本文件 (*.txt)")
        )
        if name:
            self.save_report(Path(name))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.status.setText(self.tr("错误报告已复制，可粘贴到邮件中。"))

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()


class CrashHandler:
    """The `sys.excepthook` of the GUI. `database` gives the database name for the report (never
    with its password)."""

    def __init__(self, database: Callable[[], str] | None = None) -> None:
        self._database = database or (lambda: "")
        self._busy = False
        self.previous_hook = sys.excepthook
        self.last_dialog: CrashDialog | None = None

    def report_database(self, database: Callable[[], str]) -> None:
        """Name this database in reports and messages from now on (known once it is opened)."""
        self._database = database

    def install(self) -> CrashHandler:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous_hook

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous_hook(exc_type, exc, tb)
            return
        app = QApplication.instance()
        database_problem = _database_problem(exc, self._database)
        if database_problem is not None:
            # Not a program error: the server went away (or kept refusing) while a screen read,
            # often on a timer. The main window's banner follows from its live feed; each main
            # window's status bar says what this read found. No dialog: a timer would raise one
            # after another while the server is down.
            log.warning("database problem in the GUI: %s", exc)
            if app is not None:
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QMainWindow) and widget.isVisible():
                        widget.statusBar().showMessage(dl.message(database_problem.message), 10_000)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if self._busy or app is None:
            return  # an error inside the dialog: logged, no second dialog
        self._busy = True
        try:
            try:
                database = self._database()
            except Exception:  # the report must not fail because the database did
                database = ""
            report = build_report((exc_type, exc, tb), database=database)
            draft = None
            if not isinstance(exc, DomainError):
                try:
                    draft = save_drafts()
                except OSError:
                    log.exception("could not save form drafts")
            parent = QApplication.activeWindow()
            dialog = CrashDialog((exc_type, exc, tb), report, parent, draft=draft)
            self.last_dialog = dialog
            dialog.exec()
            if dialog.quit_requested:
                QApplication.exit(70)  # EX_SOFTWARE
        except Exception:
            log.exception("the crash dialog itself failed")
        finally:
            self._busy = False


def _database_problem(exc: BaseException, database: Callable[[], str]) -> DomainError | None:
    """The user's message where `exc` is the database being unreachable or busy, else None."""
    from sqlalchemy.exc import DBAPIError

    from app.retry import DatabaseBusy, DatabaseUnavailable, database_error

    if isinstance(exc, DatabaseUnavailable | DatabaseBusy):
        return exc
    if isinstance(exc, DBAPIError):
        try:
            name = database()
        except Exception:  # the message must not fail because the database did
            name = ""
        return database_error(exc, name, committing=False)
    return None


def install_crash_handler(database: Callable[[], str] | None = None) -> CrashHandler:
    return CrashHandler(database).install()
