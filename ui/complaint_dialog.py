"""投诉: register a complaint, or record the investigation and conclude it.

The form only collects input; app.complaints checks it and a refusal is shown next to the field
it names, keeping what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)
from sqlalchemy.orm import Session

from app.complaints import (
    CHANNELS,
    OUTCOMES,
    complaint_info,
    conclude_complaint,
    record_investigation,
    register_complaint,
)
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl
from ui.action_dialog import ServiceDialog


class ComplaintDialog(ServiceDialog):
    def __init__(
        self,
        workspace: Workspace,
        actor_id: int,
        parent: QWidget | None = None,
        *,
        complaint_id: int | None = None,
    ) -> None:
        super().__init__(workspace, actor_id, parent)
        self.complaint_id = complaint_id
        if complaint_id is None:
            self.setWindowTitle(self.tr("登记投诉"))
            self._build_register(self.form)
        else:
            self.setWindowTitle(self.tr("投诉调查与办结"))
            self._build_handle(self.form)
        self.lay_out(self.buttons, width_chars=42)

    def _build_register(self, form: QFormLayout) -> None:
        self.channel = QComboBox()
        for code, label in CHANNELS.items():
            self.channel.addItem(dl.label(label), code)
        self.fields.add_row(self.tr("投诉渠道"), self.channel, "channel", required=True)
        self.complainant = QLineEdit()
        self.complainant.setPlaceholderText(self.tr("匿名投诉可不填"))
        self.fields.add_row(self.tr("投诉人"), self.complainant, "complainant")
        self.contact = QLineEdit()
        self.fields.add_row(self.tr("联系方式"), self.contact, "contact")
        self.case_number, self.division = self.add_case_and_division()
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.fields.add_row(self.tr("投诉事项"), self.content, "content", required=True)
        note = QLabel(self.tr("办理期限按《投诉受理办法》自收到之日起计算（工作日）。"))
        note.setWordWrap(True)
        form.addRow(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _build_handle(self, form: QFormLayout) -> None:
        assert self.complaint_id is not None
        with self.workspace.reading_sessions() as session:
            info = complaint_info(session, session.get_one(User, self.actor_id), self.complaint_id)
        self.info = info
        summary = QLabel(
            self.tr("第 %1 号投诉（%2）　投诉人：%3 %4\n涉及：%5　办理期限：%6（%7）\n投诉事项：%8")
            .replace("%1", str(info.id))
            .replace("%2", dl.label(info.channel_label))
            .replace("%3", info.complainant)
            .replace("%4", info.contact)
            .replace("%5", info.case_number or info.division or "—")
            .replace("%6", info.due.isoformat())
            .replace("%7", dl.message(info.time_text))
            .replace("%8", info.content)
        )
        summary.setWordWrap(True)
        form.addRow(summary)
        self.history = QLabel(info.investigation or self.tr("尚未记录调查核实情况。"))
        self.history.setWordWrap(True)
        # A wrapped label in a form row gets too little height unless it may take the row's width.
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        form.addRow(self.tr("调查记录："), self.history)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.fields.add_row(self.tr("调查核实情况"), self.notes, "investigation")
        add_notes = QPushButton(self.tr("记录调查情况"))
        add_notes.clicked.connect(self.add_notes)
        form.addRow("", add_notes)
        self.outcome = QComboBox()
        for code, label in OUTCOMES.items():
            self.outcome.addItem(dl.label(label), code)
        self.fields.add_row(self.tr("处理结果"), self.outcome, "outcome", required=True)
        self.reply = QPlainTextEdit()
        self.reply.setTabChangesFocus(True)
        self.fields.add_row(self.tr("答复投诉人"), self.reply, "reply", required=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.conclude_button = self.buttons.addButton(self.tr("办结"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.conclude)
        self.buttons.rejected.connect(self.reject)
        closed = info.status != "open"
        for widget in (self.notes, add_notes, self.outcome, self.reply, self.conclude_button):
            widget.setEnabled(not closed)
        if closed:
            self.reply.setPlainText(info.reply)

    def save(self) -> None:
        def register(session: Session, actor: User) -> None:
            complaint = register_complaint(
                session,
                actor,
                channel=self.channel.currentData(),
                complainant=self.complainant.text(),
                contact=self.contact.text(),
                content=self.content.toPlainText(),
                case_number=self.case_number.text() or None,
                division_code=self.division.currentData(),
            )
            self.complaint_id = complaint.id

        self.accept_after(register)

    def add_notes(self) -> None:
        assert self.complaint_id is not None
        complaint_id = self.complaint_id

        def record(session: Session, actor: User) -> None:
            complaint = record_investigation(session, actor, complaint_id, self.notes.toPlainText())
            self.history.setText(complaint.investigation)

        if self.attempt(record):
            self.notes.clear()

    def conclude(self) -> None:
        assert self.complaint_id is not None
        complaint_id = self.complaint_id

        def conclude(session: Session, actor: User) -> None:
            result = conclude_complaint(
                session,
                actor,
                complaint_id,
                outcome=self.outcome.currentData(),
                reply=self.reply.toPlainText(),
                investigation=self.notes.toPlainText(),
            )
            self.accountability_id = result.accountability.id if result.accountability else None

        self.accept_after(conclude)
