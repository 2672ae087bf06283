"""The administrator's year view of the working-day calendar (工作日历维护).

Twelve month grids; statutory holidays and make-up working days are coloured (with a legend and a
mark in the cell, so colour is never the only cue). A click cycles a day: weekday normal → holiday
→ normal; weekend normal → make-up working day → holiday → normal (app.calendar.toggled_kind).
Every click is an undoable command. Saving replaces the year's exceptions through
app.calendar_store.save_year and then lists the open cases whose due dates moved.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.calendar import HOLIDAY, WORKDAY, CalendarException, toggled_kind
from app.calendar_store import (
    SOURCE_LABELS,
    CalendarChange,
    calendar_years,
    import_calendar_csv,
    load_calendar,
    save_year,
)
from app.errors import DomainError
from app.files import read_file, spreadsheet_text
from app.workspace import Workspace
from ui import domain_labels as dl

HOLIDAY_COLOUR = "#f8d0d0"
WORKDAY_COLOUR = "#cfe3fb"
WEEKDAY_HEADERS = (  # Monday first
    QT_TRANSLATE_NOOP("MonthGrid", "一"),
    QT_TRANSLATE_NOOP("MonthGrid", "二"),
    QT_TRANSLATE_NOOP("MonthGrid", "三"),
    QT_TRANSLATE_NOOP("MonthGrid", "四"),
    QT_TRANSLATE_NOOP("MonthGrid", "五"),
    QT_TRANSLATE_NOOP("MonthGrid", "六"),
    QT_TRANSLATE_NOOP("MonthGrid", "日"),
)
DAY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# The one-character marks after the day number: 休 a holiday, 班 a make-up working day.
MARKS = {HOLIDAY: QT_TRANSLATE_NOOP("MonthGrid", "休"), WORKDAY: QT_TRANSLATE_NOOP("MonthGrid", "班")}


class ToggleDay(QUndoCommand):
    def __init__(
        self, view: CalendarYearView, day: date, before: tuple[str, str] | None, after: tuple[str, str] | None
    ):
        super().__init__(f"{day.isoformat()}")
        self._view, self._day, self._before, self._after = view, day, before, after

    def redo(self) -> None:
        self._view._set_day(self._day, self._after)

    def undo(self) -> None:
        self._view._set_day(self._day, self._before)


class MonthGrid(QTableWidget):
    """One month: 7 columns (Monday first), up to 6 weeks."""

    day_clicked = Signal(date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6, 7, parent)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("MonthGrid", day) for day in WEEKDAY_HEADERS]
        )
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setShowGrid(False)
        # Room for the widest cell — a bold two-digit day with its mark ("20休"), in either language —
        # and for the weekday headers, so that no cell is cut off ("2…") at the default size.
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        pad = self.fontMetrics().horizontalAdvance("汉")
        widest = max(
            [
                metrics.horizontalAdvance(f"28{QCoreApplication.translate('MonthGrid', m)}")
                for m in MARKS.values()
            ]
            + [metrics.horizontalAdvance(self.horizontalHeaderItem(c).text()) for c in range(7)]
        )
        row = metrics.height() + 6
        self.setMinimumSize(
            (widest + pad) * 7 + 2 * self.frameWidth(),
            self.horizontalHeader().sizeHint().height() + row * 6 + 2 * self.frameWidth(),
        )
        self.cellClicked.connect(self._clicked)
        self.cells: dict[date, QTableWidgetItem] = {}

    def show_month(self, year: int, month: int) -> None:
        self.clearContents()
        self.cells = {}
        first = date(year, month, 1)
        offset = first.weekday()
        day = first
        while day.month == month:
            index = offset + day.day - 1
            item = QTableWidgetItem(str(day.day))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setData(DAY_ROLE, day)
            self.setItem(index // 7, index % 7, item)
            self.cells[day] = item
            day += timedelta(days=1)

    def _clicked(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None:
            self.day_clicked.emit(item.data(DAY_ROLE))


class CalendarYearView(QDialog):
    """工作日历维护: the year's exceptions, edited in memory with undo, saved as a whole."""

    saved = Signal(object)  # CalendarChange

    def __init__(
        self, workspace: Workspace, year: int, *, actor_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor_id = actor_id
        self.setWindowTitle(self.tr("工作日历维护"))
        self.undo_stack = QUndoStack(self)
        self.exceptions: dict[date, tuple[str, str]] = {}
        self.year = year
        self.last_change: CalendarChange | None = None
        self.result_dialog: QDialog | None = None

        self.year_box = QSpinBox()
        self.year_box.setRange(1990, 2100)
        self.year_box.setValue(year)
        self.year_box.setPrefix(self.tr("年度 "))
        self.year_box.valueChanged.connect(self._change_year)
        self.status = QLabel()
        self.undo_button = QPushButton(self.tr("撤销"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("重做"))
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.redo_button.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)

        self.import_button = QPushButton(self.tr("从文件导入…"))
        self.import_button.setToolTip(
            self.tr("导入按国务院办公厅通知整理的节假日安排（CSV：日期,类型,名称，可用 Excel 或 WPS 另存）")
        )
        self.import_button.clicked.connect(self.choose_import)

        top = QHBoxLayout()
        top.addWidget(self.year_box)
        top.addWidget(self.status, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)

        legend = QHBoxLayout()
        legend.addWidget(self._legend_chip(HOLIDAY_COLOUR, self.tr("休 法定节假日")))
        legend.addWidget(self._legend_chip(WORKDAY_COLOUR, self.tr("班 调休上班")))
        legend.addWidget(QLabel(self.tr("灰字：周末")))
        legend.addStretch(1)
        legend.addWidget(
            QLabel(self.tr("单击日期切换：工作日 → 节假日 → 恢复；周末 → 调休上班 → 节假日 → 恢复"))
        )

        grid = QGridLayout()
        self.months: list[MonthGrid] = []
        for month in range(1, 13):
            box = QGroupBox(self.tr("%n月", "", month))
            grid_widget = MonthGrid()
            grid_widget.day_clicked.connect(self.toggle)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(2, 2, 2, 2)
            inner.addWidget(grid_widget)
            grid.addWidget(box, (month - 1) // 4, (month - 1) % 4)
            self.months.append(grid_widget)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("保存本年度安排"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = QPushButton(self.tr("关闭"))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self.undo_stack.cleanChanged.connect(self._update_status)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self._load(year)

    # --- loading and showing ------------------------------------------------------------------

    def _legend_chip(self, colour: str, text: str) -> QLabel:
        chip = QLabel(text)
        chip.setStyleSheet(f"background: {colour}; color: #1a1a1a; padding: 2px 6px; border-radius: 3px;")
        return chip

    def _load(self, year: int) -> None:
        with self._workspace.sessions() as session:
            calendar = load_calendar(session)
            years = calendar_years(session)
        self.year = year
        self.exceptions = {r.day: (r.kind, r.name) for r in calendar.year_exceptions(year)}
        self._published = years.get(year)
        for month, grid in enumerate(self.months, start=1):
            grid.show_month(year, month)
        for day in list(self._all_days()):
            self._paint(day)
        self.undo_stack.clear()
        self._update_status()

    def _all_days(self):  # type: ignore[no-untyped-def]
        for grid in self.months:
            yield from grid.cells

    def _cell(self, day: date) -> QTableWidgetItem:
        return self.months[day.month - 1].cells[day]

    def _paint(self, day: date) -> None:
        item = self._cell(day)
        entry = self.exceptions.get(day)
        kind = entry[0] if entry else None
        weekend = day.weekday() >= 5
        item.setText(
            f"{day.day}{QCoreApplication.translate('MonthGrid', MARKS[kind])}" if kind else str(day.day)
        )
        if kind == HOLIDAY:
            item.setBackground(QBrush(QColor(HOLIDAY_COLOUR)))
        elif kind == WORKDAY:
            item.setBackground(QBrush(QColor(WORKDAY_COLOUR)))
        else:
            item.setBackground(QBrush())
        if kind:
            item.setForeground(QBrush(QColor("#1a1a1a")))
        else:
            item.setForeground(self.palette().placeholderText() if weekend else self.palette().text())
        font = QFont(item.font())
        font.setBold(kind is not None)
        item.setFont(font)
        name = entry[1] if entry else ""
        label = {HOLIDAY: self.tr("法定节假日"), WORKDAY: self.tr("调休上班")}.get(kind or "", "")
        item.setToolTip(f"{day.isoformat()} {label} {name}".strip())

    def _update_status(self) -> None:
        if self._published is not None:
            source, entered = self._published
            source_text = dl.label(SOURCE_LABELS.get(source, source))
            text = self.tr("本年度安排已录入（%1，%2）").replace("%1", source_text)
            text = text.replace("%2", entered.date().isoformat())
        else:
            text = self.tr("本年度安排尚未录入：期限按周一至周五推算，标为“暂定”。保存后即为正式安排。")
        if not self.undo_stack.isClean():
            text += self.tr("（有未保存的修改）")
        self.status.setText(text)

    # --- editing --------------------------------------------------------------------------------

    def toggle(self, day: date) -> None:
        before = self.exceptions.get(day)
        kind = toggled_kind(day, before[0] if before else None)
        after = (kind, before[1] if before else "") if kind else None
        self.undo_stack.push(ToggleDay(self, day, before, after))

    def _set_day(self, day: date, value: tuple[str, str] | None) -> None:
        if value is None:
            self.exceptions.pop(day, None)
        else:
            self.exceptions[day] = value
        self._paint(day)

    def kind_of(self, day: date) -> str | None:
        entry = self.exceptions.get(day)
        return entry[0] if entry else None

    def _change_year(self, year: int) -> None:
        if year == self.year:
            return
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self,
                self.tr("未保存的修改"),
                self.tr("%1 年的修改尚未保存，切换年度将放弃这些修改。是否继续？").replace(
                    "%1", str(self.year)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.year_box.blockSignals(True)
                self.year_box.setValue(self.year)
                self.year_box.blockSignals(False)
                return
        self._load(year)

    # --- importing ------------------------------------------------------------------------------

    def choose_import(self) -> CalendarChange | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入节假日安排"), "", self.tr("CSV 文件 (*.csv);;所有文件 (*)")
        )
        return self.import_file(Path(path)) if path else None

    def import_file(self, path: Path) -> CalendarChange | None:
        """Import a schedule file (every year it names, as `sunlight calendar import`); unsaved
        clicks on this year are given up first, if the user agrees."""
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self,
                self.tr("未保存的修改"),
                self.tr("%1 年的修改尚未保存，导入将放弃这些修改。是否继续？").replace("%1", str(self.year)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            text = spreadsheet_text(read_file(path))
            with self._workspace.transaction() as session:
                change = import_calendar_csv(session, text, actor_id=self._actor_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("未能导入"), dl.message(exc.message))
            return None
        self.last_change = change
        shown = self.year if self.year in change.years else min(change.years)
        self.year_box.blockSignals(True)
        self.year_box.setValue(shown)
        self.year_box.blockSignals(False)
        self._load(shown)
        self.saved.emit(change)
        self._show_moved(change)
        return change

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> CalendarChange | None:
        rows = [CalendarException(day, kind, name) for day, (kind, name) in sorted(self.exceptions.items())]
        try:
            with self._workspace.transaction() as session:
                change = save_year(session, self.year, rows, actor_id=self._actor_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), dl.message(exc.message))
            return None
        self.last_change = change
        self.undo_stack.setClean()
        with self._workspace.sessions() as session:
            self._published = calendar_years(session).get(self.year)
        self._update_status()
        self.saved.emit(change)
        self._show_moved(change)
        return change

    def _show_moved(self, change: CalendarChange) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("办理期限变化"))
        layout = QVBoxLayout(dialog)
        if change.moved:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "%n 件在办件的办理期限随之调整（已记入各办件的办理记录）：", "", len(change.moved)
                    )
                )
            )
            listing = QListWidget()
            listing.addItems([dl.message(m.describe()) for m in change.moved])
            layout.addWidget(listing)
        else:
            layout.addWidget(
                QLabel(self.tr("%1 年的安排已保存，在办件的办理期限均无变化。").replace("%1", str(self.year)))
            )
        buttons = QDialogButtonBox()
        ok = QPushButton(self.tr("确定"))
        buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.clicked.connect(dialog.accept)
        layout.addWidget(buttons)
        dialog.resize(self.fontMetrics().horizontalAdvance("汉") * 48, dialog.sizeHint().height())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_dialog = dialog
        dialog.open()


def open_calendar_view(workspace: Workspace, year: int, parent: QWidget | None = None) -> CalendarYearView:
    view = CalendarYearView(workspace, year, parent=parent)
    view.resize(view.sizeHint().expandedTo(view.minimumSizeHint()))
    view.show()
    return view


__all__ = ["CalendarYearView", "MonthGrid", "ToggleDay", "open_calendar_view"]
