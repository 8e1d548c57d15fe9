"""The photo viewer: the display copy read in the background, zoom, next/previous, facts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.photos.strip import PhotoStrip
from meihao_desktop.gui.photos.viewer import PhotoViewer
from meihao_desktop.services import Services
from tests.gui.photos.conftest import ITEM, wait_for_jobs
from tests.media.photo_samples import shared_photos


@pytest.fixture
def viewer(
    qtbot: QtBot, strip: PhotoStrip, context: AppContext, services: Services
) -> Iterator[PhotoViewer]:
    """Two GPS photos and a portrait one, opened on the first."""
    files = sorted(shared_photos("gps").glob("*.jpg"))[:2]
    files.append(shared_photos("orientation") / "portrait_6.jpg")
    strip.import_paths(files)
    wait_for_jobs(qtbot, context)
    first = strip.model.entry(0)
    services.photos.set_caption(first.id, "东门岗亭")
    strip.refresh()
    opened = strip.open_viewer(0)
    assert opened is not None
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: opened.loaded_path == str(opened.entry.display))
    yield opened
    if Shiboken.isValid(opened):  # Esc deletes it (WA_DeleteOnClose)
        opened.close()


def key(qtbot: QtBot, viewer: PhotoViewer, name: Qt.Key) -> None:
    qtbot.keyClick(viewer.view, name)


def test_shows_the_display_copy_and_its_facts(viewer: PhotoViewer) -> None:
    assert not viewer.picture.pixmap().isNull()
    assert viewer.picture.pixmap().width() <= 1600
    info = viewer.info_label.text()
    assert "东门岗亭" in info
    assert ITEM in info
    assert "NIKON" in info.upper()  # camera
    assert "°" in info
    assert "N" in info or "S" in info
    assert viewer.position_label.text() == "1 / 3"


def test_zoom_keys_and_ctrl_wheel(qtbot: QtBot, viewer: PhotoViewer) -> None:
    fitted = viewer.zoom
    assert viewer.fitting
    key(qtbot, viewer, Qt.Key.Key_Plus)
    assert viewer.zoom == pytest.approx(fitted * 1.25)
    assert not viewer.fitting
    key(qtbot, viewer, Qt.Key.Key_Minus)
    key(qtbot, viewer, Qt.Key.Key_Minus)
    assert viewer.zoom == pytest.approx(fitted / 1.25)
    key(qtbot, viewer, Qt.Key.Key_1)
    assert viewer.zoom * viewer.devicePixelRatioF() == pytest.approx(1.0)
    assert viewer.view.transform().m11() == pytest.approx(viewer.zoom)
    key(qtbot, viewer, Qt.Key.Key_0)
    assert viewer.fitting
    assert viewer.zoom == pytest.approx(fitted)
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(viewer.view.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer.view.viewport(), wheel)
    assert viewer.zoom == pytest.approx(fitted * 1.25)


def test_next_and_previous(qtbot: QtBot, viewer: PhotoViewer) -> None:
    key(qtbot, viewer, Qt.Key.Key_Right)
    assert viewer.row == 1
    key(qtbot, viewer, Qt.Key.Key_PageDown)
    assert viewer.row == 2
    qtbot.waitUntil(lambda: viewer.loaded_path == str(viewer.entry.display))
    picture = viewer.picture.pixmap()
    assert picture.height() > picture.width()  # the portrait stands upright
    key(qtbot, viewer, Qt.Key.Key_PageDown)
    assert viewer.row == 2  # the last one: stays
    key(qtbot, viewer, Qt.Key.Key_PageUp)
    key(qtbot, viewer, Qt.Key.Key_Left)
    assert viewer.row == 0
    assert viewer.position_label.text() == "1 / 3"
    qtbot.waitUntil(lambda: viewer.loaded_path == str(viewer.entry.display))


def test_escape_closes(qtbot: QtBot, viewer: PhotoViewer) -> None:
    with qtbot.waitSignal(viewer.destroyed):  # closed and freed: WA_DeleteOnClose
        key(qtbot, viewer, Qt.Key.Key_Escape)


def test_a_missing_display_copy_is_said(
    qtbot: QtBot, viewer: PhotoViewer, services: Services
) -> None:
    second = viewer.entries[1]
    second.display.unlink()
    key(qtbot, viewer, Qt.Key.Key_Right)
    expected = viewer.tr("The photo file is missing or unreadable.")
    qtbot.waitUntil(lambda: viewer.message_label.text() == expected)
    assert viewer.picture.pixmap().isNull()
