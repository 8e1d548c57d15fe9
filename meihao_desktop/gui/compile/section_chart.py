"""A horizontal bar chart of one community's sections, painted with QPainter.

Each bar is a section's compiled score as a percent of the section's weight, so that a
20-point and a 40-point section compare at a glance; a tick on the bar marks each
inspector's own percent, showing where the inspectors disagree. (QtCharts is not part
of PySide6-Essentials, and a few bars do not need it.)
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_COLOUR = QColor("#4a7fc1")
LOW_COLOUR = QColor("#d48806")  # a section under LOW_PERCENT stands out
LOW_PERCENT = 70.0
MARK_COLOUR = QColor("#1f1f1f")
GRID_COLOUR = QColor("#d9d9d9")
MARGIN = 8
BAR_GAP = 6


@dataclass(frozen=True)
class ChartBar:
    label: str  # short, drawn left of the bar ("1 党建引领")
    title: str  # in full, for the tooltip
    percent: float | None  # compiled score ÷ weight × 100; None: no score
    marks: tuple[float, ...] = ()  # each inspector's percent


class SectionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionChart")
        self._bars: list[ChartBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(80)
        self.setAccessibleName(self.tr("Section scores as percent of each section's weight"))

    def set_bars(self, bars: list[ChartBar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{bar.title}: {_percent_text(bar.percent)}" for bar in self._bars)
        )
        self.updateGeometry()
        self.update()

    def values(self) -> list[tuple[str, float | None]]:
        """(title, percent) of each bar, in order: what the chart shows."""
        return [(bar.title, bar.percent) for bar in self._bars]

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        axis = self.fontMetrics().height() + 4
        return QSize(360, 2 * MARGIN + rows * (self._row_height() + BAR_GAP) + axis)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 80)

    # -- painting --------------------------------------------------------------------

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        return min(widest + MARGIN, self.width() // 3)

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        value_width = metrics.horizontalAdvance("100.0%") + MARGIN
        left = MARGIN + self._label_width()
        axis = metrics.height() + 4
        return QRectF(
            left,
            MARGIN,
            max(self.width() - left - value_width - MARGIN, 10),
            max(self.height() - 2 * MARGIN - axis, 10),
        )

    def bar_rect(self, index: int) -> QRectF:
        plot = self._plot_rect()
        height = self._row_height()
        top = plot.top() + index * (height + BAR_GAP)
        return QRectF(plot.left(), top, plot.width(), height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No scores yet"))
            return
        self._paint_grid(painter)
        for index, bar in enumerate(self._bars):
            self._paint_bar(painter, index, bar)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        plot = self._plot_rect()
        metrics = QFontMetrics(self.font())
        bottom = self.bar_rect(len(self._bars) - 1).bottom()
        for percent in (0, 25, 50, 75, 100):
            x = plot.left() + plot.width() * percent / 100
            painter.setPen(QPen(GRID_COLOUR, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom))
            text = f"{percent}%"
            painter.setPen(self.palette().text().color())
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, bottom + metrics.ascent() + 2), text)

    def _paint_bar(self, painter: QPainter, index: int, bar: ChartBar) -> None:
        row = self.bar_rect(index)
        metrics = QFontMetrics(self.font())
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self._label_width())
        text_colour = self.palette().text().color()
        painter.setPen(text_colour)
        label_rect = QRectF(MARGIN, row.top(), self._label_width(), row.height())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, label)
        if bar.percent is not None:
            width = row.width() * min(max(bar.percent, 0.0), 100.0) / 100
            colour = LOW_COLOUR if bar.percent < LOW_PERCENT else BAR_COLOUR
            painter.fillRect(QRectF(row.left(), row.top() + 2, width, row.height() - 4), colour)
        painter.setPen(QPen(MARK_COLOUR, 2))
        for mark in bar.marks:
            x = row.left() + row.width() * min(max(mark, 0.0), 100.0) / 100
            painter.drawLine(QPointF(x, row.top()), QPointF(x, row.bottom()))
        painter.setPen(text_colour)
        value_rect = QRectF(row.right() + 4, row.top(), self.width() - row.right(), row.height())
        painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, _percent_text(bar.percent))

    # -- tooltips --------------------------------------------------------------------

    def bar_at(self, y: float) -> int | None:
        for index in range(len(self._bars)):
            rect = self.bar_rect(index)
            if rect.top() <= y <= rect.bottom():
                return index
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos().y())
            if index is None:
                QToolTip.hideText()
            else:
                bar = self._bars[index]
                marks = "、".join(_percent_text(mark) for mark in bar.marks)
                text = self.tr("{title}: {percent}\nInspectors: {marks}").format(
                    title=bar.title, percent=_percent_text(bar.percent), marks=marks or "—"
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)


def _percent_text(percent: float | None) -> str:
    return "—" if percent is None else f"{percent:.1f}%"
