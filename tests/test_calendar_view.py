"""The administrator's year view and the card badge (offscreen)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from sqlalchemy import select

from app.calendar_store import refresh_case_clock, seed_default_calendar
from app.workspace import Workspace
from db.models import CalendarDay, ClockEvent
from tests.factories import register_many
from tests.shots import save_shot
from ui.calendar_view import HOLIDAY_COLOUR, WORKDAY_COLOUR, CalendarYearView
from ui.card_badge import BADGE_ROLE, BadgeData, CardBadge, CardBadgeDelegate

NOW = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)


@pytest.fixture
def seeded(workspace: Workspace) -> Workspace:
    with workspace.transaction() as session:
        seed_default_calendar(session, NOW)
    return workspace


def _click(qtbot, view: CalendarYearView, day: date) -> None:  # type: ignore[no-untyped-def]
    grid = view.months[day.month - 1]
    item = grid.cells[day]
    rect = grid.visualItemRect(item)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_year_view_colours_toggles_undoes_and_saves(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]
    with seeded.transaction() as session:
        case = register_many(session, 1)[0]
        case.status = "in_progress"
        session.add(ClockEvent(case_id=case.id, kind="start", at=datetime(2026, 3, 2, 2, tzinfo=UTC)))
        refresh_case_clock(session, case, now=NOW)
    view = CalendarYearView(seeded, 2026)
    qtbot.addWidget(view)
    view.resize(1200, 820)
    view.show()
    qtbot.waitExposed(view)
    national_day = view.months[9].cells[date(2026, 10, 1)]
    assert national_day.background().color().name() == HOLIDAY_COLOUR
    assert national_day.text() == "1休"
    assert view.months[9].cells[date(2026, 10, 10)].background().color().name() == WORKDAY_COLOUR
    assert "已录入" in view.status.text()

    _click(qtbot, view, date(2026, 3, 10))  # a Tuesday → holiday
    assert view.kind_of(date(2026, 3, 10)) == "holiday"
    _click(qtbot, view, date(2026, 3, 14))  # a Saturday → make-up working day
    assert view.kind_of(date(2026, 3, 14)) == "workday"
    assert "未保存" in view.status.text()
    view.undo_stack.undo()
    assert view.kind_of(date(2026, 3, 14)) is None
    save_shot(view, "calendar_view")

    change = view.save()
    assert change is not None and len(change.moved) == 1
    assert change.moved[0].statutory_after == date(2026, 3, 31)
    assert view.result_dialog is not None and view.result_dialog.isVisible()
    save_shot(view.result_dialog, "calendar_view_moved")
    view.result_dialog.accept()
    with seeded.sessions() as session:
        assert (
            session.scalar(select(CalendarDay.kind).where(CalendarDay.day == date(2026, 3, 10))) == "holiday"
        )


def test_unpublished_year_is_marked_provisional(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]
    view = CalendarYearView(seeded, 2027)
    qtbot.addWidget(view)
    assert "暂定" in view.status.text()
    assert view.exceptions == {}


def test_a_schedule_file_is_imported_from_the_year_view(
    qtbot, seeded: Workspace, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """从文件导入: next year's schedule as Excel saved it on Chinese Windows; the view shows that
    year; a file with a bad row imports nothing and says which line."""
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    view = CalendarYearView(seeded, 2026)
    qtbot.addWidget(view)
    bad = tmp_path / "bad.csv"
    bad.write_bytes("日期,类型,名称\r\n2027/1/1,节假日,元旦\r\n2027/2/30,节假日,春节\r\n".encode("gbk"))
    assert view.import_file(bad) is None
    assert len(warnings) == 1 and "第 3 行：日期“2027/2/30”无效" in warnings[0]
    assert view.year == 2026  # nothing imported, nothing moved

    good = tmp_path / "2027.csv"
    good.write_bytes("日期,类型,名称\r\n2027/1/1,节假日,元旦\r\n2027/2/6,调休上班,春节\r\n".encode("gbk"))
    change = view.import_file(good)
    assert change is not None and change.years == (2027,)
    assert view.year == 2027 and view.year_box.value() == 2027
    assert view.exceptions == {date(2027, 1, 1): ("holiday", "元旦"), date(2027, 2, 6): ("workday", "春节")}
    assert "暂定" not in view.status.text()


def test_card_badge_text_not_colour_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    badge = CardBadge()
    qtbot.addWidget(badge)
    badge.set_badge(
        BadgeData("yellow", "剩余 2 个工作日", provisional=True, suspended=True, explanation="受理 …")
    )
    assert badge.text() == "黄牌 · 暂定 · 暂停"
    assert "剩余 2 个工作日" in badge.toolTip() and "暂定" in badge.toolTip()
    badge.set_badge(BadgeData(None))
    assert badge.text() == ""

    model = QStandardItemModel(3, 2)
    for row, data in enumerate(
        (BadgeData("green", "剩余 12 个工作日"), BadgeData("yellow"), BadgeData("red", provisional=True))
    ):
        item = QStandardItem()
        item.setData(data, BADGE_ROLE)
        model.setItem(row, 0, item)
        model.setItem(row, 1, QStandardItem(data.remaining or "—"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setItemDelegateForColumn(0, CardBadgeDelegate(table))
    table.resize(360, 160)
    table.show()
    qtbot.waitExposed(table)
    save_shot(table, "card_badges")
