"""The coloured markers of the standard's tree: one small painted dot per state.

Painted rather than shipped as image files: they are plain shapes, and colour is always
paired with text in the tree (score, "N/A", "failed"), so nobody depends on colour alone.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


class Marker(StrEnum):
    UNSCORED = "unscored"
    SCORED = "scored"
    LOW = "low"  # scored, below 60 % of the maximum
    NA = "na"
    PASSED = "passed"
    FAILED = "failed"
    UNCHECKED = "unchecked"


COLOURS = {
    Marker.UNSCORED: "#9e9e9e",
    Marker.SCORED: "#2e7d32",
    Marker.LOW: "#ef6c00",
    Marker.NA: "#5c7cfa",
    Marker.PASSED: "#2e7d32",
    Marker.FAILED: "#c62828",
    Marker.UNCHECKED: "#9e9e9e",
}
HOLLOW = (Marker.UNSCORED, Marker.UNCHECKED)
PROBLEM_COLOUR = "#c62828"
SIZE = 14


def _paint(marker: Marker) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[marker])
    painter.setPen(QPen(colour, 1.6))
    if marker in HOLLOW:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(colour)
    painter.drawEllipse(QRectF(2, 2, SIZE - 4, SIZE - 4))
    painter.end()
    return QIcon(pixmap)


class MarkerIcons:
    """Painted once per model (icons need a running QGuiApplication)."""

    def __init__(self) -> None:
        self._icons: dict[Marker, QIcon] = {}

    def icon(self, marker: Marker) -> QIcon:
        if marker not in self._icons:
            self._icons[marker] = _paint(marker)
        return self._icons[marker]
