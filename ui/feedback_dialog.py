"""社会监督员意见: register a social supervisor's feedback, or reply to it.

The supervision office registers what a social supervisor reported (by phone, letter or at a
meeting), with an optional rating and the division or case concerned; the reply is due within the
limit of 社会监督员制度 (app.feedback). The form only collects input; a refusal is shown next to the
field it names, keeping what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from app.agency_time import agency_datetime
from app.feedback import RATINGS, feedback_info, register_feedback, reply_feedback
from app.supervision import regulation_parameters
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl
from ui.action_dialog import ServiceDialog


class FeedbackDialog(ServiceDialog):
    """Register a new entry (`feedback_id` None) or reply to entry `feedback_id`."""

    def __init__(
        self,
        workspace: Workspace,
        actor_id: int,
        parent: QWidget | None = None,
        *,
        feedback_id: int | None = None,
        case_number: str = "",
    ) -> None:
        super().__init__(workspace, actor_id, parent)
        self.feedback_id = feedback_id
        if feedback_id is None:
            self.setWindowTitle(self.tr("登记社会监督员意见"))
            self._build_register(case_number)
        else:
            self.setWindowTitle(self.tr("答复社会监督员意见"))
            self._build_reply(feedback_id)
        self.buttons.rejected.connect(self.reject)
        self.lay_out(self.buttons, width_chars=42)

    def _build_register(self, case_number: str) -> None:
        self.supervisor_name = QLineEdit()
        self.supervisor_name.setPlaceholderText(self.tr("反映意见的社会监督员"))
        self.fields.add_row(self.tr("社会监督员"), self.supervisor_name, "supervisor_name", required=True)
        self.rating = QComboBox()
        self.rating.addItem(self.tr("（未作评价）"), None)
        for code, label in RATINGS.items():
            self.rating.addItem(dl.label(label), code)
        self.fields.add_row(self.tr("评价"), self.rating, "rating")
        self.case_number, self.division = self.add_case_and_division(case_number)
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("社会监督员反映的意见、建议或问题"))
        self.content.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.fields.add_row(self.tr("意见内容"), self.content, "content", required=True)
        with self.workspace.reading_sessions() as session:
            limit = regulation_parameters(session, "BZ-11")["feedback_reply_limit"]
        note = QLabel(
            self.tr("登记后应在%n个工作日内答复社会监督员（社会监督员制度）。", "", int(limit["days"]))
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.addButton(self.tr("登记"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)

    def _build_reply(self, feedback_id: int) -> None:
        with self.workspace.reading_sessions() as session:
            info = feedback_info(session, session.get_one(User, self.actor_id), feedback_id)
        self.info = info
        summary = QLabel(
            self.tr("第 %1 号意见　社会监督员：%2　收到：%3\n涉及：%4　评价：%5　答复期限：%6\n意见内容：%7")
            .replace("%1", str(info.id))
            .replace("%2", info.supervisor_name)
            .replace("%3", agency_datetime(info.received_at).date().isoformat())
            .replace("%4", info.case_number or info.division or "—")
            .replace("%5", dl.label(RATINGS.get(info.rating or "", "—")))
            .replace("%6", info.reply_due.isoformat())
            .replace("%7", info.content)
        )
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.reply = QPlainTextEdit(info.reply)
        self.reply.setTabChangesFocus(True)
        self.reply.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        replied = info.replied_at is not None
        self.reply.setReadOnly(replied)
        self.fields.add_row(self.tr("答复内容"), self.reply, "reply", required=not replied)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        if not replied:
            self.buttons.addButton(self.tr("答复"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.accepted.connect(self.send_reply)
        else:
            self.form.addRow(
                QLabel(
                    self.tr("已于 %1 答复。").replace(
                        "%1",
                        agency_datetime(info.replied_at).date().isoformat(),  # type: ignore[arg-type]
                    )
                )
            )

    def save(self) -> None:
        def register(session: Session, actor: User) -> None:
            row = register_feedback(
                session,
                actor,
                supervisor_name=self.supervisor_name.text(),
                content=self.content.toPlainText(),
                rating=self.rating.currentData(),
                division_code=self.division.currentData(),
                case_number=self.case_number.text() or None,
            )
            self.feedback_id = row.id

        self.accept_after(register)

    def send_reply(self) -> None:
        assert self.feedback_id is not None
        feedback_id = self.feedback_id

        def reply(session: Session, actor: User) -> None:
            reply_feedback(session, actor, feedback_id, self.reply.toPlainText())

        self.accept_after(reply)
