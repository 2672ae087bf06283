"""Draw the application icon (a sun over a document) into sunlight.png and sunlight.ico with
QPainter, so the packaging needs no binary assets in the repository.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

HERE = Path(__file__).resolve().parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    # the document
    p.setPen(QPen(QColor("#8a1c1c"), max(1.0, 6 * s)))
    p.setBrush(QBrush(QColor("#fffaf0")))
    p.drawRoundedRect(QRectF(48 * s, 40 * s, 160 * s, 196 * s), 14 * s, 14 * s)
    p.setPen(QPen(QColor("#b0a89a"), max(1.0, 8 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (170, 196, 218):
        p.drawLine(QPointF(76 * s, y * s), QPointF(180 * s, y * s))
    # the sun with its rays
    centre = QPointF(128 * s, 104 * s)
    p.setPen(QPen(QColor("#e8a200"), max(1.0, 10 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    import math

    for k in range(12):
        a = k * math.pi / 6
        p.drawLine(
            QPointF(centre.x() + math.cos(a) * 50 * s, centre.y() + math.sin(a) * 50 * s),
            QPointF(centre.x() + math.cos(a) * 66 * s, centre.y() + math.sin(a) * 66 * s),
        )
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#d62f1f")))
    p.drawEllipse(centre, 38 * s, 38 * s)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    draw(256).save(str(HERE / "sunlight.png"), "PNG")
    # Qt writes .ico with the sizes of the image given; Windows picks the 256 px entry and scales.
    if not draw(256).save(str(HERE / "sunlight.ico"), "ICO"):
        print("ICO writer unavailable; sunlight.ico not written", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
