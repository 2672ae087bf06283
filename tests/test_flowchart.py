"""The flow-chart layout (pure geometry) and its Qt scene."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from app.catalogue import SAMPLE_CATALOGUE_DIR, RegulationSpec, catalogue_specs, load_catalogue
from app.catalogue.flowchart import layout_flowchart, overlapping_boxes, text_width, wrap

VALID = Path(__file__).parent / "data" / "catalogue" / "valid"


def sample_specs() -> list[RegulationSpec]:
    return catalogue_specs(load_catalogue(SAMPLE_CATALOGUE_DIR))


def fixture_specs() -> list[RegulationSpec]:
    return catalogue_specs(load_catalogue(VALID))


def check_layout(spec: RegulationSpec) -> None:
    chart = layout_flowchart(spec)
    if not spec.steps:
        assert chart.boxes == ()
        return
    assert overlapping_boxes(chart) == []
    steps = chart.steps
    assert [b.code for b in steps] == [s.code for s in spec.steps]
    assert all(a.rect.bottom < b.rect.y for a, b in pairwise(steps))  # in order
    for box in chart.boxes:
        assert box.rect.x >= 0 and box.rect.right <= chart.width
        assert box.rect.y >= 0 and box.rect.bottom <= chart.height
        for text in box.texts:  # text stays inside its box
            assert box.rect.x <= text.x and text.x + text_width(text.text, text.size) <= box.rect.right + 0.5
            assert box.rect.y <= text.y and text.y + text.size <= box.rect.bottom
    returns = [a for a in chart.arrows if a.kind == "return"]
    assert len(returns) == sum(len(s.return_to) for s in spec.steps)
    leftmost_box = min(b.rect.x for b in steps)
    for arrow in returns:  # routed left of the boxes, never through them
        lane_x = arrow.points[1][0]
        assert 0 <= lane_x < leftmost_box
    lanes = {}
    for arrow in returns:
        ys = sorted((arrow.points[1][1], arrow.points[2][1]))
        for other_x, other_ys in lanes.items():
            if other_x == arrow.points[1][0]:
                assert ys[1] < other_ys[0] or other_ys[1] < ys[0], (
                    "two return arrows share a lane where they overlap"
                )
        lanes[arrow.points[1][0]] = ys
    assert sum(1 for b in chart.notes) == sum(len(s.risk_points) for s in spec.steps)


@pytest.mark.parametrize("spec", fixture_specs(), ids=lambda s: s.code)
def test_fixture_charts_lay_out(spec: RegulationSpec) -> None:
    check_layout(spec)


@pytest.mark.parametrize("spec", sample_specs(), ids=lambda s: s.code)
def test_every_sample_chart_lays_out_without_overlapping_boxes(spec: RegulationSpec) -> None:
    check_layout(spec)


def test_marks_and_returns_of_the_fixture() -> None:
    spec = {s.code: s for s in fixture_specs()}["QL-01"]
    chart = layout_flowchart(spec)
    steps = {b.code: b for b in chart.steps}
    assert steps["S2"].clock_excluded and not steps["S1"].clock_excluded
    assert steps["S3"].level == "高"  # the highest of its risk points
    texts = " ".join(t.text for t in steps["S2"].texts)
    assert "不计时" in texts and "委托咨询评估" in texts
    assert {(a.source, a.target) for a in chart.arrows if a.kind == "return"} == {
        ("S3", "S1"),
        ("S4", "S3"),
        ("S5", "S1"),
        ("S5", "S3"),
    }
    collective = {s.code: s for s in fixture_specs()}["QL-02"]
    assert layout_flowchart(collective).steps[1].collective


def test_wrap_keeps_punctuation_and_width() -> None:
    lines = wrap("对照申请材料清单逐项核对，材料不全的，一次性告知需补正的全部内容。", 10, 100)
    assert all(text_width(line, 10) <= 110 for line in lines)
    assert not any(line.startswith(("，", "。")) for line in lines)
    assert "".join(lines) == "对照申请材料清单逐项核对，材料不全的，一次性告知需补正的全部内容。"


def test_a_long_regulation_stays_readable() -> None:
    base = fixture_specs()[0]
    from dataclasses import replace

    from app.catalogue.model import RiskPoint, StepSpec

    steps = tuple(
        StepSpec(
            code=f"S{i}",
            name="很长的环节名称" * 4,
            role="reviewer",
            division="TZC",
            limit=None,
            actions=("pass", "return"),
            return_to=tuple(f"S{j}" for j in range(1, i)),
            clock_excluded=i % 3 == 0,
            clock_excluded_reason="expert_review" if i % 3 == 0 else None,
            collective=False,
            instructions="",
            outputs=(),
            risk_points=(RiskPoint("高", "风险" * 30, "控制" * 30),) * (i % 4),
        )
        for i in range(1, 16)
    )
    check_layout(replace(base, steps=steps))


def test_qt_scene_and_exports(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.flowchart_view import FlowChartView

    view = FlowChartView()
    qtbot.addWidget(view)
    spec = fixture_specs()[0]
    view.set_chart(layout_flowchart(spec))
    assert view.scene.items()
    view.zoom_by(2.0)
    view.fit()
    view.export_png(tmp_path / "chart.png")
    view.export_pdf(tmp_path / "chart.pdf")
    assert (tmp_path / "chart.png").stat().st_size > 1000
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf", "chart.png"]  # no partial file

    # A place that cannot be written: said in the user's words, nothing left behind.
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    (tmp_path / "charts").write_text("a file, not a folder", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    for ask in (view._ask_pdf, view._ask_png):
        chosen = str(tmp_path / "charts" / "chart")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, chosen=chosen: (chosen, ""))
        ask()
    assert [w.split("：")[1] for w in warnings] == ["路径中有一级不是文件夹，而是同名的文件。"] * 2
    assert warnings[0].startswith(f"无法写入文件 {tmp_path / 'charts' / 'chart.pdf'}")
    view.set_chart(None)
    assert not view.export_png_button.isEnabled()
