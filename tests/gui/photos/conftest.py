"""Fixtures for the photo strip: the inspections page with its editor wired as the app
wires it, on a copy of the demo database, and helpers to wait for background jobs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.pages import _wire_editor
from meihao_desktop.gui.pages.inspections import InspectionsPage
from meihao_desktop.gui.photos.strip import PhotoStrip
from meihao_desktop.services import Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database
from tests.gui.editor.conftest import TESTER, editor_catalog, make_context, start_inspection
from tests.media.photo_samples import asymmetric_picture, jpeg_bytes

ITEM = "1.3"  # an item of the demo standard (meihao-2024)
OTHER_ITEM = "2.1"
JOB_TIMEOUT_MS = 120_000  # a process pool starting on a busy 2-core machine


@pytest.fixture(scope="session")
def photo_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("photo-demo") / "demo.sqlite"
    db = Database.open(path)
    load_demo(db, editor_catalog(), TESTER)
    db.close()
    return path


@pytest.fixture
def services(photo_demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "photos.sqlite"
    shutil.copy(photo_demo_template, path)
    db = Database.open(path)
    yield Services.create(db, TESTER, editor_catalog())
    db.close()


@pytest.fixture
def context(prepared_app: QApplication, qtbot: QtBot, services: Services) -> Iterator[AppContext]:
    host = QWidget()
    qtbot.addWidget(host)
    context = make_context(services, host)
    yield context
    context.jobs.wait_for_done()


@pytest.fixture
def inspection_id(services: Services) -> str:
    return start_inspection(services)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, inspection_id: str) -> InspectionsPage:
    """The inspections page showing ``inspection_id`` on item ``ITEM``, strip wired."""
    page = InspectionsPage(context)
    _wire_editor(context, page)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.open_inspection(inspection_id)
    page.editor.select(ITEM)
    return page


@pytest.fixture
def strip(page: InspectionsPage) -> PhotoStrip:
    found = page.editor.findChild(PhotoStrip)
    assert found is not None
    return found


@pytest.fixture
def camera_folder(tmp_path: Path) -> Path:
    """Small distinct JPEGs as a camera leaves them: DCIM/100CANON/IMG_000n.JPG."""
    folder = tmp_path / "DCIM" / "100CANON"
    folder.mkdir(parents=True)
    for number in range(3):
        picture = asymmetric_picture((320 + number, 240))
        (folder / f"IMG_{number + 1:04}.JPG").write_bytes(jpeg_bytes(picture))
    return tmp_path / "DCIM"


def wait_for_jobs(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.jobs.busy, timeout=JOB_TIMEOUT_MS)


def wait_for_thumbnails(qtbot: QtBot, strip: PhotoStrip) -> None:
    """Until every thumbnail in the strip is read (a real pixmap, not the placeholder)."""
    model = strip.model

    def all_read() -> bool:
        return all(strip.thumbnails.pixmap(entry.thumb) is not None for entry in model.entries())

    qtbot.waitUntil(all_read)


def drop_files(target: QWidget, paths: list[Path]) -> QDropEvent:
    """Drag ``paths`` over ``target`` and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(target.rect().center())
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # QDragEnterEvent takes a QPoint, QDropEvent a QPointF (PySide6 6.11)
    enter = QDragEnterEvent(position.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(position, actions, mime, buttons, modifiers)
    if enter.isAccepted():
        QApplication.sendEvent(target, drop)
    return drop


def message_boxes(name: str) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]
