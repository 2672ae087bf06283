"""The 制度 page: browsing, search, details, flow chart, history."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.catalogue import import_catalogue, load_catalogue
from app.workspace import Workspace
from ui.catalogue_view import CatalogueView

VALID = Path(__file__).parent / "data" / "catalogue" / "valid"


def test_empty_catalogue_says_why(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    view = CatalogueView(workspace)
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == 0
    assert "制度目录是空的" in view.empty_note.text()


def test_browse_search_and_details(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.transaction() as session:
        import_catalogue(session, load_catalogue(VALID), now=datetime(2026, 3, 2, tzinfo=UTC))
    view = CatalogueView(workspace)
    qtbot.addWidget(view)
    categories = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert categories == ["权力运行制度（2）", "配套保障监督制度（1）"]
    assert view.current_code() == "QL-01"
    html = view.details.toPlainText()
    assert "20个工作日" in html and "项目申请报告" in html and "行政许可法" in html and "委领导审批" in html
    assert view.flowchart.chart is not None and len(view.flowchart.chart.steps) == 5
    qtbot.waitUntil(lambda: "版本历史" in view.history.toPlainText())
    view.search.setText("以工代赈")
    assert view.current_code() == "QL-02"
    assert view.count.text() == "共 1 项"
    view.search.setText("没有这样的制度")
    assert view.empty_note.isVisible() or not view.empty_note.isHidden()
    assert view.flowchart.chart is None
    view.search.clear()
    view.select("BZ-03")
    assert "限时办结制度" in view.details.toPlainText()
    assert not view.flowchart.view.isVisibleTo(view)
