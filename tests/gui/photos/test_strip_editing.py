"""Working with photos in the strip: captions, order, item, trash, read-only inspections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.pages.inspections import InspectionsPage
from meihao_desktop.gui.photos.strip import PhotoStrip
from meihao_desktop.gui.photos.trash_dialog import TrashDialog
from meihao_desktop.services import Services
from tests.gui.editor.conftest import set_status
from tests.gui.photos.conftest import ITEM, OTHER_ITEM, drop_files, wait_for_jobs


@pytest.fixture
def three_photos(
    qtbot: QtBot, strip: PhotoStrip, context: AppContext, camera_folder: Path
) -> list[str]:
    """IMG_0001..3 on item ITEM; their ids in order."""
    strip.import_paths([camera_folder])
    wait_for_jobs(qtbot, context)
    assert strip.model.rowCount() == 3
    return [entry.id for entry in strip.model.entries()]


def names(services: Services, inspection_id: str, *, trash: bool = False) -> list[str]:
    photos = services.photos.list(inspection_id, include_trash=trash)
    return [p.original_name for p in photos if trash is (p.deleted_at is not None)]


def focus_photo(qtbot: QtBot, strip: PhotoStrip, row: int) -> None:
    """The photo at ``row`` alone selected, the list focused, its window active (the
    import's progress dialog may have taken the activation)."""
    window = strip.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    strip.view.setFocus()
    qtbot.waitUntil(strip.view.hasFocus)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    strip.view.selectionModel().setCurrentIndex(strip.model.index(row, 0), flags)


def test_caption_typed_in_place_is_saved(
    qtbot: QtBot,
    strip: PhotoStrip,
    services: Services,
    three_photos: list[str],
) -> None:
    focus_photo(qtbot, strip, 1)
    qtbot.keyClick(strip.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("楼道堆放杂物")  # Chinese: never through the test keyboard
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits from the event loop.
    qtbot.waitUntil(lambda: services.photos.get(three_photos[1]).caption == "楼道堆放杂物")
    assert strip.model.index(1, 0).data() == "楼道堆放杂物"


def test_ctrl_right_and_left_reorder(
    qtbot: QtBot,
    strip: PhotoStrip,
    services: Services,
    inspection_id: str,
    three_photos: list[str],
) -> None:
    focus_photo(qtbot, strip, 0)
    qtbot.keyClick(strip.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert names(services, inspection_id) == ["IMG_0002.JPG", "IMG_0001.JPG", "IMG_0003.JPG"]
    assert strip.view.currentIndex().row() == 1  # the moved photo stays selected
    qtbot.keyClick(strip.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(strip.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # at the end
    assert names(services, inspection_id) == ["IMG_0002.JPG", "IMG_0003.JPG", "IMG_0001.JPG"]
    qtbot.keyClick(strip.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert names(services, inspection_id) == ["IMG_0002.JPG", "IMG_0001.JPG", "IMG_0003.JPG"]
    assert [e.original_name for e in strip.model.entries()] == names(services, inspection_id)


def test_moving_within_an_item_skips_other_items_photos(
    qtbot: QtBot,
    page: InspectionsPage,
    strip: PhotoStrip,
    services: Services,
    inspection_id: str,
    three_photos: list[str],
) -> None:
    services.photos.link_item(three_photos[1], OTHER_ITEM)  # order: 1 (ITEM), 2 (other), 3
    strip.refresh()
    assert [e.original_name for e in strip.model.entries()] == ["IMG_0001.JPG", "IMG_0003.JPG"]
    focus_photo(qtbot, strip, 1)
    qtbot.keyClick(strip.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert [e.original_name for e in strip.model.entries()] == ["IMG_0003.JPG", "IMG_0001.JPG"]
    assert names(services, inspection_id) == ["IMG_0003.JPG", "IMG_0001.JPG", "IMG_0002.JPG"]


def test_link_to_another_item_from_the_menu(
    page: InspectionsPage,
    strip: PhotoStrip,
    services: Services,
    three_photos: list[str],
) -> None:
    strip.view.setCurrentIndex(strip.model.index(0, 0))
    menu = strip.context_menu()
    link = menu.findChild(QWidget, "linkMenu")
    assert link is not None
    action = next(
        a
        for a in link.findChildren(type(menu.actions()[0]))
        if a.objectName() == f"link_{OTHER_ITEM}"
    )
    action.trigger()
    assert services.photos.get(three_photos[0]).item_code == OTHER_ITEM
    assert strip.model.rowCount() == 2  # it now shows under the other item
    marks = page.editor.state.marks if page.editor.state else {}
    assert (marks[ITEM].photos, marks[OTHER_ITEM].photos) == (2, 1)


def test_delete_puts_in_the_trash_and_the_trash_restores(
    qtbot: QtBot,
    page: InspectionsPage,
    strip: PhotoStrip,
    services: Services,
    inspection_id: str,
    three_photos: list[str],
) -> None:
    focus_photo(qtbot, strip, 1)
    qtbot.keyClick(strip.view, Qt.Key.Key_Delete)
    assert names(services, inspection_id) == ["IMG_0001.JPG", "IMG_0003.JPG"]
    assert names(services, inspection_id, trash=True) == ["IMG_0002.JPG"]
    assert strip.model.rowCount() == 2
    assert strip.view.currentIndex().row() == 1  # on to the next photo, ready for Delete
    assert page.editor.state is not None
    assert page.editor.state.marks[ITEM].photos == 2
    dialog = strip.open_trash()
    assert isinstance(dialog, TrashDialog)
    assert [e.original_name for e in dialog.model.entries()] == ["IMG_0002.JPG"]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter restores the selected photo
    assert dialog.model.rowCount() == 0
    assert names(services, inspection_id) == ["IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG"]
    assert strip.model.rowCount() == 3
    assert page.editor.state.marks[ITEM].photos == 3


def test_emptying_the_trash_asks_then_deletes_for_good(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    three_photos: list[str],
) -> None:
    doomed = services.photos.get(three_photos[0])
    files = services.photos.paths(doomed)
    strip.view.selectAll()
    strip.trash_selected()
    assert strip.model.rowCount() == 0
    dialog = strip.open_trash()
    assert dialog is not None
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)  # Cancel
    wait_for_jobs(qtbot, context)
    assert len(names(services, inspection_id, trash=True)) == 3
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)  # Yes
    wait_for_jobs(qtbot, context)
    assert "3" in questions[1]
    assert services.photos.list(inspection_id, include_trash=True) == []
    assert dialog.model.rowCount() == 0
    assert not files.thumb.exists()
    assert not files.original.exists()


def test_read_only_inspection_is_view_only(
    qtbot: QtBot,
    page: InspectionsPage,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    three_photos: list[str],
    camera_folder: Path,
) -> None:
    set_status(services, inspection_id, "signed")
    assert page.open_inspection(inspection_id)
    page.editor.select(ITEM)
    assert strip.read_only
    assert strip.model.rowCount() == 3
    assert not strip.add_button.isVisible()
    assert not strip.trash_button.isVisible()
    assert not strip.strip_actions.trash.isVisible()
    assert not strip.model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    focus_photo(qtbot, strip, 0)
    qtbot.keyClick(strip.view, Qt.Key.Key_Delete)
    qtbot.keyClick(strip.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert names(services, inspection_id) == ["IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG"]
    assert not drop_files(strip, [camera_folder]).isAccepted()
    assert strip.import_paths([camera_folder]) is None
    assert not context.jobs.busy
    menu_texts = [a.text() for a in strip.context_menu().actions() if a.text()]
    assert menu_texts == [QCoreApplication.translate("PhotoStrip", "Open")]


def test_enter_opens_the_viewer_on_the_current_photo(
    qtbot: QtBot, strip: PhotoStrip, three_photos: list[str]
) -> None:
    focus_photo(qtbot, strip, 2)
    qtbot.keyClick(strip.view, Qt.Key.Key_Return)
    viewers = [w for w in QApplication.topLevelWidgets() if w.objectName() == "photoViewer"]
    assert len(viewers) == 1
    assert viewers[0].isVisible()
    assert getattr(viewers[0], "row", None) == 2
    viewers[0].close()


def test_delete_in_an_empty_strip_leaves_the_score_alone(
    qtbot: QtBot, page: InspectionsPage, strip: PhotoStrip, services: Services, inspection_id: str
) -> None:
    editor = page.editor
    editor.item_panel.score_input.type_key("7")
    editor.flush()
    assert services.inspections.detail(inspection_id).findings[ITEM].points == 7
    window = strip.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    strip.view.setFocus()
    qtbot.waitUntil(strip.view.hasFocus)
    qtbot.keyClick(strip.view, Qt.Key.Key_Delete)
    editor.flush()
    assert services.inspections.detail(inspection_id).findings[ITEM].points == 7
