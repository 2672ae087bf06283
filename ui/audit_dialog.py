"""审计日志校验: `audit verify` for administrators and the supervision office, without a terminal.

The check (app.reconciliation.check_audit_trail: the hash chain, then every case against it) runs
off the UI thread; on a large database it takes minutes, so it shows its progress and may be
cancelled. The result says whether the trail is whole, the chain's last hash (to be written down
outside the database, see docs/deployment-postgresql.md) and each problem found."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reconciliation import AuditCheck
from app.workspace import Workspace
from ui import domain_labels as dl
from ui.workers import TaskDialog

GOOD = "color: #1b7f3b; font-weight: bold;"
BAD = "color: #c62828; font-weight: bold;"


def run_check(workspace: Workspace, actor_id: int, *, progress) -> AuditCheck:  # type: ignore[no-untyped-def]
    """The task body (worker thread): its own session, the check's plain result."""
    from app.reconciliation import check_audit_trail
    from db.models import User

    with workspace.reading_sessions() as session:
        return check_audit_trail(session, session.get_one(User, actor_id), progress=progress)


class AuditCheckDialog(TaskDialog):
    def __init__(self, workspace: Workspace, actor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.result: AuditCheck | None = None
        self.setWindowTitle(self.tr("校验审计日志"))
        self.resize(720, 480)

        intro = QLabel(
            self.tr(
                "逐条校验审计日志的哈希链，找出被修改、插入或删除的记录；再逐件核对办件的当前状态、"
                "逐个核对用户的处室和角色是否与审计记录一致，找出绕过程序修改、写入或删除的办件和用户。"
            )
        )
        intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.cases_label = QLabel()
        self.cases_label.setWordWrap(True)
        self.users_label = QLabel()
        self.users_label.setWordWrap(True)
        self.head_hash = QLineEdit()
        self.head_hash.setReadOnly(True)
        self.copy_hash = QPushButton(self.tr("复制"))
        self.copy_hash.setToolTip(self.tr("把末条哈希复制到剪贴板，记入月报或报送纪检监察室留存"))
        self.copy_hash.clicked.connect(self._copy_hash)
        hash_row = QHBoxLayout()
        hash_row.addWidget(self.head_hash, 1)
        hash_row.addWidget(self.copy_hash)
        form = QFormLayout()
        form.addRow(self.tr("哈希链："), self.chain_label)
        form.addRow(self.tr("末条哈希："), hash_row)
        form.addRow(self.tr("办件核对："), self.cases_label)
        form.addRow(self.tr("用户核对："), self.users_label)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setPlaceholderText(self.tr("发现的问题逐条列在这里。"))

        self.check_button = QPushButton(self.tr("重新校验"))
        self.check_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        self.idle_only = [self.check_button]
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self._show(None)

    def start(self) -> None:
        if self.task_running:
            return
        self._show(None)
        self.run_task(
            run_check,
            self.workspace,
            self.actor_id,
            busy_text=self.tr("正在校验……"),
            on_done=self._show,
            failed_text=self.tr("未能完成校验：%1"),
            cancelled_text=self.tr("已取消，未完成校验。"),
        )

    def _show(self, result: AuditCheck | None) -> None:
        self.result = result
        self.copy_hash.setEnabled(result is not None and result.chain.ok)
        if result is None:
            for label in (self.chain_label, self.cases_label, self.users_label):
                label.setText("—")
                label.setStyleSheet("")
            self.head_hash.clear()
            self.problems.clear()
            return
        chain, cases, users = result.chain, result.cases, result.users
        self.chain_label.setText(dl.message(chain.message))
        self.chain_label.setStyleSheet(GOOD if chain.ok else BAD)
        self.head_hash.setText(chain.head_hash if chain.ok else "")
        if cases.ok:
            self.cases_label.setText(self.tr("%n 件办件的当前状态均与其审计记录一致。", "", cases.checked))
        else:
            found = self.tr(
                "发现 %n 处与审计记录不符（共核对 %1 件），办件表可能被绕过程序修改。",
                "",
                cases.problem_count,
            )
            self.cases_label.setText(found.replace("%1", str(cases.checked)))
        if users.ok:
            self.users_label.setText(
                self.tr("%n 个用户的姓名、处室、角色和状态均与其审计记录一致。", "", users.checked)
            )
        else:
            found = self.tr(
                "发现 %n 处与审计记录不符（共核对 %1 个用户），用户表可能被绕过程序修改。",
                "",
                users.problem_count,
            )
            self.users_label.setText(found.replace("%1", str(users.checked)))
        listed = []
        for label, found_here in ((self.cases_label, cases), (self.users_label, users)):
            label.setStyleSheet(GOOD if found_here.ok else BAD)
            listed += [dl.message(problem) for problem in found_here.problems]
            more = found_here.problem_count - len(found_here.problems)
            if more > 0:
                listed.append(self.tr("……另有 %n 处", "", more))
        self.problems.setPlainText("\n".join(listed))
        if result.ok:
            self.status.setText(self.tr("校验完毕：审计日志完好。"))
        else:
            self.status.setText(self.tr("校验完毕：发现问题，请报纪检监察室核查。"))

    def _copy_hash(self) -> None:
        QGuiApplication.clipboard().setText(self.head_hash.text())
