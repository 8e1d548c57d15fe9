"""One photo large: the display copy (≤ 1600 px, upright) with zoom and next/previous.

Keys: Left/Right or PgUp/PgDn for the previous/next photo, + and - (or Ctrl+wheel) to
zoom, 0 to fit the window, 1 for 100 %, Esc to close. Under the picture: caption, item,
when it was taken, camera, GPS. The file is read on a worker thread; until it arrives
the dialog says so, and a key pressed meanwhile is never lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.gui.photos.images import ImageLoader
from meihao_desktop.gui.photos.model import PhotoEntry

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class _ZoomingView(QGraphicsView):
    """Ctrl+wheel asks for zoom; the plain wheel scrolls as usual."""

    zoomRequested = Signal(int)  # +1 in, -1 out

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomRequested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class PhotoViewer(QDialog):
    def __init__(
        self, entries: Sequence[PhotoEntry], row: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(self.tr("Photo"))
        self.entries = list(entries)
        self.row = -1
        self.zoom = 1.0
        self.fitting = True
        self.loaded_path = ""  # the display copy now shown ("" while reading)
        self._loader = ImageLoader(self, threads=1)
        self._loader.loaded.connect(self._show_image)
        self.scene = QGraphicsScene(self)
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.picture)
        self.view = _ZoomingView(self.scene, self)
        self.view.setObjectName("photoView")
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.zoomRequested.connect(self.zoom_by_steps)
        self.view.setBackgroundBrush(QColor("#3a3a3a"))  # photos read best on dark grey
        self._build_layout()
        self._build_actions()
        self.resize(1000, 760)
        self.show_photo(row)

    def _build_layout(self) -> None:
        self.message_label = QLabel(self)
        self.message_label.setObjectName("photoViewerMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("photoInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position_label = QLabel(self)
        self.zoom_label = QLabel(self)
        buttons = QHBoxLayout()
        for text, tip, slot in [
            (self.tr("Previous"), "← / PgUp", self.previous),
            (self.tr("Next"), "→ / PgDn", self.next),
            (self.tr("Fit"), "0", self.fit),
            ("100%", "1", self.actual_size),
        ]:
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the view
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addWidget(self.position_label)
        buttons.addStretch(1)
        buttons.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.info_label)
        layout.addLayout(buttons)

    def _build_actions(self) -> None:
        for keys, slot in [
            (["Left", "PgUp"], self.previous),
            (["Right", "PgDown"], self.next),
            (["+", "=", "Ctrl++"], lambda: self.zoom_by_steps(1)),
            (["-", "Ctrl+-"], lambda: self.zoom_by_steps(-1)),
            (["0"], self.fit),
            (["1"], self.actual_size),
        ]:
            action = QAction(self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)

    # -- which photo -----------------------------------------------------------------

    @property
    def entry(self) -> PhotoEntry:
        return self.entries[self.row]

    def show_photo(self, row: int) -> None:
        if not 0 <= row < len(self.entries) or row == self.row:
            return
        self.row = row
        self.loaded_path = ""
        self.picture.setPixmap(QPixmap())
        self.message_label.setText(self.tr("Loading…"))
        self.message_label.show()
        self.position_label.setText(f"{row + 1} / {len(self.entries)}")
        self.info_label.setText(self._info_text(self.entry))
        self._loader.drop_pending()
        self._loader.load(self.entry.display)

    def next(self) -> None:
        self.show_photo(self.row + 1)

    def previous(self) -> None:
        self.show_photo(self.row - 1)

    @Slot(str, QImage)
    def _show_image(self, path: str, image: QImage) -> None:
        if path != str(self.entry.display):
            return  # the inspector went on to another photo meanwhile
        if image.isNull():
            self.message_label.setText(self.tr("The photo file is missing or unreadable."))
            return
        self.message_label.hide()
        self.loaded_path = path
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(QRectF(self.picture.boundingRect()))
        if self.fitting:
            self.fit()
        else:
            self._apply_zoom()

    def _info_text(self, entry: PhotoEntry) -> str:
        lines = [entry.caption or self.tr("(no caption)")]
        facts = [entry.original_name]
        if entry.item_code:
            facts.append(self.tr("Item {code}").format(code=entry.item_code))
        if entry.taken_at is not None:
            facts.append(self.tr("Taken {time}").format(time=entry.taken_text))
        if entry.camera:
            facts.append(self.tr("Camera: {camera}").format(camera=entry.camera))
        if entry.gps is not None:
            facts.append(self.tr("GPS: {position}").format(position=entry.gps_text))
        if entry.size is not None:
            facts.append(f"{entry.size[0]}×{entry.size[1]}")
        lines.append(" · ".join(facts))
        return "\n".join(lines)

    # -- zoom ------------------------------------------------------------------------

    @Slot(int)
    def zoom_by_steps(self, steps: int) -> None:
        self.fitting = False
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * ZOOM_STEP**steps))
        self._apply_zoom()

    def actual_size(self) -> None:
        """1: one pixel of the display copy on one pixel of the screen."""
        self.fitting = False
        self.zoom = 1.0 / self.devicePixelRatioF()
        self._apply_zoom()

    def fit(self) -> None:
        """0: the whole photo in the window (never enlarged past 100 %)."""
        self.fitting = True
        rect = self.picture.boundingRect()
        viewport = self.view.viewport().size()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.zoom = min(scale * 0.98, 1.0 / self.devicePixelRatioF())
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        self.view.resetTransform()
        self.view.scale(self.zoom, self.zoom)
        self.zoom_label.setText(f"{round(self.zoom * self.devicePixelRatioF() * 100)} %")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()
