"""The reports dialog: the monthly Excel report and the open-government publication list.

The work runs in a background task (ui.workers) with its own read-only session: the window stays
responsive, the progress bar moves, 取消 stops it and leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from sqlalchemy import select

from app.workspace import Workspace
from ui.workers import TaskDialog

KINDS = (
    ("monthly", QT_TRANSLATE_NOOP("MonthlyReportDialog", "月度统计报表（Excel）"), ".xlsx"),
    ("publish_csv", QT_TRANSLATE_NOOP("MonthlyReportDialog", "办件公示清单（CSV）"), ".csv"),
    ("publish_pdf", QT_TRANSLATE_NOOP("MonthlyReportDialog", "办件公示清单（PDF）"), ".pdf"),
)


def run_report(
    url_workspace: Workspace,
    actor_id: int,
    kind: str,
    month: str,
    division: str | None,
    out: str,
    *,
    progress,
):  # type: ignore[no-untyped-def]
    """The task body (worker thread): its own session, plain results."""
    from app.reports.monthly import write_monthly_report
    from app.reports.publication import write_publication
    from db.models import User

    with url_workspace.reading_sessions() as session:
        actor = session.get_one(User, actor_id)
        if kind == "monthly":
            result = write_monthly_report(
                session, actor, month, out, division_code=division, progress=progress
            )
            return kind, result.month, result.cases, str(result.path)
        published = write_publication(session, actor, month, out, division_code=division, progress=progress)
        return kind, published.month, published.cases, str(published.path)


class MonthlyReportDialog(TaskDialog):
    finished_file = Signal(str)

    def __init__(self, workspace: Workspace, actor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.output: str | None = None
        self.setWindowTitle(self.tr("报表"))

        self.kind = QComboBox()
        for key, label, _ in KINDS:
            self.kind.addItem(QCoreApplication.translate("MonthlyReportDialog", label), key)
        self.month = QDateEdit()
        self.month.setDisplayFormat(self.tr("yyyy年M月"))
        self.month.setCalendarPopup(False)
        today = QDate.currentDate()
        self.month.setDate(QDate(today.year(), today.month(), 1).addMonths(-1))
        self.month.setMaximumDate(QDate(today.year(), today.month(), 1))
        self.division = QComboBox()
        self._load_divisions()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("报表类型："), self.kind)
        form.addRow(self.tr("统计月份："), self.month)
        form.addRow(self.tr("处室："), self.division)
        form.addRow(self.tr("保存到："), path_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("选择月份后点击“生成”。口径见报表中的“指标说明”。"))
        self.status.setWordWrap(True)

        self.generate = QPushButton(self.tr("生成"))
        self.generate.setDefault(True)
        self.generate.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        self.idle_only = [self.generate, self.kind, self.month, self.division, self.path]
        self.cancel_button.clicked.connect(self.cancel)
        self.open_file = QPushButton(self.tr("打开文件"))
        self.open_folder = QPushButton(self.tr("打开所在文件夹"))
        for b in (self.open_file, self.open_folder):
            b.setEnabled(False)
        self.open_file.clicked.connect(lambda: self._open(Path(self.output or "")))
        self.open_folder.clicked.connect(lambda: self._open(Path(self.output or "").parent))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.open_file, self.open_folder):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.generate, self.cancel_button, close):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._suggest_path)
        self.month.dateChanged.connect(self._suggest_path)
        self.division.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()
        self.resize(520, self.sizeHint().height())

    def _load_divisions(self) -> None:
        from app.reports.access import ALL_DIVISIONS_ROLES
        from db.models import Division, User

        with self.workspace.reading_sessions() as session:
            actor = session.get_one(User, self.actor_id)
            rows = session.execute(select(Division.code, Division.name).order_by(Division.code)).all()
            if actor.roles & ALL_DIVISIONS_ROLES:
                self.division.addItem(self.tr("全部处室"), None)
            else:
                rows = [r for r in rows if actor.division is not None and r.code == actor.division.code]
        for code, name in rows:
            self.division.addItem(f"{name}（{code}）", code)

    @property
    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def _suggest_path(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        _, _label, ext = KINDS[self.kind.currentIndex()]
        name = self.tr("月度统计报表") if ext == ".xlsx" else self.tr("办件公示清单")
        division = self.division.currentData()
        suffix = f"_{division}" if division else ""
        self.path.setText(str(Path(folder) / f"{name}_{self.month_text}{suffix}{ext}"))

    def _browse(self) -> None:
        _, label, ext = KINDS[self.kind.currentIndex()]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存报表"),
            self.path.text(),
            f"{QCoreApplication.translate('MonthlyReportDialog', label)} (*{ext})",
        )
        if path:
            self.path.setText(path if path.lower().endswith(ext) else path + ext)

    def start(self) -> None:
        if self.task_running:
            return
        out = self.path.text().strip()
        if not out:
            self.status.setText(self.tr("请选择保存位置。"))
            return
        key = self.kind.currentData()
        month, division = self.month_text, self.division.currentData()
        args = (self.workspace, self.actor_id, key, month, division, out)
        self.run_task(
            run_report,
            *args,
            busy_text=self.tr("正在生成…"),
            on_done=self._show_result,
            failed_text=self.tr("未能生成：%1"),
            cancelled_text=self.tr("已取消，未保存文件。"),
        )

    def _show_result(self, result: tuple[str, str, int, str]) -> None:
        kind, month, cases, path = result
        if kind == "monthly":
            message = self.tr("已生成 %1 月度统计报表，办件明细 %n 件。", "", cases).replace("%1", month)
        else:
            message = self.tr("已生成 %1 办件公示清单，共 %n 件。", "", cases).replace("%1", month)
        self.output = path
        self.status.setText(f"{message}\n{path}")
        self.open_file.setEnabled(True)
        self.open_folder.setEnabled(True)
        self.finished_file.emit(path)

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
