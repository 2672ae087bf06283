"""管理 → 备份数据库: `sunlight backup` for an administrator at the desk, in the background.

The backup (app.backup.backup_as) runs off the UI thread with its progress; cancelling stops it and
leaves no file. The suggested file is dated and never one that exists (a backup never overwrites)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.agency_time import agency_date
from app.backup import Outcome
from app.timesource import current_time
from app.workspace import Workspace
from ui.workers import TaskDialog


def run_backup(workspace: Workspace, actor_id: int, out: str, *, progress) -> Outcome:  # type: ignore[no-untyped-def]
    """The task body (worker thread): the user read in its own session, then the backup."""
    from app.backup import backup_as
    from app.users import load_actor

    with workspace.reading_sessions() as session:
        actor = load_actor(session, actor_id)
    return backup_as(actor, workspace.url, out, progress=progress)


def suggested_backup_path(folder: Path, today: date) -> Path:
    """sunlight-2026-12-07.backup in `folder`, or -2, -3 … after it when that one exists."""
    path = folder / f"sunlight-{today.isoformat()}.backup"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"sunlight-{today.isoformat()}-{n}.backup"
    return path


class BackupDialog(TaskDialog):
    def __init__(self, workspace: Workspace, actor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.outcome: Outcome | None = None
        self.setWindowTitle(self.tr("备份数据库"))

        self.path = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("数据库："), QLabel(workspace.display_name))
        form.addRow(self.tr("备份到："), path_row)
        note = QLabel(
            self.tr(
                "备份时其他工作站可以照常办件。请把备份保存到另一台计算机或移动硬盘上，"
                "并按备份制度留存（见《部署说明》的备份安排）。"
            )
        )
        note.setWordWrap(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("开始备份"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        self.idle_only = [self.start_button, self.path]
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder = QPushButton(self.tr("打开所在文件夹"))
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self._open_folder)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        today = agency_date(current_time())
        self.path.setText(str(suggested_backup_path(Path(folder or Path.home()), today)))
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("备份到"), self.path.text(), self.tr("阳光办件备份 (*.backup);;所有文件 (*)")
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        if self.task_running:
            return
        out = self.path.text().strip()
        if not out:
            self.status.setText(self.tr("请选择备份文件的保存位置。"))
            return
        self.outcome = None
        self.run_task(
            run_backup,
            self.workspace,
            self.actor_id,
            out,
            busy_text=self.tr("正在备份……"),
            on_done=self._show_outcome,
            failed_text=self.tr("备份未完成：%1"),
            cancelled_text=self.tr("已取消，没有留下备份文件。"),
        )

    def _show_outcome(self, result: Outcome) -> None:
        self.outcome = result
        kinds = {
            "sqlite": self.tr("SQLite 在线备份"),
            "pg_dump": self.tr("pg_dump 自定义格式"),
            "logical": self.tr("逻辑导出"),
        }
        text = self.tr("已备份到 %1（%2，结构版本 %3）。").replace("%1", str(result.path))
        self.status.setText(
            text.replace("%2", kinds.get(result.kind, result.kind)).replace("%3", str(result.revision))
        )
        self.open_folder.setEnabled(True)

    def _open_folder(self) -> None:
        if self.outcome is not None and self.outcome.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.outcome.path).parent)))
