"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 lost a reference to None on
every void call, which on Python 3.11 aborts the interpreter after enough painting (print preview)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QPainterPath


def test_void_calls_keep_the_reference_count_of_none(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    path = QPainterPath()
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            path.addRect(QRectF(0, 0, 1, 1))
            painter.drawRect(QRectF(0, 0, 1, 1))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after - before > -100, f"None lost {before - after} references in 2000 void calls"
