"""投诉: register a complaint, or record the investigation and conclude it.

The form only collects input; app.complaints checks it and a refusal is shown next to the field
it names, keeping what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.complaints import (
    CHANNELS,
    OUTCOMES,
    complaint_info,
    conclude_complaint,
    record_investigation,
    register_complaint,
)
from app.errors import DomainError, InvalidInput
from app.users import list_divisions
from app.workspace import Workspace
from db.models import User
from ui.action_dialog import FieldErrors, error_label


class ComplaintDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        actor_id: int,
        parent: QWidget | None = None,
        *,
        complaint_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.complaint_id = complaint_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.message = error_label()
        if complaint_id is None:
            self.setWindowTitle(self.tr("登记投诉"))
            self._build_register(form)
        else:
            self.setWindowTitle(self.tr("投诉调查与办结"))
            self._build_handle(form)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 42, self.sizeHint().height())

    def _build_register(self, form: QFormLayout) -> None:
        self.channel = QComboBox()
        for code, label in CHANNELS.items():
            self.channel.addItem(label, code)
        self.fields.add_row(self.tr("投诉渠道"), self.channel, "channel", required=True)
        self.complainant = QLineEdit()
        self.complainant.setPlaceholderText(self.tr("匿名投诉可不填"))
        self.fields.add_row(self.tr("投诉人"), self.complainant, "complainant")
        self.contact = QLineEdit()
        self.fields.add_row(self.tr("联系方式"), self.contact, "contact")
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("如涉及具体办件，填写办件编号"))
        self.fields.add_row(self.tr("涉及办件"), self.case_number, "case")
        self.division = QComboBox()
        self.division.addItem(self.tr("（按办件确定，或未涉及具体处室）"), None)
        with self.workspace.reading_sessions() as session:
            for d in list_divisions(session):
                self.division.addItem(d.name, d.code)
        self.fields.add_row(self.tr("涉及处室"), self.division, "division")
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
            f"第 {info.id} 号投诉（{info.channel_label}）　投诉人：{info.complainant} {info.contact}\n"
            f"涉及：{info.case_number or info.division or '—'}　"
            f"办理期限：{info.due.isoformat()}（{info.time_text}）\n"
            f"投诉事项：{info.content}"
        )
        summary.setWordWrap(True)
        form.addRow(summary)
        self.history = QLabel(info.investigation or self.tr("尚未记录调查核实情况。"))
        self.history.setWordWrap(True)
        form.addRow(self.tr("调查记录："), self.history)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.fields.add_row(self.tr("调查核实情况"), self.notes, "investigation")
        add_notes = QPushButton(self.tr("记录调查情况"))
        add_notes.clicked.connect(self.add_notes)
        form.addRow("", add_notes)
        self.outcome = QComboBox()
        for code, label in OUTCOMES.items():
            self.outcome.addItem(label, code)
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

    def _actor(self, session) -> User:  # type: ignore[no-untyped-def]
        return session.get_one(User, self.actor_id)

    def show_error(self, error: DomainError) -> None:
        for key in self.fields.labels:
            self.fields.show(key, "")
        key = error.field if isinstance(error, InvalidInput) else None
        if key and self.fields.show(key, error.message):
            self.message.setVisible(False)
            return
        self.message.setText(error.message)
        self.message.setVisible(True)

    def save(self) -> None:
        try:
            with self.workspace.transaction() as session:
                complaint = register_complaint(
                    session,
                    self._actor(session),
                    channel=self.channel.currentData(),
                    complainant=self.complainant.text(),
                    contact=self.contact.text(),
                    content=self.content.toPlainText(),
                    case_number=self.case_number.text() or None,
                    division_code=self.division.currentData(),
                )
                self.complaint_id = complaint.id
        except DomainError as exc:
            self.show_error(exc)
            return
        self.accept()

    def add_notes(self) -> None:
        assert self.complaint_id is not None
        try:
            with self.workspace.transaction() as session:
                complaint = record_investigation(
                    session, self._actor(session), self.complaint_id, self.notes.toPlainText()
                )
                self.history.setText(complaint.investigation)
        except DomainError as exc:
            self.show_error(exc)
            return
        self.notes.clear()
        self.show_error(DomainError(""))
        self.message.setVisible(False)

    def conclude(self) -> None:
        assert self.complaint_id is not None
        try:
            with self.workspace.transaction() as session:
                result = conclude_complaint(
                    session,
                    self._actor(session),
                    self.complaint_id,
                    outcome=self.outcome.currentData(),
                    reply=self.reply.toPlainText(),
                    investigation=self.notes.toPlainText(),
                )
                self.accountability_id = result.accountability.id if result.accountability else None
        except DomainError as exc:
            self.show_error(exc)
            return
        self.accept()
