"""The filter bar of the case list (办件): whose cases, status, card, regulation, received dates and
a search over number, applicant and subject. It only assembles an app.caselist.CaseFilter; what a
user may see at all is app.caselist.scope_filter, always applied on top.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.agency_time import agency_date, agency_zone
from app.caselist import CaseFilter, card_condition, mine_condition, scope_filter
from app.cases import OPEN_STATUSES, STATUS_LABELS
from app.catalogue import current_regulations
from app.clock import CARD_LABELS
from app.timesource import current_time
from app.workspace import Workspace
from db.models import User
from ui import domain_labels as dl

_NO_DATE = QDate(2000, 1, 1)
OPEN = "__open__"


def _day_start(day: date) -> datetime:
    """Midnight at the start of `day` in the agency's zone."""
    return datetime.combine(day, time.min, tzinfo=agency_zone())


class CaseFilterBar(QWidget):
    """Emits `changed` whenever the user changes a filter (Enter in the search box, or any box)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor_id = actor_id
        has_division = False
        with workspace.reading_sessions() as session:
            actor = session.get(User, actor_id) if actor_id is not None else None
            has_division = actor is not None and actor.division_id is not None
            regulations = [(r.code, r.title) for r in current_regulations(session) if r.category == "power"]

        self.scope = QComboBox()
        if actor_id is not None:
            self.scope.addItem(self.tr("我的办件"), "mine")
            if has_division:
                self.scope.addItem(self.tr("本处室"), "division")
        self.scope.addItem(self.tr("全部（我可查看的）"), "all")
        self.scope.setCurrentIndex(self.scope.count() - 1)
        self.scope.setToolTip(self.tr("我的办件：我登记或由我承办的办件"))

        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), "")
        self.status.addItem(self.tr("在办（未办结）"), OPEN)
        for code, text in STATUS_LABELS.items():
            self.status.addItem(dl.status_label(text), code)

        self.card = QComboBox()
        self.card.addItem(self.tr("全部状态牌"), "")
        for code in ("red", "yellow", "green"):
            self.card.addItem(dl.label(CARD_LABELS[code]), code)

        self.regulation = QComboBox()
        self.regulation.addItem(self.tr("全部事项"), "")
        for code, title in regulations:
            self.regulation.addItem(f"{code} {title}", code)
        self.regulation.setMaxVisibleItems(20)
        self.regulation.setMinimumContentsLength(14)
        self.regulation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.received_from = self._date_edit()
        self.received_until = self._date_edit()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按办件编号、申请人或项目名称查找，回车确认"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.changed)
        self.clear_button = QPushButton(self.tr("清除条件"))
        self.clear_button.clicked.connect(self.clear)

        for box in (self.scope, self.status, self.card, self.regulation):
            box.currentIndexChanged.connect(self._control_changed)
        for edit in (self.received_from, self.received_until):
            edit.editingFinished.connect(self._control_changed)

        # A list chosen elsewhere (a number on the supervision dashboard): shown as a note with a
        # button back to the whole list; the search box still narrows it.
        self._preset: CaseFilter | None = None
        self.preset_label = QLabel()
        self.preset_label.setObjectName("presetFilter")
        self.preset_label.setStyleSheet("#presetFilter { font-weight: bold; }")
        self.preset_clear = QPushButton(self.tr("显示全部办件"))
        self.preset_clear.clicked.connect(self.clear)
        self.preset_row = QWidget()
        preset_box = QHBoxLayout(self.preset_row)
        preset_box.setContentsMargins(0, 0, 0, 0)
        preset_box.addWidget(self.preset_label, 1)
        preset_box.addWidget(self.preset_clear)
        self.preset_row.setVisible(False)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        for caption, widget in (
            (self.tr("范围："), self.scope),
            (self.tr("状态："), self.status),
            (self.tr("状态牌："), self.card),
            (self.tr("事项："), self.regulation),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            first.addWidget(label)
            first.addWidget(widget, 1 if widget is self.regulation else 0)
        second = QHBoxLayout()
        dates = QLabel(self.tr("接收日期："))
        dates.setBuddy(self.received_from)
        second.addWidget(dates)
        second.addWidget(self.received_from)
        second.addWidget(QLabel(self.tr("至")))
        second.addWidget(self.received_until)
        second.addSpacing(12)
        find = QLabel(self.tr("查找："))
        find.setBuddy(self.search)
        second.addWidget(find)
        second.addWidget(self.search, 1)
        second.addWidget(self.clear_button)
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)
        grid.addWidget(self.preset_row, 2, 0)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(_NO_DATE)
        return edit

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        value = edit.date()
        if value == _NO_DATE:
            return None
        return date(value.year(), value.month(), value.day())

    def _control_changed(self) -> None:
        # Choosing a status, card, … starts from the whole list again, not from the preset.
        self._drop_preset()
        self.changed.emit()

    def _drop_preset(self) -> None:
        self._preset = None
        self.preset_row.setVisible(False)

    @property
    def preset(self) -> CaseFilter | None:
        return self._preset

    def show_preset(self, case_filter: CaseFilter, label: str) -> None:
        """Show exactly the cases of `case_filter` (chosen elsewhere), described by `label`."""
        self._reset_controls()
        self._preset = case_filter
        self.preset_label.setText(label)
        self.preset_row.setVisible(True)
        self.changed.emit()

    def clear(self) -> None:
        self._reset_controls()
        self._drop_preset()
        self.changed.emit()

    def _reset_controls(self) -> None:
        widgets = (
            self.scope,
            self.status,
            self.card,
            self.regulation,
            self.received_from,
            self.received_until,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.count() - 1)
        for box in (self.status, self.card, self.regulation):
            box.setCurrentIndex(0)
        self.received_from.setDate(_NO_DATE)
        self.received_until.setDate(_NO_DATE)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)

    def case_filter(self) -> CaseFilter:
        """The filter the bar shows, restricted to what the user may see."""
        if self._preset is not None:
            base = replace(self._preset, text=self.search.text().strip())
            return self._scoped(base)
        status = self.status.currentData()
        statuses = OPEN_STATUSES if status == OPEN else frozenset({status}) if status else frozenset()
        start, end = self._date_of(self.received_from), self._date_of(self.received_until)
        base = CaseFilter(
            statuses=frozenset(statuses),
            regulation_code=self.regulation.currentData() or None,
            text=self.search.text().strip(),
            received_from=_day_start(start) if start else None,
            received_until=_day_start(end + timedelta(days=1)) if end else None,
        )
        card = self.card.currentData()
        if card:
            base = replace(base, extra=(*base.extra, card_condition(card, agency_date(current_time()))))
        return self._scoped(base, self.scope.currentData())

    def _scoped(self, base: CaseFilter, scope: str = "all") -> CaseFilter:
        if self._actor_id is None:
            return base
        with self._workspace.reading_sessions() as session:
            actor = session.get(User, self._actor_id)
            if actor is None:
                return replace(base, statuses=frozenset({"__none__"}))
            if scope == "division":
                base = replace(base, division_id=actor.division_id)
            elif scope == "mine":
                mine = mine_condition(actor)
                base = replace(base, extra=(*base.extra, mine))
            return scope_filter(session, actor, base)
