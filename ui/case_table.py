"""The case list: a lazily fetched table model over app.caselist, and its view.

Rows arrive a page at a time (`canFetchMore`/`fetchMore`), so a million cases cost no more than
the pages the user has scrolled through; sorting asks SQL for a new first page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.agency_time import agency_date, format_date
from app.calendar import WorkingCalendar
from app.calendar_store import load_calendar
from app.caselist import SORT_COLUMNS, CaseFilter, CaseRow, ListClockRules, fetch_case_page, list_clock_rules
from app.cases import STATUS_LABELS
from app.clock import cached_card
from app.timesource import current_time
from app.workspace import Workspace
from ui import domain_labels as dl
from ui.card_badge import BADGE_ROLE, BadgeData, CardBadgeDelegate

PAGE_SIZE = 200
RECEIVED_COLUMN = 9
REMAINING_COLUMN = 6

Index = QModelIndex | QPersistentModelIndex

# (header, sort key or None, value for a row)
Column = tuple[str, str | None, Callable[[CaseRow], str]]


def _due_text(day: date | None) -> str:
    return format_date(day) if day else ""


class CaseTableModel(QAbstractTableModel):
    """Case rows for a QTableView; fetches `PAGE_SIZE` rows at a time from the database."""

    loaded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        case_filter: CaseFilter | None = None,
        sort: str = "received_at",
        descending: bool = True,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._rows: list[CaseRow] = []
        self._exhausted = False
        self._filter = case_filter or CaseFilter()
        self._sort = sort
        self._descending = descending
        self._today = agency_date(current_time())
        self._calendar: WorkingCalendar | None = None
        self._clock_rules: dict[str, ListClockRules] | None = None
        self._columns: list[Column] = [
            (self.tr("状态牌"), "urgency", lambda r: self.badge(r).text),
            (self.tr("办件编号"), "number", lambda r: r.number),
            (self.tr("事项"), "regulation", lambda r: f"{r.regulation_code} {r.regulation_title}"),
            (self.tr("申请人"), "applicant", lambda r: r.applicant_name),
            (self.tr("项目/事由"), None, lambda r: r.subject),
            (self.tr("当前环节"), None, lambda r: r.current_step_name),
            (self.tr("剩余时间"), "statutory_due", lambda r: self.badge(r).remaining),
            (self.tr("法定到期日"), "statutory_due", lambda r: _due_text(r.statutory_due)),
            (self.tr("承办处室"), None, lambda r: r.division_name),
            (self.tr("接收日期"), "received_at", lambda r: format_date(agency_date(r.received_at))),
            (self.tr("状态"), "status", lambda r: dl.status_label(STATUS_LABELS.get(r.status, r.status))),
        ]
        self._fetch_page()

    # --- loading -----------------------------------------------------------------------------

    def _fetch_page(self) -> None:
        with self._workspace.reading_engine.connect() as connection:
            page = fetch_case_page(
                connection,
                case_filter=self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=len(self._rows),
                limit=PAGE_SIZE,
            )
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.loaded.emit()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self._today = agency_date(current_time())
        self._calendar = None
        self._clock_rules = None
        self._fetch_page()

    def refresh_rows(self, case_filter: CaseFilter | None = None) -> None:
        """Read the rows already shown again (another desk changed something) without a model
        reset, so the user's selection and scroll position stay where they were; with
        `case_filter`, under that (re-derived) filter."""
        if case_filter is not None:
            self._filter = case_filter
        limit = max(len(self._rows), PAGE_SIZE)
        with self._workspace.reading_engine.connect() as connection:
            rows = fetch_case_page(
                connection,
                case_filter=self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=0,
                limit=limit,
            )
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in old]
        self._rows = rows
        self._exhausted = len(rows) < limit
        self._today = agency_date(current_time())
        # A row keeps its place by case id; a case that left the list loses its selection.
        new_row_of = {row.id: n for n, row in enumerate(rows)}
        moved = [
            self.index(new_row_of[case_id], index.column()) if case_id in new_row_of else QModelIndex()
            for index, case_id in zip(old, old_ids, strict=True)
        ]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()
        self.loaded.emit()

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid() and not self._exhausted:
            self._fetch_page()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column][1]
        if key is None or key not in SORT_COLUMNS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._rows:
            return
        self._sort = key
        self._descending = descending
        self.reload()

    # --- the Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][2](row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if index.column() == 0 and role == BADGE_ROLE:
            return self.badge(row)
        if index.column() in (0, REMAINING_COLUMN) and role == Qt.ItemDataRole.ToolTipRole:
            return self.badge(row).tooltip or None
        return None

    # --- cards and the live clock ------------------------------------------------------------------

    def badge(self, row: CaseRow) -> BadgeData:
        """Card and remaining time from the row's cached due dates, as of `self._today`."""
        if self._clock_rules is None or self._calendar is None:
            with self._workspace.reading_engine.connect() as connection:
                self._clock_rules = list_clock_rules(connection)
            with self._workspace.reading_sessions() as session:
                self._calendar = load_calendar(session)
        rules = self._clock_rules.get(row.regulation_code, ListClockRules())
        card = cached_card(
            row.clock_state,
            row.statutory_due,
            row.promised_due,
            row.yellow_on,
            self._today,
            rules.promised_overdue,
        )
        remaining, overdue = row.remaining_and_overdue(self._calendar, self._today, rules.unit)
        past_due = row.statutory_due is not None and self._today > row.statutory_due
        label = dl.remaining_text(remaining, overdue, rules.unit, row.clock_state, past_due)
        return BadgeData(
            card=card,
            remaining=label,
            provisional=row.due_provisional,
            suspended=row.clock_state == "suspended",
        )

    def tick(self) -> None:
        """Re-derive cards and remaining days for today (each minute, and so past midnight) without
        going back to the database for the rows."""
        today = agency_date(current_time())
        if today == self._today or not self._rows:
            self._today = today
            return
        self._today = today
        self._calendar = None  # a new day may fall in a newly entered schedule
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, REMAINING_COLUMN))

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    @property
    def loaded_rows(self) -> int:
        return len(self._rows)


def column_of_sort(key: str) -> int:
    """The first column sorted by `key` (for the header's sort indicator)."""
    return {
        "urgency": 0,
        "statutory_due": 7,
        "received_at": RECEIVED_COLUMN,
        "number": 1,
        "applicant": 3,
        "status": 10,
    }.get(key, RECEIVED_COLUMN)


class CaseTableView(QTableView):
    """The case table; `case_activated(case_id)` on double-click or Enter opens the case."""

    case_activated = Signal(int)

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.doubleClicked.connect(self._activate)
        self.horizontalHeader().setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setItemDelegateForColumn(0, CardBadgeDelegate(self))
        self.setMouseTracking(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Widths in characters, so the table scales with the font and the display.
        char = self.fontMetrics().horizontalAdvance("汉")
        for column, chars in enumerate((6, 14, 13, 12, 12, 7, 12.5, 6.5, 9, 6.5, 4.5)):
            self.setColumnWidth(column, int(chars * char) + 16)
        # The card column also fits the longest badge in the UI language ("Yellow card · suspended").
        widest = BadgeData(card="yellow", provisional=True, suspended=True).text
        metrics = self.fontMetrics()
        badge = metrics.horizontalAdvance(widest) + metrics.height() + 16
        self.setColumnWidth(0, max(self.columnWidth(0), badge))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            case_id = index.data(Qt.ItemDataRole.UserRole)
            if case_id is not None:
                self.case_activated.emit(int(case_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
