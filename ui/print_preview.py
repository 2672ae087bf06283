"""Print preview of a case document, drawn by the same layout code as the PDF
(app.printing.layout.draw_document) onto a QPainter: the screen preview is a QImage per page, the
paper is a QPrinter, and 另存为 PDF writes the reportlab PDF. One layout, three targets.

(QtPdf is not in every PySide6-Addons wheel — 6.12 for Linux has none — so the PDF is not
rendered back; `QtCanvas` implements the few reportlab canvas calls the layout uses.)

The preview is the 样张 (no verification code, nothing recorded). 打印 and 另存为 PDF record the
printing (app.printing.documents.print_document) and output the recorded document, with its code
and, after the first printing, the 补打 mark.

The case view opens it right after acceptance:
    PrintPreviewDialog(workspace, actor_id, case_number, "receipt", parent).exec()
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.printing.layout import KIND_TITLES, PAGE_HEIGHT, PAGE_WIDTH, DocumentData, draw_document
from app.retry import run_in_transaction
from app.workspace import Workspace
from ui import domain_labels as dl
from ui import preferences as prefs

_family: str | None = None


def _cjk_family() -> str:
    global _family
    if _family is None:
        from app.printing.fonts import registered_font_path

        _family = ""
        path = registered_font_path()
        if path:
            ids = QFontDatabase.addApplicationFont(path)
            families = QFontDatabase.applicationFontFamilies(ids) if ids >= 0 else []
            _family = families[0] if families else ""
    return _family


def _qcolor(colour: Any) -> QColor:
    r, g, b, a = colour.rgba() if hasattr(colour, "rgba") else (*colour.rgb(), 1)
    return QColor.fromRgbF(r, g, b, a)


class _Path:
    def __init__(self) -> None:
        self.path = QPainterPath()

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.path.addRect(QRectF(x, y, w, h))


class QtCanvas:
    """The reportlab canvas calls the layout makes, on a QPainter set up in PDF space (points,
    origin bottom-left, y up). A page is started lazily at its first drawing, so the layout's
    final showPage() feeds no blank sheet."""

    def __init__(self, painter: QPainter, scale: float, new_page: Callable[[], None]) -> None:
        self.p = painter
        self.scale = scale
        self._new_page = new_page
        self._pending = False
        self._fill = QColor(Qt.GlobalColor.black)
        self._stroke = QColor(Qt.GlobalColor.black)
        self._width = 1.0
        self._dash: list[float] | None = None
        self._font = QFont(_cjk_family())
        self._setup()

    def _setup(self) -> None:
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.p.resetTransform()
        self.p.scale(self.scale, self.scale)
        self.p.translate(0, PAGE_HEIGHT)
        self.p.scale(1, -1)

    def _begin(self) -> None:
        if self._pending:
            self._pending = False
            self._new_page()
            self._setup()

    # state
    def setFont(self, name: str, size: float) -> None:
        self._font = QFont(_cjk_family())
        self._font.setPointSizeF(size)

    def setFillColor(self, colour: Any) -> None:
        self._fill = _qcolor(colour)

    def setStrokeColor(self, colour: Any) -> None:
        self._stroke = _qcolor(colour)

    def setLineWidth(self, width: float) -> None:
        self._width = width

    def setDash(self, *args: Any) -> None:
        self._dash = [float(a) for a in args] if args else None

    def _pen(self) -> QPen:
        pen = QPen(self._stroke, self._width)
        if self._dash:
            dash = self._dash * (2 if len(self._dash) == 1 else 1)
            pen.setDashPattern([d / max(self._width, 0.1) for d in dash])
        return pen

    def saveState(self) -> None:
        self.p.save()

    def restoreState(self) -> None:
        self.p.restore()

    def translate(self, x: float, y: float) -> None:
        self.p.translate(x, y)

    def rotate(self, degrees: float) -> None:
        self.p.rotate(degrees)

    # drawing
    def _text(self, x: float, y: float, text: str, anchor: float) -> None:
        self._begin()
        # Font sizes are in points; the painter's unit is the point, so size the font in pixels
        # of a 72-dpi device.
        font = QFont(self._font)
        font.setPixelSize(max(1, round(self._font.pointSizeF() * 8)))
        self.p.save()
        self.p.translate(x, y)
        self.p.scale(1 / 8, -1 / 8)
        self.p.setFont(font)
        self.p.setPen(QPen(self._fill))
        width = QFontMetricsF(font).horizontalAdvance(text) if anchor else 0
        self.p.drawText(QPointF(-width * anchor, 0), text)
        self.p.restore()

    def drawString(self, x: float, y: float, text: str) -> None:
        self._text(x, y, text, 0)

    def drawCentredString(self, x: float, y: float, text: str) -> None:
        self._text(x, y, text, 0.5)

    def drawRightString(self, x: float, y: float, text: str) -> None:
        self._text(x, y, text, 1)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self._begin()
        self.p.setPen(self._pen())
        self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def _shape(self, stroke: int, fill: int) -> None:
        self._begin()
        self.p.setPen(self._pen() if stroke else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(self._fill) if fill else Qt.BrushStyle.NoBrush)

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        self._shape(stroke, fill)
        self.p.drawRect(QRectF(x, y, w, h))

    def circle(self, x: float, y: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        self._shape(stroke, fill)
        self.p.drawEllipse(QPointF(x, y), r, r)

    def drawImage(self, path: str, x: float, y: float, w: float, h: float, **_: Any) -> None:
        self._begin()
        image = QImage(path)
        if image.isNull():
            return
        image = image.scaled(round(w * 4), round(h * 4), Qt.AspectRatioMode.KeepAspectRatio)
        self.p.save()
        self.p.translate(x, y + image.height() / 4)
        self.p.scale(1, -1)
        self.p.drawImage(QRectF(0, 0, image.width() / 4, image.height() / 4), image)
        self.p.restore()

    def beginPath(self) -> _Path:
        return _Path()

    def drawPath(self, path: _Path, stroke: int = 1, fill: int = 0) -> None:
        self._shape(stroke, fill)
        self.p.drawPath(path.path)

    def showPage(self) -> None:
        self._pending = True


def paint_document(data: DocumentData, painter: QPainter, scale: float, new_page: Callable[[], None]) -> None:
    """Draw `data` with `painter` (`scale` device pixels per point); `new_page()` between pages."""
    from app.printing.fonts import register_cjk_font

    draw_document(QtCanvas(painter, scale, new_page), data, register_cjk_font())


def render_pages(data: DocumentData, dpi: float = 96) -> list[QImage]:
    """The document as one image per page (the screen preview)."""
    from app.printing.fonts import register_cjk_font

    register_cjk_font()  # no Chinese font: the error comes before any painting starts
    scale = dpi / 72
    width, height = round(PAGE_WIDTH * scale), round(PAGE_HEIGHT * scale)
    pages: list[QImage] = []
    painter = QPainter()

    def start() -> None:
        if pages:
            painter.end()
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        pages.append(image)
        painter.begin(image)

    start()
    try:
        paint_document(data, painter, scale, start)
    finally:
        # Whatever the layout raised, the painter lets go of its image: an image destroyed while
        # still being painted can bring the whole application down.
        painter.end()
    return pages


def print_pages(data: DocumentData, printer: QPrinter) -> None:
    """Draw the document on the printer (the layout has its own margins: full-page mode)."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        paint_document(data, painter, printer.resolution() / 72, printer.newPage)
    finally:
        painter.end()


