"""督办通知: a supervisor sends a notice; the division head reads and replies; either prints it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.errors import DomainError, InvalidInput
from app.notices import may_reply, notice_info, reply_notice, send_notice
from app.workspace import Workspace
from db.models import SupervisionNotice, User
from ui.action_dialog import FieldErrors, error_label


def save_notice_pdf(parent: QWidget, workspace: Workspace, notice_id: int) -> None:
    from app.supervision_print import notice_pdf
    from ui.supervision_dashboard import save_pdf_dialog

    try:
        with workspace.reading_sessions() as session:
            info = notice_info(session, notice_id)
            agency = settings.read_setting(session, settings.AGENCY_NAME)
        data = notice_pdf(info, agency)
    except DomainError as exc:
        QMessageBox.warning(parent, "打印督办通知书", exc.message)
        return
    save_pdf_dialog(parent, "保存督办通知书", f"督办通知书-{notice_id}.pdf", data)


class NoticeDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        actor_id: int,
        parent: QWidget | None = None,
        *,
        case_numbers: Sequence[str] = (),
        notice_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.notice_id = notice_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.message = error_label()
        if notice_id is None:
            self.setWindowTitle(self.tr("发出督办通知"))
            self.cases = QLineEdit("、".join(case_numbers))
            self.cases.setPlaceholderText(self.tr("办件编号，多件以顿号或逗号分隔"))
            self.fields.add_row(self.tr("督办办件"), self.cases, "cases", required=True)
            self.subject = QLineEdit()
            self.subject.setPlaceholderText(self.tr("如：办件已亮红牌，超过法定时限未办结"))
            self.fields.add_row(self.tr("督办事项"), self.subject, "subject", required=True)
            self.requirements = QPlainTextEdit()
            self.requirements.setTabChangesFocus(True)
            self.fields.add_row(self.tr("整改要求"), self.requirements, "requirements", required=True)
            note = QLabel(self.tr("承办处室应自收到之日起5个工作日内书面回复（效能监察办法第五条）。"))
            note.setWordWrap(True)
            form.addRow(note)
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.addButton(self.tr("发出"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.accepted.connect(self.send)
        else:
            self.setWindowTitle(self.tr("督办通知"))
            with workspace.reading_sessions() as session:
                info = notice_info(session, notice_id)
                actor = session.get_one(User, actor_id)
                refusal = may_reply(actor, session.get_one(SupervisionNotice, notice_id))
            text = QLabel(
                f"{info.label}　致{info.division}\n督办事项：{info.subject}\n"
                f"涉及办件：{'、'.join(info.case_numbers) or '—'}\n整改要求：{info.requirements}\n"
                f"回复期限：{info.reply_due.isoformat()}（{info.time_text}）"
            )
            text.setWordWrap(True)
            if info.overdue:
                text.setStyleSheet("color: #b3261e;")
            form.addRow(text)
            self.reply = QPlainTextEdit(info.reply)
            self.reply.setTabChangesFocus(True)
            self.reply.setReadOnly(refusal is not None)
            self.fields.add_row(self.tr("办理和整改情况"), self.reply, "reply", required=refusal is None)
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            print_button = self.buttons.addButton(self.tr("打印…"), QDialogButtonBox.ButtonRole.ActionRole)
            print_button.clicked.connect(lambda: save_notice_pdf(self, workspace, notice_id))
            if refusal is None:
                self.buttons.addButton(self.tr("回复"), QDialogButtonBox.ButtonRole.AcceptRole)
                self.buttons.accepted.connect(self.send_reply)
            elif info.status == "open":
                self.reply.setPlaceholderText(refusal)
        self.buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 40, self.sizeHint().height())

    def show_error(self, error: DomainError) -> None:
        for key in self.fields.labels:
            self.fields.show(key, "")
        key = error.field if isinstance(error, InvalidInput) else None
        if key and self.fields.show(key, error.message):
            self.message.setVisible(False)
            return
        self.message.setText(error.message)
        self.message.setVisible(True)

    def send(self) -> None:
        numbers = [n for n in self.cases.text().replace("，", ",").replace("、", ",").split(",") if n.strip()]
        try:
            with self.workspace.transaction() as session:
                notice = send_notice(
                    session,
                    session.get_one(User, self.actor_id),
                    case_numbers=numbers,
                    subject=self.subject.text(),
                    requirements=self.requirements.toPlainText(),
                )
                self.notice_id = notice.id
        except DomainError as exc:
            self.show_error(exc)
            return
        self.accept()

    def send_reply(self) -> None:
        assert self.notice_id is not None
        try:
            with self.workspace.transaction() as session:
                reply_notice(
                    session, session.get_one(User, self.actor_id), self.notice_id, self.reply.toPlainText()
                )
        except DomainError as exc:
            self.show_error(exc)
            return
        self.accept()
