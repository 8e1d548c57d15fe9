"""Showing a transparent image (the seal) on a checkerboard, so its transparency shows."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

SQUARE = 10
LIGHT, DARK = QColor("#ffffff"), QColor("#d9d9d9")


def checkerboard(size: QSize) -> QPixmap:
    tile = QPixmap(2 * SQUARE, 2 * SQUARE)
    tile.fill(LIGHT)
    painter = QPainter(tile)
    painter.fillRect(0, 0, SQUARE, SQUARE, DARK)
    painter.fillRect(SQUARE, SQUARE, SQUARE, SQUARE, DARK)
    painter.end()
    board = QPixmap(size)
    painter = QPainter(board)
    painter.drawTiledPixmap(board.rect(), tile)
    painter.end()
    return board


class SealPreview(QWidget):
    """``set_image`` shows an image (decoded elsewhere) scaled to fit; None shows a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealPreview")
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pixmap: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def set_image(self, image: QImage | None) -> None:
        self._pixmap = None if image is None or image.isNull() else QPixmap.fromImage(image)
        self.update()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, checkerboard(self.size()))
        if self._pixmap is None:
            painter.setPen(QColor("#595959"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("(no seal)"))
            painter.end()
            return
        area = self.rect().adjusted(12, 12, -12, -12)
        size = self._pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if self._pixmap.width() <= area.width() and self._pixmap.height() <= area.height():
            size = self._pixmap.size()  # never enlarged: a small seal stays sharp
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(area.center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self._pixmap)
        painter.end()
