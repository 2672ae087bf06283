"""督办通知: a supervisor sends a notice; the division head reads and replies; either prints it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from app import settings
from app.errors import DomainError
from app.notices import may_reply, notice_info, reply_notice, send_notice
from app.workspace import Workspace
from db.models import SupervisionNotice, User
from ui import domain_labels as dl
from ui.action_dialog import ServiceDialog


def save_notice_pdf(parent: QWidget, workspace: Workspace, notice_id: int) -> None:
    from app.supervision_print import notice_pdf
    from ui.supervision_dashboard import save_pdf_dialog

    try:
        with workspace.reading_sessions() as session:
            info = notice_info(session, notice_id)
            agency = settings.read_setting(session, settings.AGENCY_NAME)
        data = notice_pdf(info, agency)
    except DomainError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("NoticeDialog", "打印督办通知书"), dl.message(exc.message)
        )
        return
    save_pdf_dialog(
        parent,
        QCoreApplication.translate("NoticeDialog", "保存督办通知书"),
        QCoreApplication.translate("NoticeDialog", "督办通知书-%1.pdf").replace("%1", str(notice_id)),
        data,
    )


class NoticeDialog(ServiceDialog):
    def __init__(
        self,
        workspace: Workspace,
        actor_id: int,
        parent: QWidget | None = None,
        *,
        case_numbers: Sequence[str] = (),
        notice_id: int | None = None,
    ) -> None:
        super().__init__(workspace, actor_id, parent)
        self.notice_id = notice_id
        form = self.form
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
                self.tr("%1　致%2\n督办事项：%3\n涉及办件：%4\n整改要求：%5\n回复期限：%6（%7）")
                .replace("%1", info.label)
                .replace("%2", info.division)
                .replace("%3", info.subject)
                .replace("%4", self.tr("、").join(info.case_numbers) or "—")
                .replace("%5", info.requirements)
                .replace("%6", info.reply_due.isoformat())
                .replace("%7", dl.message(info.time_text))
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
                self.reply.setPlaceholderText(dl.message(refusal))
        self.buttons.rejected.connect(self.reject)
        self.lay_out(self.buttons, width_chars=40)

    def send(self) -> None:
        numbers = [n for n in self.cases.text().replace("，", ",").replace("、", ",").split(",") if n.strip()]

        def send(session: Session, actor: User) -> None:
            notice = send_notice(
                session,
                actor,
                case_numbers=numbers,
                subject=self.subject.text(),
                requirements=self.requirements.toPlainText(),
            )
            self.notice_id = notice.id

        self.accept_after(send)

    def send_reply(self) -> None:
        assert self.notice_id is not None
        notice_id = self.notice_id

        def reply(session: Session, actor: User) -> None:
            reply_notice(session, actor, notice_id, self.reply.toPlainText())

        self.accept_after(reply)
