"""我的待办: the cases waiting for this user (or for an absent holder he backs up), most urgent
first — red cards, then yellow, then by statutory due date; cases not yet accepted come last.

Which cases wait for whom is app.caselist.todo_filter; the page only shows them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.agency_time import agency_date
from app.caselist import CaseFilter, card_condition, carded_today_condition, count_cases, todo_filter
from app.timesource import current_time
from app.workspace import Workspace
from db.models import User
from ui.case_table import CaseTableModel, CaseTableView, column_of_sort


class TodoPage(QWidget):
    """The home view. `open_case(case_id)` is emitted on double-click or Enter."""

    open_case = Signal(int)
    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, actor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor_id = actor_id
        self.total = 0
        self.model = CaseTableModel(
            workspace, self, case_filter=self._filter(), sort="urgency", descending=False
        )
        self.view = CaseTableView(self.model, self)
        self.view.horizontalHeader().setSortIndicator(column_of_sort("urgency"), Qt.SortOrder.AscendingOrder)
        self.view.case_activated.connect(self.open_case)

        self.title = QLabel(self.tr("我的待办"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)

        self.empty_note = QLabel(self.tr("没有待办事项"))
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_font = self.empty_note.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.3)
        self.empty_note.setFont(empty_font)
        self.empty_hint = QLabel(self.tr("需要您办理的办件（含您作为AB岗后备人员代办的）会显示在这里。"))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        empty = QWidget()
        empty_box = QVBoxLayout(empty)
        empty_box.addStretch(1)
        empty_box.addWidget(self.empty_note)
        empty_box.addWidget(self.empty_hint)
        empty_box.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.model.loaded.connect(self._after_load)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self.model.tick)
        self.clock_timer.start()
        self._after_load()
        self.refresh_summary()

    def _filter(self) -> CaseFilter:
        with self._workspace.reading_sessions() as session:
            actor = session.get(User, self._actor_id)
            if actor is None:
                return CaseFilter(statuses=frozenset({"__none__"}))
            return todo_filter(session, actor)

    def _after_load(self) -> None:
        empty = self.model.loaded_rows == 0
        self.stack.setCurrentIndex(1 if empty else 0)

    def refresh(self) -> None:
        self.model.set_filter(self._filter())
        self.refresh_summary()

    def refresh_live(self) -> None:
        """Another desk changed something: read the list again in place (selection and scroll
        position stay), with the to-do rule re-applied (someone may have gone absent)."""
        self.model.refresh_rows(self._filter())
        self.refresh_summary()

    def refresh_summary(self) -> None:
        base = self.model.case_filter
        today = agency_date(current_time())
        with self._workspace.reading_sessions() as session:
            self.total = count_cases(session, base)
            red = count_cases(session, replace(base, extra=(*base.extra, card_condition("red", today))))
            yellow = count_cases(session, replace(base, extra=(*base.extra, card_condition("yellow", today))))
            new_yellow = count_cases(
                session,
                replace(
                    base,
                    extra=(*base.extra, card_condition("yellow", today), carded_today_condition(today)),
                ),
            )
        parts = [self.tr("共 %n 件", "", self.total)]
        if red:
            text = self.tr("红牌 %n 件", "", red)
            parts.append(f"<span style='color:#c62828'><b>{text}</b></span>")
        if yellow:
            text = self.tr("黄牌 %n 件", "", yellow)
            if new_yellow:
                text += self.tr("（今日新亮 %n 件）", "", new_yellow)
            parts.append(f"<span style='color:#8a6d00'><b>{text}</b></span>")
        self.summary.setText(" · ".join(parts))
        self.count_changed.emit(self.total)