class PrintPreviewDialog(QDialog):
    def __init__(
        self, workspace: Workspace, actor_id: int, case_number: str, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor_id = actor_id
        self.case_number = case_number
        self.kind = kind
        self.last_result = None
        self.setWindowTitle(
            self.tr("打印预览 — %1 %2").replace("%1", KIND_TITLES.get(kind, kind)).replace("%2", case_number)
        )
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.view = QScrollArea(self)
        self.view.setWidget(self.pages_widget)
        self.view.setWidgetResizable(True)
        self.view.setBackgroundRole(self.view.backgroundRole().Dark)
        self.data: DocumentData | None = None
        self._page_labels: list[QLabel] = []
        self.page_count = 0
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.print_to_printer)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(860, 900)
        self.load_preview()

    # --- data -----------------------------------------------------------------------------------

    def _actor(self, session):  # type: ignore[no-untyped-def]
        from db.models import User

        return session.get_one(User, self.actor_id)

    def load_preview(self) -> None:
        from app.printing.documents import preview_data, printed_count

        try:
            with self.workspace.reading_sessions() as session:
                actor = self._actor(session)
                data = preview_data(session, actor, self.case_number, self.kind)
                previous = printed_count(session, actor, self.case_number, self.kind)
            self._show(data)  # may find no Chinese font to draw with
        except DomainError as exc:
            self.note.setText(dl.message(exc.message))
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        note = self.tr("样张：打印或保存时登记并生成验证码。")
        if previous:
            note += self.tr(
                "本文书已打印过 %n 次，再次打印将标注“补打”，内容与第一次打印时相同。", "", previous
            )
        self.note.setText(note)

    def _show(self, data: DocumentData) -> None:
        self.data = data
        # Page labels are reused, never deleted and re-created: with PySide6 6.x, deleting the
        # labels of earlier renders made the interpreter crash at exit (none_dealloc).
        images = render_pages(data, dpi=96 * self.devicePixelRatioF())
        while len(self._page_labels) < len(images):
            label = QLabel()
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
            self._page_labels.append(label)
        for n, label in enumerate(self._page_labels):
            if n < len(images):
                pixmap = QPixmap.fromImage(images[n])
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                label.setPixmap(pixmap)
            label.setVisible(n < len(images))
        self.page_count = len(images)

    def record_printing(self, into: str | None = None):  # type: ignore[no-untyped-def]
        """Record one printing, show it and return its result; with `into`, saved as that PDF
        (app.printing.documents: a file that cannot be written leaves no record). None when
        refused or not written; the reason is shown."""
        from app.printing.documents import print_document, print_document_to_file

        number, kind = self.case_number, self.kind
        try:
            if into is None:
                result = run_in_transaction(
                    self.workspace, lambda s: print_document(s, self._actor(s), number, kind)
                )
            else:
                result = print_document_to_file(self.workspace, self._actor, number, kind, into)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("不能打印"), dl.message(exc.message))
            return None
        self.last_result = result
        assert result.data is not None
        self._show(result.data)
        if result.is_reprint:
            text = (
                self.tr("已登记打印（补打第%1次），文书编号 %2，验证码 %3。")
                .replace("%1", str(result.reprint_no))
                .replace("%2", result.document_number)
                .replace("%3", result.verification_code)
            )
        else:
            text = (
                self.tr("已登记打印，文书编号 %1，验证码 %2。")
                .replace("%1", result.document_number)
                .replace("%2", result.verification_code)
            )
        self.note.setText(text)
        return result

    # --- output -----------------------------------------------------------------------------------

    def print_to_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        # This workstation's printer defaults from the settings dialog (ui.preferences).
        default_printer = prefs.PRINTER_NAME.read()
        if default_printer:
            printer.setPrinterName(default_printer)
        printer.setCopyCount(prefs.PRINT_COPIES.read())
        if prefs.PRINT_DUPLEX.read():
            printer.setDuplex(QPrinter.DuplexMode.DuplexAuto)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result = self.record_printing()
        if result is None:
            return
        print_pages(result.data, printer)

    def save_pdf(self) -> None:
        suggested = f"{KIND_TITLES.get(self.kind, self.kind)}_{self.case_number}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), str(Path.home() / suggested), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        return self.record_printing(into=path) is not None


__all__ = ["PrintPreviewDialog", "QtCanvas", "print_pages", "render_pages"]
