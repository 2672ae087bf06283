"""The case view (办件详情): what is in front of me, what must I do next, how much time is left.

Header: number, matter, applicant, the card badge and the remaining time, with the clock panel.
Below: the guided step panel (the current step, who must act, its instructions, outputs and risk
points), the action buttons as app.cases.available_actions answers them (disabled ones say why on
hover), and tabs with the materials checklist, the timeline and the audit history.

Everything shown is read into a plain `CaseSnapshot` in one reading session; every action goes
through app.cases.perform in its own transaction with the version the view loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import policy
from app import users as user_service
from app.agency_time import agency_datetime
from app.audit import AuditEntry, case_history
from app.cases import (
    APPLICANT_TYPES,
    MATERIAL_STATUSES,
    SATISFACTION,
    ActionChoice,
    ActionInput,
    available_actions,
    case_json,
    perform,
    situation,
)
from app.catalogue import StepSpec, regulation_spec
from app.catalogue.flowchart import RISK_COLOURS
from app.catalogue.model import SUSPENSION_REASONS as STEP_SUSPENSION_REASONS
from app.clock import SUSPENSION_REASONS, ClockReading
from app.errors import NotFound, PermissionDenied
from app.limits import UNIT_LABELS
from app.printing.documents import printable_kinds
from app.printing.layout import KIND_TITLES
from app.retry import run_in_transaction
from app.timesource import current_time
from app.workflow import ACTION_LABELS, CASE_ACTIONS, return_targets
from app.workspace import Workspace
from db.models import Case, User
from ui import domain_labels as dl
from ui.action_dialog import ActionContext, ActionDialog, CollectiveMeetings, MaterialRow
from ui.card_badge import BadgeData, CardBadge

# The document the applicant is handed after each counter decision (offered at once).
DOCUMENT_AFTER_ACTION = {"accept": "receipt", "supplement": "supplement", "refuse": "refusal"}


@dataclass(frozen=True)
class CaseSnapshot:
    """Everything the view shows about one case, read at one moment (plain data)."""

    case_id: int
    number: str
    lock_version: int
    data: dict[str, Any]  # app.cases.case_json
    reading: ClockReading
    regulation_label: str
    division_name: str
    applicant_type_label: str
    received_by: str
    assignee: str
    step: StepSpec | None
    steps: tuple[StepSpec, ...]
    choices: tuple[ActionChoice, ...]
    return_targets: tuple[tuple[str, str], ...]
    assignees: tuple[tuple[str, str], ...]
    materials: tuple[MaterialRow, ...]
    extension_left: int
    extension_unit: str
    names: dict[str, str] = field(default_factory=dict)  # login → name
    history: tuple[AuditEntry, ...] = ()
    printable: dict[str, str] = field(default_factory=dict)  # document kind → why not ('' = may print)


def _user_label(user: User | None) -> str:
    return f"{user.name}（{user.login}）" if user is not None else ""


def load_snapshot(workspace: Workspace, actor_id: int | None, case_id: int) -> CaseSnapshot:
    with workspace.reading_sessions() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(QCoreApplication.translate("CaseView", "该办件已不存在，请刷新列表。"))
        actor = session.get(User, actor_id) if actor_id is not None else None
        if actor is not None:
            # The lists show only what the user may see; the service still says who may.
            policy.require(actor, "view", case, session=session)
        data = case_json(session, case)
        regulation = case.regulation
        spec = regulation_spec(regulation)
        step = next((s for s in spec.steps if s.code == case.current_step), None)
        if actor is not None:
            choices = tuple(available_actions(session, actor, case))
        else:
            why = QCoreApplication.translate("CaseView", "请先登录后办理。")
            choices = tuple(ActionChoice(a, ACTION_LABELS[a], False, why) for a in CASE_ACTIONS)
        targets = tuple((s.code, s.name) for s in return_targets(spec.steps, case.current_step))
        division_code = case.division.code if case.division else ""
        assignees = tuple(
            (u.login, f"{u.name}（{u.login}）· {dl.roles_text(u.roles)}")
            for u in user_service.list_users(session, include_disabled=False)
            if u.division_code == division_code and u.roles
        )
        counts = {m.code: (m.originals, m.copies) for m in spec.materials}
        materials = tuple(
            MaterialRow(
                code=m.code,
                name=m.name,
                required=m.required,
                status=m.status,
                copies=m.copies,
                note=m.note,
                requirement=dl.copies_text(*counts.get(m.code, (0, 0))),
            )
            for m in case.materials
        )
        where = situation(session, case, spec)
        extension_left = max(0, where.extension_days_allowed - where.extension_days_used)
        unit = UNIT_LABELS.get(spec.statutory_limit.unit, "") if spec.statutory_limit else ""
        names = {u.login: u.name for u in session.scalars(select(User))}
        reading = compute_clock_reading(session, case)
        return CaseSnapshot(
            case_id=case.id,
            number=case.number,
            lock_version=case.lock_version,
            data=data,
            reading=reading,
            regulation_label=QCoreApplication.translate("CaseView", "%1 %2（第%3版）")
            .replace("%1", regulation.code)
            .replace("%2", regulation.title)
            .replace("%3", str(regulation.version)),
            division_name=case.division.name if case.division else "",
            applicant_type_label=APPLICANT_TYPES.get(case.applicant_type, case.applicant_type),
            received_by=_user_label(session.get(User, case.received_by_id)) if case.received_by_id else "",
            assignee=_user_label(session.get(User, case.assignee_id)) if case.assignee_id else "",
            step=step,
            steps=tuple(spec.steps),
            choices=choices,
            return_targets=targets,
            assignees=assignees,
            materials=materials,
            extension_left=extension_left,
            extension_unit=unit,
            names=names,
            history=tuple(case_history(session, case.id)),
            printable=printable_kinds(session, case),
        )


def compute_clock_reading(session: Any, case: Case) -> ClockReading:
    from app.cases import case_clock

    return case_clock(session, case)


def _when(value: datetime | str) -> str:
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return agency_datetime(at).strftime("%Y-%m-%d %H:%M")


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 20 else "")
            table.setItem(r, c, item)
    table.resizeRowsToContents()


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setForegroundRole(label.foregroundRole())
    return label


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CaseView(QWidget):
    """One case. `changed` is emitted after an action changed it (lists refresh)."""

    changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor_id: int | None, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor_id = actor_id
        self.case_id = case_id
        self.snapshot: CaseSnapshot | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        self.last_dialog: ActionDialog | None = None

        # Header: number, status, badge, remaining time; matter and applicant.
        self.number_label = QLabel()
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.badge = CardBadge()
        self.remaining_label = QLabel()
        bold = self.remaining_label.font()
        bold.setBold(True)
        self.remaining_label.setFont(bold)
        self.matter_label = _value()
        self.applicant_label = _value()
        self.subject_label = _value()
        self.result_label = QLabel()
        self.result_label.setObjectName("actionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        self.last_preview: QWidget | None = None

        # 打印文书: the documents app.printing allows for this case now; the others say why not.
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("打印文书"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.print_button.setEnabled(actor_id is not None)

        # Right after a counter decision: the document to hand the applicant, one click away.
        self.print_offer = QFrame()
        self.print_offer.setObjectName("printOffer")
        self.print_offer.setStyleSheet(
            "#printOffer { background: #e8f0fe; border: 1px solid #a8c7fa; border-radius: 4px; }"
        )
        offer_box = QHBoxLayout(self.print_offer)
        offer_box.setContentsMargins(8, 4, 4, 4)
        self.print_offer_label = QLabel()
        self.print_offer_label.setWordWrap(True)
        self.print_offer_button = QPushButton()
        self.print_offer_button.clicked.connect(lambda: self.open_print_preview(self.offered_kind or ""))
        self.print_offer_close = QToolButton()
        self.print_offer_close.setText("×")
        self.print_offer_close.setAutoRaise(True)
        self.print_offer_close.setToolTip(self.tr("稍后再打印（可随时从“打印文书”打印）"))
        self.print_offer_close.clicked.connect(self.dismiss_print_offer)
        offer_box.addWidget(self.print_offer_label, 1)
        offer_box.addWidget(self.print_offer_button)
        offer_box.addWidget(self.print_offer_close)
        self.print_offer.setVisible(False)
        self.offered_kind: str | None = None

        title_row = QHBoxLayout()
        title_row.addWidget(self.number_label)
        title_row.addSpacing(12)
        title_row.addWidget(self.badge)
        title_row.addWidget(self.remaining_label)
        title_row.addStretch(1)
        title_row.addWidget(self.status_label)
        title_row.addSpacing(12)
        title_row.addWidget(self.print_button)
        header = QFrame()
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header_box = QVBoxLayout(header)
        header_box.addLayout(title_row)
        info = QGridLayout()
        info.setColumnStretch(1, 1)
        for row, (caption, value) in enumerate(
            (
                (self.tr("事项："), self.matter_label),
                (self.tr("申请人："), self.applicant_label),
                (self.tr("项目/事由："), self.subject_label),
            )
        ):
            info.addWidget(_caption(caption), row, 0)
            info.addWidget(value, row, 1)
        header_box.addLayout(info)

        # The clock panel.
        self.clock_box = QGroupBox(self.tr("办理时限"))
        clock_grid = QGridLayout(self.clock_box)
        clock_grid.setColumnStretch(1, 1)
        self.clock_values: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            (
                ("state", self.tr("计时状态：")),
                ("used", self.tr("已用：")),
                ("promised", self.tr("承诺期限：")),
                ("statutory", self.tr("法定期限：")),
                ("explanation", self.tr("计算过程：")),
            )
        ):
            clock_grid.addWidget(_caption(caption), row, 0)
            self.clock_values[key] = _value()
            clock_grid.addWidget(self.clock_values[key], row, 1)

        # The guided step panel.
        self.step_box = QGroupBox()
        step_grid = QGridLayout(self.step_box)
        step_grid.setColumnStretch(1, 1)
        self.step_values: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            (
                ("flow", self.tr("办理流程：")),
                ("who", self.tr("办理人：")),
                ("assignee", self.tr("当前承办：")),
                ("limit", self.tr("环节时限：")),
                ("instructions", self.tr("办理要求：")),
                ("outputs", self.tr("应形成材料：")),
                ("risks", self.tr("廉政风险点：")),
            )
        ):
            step_grid.addWidget(_caption(caption), row, 0)
            label = _value()
            if key in ("flow", "risks", "limit"):
                label.setTextFormat(Qt.TextFormat.RichText)
            self.step_values[key] = label
            step_grid.addWidget(label, row, 1)

        # Actions.
        self.actions_box = QGroupBox(self.tr("办理操作"))
        self.actions_grid = QGridLayout(self.actions_box)
        self.actions_note = QLabel(self.tr("灰色按钮暂不可用，鼠标停留可查看原因。"))
        self.actions_note.setWordWrap(True)

        panel = QWidget()
        left_box = QVBoxLayout(panel)
        left_box.setContentsMargins(0, 0, 4, 0)
        left_box.addWidget(self.step_box)
        left_box.addWidget(self.actions_box)
        left_box.addWidget(self.clock_box)
        left_box.addStretch(1)
        # A scroll area makes the panel as wide as the pane, so long texts wrap instead of clipping.
        left = QScrollArea()
        left.setWidget(panel)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # Tabs: materials, timeline, audit history.
        self.tabs = QTabWidget()
        self.materials_table = _read_only_table(
            [self.tr("材料名称"), self.tr("必备"), self.tr("要求"), self.tr("收取情况"), self.tr("份数")]
        )
        self.timeline_table = _read_only_table(
            [self.tr("时间"), self.tr("办理事项"), self.tr("环节"), self.tr("办理人"), self.tr("意见/说明")]
        )
        self.history_table = _read_only_table(
            [self.tr("序号"), self.tr("时间"), self.tr("操作"), self.tr("操作人"), self.tr("代为办理")]
        )
        metrics = self.fontMetrics()
        char = metrics.horizontalAdvance("汉")
        instant = "2026-12-31 23:59"  # a time column is as wide as a time, on one line
        widths: tuple[tuple[QTableWidget, tuple[float | str, ...]], ...] = (
            (self.materials_table, (14, 3, 9, 6, 4)),
            (self.timeline_table, (instant, 8, 6, 5)),
            (self.history_table, (3, instant, 8, 10)),
        )
        for table, columns in widths:
            for column, width in enumerate(columns):
                text_width = metrics.horizontalAdvance(width) if isinstance(width, str) else int(width * char)
                table.setColumnWidth(column, text_width + 16)
        self.tabs.addTab(self.timeline_table, self.tr("办理过程"))
        self.tabs.addTab(self.materials_table, self.tr("材料清单"))
        self.tabs.addTab(self.history_table, self.tr("审计记录"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        panel.setMinimumWidth(char * 40)
        splitter.setSizes([char * 48, char * 42])

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.result_label)
        layout.addWidget(self.print_offer)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.reload()

    # --- showing ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.snapshot = load_snapshot(self._workspace, self._actor_id, self.case_id)
        self._show(self.snapshot)

    def live_reload(self) -> bool:
        """Show what another desk changed. An open action dialog keeps what the user typed (it
        submits with the version it was opened on, so the service catches a conflict). Whether
        the case had changed since it was shown."""
        before = self.snapshot.lock_version if self.snapshot is not None else None
        try:
            self.reload()
        except (PermissionDenied, NotFound) as exc:
            # Moved on out of this user's sight (or withdrawn from the database): the page stays
            # as it was, says so, and offers nothing more to do on it.
            self.show_result(dl.message(exc.message), warning=True)
            for button in self.action_buttons.values():
                button.setEnabled(False)
            return True
        assert self.snapshot is not None
        changed = before is not None and self.snapshot.lock_version != before
        if changed:
            self.show_result(
                self.tr("本件刚在其他窗口或工作站上被更新，页面已自动刷新（%1）。").replace(
                    "%1", _when(current_time())[-5:]
                )
            )
        return changed

    def _show(self, s: CaseSnapshot) -> None:
        d = s.data
        reading = s.reading
        remaining = dl.remaining_text(
            reading.remaining_days, reading.overdue_days, reading.unit, reading.state, reading.past_due
        )
        self._show_print_menu(s)
        self.setWindowTitle(self.tr("办件 %1").replace("%1", s.number))
        self.number_label.setText(s.number)
        self.status_label.setText(self.tr("状态：%1").replace("%1", dl.status_label(d["status_label"])))
        self.badge.set_badge(
            BadgeData(
                card=reading.warning_card,
                remaining=remaining,
                provisional=reading.provisional,
                suspended=reading.suspended,
                explanation=dl.message(reading.explanation),
            )
        )
        self.remaining_label.setText(remaining)
        self.remaining_label.setToolTip(dl.message(reading.explanation))
        self.matter_label.setText(
            self.tr("%1 · 承办处室：%2").replace("%1", s.regulation_label).replace("%2", s.division_name)
            if s.division_name
            else s.regulation_label
        )
        received = _when(d["received_at"])
        self.applicant_label.setText(
            self.tr("%1（%2）· ")
            .replace("%1", d["applicant"])
            .replace("%2", dl.label(s.applicant_type_label))
            + self.tr("%1 接收，登记人 %2").replace("%1", received).replace("%2", s.received_by or "—")
        )
        self.subject_label.setText(d["subject"] or "—")
        self._show_clock(reading)
        self._show_step(s)
        self._show_actions(s)
        _fill(
            self.materials_table,
            [
                [
                    m.name,
                    self.tr("是") if m.required else self.tr("否"),
                    m.requirement,
                    dl.label(MATERIAL_STATUSES.get(m.status, m.status)),
                    str(m.copies),
                ]
                for m in s.materials
            ],
        )
        step_names = {step.code: step.name for step in s.steps}
        _fill(
            self.timeline_table,
            [
                [
                    _when(e["at"]),
                    dl.label(e["label"]),
                    step_names.get(e["step"] or "", e["step"] or ""),
                    self._person(s, e["actor"], e["acting_for"]),
                    e["opinion"] or "",
                ]
                for e in d["events"]
            ],
        )
        _fill(
            self.history_table,
            [[str(h.seq), _when(h.at), dl.label(h.action_label), h.actor, h.acting_for] for h in s.history],
        )

    def _person(self, s: CaseSnapshot, login: str | None, acting_for: str | None) -> str:
        if login is None:
            return self.tr("系统")
        name = s.names.get(login, login)
        if acting_for:
            name += self.tr("（代%1）").replace("%1", s.names.get(acting_for, acting_for))
        return name

    def _show_clock(self, reading: ClockReading) -> None:
        v = self.clock_values
        state = {
            "not_started": self.tr("未开始计时（受理后开始计算）"),
            "running": self.tr("计时中"),
            "suspended": self.tr("暂停计时"),
            "stopped": self.tr("已停止计时"),
        }.get(reading.state, reading.state)
        if reading.suspended and reading.suspensions:
            state += self.tr("（%1）").replace("%1", dl.label(reading.suspensions[-1].reason_label))
        v["state"].setText(state)
        started = reading.state != "not_started"
        v["used"].setText(
            self.tr("%1，共 %2")
            .replace("%1", dl.limit_text(reading.used_days, reading.unit))
            .replace("%2", dl.limit_text(reading.limit_days, reading.unit))
            + (
                self.tr("（含延期 %1）").replace("%1", dl.limit_text(reading.extension_days, reading.unit))
                if reading.extension_days
                else ""
            )
            if started
            else "—"
        )
        mark = self.tr("（暂定）") if reading.provisional else ""
        v["promised"].setText(reading.promised_due.isoformat() + mark if reading.promised_due else "—")
        v["statutory"].setText(reading.statutory_due.isoformat() + mark if reading.statutory_due else "—")
        v["explanation"].setText(dl.message(reading.explanation))

    def _show_step(self, s: CaseSnapshot) -> None:
        v = self.step_values
        current = s.step
        flow = []
        passed = True
        for step in s.steps:
            name = f"{step.code} {step.name}"
            if current is not None and step.code == current.code:
                flow.append(f"<b>【{name}】</b>")
                passed = False
            elif current is not None and passed:
                flow.append(f"<span style='color:gray'>{name} ✓</span>")
            else:
                flow.append(name)
        v["flow"].setText(" → ".join(flow))
        if current is None:
            self.step_box.setTitle(
                self.tr("当前环节：无（%1）").replace("%1", dl.status_label(s.data["status_label"]))
            )
            for key in ("who", "assignee", "limit", "instructions", "outputs", "risks"):
                v[key].setText("—")
            return
        self.step_box.setTitle(
            self.tr("当前环节：%1 %2").replace("%1", current.code).replace("%2", current.name)
        )
        division = current.division_name or s.division_name
        role = dl.label(current.role_label)
        v["who"].setText(
            self.tr("%1（%2）").replace("%1", role).replace("%2", division) if division else role
        )
        v["assignee"].setText(s.assignee or self.tr("待分办（本环节岗位人员均可办理）"))
        limit = []
        if current.limit is not None:
            limit.append(dl.limit_text(current.limit.days, current.limit.unit))
            if s.data.get("step_overtime"):
                limit.append(
                    "<b style='color:#c62828'>"
                    # In the step limit's own unit, as the limit beside it is.
                    + self.tr("环节超时 %1").replace(
                        "%1", dl.limit_text(int(s.data["step_overdue_days"]), current.limit.unit)
                    )
                    + "</b>"
                )
            elif s.data.get("step_due"):
                limit.append(self.tr("本环节应于 %1 前办完").replace("%1", s.data["step_due"]))
        if current.clock_excluded:
            reason = dl.label(STEP_SUSPENSION_REASONS.get(current.clock_excluded_reason or "", ""))
            limit.append(
                self.tr("本环节不计入办理时限") + (self.tr("（%1）").replace("%1", reason) if reason else "")
            )
        if current.collective:
            limit.append(self.tr("集体决策环节：须经会议研究决定"))
        v["limit"].setText(self.tr("；").join(limit) or self.tr("不单独设时限"))
        v["instructions"].setText(current.instructions or "—")
        v["outputs"].setText(self.tr("、").join(current.outputs) or "—")
        if current.risk_points:
            control = self.tr("防控措施：%1")
            v["risks"].setText(
                "<br>".join(
                    f"<span style='color:{RISK_COLOURS.get(r.level, 'black')}'>"
                    f"<b>【{dl.label(r.level)}】</b></span>"
                    f"{r.risk}<br>&nbsp;&nbsp;&nbsp;&nbsp;{control.replace('%1', r.control)}"
                    for r in current.risk_points
                )
            )
        else:
            v["risks"].setText(self.tr("本环节未列风险点"))

    def _show_actions(self, s: CaseSnapshot) -> None:
        while self.actions_grid.count():
            item = self.actions_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        ordered = [c for c in s.choices if c.allowed] + [c for c in s.choices if not c.allowed]
        columns = 3
        for index, choice in enumerate(ordered):
            text = dl.label(choice.label)
            button = QPushButton(text)
            button.setEnabled(choice.allowed)
            button.setToolTip(
                dl.message(choice.reason) if not choice.allowed else self.tr("%1…").replace("%1", text)
            )
            button.clicked.connect(lambda _=False, action=choice.action: self.start_action(action))
            self.actions_grid.addWidget(button, index // columns, index % columns)
            self.action_buttons[choice.action] = button
        note = QLabel(
            self.tr("灰色按钮暂不可用，鼠标停留可查看原因。")
            if any(c.allowed for c in s.choices)
            else self.tr("您目前不能对本件进行操作，鼠标停留在按钮上可查看原因。")
        )
        note.setWordWrap(True)
        self.actions_grid.addWidget(note, len(ordered) // columns + 1, 0, 1, columns)

    # --- acting -----------------------------------------------------------------------------------

    def context_for(self, action: str) -> ActionContext:
        s = self.snapshot
        assert s is not None
        choice = next(c for c in s.choices if c.action == action)
        notes: list[str] = []
        if action == "supplement":
            notes.append(
                self.tr("一次性告知：请在材料清单中标出全部缺少或不符合要求的材料，本件只能告知一次。")
            )
        if action == "accept":
            notes.append(self.tr("受理后开始计算办理时限；必备材料须全部收取。"))
        return ActionContext(
            action=action,
            label=dl.label(choice.label),
            case_number=s.number,
            step_name=s.step.name if s.step else "",
            return_targets=s.return_targets,
            suspension_reasons=tuple((code, dl.label(text)) for code, text in SUSPENSION_REASONS.items()),
            ratings=tuple((code, dl.label(text)) for code, text in SATISFACTION.items()),
            assignees=s.assignees,
            materials=s.materials,
            extension_left=s.extension_left,
            extension_unit=s.extension_unit,
            expected_version=s.lock_version,
            notes=tuple(notes),
            collective=bool(s.step and s.step.collective),
        )

    def make_dialog(self, action: str) -> ActionDialog:
        s = self.snapshot
        assert s is not None
        meetings = CollectiveMeetings(self._workspace, self._actor_id, self.case_id, s.number)
        dialog = ActionDialog(
            self.context_for(action), lambda given: self.perform(action, given), self, meetings=meetings
        )
        self.last_dialog = dialog
        return dialog

    def perform(self, action: str, given: ActionInput) -> str:
        def act(session: Session) -> str:
            actor = user_service.load_actor(session, self._actor_id)
            case = session.get(Case, self.case_id)
            return perform(session, actor, case, action, given).message  # type: ignore[arg-type]

        return dl.message(run_in_transaction(self._workspace, act))

    def start_action(self, action: str) -> None:
        dialog = self.make_dialog(action)
        dialog.finished.connect(lambda _result: self.after_dialog(dialog))
        dialog.open()

    def show_result(self, text: str, *, warning: bool = False) -> None:
        """The outcome of the last action, in a band under the header (no modal box to dismiss)."""
        colours = ("#fdecea", "#7a1c14") if warning else ("#e6f4ea", "#1e4620")
        self.result_label.setStyleSheet(
            f"#actionResult {{ background: {colours[0]}; color: {colours[1]}; padding: 4px; }}"
        )
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    def after_dialog(self, dialog: ActionDialog) -> None:
        if dialog.concurrent_change:
            self.reload()
            self.show_result(dialog.concurrent_change, warning=True)
            self.changed.emit(self.case_id)
            return
        if dialog.result() == ActionDialog.DialogCode.Accepted:
            self.reload()
            self.show_result(dialog.result_message)
            kind = DOCUMENT_AFTER_ACTION.get(dialog.context.action)
            if kind is not None:
                self.offer_print(kind)
            self.changed.emit(self.case_id)

    # --- printing ---------------------------------------------------------------------------------

    def _show_print_menu(self, s: CaseSnapshot) -> None:
        self.print_menu.clear()
        for kind, title in KIND_TITLES.items():
            action = self.print_menu.addAction(self.tr("%1…").replace("%1", title))
            reason = s.printable.get(kind, "")
            action.setEnabled(not reason and self._actor_id is not None)
            action.setToolTip(dl.message(reason))
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: self.open_print_preview(k))
        self.print_menu.setToolTipsVisible(True)

    def _preview_closed(self, dialog: Any, kind: str) -> None:
        if kind == self.offered_kind and dialog.last_result is not None:
            self.dismiss_print_offer()

    def print_actions(self) -> dict[str, bool]:
        """Each document kind in the 打印文书 menu and whether it can be chosen now."""
        return {a.data(): a.isEnabled() for a in self.print_menu.actions()}

    def offer_print(self, kind: str) -> None:
        """Offer the document just made due, without a modal question; a kind app.printing does not
        allow for this case (ex officio matters) is not offered."""
        s = self.snapshot
        if s is None or self._actor_id is None or s.printable.get(kind, "x"):
            self.dismiss_print_offer()
            return
        title = KIND_TITLES[kind]
        self.offered_kind = kind
        self.print_offer_label.setText(
            self.tr("请打印《%1》交申请人，并留存存根。").replace("%1", title)
            if kind == "receipt"
            else self.tr("请打印《%1》交申请人。").replace("%1", title)
        )
        self.print_offer_button.setText(self.tr("打印%1…").replace("%1", title))
        self.print_offer.setVisible(True)

    def dismiss_print_offer(self) -> None:
        self.offered_kind = None
        self.print_offer.setVisible(False)

    def open_print_preview(self, kind: str) -> QWidget | None:
        if self._actor_id is None or self.snapshot is None or not kind:
            return None
        from ui.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(self._workspace, self._actor_id, self.snapshot.number, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_preview = dialog
        # The offer stays until the document was actually printed (or saved as PDF).
        dialog.finished.connect(lambda _r, d=dialog, k=kind: self._preview_closed(d, k))
        dialog.open()
        return dialog


class CaseWindow(QWidget):
    """A case view in its own window (several cases can be open side by side); Esc closes it."""

    def __init__(
        self, workspace: Workspace, actor_id: int | None, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = CaseView(workspace, actor_id, case_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setWindowTitle(self.view.windowTitle())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        char = self.fontMetrics().horizontalAdvance("汉")
        self.resize(char * 90, self.fontMetrics().height() * 44)
