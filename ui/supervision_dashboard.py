"""监督: the supervision office's dashboard.

It only shows what app.supervision.supervision_summary computed, and each number is a button that
asks the main window (signal `open_case_list`) to show the case list filtered to exactly those
cases (app.supervision.case_filter_for). It refreshes by a timer every 30 seconds while shown, at
once when `notify_changed` is called by the main window's live-refresh feed (or when shown again
after that), never holding a write lock: it reads through the workspace's reading sessions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.accountability import ItemInfo, dismiss_item, list_items, raise_overdue_items
from app.agency_time import agency_date, agency_datetime
from app.auth import HANDLING_ROLES
from app.caselist import CaseFilter
from app.complaints import ComplaintInfo, list_complaints
from app.errors import DomainError
from app.feedback import RATINGS, FeedbackInfo, list_feedback
from app.files import write_file
from app.notices import NoticeInfo, list_notices
from app.supervision import DivisionCounts, SupervisionSummary, case_filter_for, supervision_summary
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl
from ui.card_badge import CARD_COLOURS

REFRESH_MS = 30_000
RED_TEXT = QColor("#b3261e")

# Labels are marked here and translated where shown (context "SupervisionDashboard").
# (key, label, card colour) of the tiles along the top
TILES: tuple[tuple[str, str, str | None], ...] = (
    ("open", QT_TRANSLATE_NOOP("SupervisionDashboard", "在办"), None),
    ("green", QT_TRANSLATE_NOOP("SupervisionDashboard", "正常"), "green"),
    ("yellow", QT_TRANSLATE_NOOP("SupervisionDashboard", "黄牌"), "yellow"),
    ("red", QT_TRANSLATE_NOOP("SupervisionDashboard", "红牌"), "red"),
    ("suspended_over", QT_TRANSLATE_NOOP("SupervisionDashboard", "暂停超期"), None),
    ("refused_month", QT_TRANSLATE_NOOP("SupervisionDashboard", "本月不予受理"), None),
    ("complaints_open", QT_TRANSLATE_NOOP("SupervisionDashboard", "投诉办理中"), None),
    ("notices_awaiting", QT_TRANSLATE_NOOP("SupervisionDashboard", "督办待回复"), None),
    ("accountability_open", QT_TRANSLATE_NOOP("SupervisionDashboard", "责任追究待处理"), None),
)
# Division table: (header, DivisionCounts attribute, filter key or None)
DIVISION_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "处室"), "name", None),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "在办"), "open", "open"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "正常"), "green", "green"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "黄牌"), "yellow", "yellow"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "红牌"), "red", "red"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "未计时"), "untimed", "untimed"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "投诉"), "complaints_open", "complaints_open"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "督办待回复"), "notices_awaiting", "notices_awaiting"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "责任追究"), "accountability_open", "accountability_open"),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "满意"), "satisfied", None),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "基本满意"), "basically", None),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "不满意"), "dissatisfied", None),
    (QT_TRANSLATE_NOOP("SupervisionDashboard", "社会监督意见"), "feedback", None),
)
CASE_HEADERS = (
    QT_TRANSLATE_NOOP("SupervisionDashboard", "办件编号"),
    QT_TRANSLATE_NOOP("SupervisionDashboard", "处室"),
    QT_TRANSLATE_NOOP("SupervisionDashboard", "事项"),
    QT_TRANSLATE_NOOP("SupervisionDashboard", "申请人"),
    QT_TRANSLATE_NOOP("SupervisionDashboard", "当前环节"),
    QT_TRANSLATE_NOOP("SupervisionDashboard", "法定期限"),
    QT_TRANSLATE_NOOP("SupervisionDashboard", "时限"),
)


def _item(text: object, *, align_right: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class Tile(QToolButton):
    """A number with its label; clicking opens the filtered case list."""

    def __init__(self, key: str, label: str, card: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.label = label
        self.card = card
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("责任追究待处理") + 16)
        if card is not None:
            background, foreground = CARD_COLOURS[card]
            self.setStyleSheet(
                f"QToolButton {{ background: {background}; color: {foreground}; "
                "border-radius: 6px; padding: 6px; }"
            )
        else:
            self.setStyleSheet("QToolButton { padding: 6px; }")
        self.set_value(0)

    def set_value(self, value: int, note: str = "") -> None:
        self.value = value
        self.setText(f"{value}\n{self.label}" + (f"\n{note}" if note else ""))
        self.setToolTip(self.tr("%1：%n 件，点击查看办件列表", "", value).replace("%1", self.label))


class SupervisionDashboard(QWidget):
    """The supervision dashboard for supervisors, division inspectors (their division) and leaders."""

    open_case_list = Signal(object)  # CaseFilter
    open_case = Signal(int)
    refreshed = Signal()

    def __init__(self, workspace: Workspace, actor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.summary: SupervisionSummary | None = None
        self.complaints: list[ComplaintInfo] = []
        self.notices: list[NoticeInfo] = []
        self.items: list[ItemInfo] = []
        self.feedback: list[FeedbackInfo] = []
        self.last_dialog: QWidget | None = None
        with workspace.reading_sessions() as session:
            actor = session.get_one(User, actor_id)
            self.roles = actor.roles
            self.may_supervise = bool(self.roles & {"supervisor", "division_inspector"})

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("监督"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        header.addWidget(self.title)
        self.scope_label = QLabel()
        header.addWidget(self.scope_label)
        header.addStretch(1)
        self.updated_label = QLabel()
        header.addWidget(self.updated_label)
        self.complaint_button = QPushButton(self.tr("登记投诉…"))
        self.complaint_button.clicked.connect(self.register_complaint)
        self.notice_button = QPushButton(self.tr("发出督办…"))
        self.notice_button.clicked.connect(lambda: self.send_notice())
        self.meeting_button = QPushButton(self.tr("登记会议…"))
        self.meeting_button.clicked.connect(self.record_meeting)
        for button, allowed, why in (
            (self.complaint_button, self.may_supervise, self.tr("只有纪检监察人员才能登记投诉。")),
            (self.notice_button, self.may_supervise, self.tr("只有纪检监察人员才能发出督办通知。")),
            (
                self.meeting_button,
                bool(self.roles & HANDLING_ROLES),
                self.tr("会议记录由委领导或承办处室登记。"),
            ),
        ):
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else why)
            header.addWidget(button)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)

        tiles = QGridLayout()
        self.tiles: dict[str, Tile] = {}
        for n, (key, label, card) in enumerate(TILES):
            tile = Tile(key, self.tr(label), card, self)
            tile.clicked.connect(lambda _=False, k=key: self._open(k))
            tiles.addWidget(tile, 0, n)
            self.tiles[key] = tile
        layout.addLayout(tiles)

        self.tabs = QTabWidget()
        self.division_table = _table([self.tr(h) for h, _, _ in DIVISION_COLUMNS])
        self.division_table.setToolTip(self.tr("双击数字查看该处室的办件"))
        self.division_table.horizontalHeader().setStretchLastSection(False)
        self.division_table.cellDoubleClicked.connect(self._division_clicked)
        self.tabs.addTab(self.division_table, self.tr("各处室"))
        self.yellow_table = _table([self.tr(h) for h in CASE_HEADERS])
        self.red_table = _table([self.tr(h) for h in CASE_HEADERS])
        for table in (self.yellow_table, self.red_table):
            table.cellDoubleClicked.connect(lambda row, _col, t=table: self._case_clicked(t, row))
        self.tabs.addTab(self.yellow_table, self.tr("黄牌"))
        self.tabs.addTab(self.red_table, self.tr("红牌"))
        self.suspended_table = _table(
            [
                self.tr("办件编号"),
                self.tr("处室"),
                self.tr("暂停事由"),
                self.tr("暂停起始"),
                self.tr("已暂停"),
                self.tr("上限"),
            ]
        )
        self.suspended_table.cellDoubleClicked.connect(
            lambda row, _col: self._case_clicked(self.suspended_table, row)
        )
        self.tabs.addTab(self.suspended_table, self.tr("暂停超期"))
        self.tabs.addTab(self._complaints_tab(), self.tr("投诉"))
        self.tabs.addTab(self._notices_tab(), self.tr("督办通知"))
        self.tabs.addTab(self._accountability_tab(), self.tr("责任追究"))
        self.tabs.addTab(self._feedback_tab(), self.tr("社会监督员意见"))
        layout.addWidget(self.tabs, 1)
        self.empty_note = QLabel()
        layout.addWidget(self.empty_note)

        # The timer runs only while the dashboard is shown: a hidden page reads nothing, and is
        # brought up to date when shown again.
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._stale = False
        self._raise_automatic_items()
        self.refresh()

    # --- the tabs with their own actions ---------------------------------------------------------

    def _complaints_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.complaint_table = _table(
            [
                self.tr("序号"),
                self.tr("渠道"),
                self.tr("投诉人"),
                self.tr("涉及办件"),
                self.tr("处室"),
                self.tr("收到日期"),
                self.tr("办理期限"),
                self.tr("状态"),
                self.tr("时限"),
            ]
        )
        self.complaint_table.cellDoubleClicked.connect(lambda row, _c: self.handle_complaint(row))
        box.addWidget(self.complaint_table)
        buttons = QHBoxLayout()
        handle = QPushButton(self.tr("调查与办结…"))
        handle.setEnabled(self.may_supervise)
        handle.clicked.connect(lambda: self.handle_complaint(self.complaint_table.currentRow()))
        buttons.addStretch(1)
        buttons.addWidget(handle)
        box.addLayout(buttons)
        return page

    def _notices_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.notice_table = _table(
            [
                self.tr("文号"),
                self.tr("处室"),
                self.tr("督办事项"),
                self.tr("涉及办件"),
                self.tr("发出日期"),
                self.tr("回复期限"),
                self.tr("状态"),
                self.tr("时限"),
            ]
        )
        self.notice_table.cellDoubleClicked.connect(lambda row, _c: self.show_notice(row))
        box.addWidget(self.notice_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        show = QPushButton(self.tr("查看…"))
        show.clicked.connect(lambda: self.show_notice(self.notice_table.currentRow()))
        pdf = QPushButton(self.tr("打印督办通知书…"))
        pdf.clicked.connect(self.print_notice)
        buttons.addWidget(show)
        buttons.addWidget(pdf)
        box.addLayout(buttons)
        return page

    def _accountability_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.item_table = _table(
            [
                self.tr("序号"),
                self.tr("来源"),
                self.tr("违规类型"),
                self.tr("办件/处室"),
                self.tr("责任人"),
                self.tr("生成日期"),
                self.tr("状态"),
                self.tr("处理"),
            ]
        )
        box.addWidget(self.item_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.dismiss_button = QPushButton(self.tr("不予追究…"))
        self.dismiss_button.setEnabled(self.may_supervise)
        self.dismiss_button.setToolTip(self.tr("须书面写明理由，记入审计日志"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        buttons.addWidget(self.dismiss_button)
        box.addLayout(buttons)
        return page

    def _feedback_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.satisfaction_label = QLabel()
        self.satisfaction_label.setWordWrap(True)
        box.addWidget(self.satisfaction_label)
        self.feedback_table = _table(
            [
                self.tr("序号"),
                self.tr("社会监督员"),
                self.tr("涉及办件/处室"),
                self.tr("评价"),
                self.tr("收到日期"),
                self.tr("答复期限"),
                self.tr("状态"),
                self.tr("意见内容"),
            ]
        )
        self.feedback_table.cellDoubleClicked.connect(lambda row, _c: self.reply_feedback(row))
        box.addWidget(self.feedback_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.feedback_button = QPushButton(self.tr("登记意见…"))
        self.reply_button = QPushButton(self.tr("查看与答复…"))
        for button in (self.feedback_button, self.reply_button):
            button.setEnabled(self.may_supervise)
            button.setToolTip(
                "" if self.may_supervise else self.tr("社会监督员意见由纪检监察人员登记和答复。")
            )
            buttons.addWidget(button)
        self.feedback_button.clicked.connect(self.register_feedback)
        self.reply_button.clicked.connect(lambda: self.reply_feedback(self.feedback_table.currentRow()))
        box.addLayout(buttons)
        return page

    # --- data ---------------------------------------------------------------------------------------

    def _raise_automatic_items(self) -> None:
        """Raise the automatic accountability items once when the dashboard opens."""
        try:
            with self.workspace.transaction() as session:
                raise_overdue_items(session)
        except DomainError:
            pass  # shown as not raised; the next start tries again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self._stale = True

    def notify_changed(self) -> None:
        """For the main window's live-refresh feed: something changed on another desk."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        with self.workspace.reading_sessions() as session:
            actor = session.get_one(User, self.actor_id)
            self.summary = supervision_summary(session, actor)
            self.complaints = list_complaints(session, actor)
            self.notices = list_notices(session, actor)
            self.items = list_items(session, actor)
            self.feedback = list_feedback(session, actor)
        self._stale = False
        self._show()
        self.refreshed.emit()

    def _show(self) -> None:
        s = self.summary
        assert s is not None
        if s.scope.all_divisions:
            self.scope_label.setText(self.tr("范围：全委各处室"))
        else:
            self.scope_label.setText(
                self.tr("范围：%1").replace("%1", "、".join(d.name for d in s.divisions))
            )
        self.updated_label.setText(self.tr("更新于 %1").replace("%1", agency_datetime_now_text()))
        values = {
            "open": s.open_total,
            "green": s.cards["green"],
            "yellow": s.cards["yellow"],
            "red": s.cards["red"],
            "suspended_over": len(s.suspended_over),
            "refused_month": s.refused_this_month,
            "complaints_open": s.complaints_open,
            "notices_awaiting": s.notices_awaiting,
            "accountability_open": s.accountability_open,
        }
        notes = {
            "complaints_open": (
                self.tr("超期 %1").replace("%1", str(s.complaints_overdue)) if s.complaints_overdue else ""
            ),
            "notices_awaiting": (
                self.tr("逾期 %1").replace("%1", str(s.notices_overdue)) if s.notices_overdue else ""
            ),
        }
        for key, tile in self.tiles.items():
            tile.set_value(values[key], notes.get(key, ""))
        self._fill_divisions(s)
        self._fill_cases(self.yellow_table, s.yellow_cases)
        self._fill_cases(self.red_table, s.red_cases)
        table = self.suspended_table
        table.setRowCount(len(s.suspended_over))
        for row, c in enumerate(s.suspended_over):
            values_row = (
                c.number,
                c.division,
                dl.message(c.reason),
                c.started.isoformat(),
                dl.limit_text(c.days, "working"),
                dl.limit_text(c.limit, "working"),
            )
            for col, text in enumerate(values_row):
                table.setItem(row, col, _item(text, data=c.case_id if col == 0 else None))
        self._fill_complaints()
        self._fill_notices()
        self._fill_items()
        self._fill_feedback(s)
        self.tabs.setTabText(1, self.tr("黄牌（%1）").replace("%1", str(len(s.yellow_cases))))
        self.tabs.setTabText(2, self.tr("红牌（%1）").replace("%1", str(len(s.red_cases))))
        self.tabs.setTabText(3, self.tr("暂停超期（%1）").replace("%1", str(len(s.suspended_over))))
        self.tabs.setTabText(4, self.tr("投诉（%1）").replace("%1", str(s.complaints_open)))
        self.tabs.setTabText(5, self.tr("督办通知（%1）").replace("%1", str(s.notices_awaiting)))
        self.tabs.setTabText(6, self.tr("责任追究（%1）").replace("%1", str(s.accountability_open)))
        awaiting = sum(1 for f in self.feedback if f.replied_at is None)
        self.tabs.setTabText(7, self.tr("社会监督员意见（%1）").replace("%1", str(awaiting)))
        self.empty_note.setText(self.tr("当前范围内没有在办事项。") if s.open_total == 0 else "")

    def _fill_divisions(self, s: SupervisionSummary) -> None:
        def active(d: DivisionCounts) -> bool:
            return any(
                (
                    d.open,
                    d.complaints_open,
                    d.notices_awaiting,
                    d.accountability_open,
                    d.satisfied,
                    d.basically,
                )
            ) or bool(d.dissatisfied or d.feedback)

        rows = [d for d in s.divisions if active(d) or not s.scope.all_divisions]
        table = self.division_table
        table.setRowCount(len(rows))
        for row, d in enumerate(rows):
            for col, (_h, attr, key) in enumerate(DIVISION_COLUMNS):
                value = getattr(d, attr)
                item = _item(value, align_right=col > 0, data=d.division_id if col == 0 else key)
                if key == "red" and value:
                    item.setForeground(QBrush(RED_TEXT))
                if key is not None:
                    item.setToolTip(self.tr("双击查看这些办件"))
                table.setItem(row, col, item)

    def _fill_cases(self, table: QTableWidget, cases: list) -> None:  # type: ignore[type-arg]
        table.setRowCount(len(cases))
        for row, c in enumerate(cases):
            suspended = self.tr(" · 暂停") if c.suspended else ""
            values = (
                c.number,
                c.division,
                c.regulation,
                c.applicant,
                c.step,
                c.statutory_due.isoformat() if c.statutory_due else "",
                dl.message(c.days_text) + suspended,
            )
            for col, text in enumerate(values):
                item = _item(text, data=c.case_id if col == 0 else None)
                if col == 6 and c.overdue:
                    item.setForeground(QBrush(RED_TEXT))
                table.setItem(row, col, item)

    def _fill_complaints(self) -> None:
        table = self.complaint_table
        table.setRowCount(len(self.complaints))
        for row, c in enumerate(self.complaints):
            values = (
                c.id,
                dl.label(c.channel_label),
                c.complainant,
                c.case_number or "—",
                c.division or "—",
                agency_datetime(c.received_at).date().isoformat(),
                c.due.isoformat(),
                dl.status_label(c.status_label)
                + (self.tr("（%1）").replace("%1", dl.label(c.outcome_label)) if c.outcome_label else ""),
                dl.message(c.time_text),
            )
            for col, text in enumerate(values):
                item = _item(text, data=c.id if col == 0 else None)
                if c.overdue:
                    item.setForeground(QBrush(RED_TEXT))
                table.setItem(row, col, item)

    def _fill_notices(self) -> None:
        table = self.notice_table
        table.setRowCount(len(self.notices))
        for row, n in enumerate(self.notices):
            values = (
                n.label,
                n.division,
                n.subject,
                self.tr("、").join(n.case_numbers) or "—",
                agency_datetime(n.sent_at).date().isoformat(),
                n.reply_due.isoformat(),
                dl.status_label(n.status_label),
                dl.message(n.time_text),
            )
            for col, text in enumerate(values):
                item = _item(text, data=n.id if col == 0 else None)
                if n.overdue or n.replied_late:
                    item.setForeground(QBrush(RED_TEXT))
                if n.overdue:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                table.setItem(row, col, item)

    def _fill_items(self) -> None:
        table = self.item_table
        table.setRowCount(len(self.items))
        for row, i in enumerate(self.items):
            handled = dl.label(i.sanction) or i.dismissal_reason or ""
            values = (
                i.id,
                dl.label(i.source_label),
                dl.label(i.violation_label),
                i.case_number or i.division or "—",
                self.tr("、").join(n for n, _ in i.persons) or self.tr("待定"),
                agency_datetime(i.raised_at).date().isoformat(),
                dl.status_label(i.status_label),
                handled,
            )
            for col, text in enumerate(values):
                item = _item(text, data=i.id if col == 0 else None)
                if col == 3:
                    item.setToolTip(i.description)
                table.setItem(row, col, item)

    def _fill_feedback(self, s: SupervisionSummary) -> None:
        rated = sum(s.satisfaction.values())
        pleased = s.satisfaction.get("satisfied", 0) + s.satisfaction.get("basically", 0)
        rate = (
            self.tr("满意率 %1%").replace("%1", f"{pleased * 100 / rated:.1f}")
            if rated
            else self.tr("尚无评价")
        )
        self.satisfaction_label.setText(
            self.tr(
                "本月办结评价：满意 %1 件，基本满意 %2 件，不满意 %3 件（%4）；"
                "本月收到社会监督员意见 %5 条。各处室的情况见“各处室”页。"
            )
            .replace("%1", str(s.satisfaction.get("satisfied", 0)))
            .replace("%2", str(s.satisfaction.get("basically", 0)))
            .replace("%3", str(s.satisfaction.get("dissatisfied", 0)))
            .replace("%4", rate)
            .replace("%5", str(s.feedback_this_month))
        )
        from app.timesource import current_time

        today = agency_date(current_time())
        table = self.feedback_table
        table.setRowCount(len(self.feedback))
        for row, f in enumerate(self.feedback):
            overdue = f.replied_at is None and today > f.reply_due
            if f.replied_at is not None:
                status = self.tr("已答复")
            elif overdue:
                status = self.tr("逾期未答复")
            else:
                status = self.tr("待答复")
            values = (
                f.id,
                f.supervisor_name,
                f.case_number or f.division or "—",
                dl.label(RATINGS.get(f.rating or "", "—")),
                agency_datetime(f.received_at).date().isoformat(),
                f.reply_due.isoformat(),
                status,
                f.content.replace("\n", " "),
            )
            for col, text in enumerate(values):
                item = _item(text, data=f.id if col == 0 else None)
                if col == 7:
                    item.setToolTip(
                        f.content + ("\n\n" + self.tr("答复：%1").replace("%1", f.reply) if f.reply else "")
                    )
                if overdue:
                    item.setForeground(QBrush(RED_TEXT))
                table.setItem(row, col, item)

    # --- clicks ---------------------------------------------------------------------------------------

    def case_filter(self, key: str, division_id: int | None = None) -> CaseFilter:
        assert self.summary is not None
        return case_filter_for(self.summary, key, division_id)

    def _open(self, key: str, division_id: int | None = None) -> None:
        self.open_case_list.emit(self.case_filter(key, division_id))

    def _division_clicked(self, row: int, column: int) -> None:
        key = DIVISION_COLUMNS[column][2]
        first = self.division_table.item(row, 0)
        if key is None or first is None:
            return
        self._open(key, int(first.data(Qt.ItemDataRole.UserRole)))

    def _case_clicked(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- actions --------------------------------------------------------------------------------------

    def register_complaint(self) -> None:
        from ui.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.workspace, self.actor_id, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def handle_complaint(self, row: int) -> None:
        if not 0 <= row < len(self.complaints):
            return
        from ui.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.workspace, self.actor_id, self, complaint_id=self.complaints[row].id)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def send_notice(self, case_numbers: tuple[str, ...] = ()) -> None:
        from ui.notice_dialog import NoticeDialog

        dialog = NoticeDialog(self.workspace, self.actor_id, self, case_numbers=case_numbers)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def show_notice(self, row: int) -> None:
        if not 0 <= row < len(self.notices):
            return
        from ui.notice_dialog import NoticeDialog

        dialog = NoticeDialog(self.workspace, self.actor_id, self, notice_id=self.notices[row].id)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def print_notice(self) -> None:
        row = self.notice_table.currentRow()
        if not 0 <= row < len(self.notices):
            QMessageBox.information(
                self, self.tr("打印督办通知书"), self.tr("请先在列表中选择一份督办通知。")
            )
            return
        from ui.notice_dialog import save_notice_pdf

        save_notice_pdf(self, self.workspace, self.notices[row].id)

    def record_meeting(self) -> None:
        from ui.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.workspace, self.actor_id, self)
        dialog.open()

    def register_feedback(self) -> None:
        from ui.feedback_dialog import FeedbackDialog

        dialog = FeedbackDialog(self.workspace, self.actor_id, self)
        dialog.accepted.connect(self.refresh)
        self.last_dialog = dialog
        dialog.open()

    def reply_feedback(self, row: int) -> None:
        if not 0 <= row < len(self.feedback):
            QMessageBox.information(
                self, self.tr("社会监督员意见"), self.tr("请先在列表中选择一条社会监督员意见。")
            )
            return
        from ui.feedback_dialog import FeedbackDialog

        dialog = FeedbackDialog(self.workspace, self.actor_id, self, feedback_id=self.feedback[row].id)
        dialog.finished.connect(lambda _r: self.refresh())
        self.last_dialog = dialog
        dialog.open()

    def dismiss_selected(self) -> None:
        row = self.item_table.currentRow()
        if not 0 <= row < len(self.items):
            QMessageBox.information(self, self.tr("不予追究"), self.tr("请先在列表中选择一个责任追究事项。"))
            return
        info = self.items[row]
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("不予追究"),
            self.tr("第 %1 号事项（%2）不予追究的理由（必填，记入审计日志）：")
            .replace("%1", str(info.id))
            .replace("%2", dl.label(info.violation_label)),
        )
        if not ok:
            return
        try:
            with self.workspace.transaction() as session:
                dismiss_item(session, session.get_one(User, self.actor_id), info.id, reason)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("不予追究"), dl.message(exc.message))
            return
        self.refresh()


def agency_datetime_now_text() -> str:
    from app.timesource import current_time

    return agency_datetime(current_time()).strftime("%H:%M")


def save_pdf_dialog(parent: QWidget, title: str, suggested: str, data: bytes) -> Path | None:
    """Ask where to save a PDF and write it; the path, or None when cancelled or not written (the
    reason is shown)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if not path:
        return None
    try:
        return write_file(path, data)
    except DomainError as exc:
        QMessageBox.warning(parent, title, dl.message(exc.message))
        return None
