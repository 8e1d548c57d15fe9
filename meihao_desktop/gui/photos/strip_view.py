"""The list of thumbnails in a strip: one row of icons with captions under them.

A ``QListView`` in icon mode that does not wrap, scrolls sideways with the ordinary
mouse wheel (a strip has nothing to scroll up or down), and, when there is no photo,
says how to add one in the empty space.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QWidget

CAPTION_LINES = 2


class PhotoListView(QListView):
    def __init__(self, side: int, parent: QWidget | None = None, *, wrapping: bool = False) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(wrapping)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Only the first row's size is asked for: cheap layout for hundreds of photos.
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setIconSize(QSize(side, side))
        line = self.fontMetrics().lineSpacing()
        self.setGridSize(QSize(side + 16, side + CAPTION_LINES * line + 14))
        if not wrapping:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            self.setFixedHeight(self.gridSize().height() + scrollbar + 2 * self.frameWidth() + 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            # Not handed on: the editor around the strip would clear the item's score.
            event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.isWrapping() or event.angleDelta().x() != 0:
            super().wheelEvent(event)
            return
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - event.angleDelta().y())
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(12, 0, -12, 0), flags, self.empty_text)
            painter.end()
