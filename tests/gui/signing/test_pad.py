"""The signature pad: strokes drawn with the mouse or a pen become a clean transparent PNG."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.signing.pad import INK, PNG_SCALE, SignaturePad, render_signature
from tests.gui.signing.conftest import ZIGZAG, draw_stroke


def make_pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(560, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def image_of(png: bytes | None) -> QImage:
    assert png is not None
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def ink_pixels(image: QImage) -> list[tuple[int, int, int, int]]:
    found = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                found.append((colour.red(), colour.green(), colour.blue(), colour.alpha()))
    return found


def test_mouse_strokes_make_a_transparent_png_cropped_to_the_ink(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    assert pad.to_png() is None
    draw_stroke(pad, ZIGZAG)
    draw_stroke(pad, [(100, 150), (200, 152), (300, 149)])
    assert len(pad.strokes()) == 2
    image = image_of(pad.to_png())
    # Cropped: the ink spans about 260 × 115 pixels of the 560 × 200 pad, at twice the size.
    assert image.width() < 560 * PNG_SCALE * 0.6
    assert image.height() < 200 * PNG_SCALE * 0.8
    for x, y in [(0, 0), (image.width() - 1, 0), (0, image.height() - 1)]:
        assert image.pixelColor(x, y).alpha() == 0
    ink = ink_pixels(image)
    assert len(ink) > 100
    red, green, blue, _alpha = ink[len(ink) // 2]
    assert abs(red - INK.red()) < 12
    assert abs(green - INK.green()) < 12
    assert abs(blue - INK.blue()) < 12


def test_undo_removes_the_last_stroke_and_clear_removes_all(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw_stroke(pad, ZIGZAG)
    one_stroke = image_of(pad.to_png())
    draw_stroke(pad, [(60, 170), (500, 170)])
    assert len(pad.strokes()) == 2
    pad.activateWindow()
    qtbot.waitUntil(pad.isActiveWindow)
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 1
    assert image_of(pad.to_png()).size() == one_stroke.size()
    pad.clear_action.trigger()
    assert pad.is_empty()
    assert pad.to_png() is None
    assert not pad.undo_action.isEnabled()


def send_tablet(
    pad: SignaturePad, device: QPointingDevice, kind: QTabletEvent.Type, x: float, pressure: float
) -> None:
    position = QPointF(x, 80)
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QTabletEvent.Type.TabletRelease
        else (Qt.MouseButton.LeftButton)
    )
    event = QTabletEvent(
        kind,
        device,
        position,
        pad.mapToGlobal(position),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    QApplication.sendEvent(pad, event)


def test_pen_pressure_sets_the_stroke_width(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    device = QPointingDevice(
        "test pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )
    for pressure in (0.1, 1.0):
        send_tablet(pad, device, QTabletEvent.Type.TabletPress, 40, pressure)
        for x in range(50, 300, 10):
            send_tablet(pad, device, QTabletEvent.Type.TabletMove, x, pressure)
        send_tablet(pad, device, QTabletEvent.Type.TabletRelease, 300, pressure)
    light, hard = pad.strokes()
    assert max(p.width for p in light) < min(p.width for p in hard)
    # A stroke as wide as the hard one takes more room in the PNG than the light one.
    assert (
        image_of(render_signature([hard])).height() > image_of(render_signature([light])).height()
    )
