"""The section chart paints (with and without bars), exposes its values and finds the
bar under the mouse for its tooltip."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.compile.section_chart import BAR_COLOUR, LOW_COLOUR, ChartBar, SectionChart


def test_the_chart_paints_its_bars_and_exposes_them(qtbot: QtBot) -> None:
    chart = SectionChart()
    qtbot.addWidget(chart)
    chart.resize(420, 200)
    assert not chart.grab().isNull()  # nothing to show yet
    chart.set_bars(
        [
            ChartBar("1 党建", "1 党建引领机制完善", 90.0, (85.0, 95.0)),
            ChartBar("2 业委会", "2 业主委员会运行规范", 50.0, (40.0, 60.0)),
            ChartBar("3 物业", "3 物业管理服务规范高效", None),
        ]
    )
    assert chart.values() == [
        ("1 党建引领机制完善", 90.0),
        ("2 业主委员会运行规范", 50.0),
        ("3 物业管理服务规范高效", None),
    ]
    assert "90.0%" in chart.accessibleDescription()
    image = chart.grab().toImage()
    first, second = chart.bar_rect(0), chart.bar_rect(1)
    # Sample left of the first inspector's mark, inside each bar.
    x = int(first.left() + first.width() * 0.2)
    assert QColor(image.pixel(x, int(first.center().y()))) == BAR_COLOUR
    assert QColor(image.pixel(x, int(second.center().y()))) == LOW_COLOUR
    assert chart.bar_at(first.center().y()) == 0
    assert chart.bar_at(second.center().y()) == 1
    assert chart.bar_at(-5) is None
