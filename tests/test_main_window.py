"""The main window opens on a database, lists its cases lazily and sorts them in SQL."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app import settings
from app.workspace import Workspace
from tests.factories import register_many
from ui.case_table import PAGE_SIZE, CaseTableModel
from ui.main_window import MainWindow


def test_main_window_lists_and_sorts_cases(workspace: Workspace, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    with workspace.transaction() as session:
        register_many(session, PAGE_SIZE + 30)
        settings.write_setting(session, settings.TRAINING, True)
    alone = CaseTableModel(workspace)
    assert alone.rowCount() == PAGE_SIZE  # one page, not the whole table
    assert alone.canFetchMore()
    alone.fetchMore()
    assert alone.rowCount() == PAGE_SIZE + 30 and not alone.canFetchMore()
    qtmodeltester.check(alone)

    window = MainWindow(workspace, "王晓明（经办人）")
    qtbot.addWidget(window)
    window.show()
    model = window.case_list.model
    # newest first by default
    assert model.index(0, 3).data() == f"长沙示例{PAGE_SIZE + 29:03d}有限公司"
    header = window.case_list.view.horizontalHeader()
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # 申请人 ascending
    assert model.index(0, 3).data() == "长沙示例000有限公司"
    assert model.index(1, 3).data() == "长沙示例001有限公司"
    qtbot.waitUntil(lambda: window.case_list.total == PAGE_SIZE + 30)
    assert "共 230 件" in window.case_list.summary.text()
    assert window.findChild(type(window.case_list.summary), "trainingBanner") is not None
    assert "培训库" in window.statusBar().findChildren(type(window.case_list.summary))[-1].text()


def test_search_box_filters_and_empty_list_says_why(workspace: Workspace, qtbot: QtBot) -> None:
    with workspace.transaction() as session:
        register_many(session, 5)
    window = MainWindow(workspace, "admin")
    qtbot.addWidget(window)
    page = window.case_list
    qtbot.keyClicks(page.search, "003")  # QTest types ASCII only; Chinese goes through setText
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2  # 示例003 and the case numbered …00003号
    page.search.setText("示例003")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    page.search.setText("不存在的单位")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert not page.empty_note.isHidden()


def test_model_alone_on_an_empty_database(workspace: Workspace, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel(workspace)
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_gui_screenshot_command(database_url: str, tmp_path: Path) -> None:
    from app.workspace import open_workspace

    workspace = open_workspace(database_url)
    with workspace.transaction() as session:
        register_many(session, 3)
    workspace.close()
    out = tmp_path / "main.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", database_url, "gui", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() > 600 and image.height() > 300


def test_cards_tick_across_days_without_reloading(workspace: Workspace, qtbot: QtBot) -> None:
    from datetime import timedelta

    from app import timesource
    from app.calendar_store import refresh_case_clock
    from db.models import ClockEvent
    from tests.factories import T0

    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        case = register_many(session, 1)[0]
        case.status = "in_progress"
        session.add(ClockEvent(case_id=case.id, kind="start", at=T0))
        reading = refresh_case_clock(session, case, now=T0)
        due = reading.statutory_due
    model = CaseTableModel(workspace)
    assert model.index(0, 0).data() == "正常"
    assert model.index(0, 6).data() == "剩余 20 个工作日"
    rows_before = model._rows
    with qtbot.waitSignal(model.dataChanged):
        timesource.set_fake_now(datetime.combine(due, datetime.min.time(), tzinfo=UTC) + timedelta(days=3))
        model.tick()
    assert model._rows is rows_before  # no reload: the same fetched rows, re-derived for today
    assert model.index(0, 0).data() == "红牌"
    assert model.index(0, 6).data().startswith("已超期")


def test_refresh_in_place_keeps_the_selected_case(workspace: Workspace, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from app.caselist import CaseFilter
    from db.models import Case
    from ui.case_table import CaseTableView

    with workspace.transaction() as session:
        ids = [c.id for c in register_many(session, 7)]
    third = ids[2]
    # The two newest are not there yet when the list is first read.
    model = CaseTableModel(workspace, case_filter=CaseFilter(extra=(Case.id.in_(ids[:5]),)))
    qtmodeltester.check(model)
    view = CaseTableView(model)
    qtbot.addWidget(view)
    assert model.rowCount() == 5
    row = next(r for r in range(model.rowCount()) if model.case_id(r) == third)
    view.selectRow(row)
    model.refresh_rows(CaseFilter())  # they arrive, above it
    assert model.rowCount() == 7 and model.case_id(0) == ids[6]
    assert model.case_id(view.currentIndex().row()) == third
    assert [model.case_id(i.row()) for i in view.selectionModel().selectedRows()] == [third]
    # A case that leaves the list takes its selection with it.
    model.refresh_rows(CaseFilter(extra=(Case.id != third,)))
    assert model.rowCount() == 6 and third not in {model.case_id(r) for r in range(6)}
    assert not view.selectionModel().selectedRows()
