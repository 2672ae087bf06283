"""集体决策会议: record a meeting (type, date, members due and who attended, presiding leader,
agenda items), then each member's opinion in speaking order and the decision; print the minutes.

The rules (quorum, the presiding leader speaking last, majority of members due) are app.meetings';
the dialog shows their refusals as they come.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app import settings
from app.errors import DomainError, InvalidInput
from app.meetings import (
    DECISIONS,
    STANCES,
    ItemInput,
    MemberInput,
    decide_item,
    minutes,
    record_meeting,
    record_opinion,
)
from app.supervision import regulation_parameters
from app.workspace import Workspace
from db.models import User, UserRole
from ui.action_dialog import FieldErrors, error_label


class MeetingDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        actor_id: int,
        parent: QWidget | None = None,
        *,
        case_number: str = "",
        meeting_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("集体决策会议"))
        with workspace.reading_sessions() as session:
            params = regulation_parameters(session, "BZ-06")
            people = session.execute(
                select(User.login, User.name)
                .join(UserRole)
                .where(UserRole.role.in_(("leader", "division_head")), User.active.is_(True))
                .distinct()
                .order_by(User.login)
            ).all()
        self.people = [(login, name) for login, name in people]
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._record_page(params["meeting_types"], case_number))
        self.stack.addWidget(self._opinion_page())
        layout.addWidget(self.stack, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("登记会议"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.print_button = self.buttons.addButton(
            self.tr("打印会议记录…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_minutes)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if meeting_id is not None:
            self._show_opinions()
        self.print_button.setEnabled(meeting_id is not None)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 52, self.fontMetrics().height() * 34)

    # --- page 1: the meeting ---------------------------------------------------------------------------

    def _record_page(self, types: list[str], case_number: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.fields = FieldErrors(form)
        self.meeting_type = QComboBox()
        self.meeting_type.addItems(types)
        self.fields.add_row(self.tr("会议类型"), self.meeting_type, "meeting_type", required=True)
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.fields.add_row(self.tr("会议日期"), self.held_on, "held_on", required=True)
        self.title = QLineEdit()
        self.fields.add_row(self.tr("会议名称"), self.title, "title")
        self.presiding = QComboBox()
        for login, name in self.people:
            self.presiding.addItem(f"{name}（{login}）", login)
        self.fields.add_row(self.tr("主持人"), self.presiding, "presiding", required=True)
        self.members = QTableWidget(len(self.people), 3)
        self.members.setHorizontalHeaderLabels([self.tr("应到会人员"), self.tr("到会"), self.tr("缺席原因")])
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setStretchLastSection(True)
        for row, (login, name) in enumerate(self.people):
            item = QTableWidgetItem(f"{name}（{login}）")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, login)
            self.members.setItem(row, 0, item)
            attended = QCheckBox()
            attended.setChecked(True)
            self.members.setCellWidget(row, 1, attended)
            self.members.setItem(row, 2, QTableWidgetItem(""))
        self.members.resizeColumnToContents(0)
        self.members.resizeColumnToContents(1)
        self.fields.add_row(self.tr("应到会人员（勾选）"), self.members, "members", required=True)
        self.item_title = QLineEdit()
        self.fields.add_row(self.tr("议题"), self.item_title, "items", required=True)
        self.item_case = QLineEdit(case_number)
        self.item_case.setPlaceholderText(self.tr("研究具体办件时填写办件编号"))
        self.fields.add_row(self.tr("涉及办件"), self.item_case, "case")
        self.personnel = QCheckBox(self.tr("人事事项（须三分之二以上应到会人员到会）"))
        form.addRow("", self.personnel)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)
        self.fields.add_row(self.tr("其他记录"), self.notes, "notes")
        return page

    def _members(self) -> list[MemberInput]:
        chosen = []
        for row in range(self.members.rowCount()):
            item = self.members.item(row, 0)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            attended = self.members.cellWidget(row, 1)
            reason = self.members.item(row, 2)
            chosen.append(
                MemberInput(
                    str(item.data(Qt.ItemDataRole.UserRole)),
                    attended=bool(attended.isChecked()) if isinstance(attended, QCheckBox) else True,
                    absence_reason=reason.text() if reason is not None else "",
                )
            )
        return chosen

    def show_error(self, error: DomainError) -> None:
        for key in self.fields.labels:
            self.fields.show(key, "")
        key = error.field if isinstance(error, InvalidInput) else None
        if key and self.fields.show(key, error.message):
            self.message.setVisible(False)
            return
        self.message.setText(error.message)
        self.message.setVisible(bool(error.message))

    def save(self) -> None:
        try:
            with self.workspace.transaction() as session:
                meeting = record_meeting(
                    session,
                    session.get_one(User, self.actor_id),
                    meeting_type=self.meeting_type.currentText(),
                    held_on=self.held_on.date().toPython(),  # type: ignore[arg-type]
                    presiding_login=str(self.presiding.currentData()),
                    members=self._members(),
                    items=[
                        ItemInput(
                            self.item_title.text(), self.item_case.text() or None, self.personnel.isChecked()
                        )
                    ],
                    title=self.title.text(),
                    notes=self.notes.toPlainText(),
                )
                self.meeting_id = meeting.id
        except DomainError as exc:
            self.show_error(exc)
            return
        self.show_error(DomainError(""))
        self._show_opinions()

    # --- page 2: opinions and the decision -------------------------------------------------------------

    def _opinion_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.header = QLabel()
        self.header.setWordWrap(True)
        box.addWidget(self.header)
        self.opinions = QTableWidget(0, 4)
        self.opinions.setHorizontalHeaderLabels(
            [self.tr("顺序"), self.tr("参会人员"), self.tr("意见"), self.tr("理由")]
        )
        self.opinions.verticalHeader().setVisible(False)
        self.opinions.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.opinions, 1)
        row = QHBoxLayout()
        self.speaker = QComboBox()
        self.stance = QComboBox()
        for code, label in STANCES.items():
            self.stance.addItem(label, code)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("不同意或缓议须说明理由"))
        add = QPushButton(self.tr("登记意见"))
        add.clicked.connect(self.add_opinion)
        for widget in (self.speaker, self.stance, self.reason, add):
            row.addWidget(widget)
        box.addLayout(row)
        note = QLabel(self.tr("参会人员逐一表态，主持人最后表态（末位表态）。"))
        box.addWidget(note)
        decision_row = QHBoxLayout()
        self.decision = QComboBox()
        for code, label in DECISIONS.items():
            self.decision.addItem(label, code)
        self.decision_text = QLineEdit()
        self.decision_text.setPlaceholderText(self.tr("会议决定的内容"))
        decide = QPushButton(self.tr("登记决定"))
        decide.clicked.connect(self.decide)
        for widget in (QLabel(self.tr("会议决定：")), self.decision, self.decision_text, decide):
            decision_row.addWidget(widget)
        box.addLayout(decision_row)
        return page

    def _show_opinions(self) -> None:
        assert self.meeting_id is not None
        with self.workspace.reading_sessions() as session:
            record = minutes(session, self.meeting_id)
        self.record = record
        self.stack.setCurrentIndex(1)
        self.save_button.setVisible(False)
        self.print_button.setEnabled(True)
        item = record.items[0]
        self.header.setText(
            f"{record.title}（{record.held_on.isoformat()}）　主持人：{record.presiding}\n"
            f"{record.quorum.text}\n议题：{item.title}"
            + (f"（办件 {item.case_number}）" if item.case_number else "")
            + f"　决定：{item.decision_label}"
            + (f"，{item.decision_text}" if item.decision_text else "")
        )
        self.opinions.setRowCount(len(item.opinions))
        for row, o in enumerate(item.opinions):
            name = f"{o.name}（主持人）" if o.presiding else o.name
            for col, text in enumerate((str(o.seq), name, o.stance_label, o.reason)):
                self.opinions.setItem(row, col, QTableWidgetItem(text))
        spoken = {o.name for o in item.opinions}
        self.speaker.clear()
        logins = dict(self.people)
        for login in self._attended_logins():
            name = logins.get(login, login)
            if name not in spoken:
                self.speaker.addItem(f"{name}（{login}）", login)

    def _attended_logins(self) -> list[str]:
        assert self.meeting_id is not None
        from db.models import Meeting

        with self.workspace.reading_sessions() as session:
            meeting = session.get_one(Meeting, self.meeting_id)
            presiding = meeting.presiding_id
            members = [(m.user.login, m.user_id == presiding) for m in meeting.members if m.attended]
        # Others first, the presiding leader last.
        return [login for login, p in sorted(members, key=lambda m: m[1])]

    def add_opinion(self) -> None:
        assert self.meeting_id is not None
        try:
            with self.workspace.transaction() as session:
                record_opinion(
                    session,
                    session.get_one(User, self.actor_id),
                    self.meeting_id,
                    1,
                    member_login=str(self.speaker.currentData()),
                    stance=str(self.stance.currentData()),
                    reason=self.reason.text(),
                )
        except DomainError as exc:
            self.message.setText(exc.message)
            self.message.setVisible(True)
            return
        self.message.setVisible(False)
        self.reason.clear()
        self._show_opinions()

    def decide(self) -> None:
        assert self.meeting_id is not None
        try:
            with self.workspace.transaction() as session:
                decide_item(
                    session,
                    session.get_one(User, self.actor_id),
                    self.meeting_id,
                    1,
                    decision=str(self.decision.currentData()),
                    decision_text=self.decision_text.text(),
                )
        except DomainError as exc:
            self.message.setText(exc.message)
            self.message.setVisible(True)
            return
        self.message.setVisible(False)
        self._show_opinions()

    def print_minutes(self) -> None:
        if self.meeting_id is None:
            return
        from app.supervision_print import minutes_pdf
        from ui.supervision_dashboard import save_pdf_dialog

        try:
            with self.workspace.reading_sessions() as session:
                record = minutes(session, self.meeting_id)
                agency = settings.read_setting(session, settings.AGENCY_NAME)
            data = minutes_pdf(record, agency)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("打印会议记录"), exc.message)
            return
        save_pdf_dialog(self, self.tr("保存会议记录"), f"会议记录-{self.meeting_id}.pdf", data)
