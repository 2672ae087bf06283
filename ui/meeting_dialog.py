"""集体决策会议: record a meeting (type, date, members due and who attended, presiding leader,
agenda items), then, item by item, each member's opinion in speaking order and the decision; print
the minutes.

The rules (quorum, the presiding leader speaking last, majority of members due) are app.meetings';
the dialog shows their refusals as they come. Opened from a case's collective step it starts with
one agenda item about that case (`case_number`).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import settings
from app.agency_time import agency_date
from app.errors import DomainError
from app.meetings import (
    DECISIONS,
    STANCES,
    ItemInput,
    ItemMinutes,
    MemberInput,
    Minutes,
    decide_item,
    minutes,
    record_meeting,
    record_opinion,
)
from app.supervision import regulation_parameters
from app.timesource import current_time
from app.workspace import Workspace
from db.models import Meeting, User, UserRole
from ui import domain_labels as dl
from ui.action_dialog import ServiceDialog

# Columns of the agenda table on the first page.
ITEM_TITLE, ITEM_CASE, ITEM_PERSONNEL = range(3)


class MeetingDialog(ServiceDialog):
    def __init__(
        self,
        workspace: Workspace,
        actor_id: int,
        parent: QWidget | None = None,
        *,
        case_number: str = "",
        meeting_id: int | None = None,
    ) -> None:
        super().__init__(workspace, actor_id, parent)
        self.meeting_id = meeting_id
        self.record: Minutes | None = None
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
        self.stack.addWidget(self._record_page(params["meeting_types"]))
        self.stack.addWidget(self._opinion_page())
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.save_button = self.buttons.addButton(self.tr("登记会议"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.print_button = self.buttons.addButton(
            self.tr("打印会议记录…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_minutes)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if case_number:
            self.start_with_case(case_number)
        else:
            self.add_item()
        if meeting_id is not None:
            self._show_opinions()
        self.print_button.setEnabled(meeting_id is not None)
        self.resize(self.fontMetrics().horizontalAdvance("汉") * 56, self.sizeHint().height())

    # --- page 1: the meeting ---------------------------------------------------------------------------

    def _record_page(self, types: list[str]) -> QWidget:
        page = QWidget()
        page.setLayout(self.form)
        self.meeting_type = QComboBox()
        for meeting_type in types:
            self.meeting_type.addItem(dl.label(meeting_type), meeting_type)
        self.fields.add_row(self.tr("会议类型"), self.meeting_type, "meeting_type", required=True)
        # The agency's today (the time source), which the service checks the date against.
        self.held_on = QDateEdit(QDate(agency_date(current_time())))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.fields.add_row(self.tr("会议日期"), self.held_on, "held_on", required=True)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("可不填，默认为“会议类型（日期）”"))
        self.fields.add_row(self.tr("会议名称"), self.title, "title")
        self.presiding = QComboBox()
        for login, name in self.people:
            self.presiding.addItem(self.tr("%1（%2）").replace("%1", name).replace("%2", login), login)
        self.fields.add_row(self.tr("主持人"), self.presiding, "presiding", required=True)
        self.members = QTableWidget(len(self.people), 3)
        self.members.setHorizontalHeaderLabels([self.tr("应到会人员"), self.tr("到会"), self.tr("缺席原因")])
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setStretchLastSection(True)
        for row, (login, name) in enumerate(self.people):
            item = QTableWidgetItem(self.tr("%1（%2）").replace("%1", name).replace("%2", login))
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
        self.members.resizeRowsToContents()
        shown = min(len(self.people), 6)
        row_height = self.members.verticalHeader().defaultSectionSize()
        if self.people:
            row_height = self.members.rowHeight(0)
        self.members.setMinimumHeight(
            self.members.horizontalHeader().sizeHint().height() + row_height * shown + 4
        )
        self.fields.add_row(self.tr("应到会人员（勾选）"), self.members, "members", required=True)
        self.fields.add_row(self.tr("议题"), self._items_editor(), "items", required=True)
        self.fields.alias("case", "items")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)
        self.fields.add_row(self.tr("其他记录"), self.notes, "notes")
        return page

    def _items_editor(self) -> QWidget:
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        self.items = QTableWidget(0, 3)
        self.items.setHorizontalHeaderLabels(
            [self.tr("议题名称"), self.tr("涉及办件编号（可不填）"), self.tr("人事事项")]
        )
        self.items.setToolTip(self.tr("人事事项须三分之二以上应到会人员到会"))
        self.items.verticalHeader().setVisible(False)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(ITEM_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ITEM_CASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM_PERSONNEL, QHeaderView.ResizeMode.ResizeToContents)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setMinimumHeight(self.fontMetrics().height() * 6)
        self.items.setMaximumHeight(self.fontMetrics().height() * 9)
        box.addWidget(self.items)
        row = QHBoxLayout()
        add = QPushButton(self.tr("添加议题"))
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_item())
        remove = QPushButton(self.tr("删除所选议题"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_item)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box.addLayout(row)
        return container

    def add_item(self, title: str = "", case_number: str = "", *, personnel: bool = False) -> int:
        """Add an agenda row (empty unless given); its row number."""
        row = self.items.rowCount()
        self.items.insertRow(row)
        self.items.setItem(row, ITEM_TITLE, QTableWidgetItem(title))
        self.items.setItem(row, ITEM_CASE, QTableWidgetItem(case_number))
        check = QTableWidgetItem(self.tr("是"))
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if personnel else Qt.CheckState.Unchecked)
        self.items.setItem(row, ITEM_PERSONNEL, check)
        self.items.setCurrentCell(row, ITEM_TITLE)
        return row

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if 0 <= row < self.items.rowCount():
            self.items.removeRow(row)

    def start_with_case(self, case_number: str) -> None:
        """A new meeting whose agenda is one item about `case_number` (more can be added)."""
        self.items.setRowCount(0)
        self.add_item(self.tr("研究办件 %1 的办理意见").replace("%1", case_number), case_number)

    def _agenda(self) -> list[ItemInput]:
        agenda = []
        for row in range(self.items.rowCount()):
            cells = [self.items.item(row, col) for col in range(3)]
            title = cells[ITEM_TITLE].text() if cells[ITEM_TITLE] is not None else ""
            number = cells[ITEM_CASE].text().strip() if cells[ITEM_CASE] is not None else ""
            personnel = cells[ITEM_PERSONNEL]
            checked = personnel is not None and personnel.checkState() == Qt.CheckState.Checked
            agenda.append(ItemInput(title, number or None, checked))
        return agenda

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

    def save(self) -> None:
        # A cell still being edited has not reached its item yet.
        self.items.setCurrentItem(None)

        def record(session: Session, actor: User) -> None:
            meeting = record_meeting(
                session,
                actor,
                meeting_type=self.meeting_type.currentData(),
                held_on=self.held_on.date().toPython(),  # type: ignore[arg-type]
                presiding_login=str(self.presiding.currentData()),
                members=self._members(),
                items=self._agenda(),
                title=self.title.text(),
                notes=self.notes.toPlainText(),
            )
            self.meeting_id = meeting.id

        if self.attempt(record):
            self._show_opinions()

    # --- page 2: opinions and the decision, item by item -----------------------------------------------

    def _opinion_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        box.addWidget(self.header)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("议题：")))
        self.item_picker = QComboBox()
        self.item_picker.currentIndexChanged.connect(lambda _n: self._show_item())
        pick.addWidget(self.item_picker, 1)
        box.addLayout(pick)
        self.item_state = QLabel()
        self.item_state.setWordWrap(True)
        # A wrapped label may otherwise be squeezed below its lines by the table under it.
        self.item_state.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        box.addWidget(self.item_state)
        self.opinions = QTableWidget(0, 4)
        self.opinions.setHorizontalHeaderLabels(
            [self.tr("顺序"), self.tr("参会人员"), self.tr("意见"), self.tr("理由")]
        )
        self.opinions.verticalHeader().setVisible(False)
        self.opinions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.opinions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.opinions.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.opinions, 1)
        row = QHBoxLayout()
        self.speaker = QComboBox()
        self.stance = QComboBox()
        for code, label in STANCES.items():
            self.stance.addItem(dl.label(label), code)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("不同意或缓议须说明理由"))
        self.add_opinion_button = QPushButton(self.tr("登记意见"))
        self.add_opinion_button.clicked.connect(self.add_opinion)
        for widget in (self.speaker, self.stance, self.reason, self.add_opinion_button):
            row.addWidget(widget)
        box.addLayout(row)
        note = QLabel(self.tr("参会人员逐一表态，主持人最后表态（末位表态）。"))
        box.addWidget(note)
        decision_row = QHBoxLayout()
        self.decision = QComboBox()
        for code, label in DECISIONS.items():
            self.decision.addItem(dl.decision_label(label), code)
        self.decision_text = QLineEdit()
        self.decision_text.setPlaceholderText(self.tr("会议决定的内容"))
        self.decide_button = QPushButton(self.tr("登记决定"))
        self.decide_button.clicked.connect(self.decide)
        for widget in (QLabel(self.tr("会议决定：")), self.decision, self.decision_text, self.decide_button):
            decision_row.addWidget(widget)
        box.addLayout(decision_row)
        return page

    def _item_caption(self, item: ItemMinutes) -> str:
        text = self.tr("第 %1 项：%2").replace("%1", str(item.seq)).replace("%2", item.title)
        if item.case_number:
            text += self.tr("（办件 %1）").replace("%1", item.case_number)
        return text + self.tr(" — %1").replace("%1", dl.decision_label(item.decision_label))

    def _show_opinions(self) -> None:
        """Reload the meeting and show its opinions page, keeping the chosen item."""
        assert self.meeting_id is not None
        with self.workspace.reading_sessions() as session:
            record = minutes(session, self.meeting_id)
        self.record = record
        self.stack.setCurrentIndex(1)
        self.save_button.setVisible(False)
        self.print_button.setEnabled(True)
        self.header.setText(
            self.tr("%1（%2）　主持人：%3\n%4")
            .replace("%1", record.title)
            .replace("%2", record.held_on.isoformat())
            .replace("%3", record.presiding)
            .replace("%4", dl.message(record.quorum.message))
        )
        chosen = max(self.item_picker.currentIndex(), 0)
        self.item_picker.blockSignals(True)
        self.item_picker.clear()
        for item in record.items:
            self.item_picker.addItem(self._item_caption(item), item.seq)
        self.item_picker.setCurrentIndex(min(chosen, len(record.items) - 1))
        self.item_picker.blockSignals(False)
        self._show_item()

    @property
    def item_seq(self) -> int:
        """The agenda item being recorded (its number in the meeting)."""
        return int(self.item_picker.currentData() or 1)

    def choose_item(self, seq: int) -> None:
        self.item_picker.setCurrentIndex(self.item_picker.findData(seq))

    def _show_item(self) -> None:
        record = self.record
        if record is None or not record.items:
            return
        item = next((i for i in record.items if i.seq == self.item_seq), record.items[0])
        state = self.tr("决定：%1").replace("%1", dl.decision_label(item.decision_label))
        if item.decision_text:
            state += self.tr("，%1").replace("%1", item.decision_text)
        if item.dissent:
            state += "\n" + self.tr("不同意见：%1").replace("%1", item.dissent.replace("\n", self.tr("；")))
        self.item_state.setText(state)
        self.opinions.setRowCount(len(item.opinions))
        for row, o in enumerate(item.opinions):
            name = self.tr("%1（主持人）").replace("%1", o.name) if o.presiding else o.name
            for col, text in enumerate((str(o.seq), name, dl.label(o.stance_label), o.reason)):
                self.opinions.setItem(row, col, QTableWidgetItem(text))
        self.speaker.clear()
        for login, name in self._waiting_speakers(item.seq):
            self.speaker.addItem(self.tr("%1（%2）").replace("%1", name).replace("%2", login), login)
        open_item = item.decision is None
        for widget in (
            self.speaker,
            self.stance,
            self.reason,
            self.add_opinion_button,
            self.decision,
            self.decision_text,
            self.decide_button,
        ):
            widget.setEnabled(open_item)
        self.add_opinion_button.setEnabled(open_item and self.speaker.count() > 0)

    def _waiting_speakers(self, seq: int) -> list[tuple[str, str]]:
        """(login, name) of the attending members yet to state on item `seq`: the others first, in
        the order of the members' list, the presiding leader last."""
        assert self.meeting_id is not None
        with self.workspace.reading_sessions() as session:
            meeting = session.get_one(Meeting, self.meeting_id)
            item = next(i for i in meeting.items if i.seq == seq)
            stated = {o.member_id for o in item.opinions}
            waiting = [
                (m.user_id == meeting.presiding_id, m.user.login, m.user.name)
                for m in meeting.members
                if m.attended and m.id not in stated
            ]
        return [(login, name) for _last, login, name in sorted(waiting, key=lambda w: w[0])]

    def add_opinion(self) -> None:
        assert self.meeting_id is not None
        meeting_id, seq = self.meeting_id, self.item_seq

        def state(session: Session, actor: User) -> None:
            record_opinion(
                session,
                actor,
                meeting_id,
                seq,
                member_login=str(self.speaker.currentData()),
                stance=str(self.stance.currentData()),
                reason=self.reason.text(),
            )

        if self.attempt(state):
            self.reason.clear()
            self._show_opinions()

    def decide(self) -> None:
        assert self.meeting_id is not None
        meeting_id, seq = self.meeting_id, self.item_seq

        def decide(session: Session, actor: User) -> None:
            decide_item(
                session,
                actor,
                meeting_id,
                seq,
                decision=str(self.decision.currentData()),
                decision_text=self.decision_text.text(),
            )

        if self.attempt(decide):
            self.decision_text.clear()
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
            QMessageBox.warning(self, self.tr("打印会议记录"), dl.message(exc.message))
            return
        save_pdf_dialog(
            self,
            self.tr("保存会议记录"),
            self.tr("会议记录-%1.pdf").replace("%1", str(self.meeting_id)),
            data,
        )
