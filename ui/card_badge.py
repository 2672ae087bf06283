"""The card badge (状态牌): colour *and* text — 正常 / 黄牌 / 红牌 — plus 暂定 for a provisional due
date and a pause mark for a suspended clock. A delegate for tables and a label for the case view.

The badge only shows what app.clock computed; it decides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.clock import card_label
from ui import domain_labels as dl

# Custom model role carrying a BadgeData for the delegate.
BADGE_ROLE = int(Qt.ItemDataRole.UserRole) + 40

CARD_COLOURS: dict[str, tuple[str, str]] = {  # background, text
    "green": ("#2e7d4f", "#ffffff"),
    "yellow": ("#f2c318", "#1a1a1a"),
    "red": ("#c62828", "#ffffff"),
}


@dataclass(frozen=True)
class BadgeData:
    card: str | None  # green | yellow | red | None (clock not started or stopped)
    remaining: str = ""  # e.g. 剩余 3 个工作日
    provisional: bool = False
    suspended: bool = False
    explanation: str = ""  # the hover text

    @property
    def text(self) -> str:
        """正常 / 黄牌 · 暂定 / 红牌 ⏸ — readable without colour."""
        text = dl.label(card_label(self.card))
        if not text:
            return ""
        if self.provisional:
            text += " " + QCoreApplication.translate("CardBadge", "· 暂定")
        if self.suspended:
            text += " " + QCoreApplication.translate("CardBadge", "· 暂停")
        return text

    @property
    def tooltip(self) -> str:
        lines = [line for line in (self.text, self.remaining, self.explanation) if line]
        if self.provisional:
            lines.append(
                QCoreApplication.translate("CardBadge", "期限涉及尚未录入节假日安排的年度，为暂定日期。")
            )
        if self.suspended:
            lines.append(QCoreApplication.translate("CardBadge", "暂停计时中。"))
        return "\n".join(lines)


def paint_badge(painter: QPainter, rect: QRect, data: BadgeData, palette: QPalette) -> None:
    """A rounded pill with the card's colour and text, centred in `rect`."""
    text = data.text
    if not text:
        return
    background, foreground = CARD_COLOURS.get(data.card or "", ("", ""))
    metrics = painter.fontMetrics()
    width = min(rect.width() - 4, metrics.horizontalAdvance(text) + metrics.height())
    height = min(rect.height() - 4, metrics.height() + 4)
    pill = QRect(0, 0, width, height)
    pill.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(background) if background else palette.button())
    painter.drawRoundedRect(pill, height / 2, height / 2)
    if data.provisional:
        # A dashed outline also tells "provisional" apart without reading the text.
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setColor(palette.color(QPalette.ColorRole.WindowText))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), height / 2, height / 2)
    painter.setPen(QColor(foreground) if foreground else palette.color(QPalette.ColorRole.ButtonText))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _badge_of(index: QModelIndex | QPersistentModelIndex) -> BadgeData | None:
    value = index.data(BADGE_ROLE)
    return value if isinstance(value, BadgeData) else None


class CardBadgeDelegate(QStyledItemDelegate):
    """Paints the BadgeData a model returns for BADGE_ROLE; other cells are drawn as usual."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        data = _badge_of(index)
        if data is None:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            # The selection and focus background, without the text.
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""  # type: ignore[attr-defined]
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        paint_badge(painter, option.rect, data, option.palette)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        data = _badge_of(index)
        if data is None:
            return super().sizeHint(option, index)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        return QSize(metrics.horizontalAdvance(data.text) + metrics.height() + 8, metrics.height() + 8)

    def helpEvent(self, event, view, option, index):  # type: ignore[no-untyped-def]
        data = _badge_of(index)
        if data is not None and data.tooltip:
            from PySide6.QtWidgets import QToolTip

            QToolTip.showText(event.globalPos(), data.tooltip, view)
            return True
        return super().helpEvent(event, view, option, index)


class CardBadge(QLabel):
    """The badge as a widget (case view header); the explanation is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = BadgeData(None)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("状态牌"))

    def set_badge(self, data: BadgeData) -> None:
        self._data = data
        self.setText(data.text)
        self.setToolTip(data.tooltip)
        self.setAccessibleDescription(data.tooltip)
        self.setVisible(bool(data.text))
        self.updateGeometry()
        self.update()

    @property
    def badge(self) -> BadgeData:
        return self._data

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._data.text) + metrics.height() + 8, metrics.height() + 8)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        paint_badge(painter, self.rect(), self._data, self.palette())
        painter.end()
