"""The signature pad: a handwritten signature drawn with a mouse, touchpad, finger or pen.

Each stroke is kept as points with a width: constant for a mouse, from the pressure for
a pen that reports it. Strokes are drawn smoothed (quadratic curves through the
midpoints of successive points), on screen and in the PNG alike. ``render_signature``
turns strokes into a transparent PNG, cropped to the ink, at twice the screen's
resolution; it uses only ``QImage``, so it may run on a worker thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QInputDevice,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1b2a4a")  # the blue-black of a fountain pen on official forms
PAPER = QColor("#fffdf7")
GUIDE = QColor("#c9c2b0")
MOUSE_WIDTH = 2.6  # logical pixels
PEN_WIDTHS = (1.2, 4.8)  # lightest and hardest pressure
PNG_SCALE = 2.0
PNG_MARGIN = 6.0  # logical pixels of clear space around the ink


@dataclass(frozen=True)
class InkPoint:
    x: float
    y: float
    width: float


Stroke = tuple[InkPoint, ...]


def _mid(a: InkPoint, b: InkPoint) -> QPointF:
    return QPointF((a.x + b.x) / 2, (a.y + b.y) / 2)


def _pen(width: float) -> QPen:
    pen = QPen(INK, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_stroke(painter: QPainter, stroke: Stroke) -> None:
    """One stroke, smoothed: from midpoint to midpoint, each point a curve's control.

    Each piece takes the width of its control point, so pressure shows along the line.
    Pieces of the same width are drawn as one path: separate, overlapping round caps
    would darken where the pen slowed down.
    """
    if not stroke:
        return
    first = stroke[0]
    if len(stroke) == 1:  # a tap: a dot
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(QPointF(first.x, first.y), first.width / 2, first.width / 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    start = QPointF(first.x, first.y)
    path, width = QPainterPath(start), _step(stroke[1].width)
    for index in range(1, len(stroke)):
        point = stroke[index]
        last = index == len(stroke) - 1
        end = QPointF(point.x, point.y) if last else _mid(point, stroke[index + 1])
        if _step(point.width) != width:
            painter.setPen(_pen(width))
            painter.drawPath(path)
            path, width = QPainterPath(start), _step(point.width)
        path.quadTo(QPointF(point.x, point.y), end)
        start = end
    painter.setPen(_pen(width))
    painter.drawPath(path)


def _step(width: float) -> float:
    """Widths in steps of a quarter pixel: finer changes are not seen, only paid for."""
    return round(width * 4) / 4


def ink_bounds(strokes: Sequence[Stroke]) -> QRectF:
    """The rectangle the ink covers (with the pen's width), empty without ink."""
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return QRectF()
    reach = max(p.width for p in points) / 2
    left, top = min(p.x for p in points) - reach, min(p.y for p in points) - reach
    right, bottom = max(p.x for p in points) + reach, max(p.y for p in points) + reach
    return QRectF(left, top, right - left, bottom - top)


def render_signature(
    strokes: Sequence[Stroke], scale: float = PNG_SCALE, margin: float = PNG_MARGIN
) -> bytes | None:
    """The strokes as a transparent PNG, cropped to the ink plus ``margin``; None if blank.

    Thread-safe (``QImage`` only): call it from a job.
    """
    if not any(strokes):
        return None
    area = ink_bounds(strokes).adjusted(-margin, -margin, margin, margin)
    size = QSize(math.ceil(area.width() * scale), math.ceil(area.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-area.topLeft())
    for stroke in strokes:
        draw_stroke(painter, stroke)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format; PySide6 itself accepts only str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class SignaturePad(QWidget):
    """A surface to sign on. ``strokes()`` is what was drawn; ``changed`` after each edit.

    ``undo_action`` (Ctrl+Z while the pad's window is active and no text box claims the
    key) removes the last stroke; ``clear_action`` removes them all.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self._strokes: list[Stroke] = []
        self._current: list[InkPoint] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Signature pad"))
        self.undo_action = self._action("undoStrokeAction", self.tr("Undo stroke"), "Ctrl+Z")
        self.undo_action.triggered.connect(self.undo_stroke)
        self.clear_action = self._action("clearSignatureAction", self.tr("Clear"), "")
        self.clear_action.triggered.connect(self.clear)
        self._update_actions()

    def _action(self, name: str, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{text} ({keys})")
        self.addAction(action)
        return action

    def sizeHint(self) -> QSize:
        return QSize(560, 200)

    # -- what was drawn --------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def to_png(self) -> bytes | None:
        """The signature as PNG bytes (see ``render_signature``); None if nothing drawn."""
        return render_signature(self._strokes)

    def add_stroke(self, points: Sequence[tuple[float, float]], width: float = MOUSE_WIDTH) -> None:
        """Add a stroke through ``points`` (pad coordinates), as if drawn with a mouse."""
        stroke = tuple(InkPoint(x, y, width) for x, y in points)
        if stroke:
            self._strokes.append(stroke)
            self._edited()

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._edited()

    def clear(self) -> None:
        if self._strokes or self._current:
            self._strokes.clear()
            self._current = None
            self._edited()

    def _edited(self) -> None:
        self._update_actions()
        self.update()
        self.changed.emit()

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(bool(self._strokes))
        self.clear_action.setEnabled(bool(self._strokes))

    # -- drawing ---------------------------------------------------------------------

    def _begin(self, point: InkPoint) -> None:
        self._current = [point]
        self.update()

    def _extend(self, point: InkPoint) -> None:
        if self._current is None:
            return
        last = self._current[-1]
        if abs(last.x - point.x) + abs(last.y - point.y) >= 0.75:  # ignore jitter
            self._current.append(point)
            self.update()

    def _finish(self) -> None:
        if self._current:
            self._strokes.append(tuple(self._current))
            self._current = None
            self._edited()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            position = event.position()
            self._begin(InkPoint(position.x(), position.y(), MOUSE_WIDTH))
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        self._extend(InkPoint(position.x(), position.y(), MOUSE_WIDTH))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._finish()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so that Qt does not also send the same movement as mouse events.
        position = event.position()
        point = InkPoint(position.x(), position.y(), self._pen_width(event))
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(point)
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(point)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._finish()
        event.accept()

    @staticmethod
    def _pen_width(event: QTabletEvent) -> float:
        device = event.pointingDevice()
        has_pressure = device is not None and bool(
            device.capabilities() & QInputDevice.Capability.Pressure
        )
        if not has_pressure:
            return MOUSE_WIDTH
        lightest, hardest = PEN_WIDTHS
        return lightest + (hardest - lightest) * max(0.0, min(1.0, event.pressure()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), PAPER)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        baseline = self.height() * 0.72
        painter.setPen(QPen(GUIDE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        if not self._strokes and not self._current:
            painter.drawText(
                QRectF(0, 0, self.width(), baseline - 6),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Sign here"),
            )
        for stroke in self._strokes:
            draw_stroke(painter, stroke)
        if self._current:
            draw_stroke(painter, tuple(self._current))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()
