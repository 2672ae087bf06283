"""The flow chart (工作流程图) on screen: a QGraphicsScene drawn from app.catalogue.flowchart.

The geometry comes from the pure layout; this module only draws it, zooms it and exports it to
PNG (raster) or PDF (vector).
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue.flowchart import (
    COLLECTIVE_COLOUR,
    EXCLUDED_FILL,
    LINE_COLOUR,
    RETURN_COLOUR,
    RISK_COLOURS,
    RISK_FILLS,
    STEP_FILL,
    TERMINAL_FILL,
    FlowChart,
    TextItem,
)
from app.errors import DomainError
from app.files import written_in_full
from ui import domain_labels as dl

MIN_ZOOM, MAX_ZOOM = 0.25, 6.0


def _font(size: float, bold: bool) -> QFont:
    font = QFont()
    # Scene units are points of the layout; a pixel size keeps text and boxes in proportion.
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def _arrow_head(end: QPointF, start: QPointF, size: float = 5.0) -> QPolygonF:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    return QPolygonF(
        [
            end,
            QPointF(end.x() - ux * size - uy * size * 0.45, end.y() - uy * size + ux * size * 0.45),
            QPointF(end.x() - ux * size + uy * size * 0.45, end.y() - uy * size - ux * size * 0.45),
        ]
    )


def build_scene(chart: FlowChart, scene: QGraphicsScene | None = None) -> QGraphicsScene:
    """Draw `chart` into a (new or cleared) scene."""
    scene = scene or QGraphicsScene()
    scene.clear()
    scene.setBackgroundBrush(QBrush(QColor("#ffffff")))
    for arrow in chart.arrows:
        colour = QColor(RETURN_COLOUR if arrow.kind == "return" else LINE_COLOUR)
        pen = QPen(colour, 1.0)
        if arrow.kind == "note":
            pen.setStyle(Qt.PenStyle.DashLine)
        path = QPainterPath(QPointF(*arrow.points[0]))
        for point in arrow.points[1:]:
            path.lineTo(QPointF(*point))
        scene.addPath(path, pen)
        if arrow.kind != "note":
            head = _arrow_head(QPointF(*arrow.points[-1]), QPointF(*arrow.points[-2]))
            scene.addPolygon(head, QPen(colour, 0.5), QBrush(colour))
    for box in chart.boxes:
        r = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
        if box.kind == "note":
            stroke = RISK_COLOURS.get(box.level or "", LINE_COLOUR)
            fill = RISK_FILLS.get(box.level or "", STEP_FILL)
        elif box.kind == "terminal":
            stroke, fill = LINE_COLOUR, TERMINAL_FILL
        else:
            stroke = COLLECTIVE_COLOUR if box.collective else LINE_COLOUR
            fill = EXCLUDED_FILL if box.clock_excluded else STEP_FILL
        pen = QPen(QColor(stroke), 1.2 if box.kind == "step" else 0.8)
        if box.kind == "step" and box.clock_excluded:
            pen.setStyle(Qt.PenStyle.DashLine)
        path = QPainterPath()
        radius = r.height() / 2 if box.kind == "terminal" else 3.0
        path.addRoundedRect(r, radius, radius)
        item = scene.addPath(path, pen, QBrush(QColor(fill)))
        item.setToolTip(box.code)
        if box.kind == "step" and box.collective:
            inner = QPainterPath()
            inner.addRoundedRect(r.adjusted(2.5, 2.5, -2.5, -2.5), 2, 2)
            scene.addPath(inner, QPen(QColor(stroke), 0.8))
        if box.kind == "step" and box.level:
            scene.addRect(
                QRectF(r.right() - 5, r.top() + 1, 4, r.height() - 2),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(RISK_COLOURS[box.level])),
            )
        for text in box.texts:
            _add_text(scene, text)
    for text in chart.texts:
        _add_text(scene, text)
    scene.setSceneRect(QRectF(0, 0, chart.width, chart.height))
    return scene


def _add_text(scene: QGraphicsScene, text: TextItem) -> None:
    item = scene.addSimpleText(text.text, _font(text.size, text.bold))
    item.setBrush(QBrush(QColor(text.colour)))
    # Centre the glyphs in the layout's line box (1.35 em).
    item.setPos(text.x, text.y + (text.size * 1.35 - item.boundingRect().height()) / 2)


class FlowChartView(QWidget):
    """The chart with zoom buttons (and Ctrl + mouse wheel) and export to PNG / PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: FlowChart | None = None
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.wheelEvent = self._wheel  # type: ignore[method-assign]
        self.empty = QLabel(self.tr("本制度没有办理环节，无流程图。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        self.zoom_label = QLabel()
        buttons = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("放大"), self.tr("放大（Ctrl+滚轮）"), lambda: self.zoom_by(1.25)),
            (self.tr("缩小"), self.tr("缩小（Ctrl+滚轮）"), lambda: self.zoom_by(0.8)),
            (self.tr("原始大小"), self.tr("按 100% 显示"), self.reset_zoom),
            (self.tr("适合窗口"), self.tr("整张图缩放到窗口内"), self.fit),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.zoom_label)
        buttons.addStretch(1)
        self.export_png_button = QPushButton(self.tr("导出PNG…"))
        self.export_png_button.clicked.connect(self._ask_png)
        self.export_pdf_button = QPushButton(self.tr("导出PDF…"))
        self.export_pdf_button.clicked.connect(self._ask_pdf)
        buttons.addWidget(self.export_png_button)
        buttons.addWidget(self.export_pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.zoom = 1.0
        self.set_chart(None)

    def set_chart(self, chart: FlowChart | None) -> None:
        self.chart = chart
        has_chart = chart is not None and bool(chart.boxes)
        if has_chart:
            assert chart is not None
            build_scene(chart, self.scene)
        else:
            self.scene.clear()
        self.view.setVisible(has_chart)
        self.empty.setVisible(not has_chart)
        for button in (self.export_png_button, self.export_pdf_button):
            button.setEnabled(has_chart)
        self.reset_zoom()

    def _apply_zoom(self) -> None:
        self.view.resetTransform()
        self.view.scale(self.zoom, self.zoom)
        self.zoom_label.setText(f"{self.zoom:.0%}")

    def zoom_by(self, factor: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        self._apply_zoom()

    def reset_zoom(self) -> None:
        # The layout is in points; show it at the size it would have on paper.
        self.zoom = self.logicalDpiX() / 72.0
        self._apply_zoom()

    def fit(self) -> None:
        if self.chart is None or not self.chart.width:
            return
        viewport = self.view.viewport().size()
        self.zoom = min(
            MAX_ZOOM,
            max(MIN_ZOOM, min(viewport.width() / self.chart.width, viewport.height() / self.chart.height)),
        )
        self._apply_zoom()

    def _wheel(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            QGraphicsView.wheelEvent(self.view, event)

    def export_png(self, path: Path, scale: float = 3.0) -> None:
        if self.chart is None:
            return
        rect = self.scene.sceneRect()
        image = QImage(round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
        painter.end()
        with written_in_full(path) as partial:
            if not image.save(str(partial), "PNG"):
                raise OSError(errno.EIO, "cannot save the PNG image")

    def export_pdf(self, path: Path) -> None:
        if self.chart is None:
            return
        rect = self.scene.sceneRect()
        with written_in_full(path) as partial:
            writer = QPdfWriter(str(partial))
            writer.setTitle(self.tr("工作流程图 %1").replace("%1", self.chart.code))
            writer.setCreator(self.tr("阳光办件"))
            writer.setResolution(300)
            writer.setPageSize(QPageSize(QSizeF(rect.width(), rect.height()), QPageSize.Unit.Point))
            writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
            painter = QPainter(writer)
            if not painter.isActive():  # (Qt says nothing when the file cannot be opened)
                raise OSError(errno.EIO, "cannot open the PDF file")
            self.scene.render(painter, QRectF(0, 0, writer.width(), writer.height()), rect)
            painter.end()
            del painter, writer  # the file is complete once the writer is gone

    def _ask_png(self) -> None:
        self._ask_export(self.tr("导出流程图为PNG"), self.tr("PNG 图片 (*.png)"), ".png", self.export_png)

    def _ask_pdf(self) -> None:
        self._ask_export(self.tr("导出流程图为PDF"), self.tr("PDF 文件 (*.pdf)"), ".pdf", self.export_pdf)

    def _ask_export(self, title: str, file_filter: str, suffix: str, export) -> None:  # type: ignore[no-untyped-def]
        if self.chart is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, title, self.tr("%1 工作流程图").replace("%1", self.chart.code) + suffix, file_filter
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        try:
            export(path)
        except DomainError as exc:
            QMessageBox.warning(self, title, dl.message(exc.message))
