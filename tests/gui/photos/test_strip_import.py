"""Adding photos through the strip: the file dialog, drops of files and folders, the
summary of what failed, and the editor's photo counts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.editor.tree_model import StandardTreeModel
from meihao_desktop.gui.pages.inspections import InspectionsPage
from meihao_desktop.gui.photos.strip import PhotoStrip
from meihao_desktop.services import Services
from tests.gui.photos.conftest import (
    ITEM,
    drop_files,
    message_boxes,
    wait_for_jobs,
    wait_for_thumbnails,
)
from tests.media.photo_samples import shared_photos


def choose_in_dialog(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> list[str]:
    """Make 添加照片… pick ``paths``; returns the file filters the dialog was given."""
    filters: list[str] = []

    def pick(
        _parent: QWidget, _title: str, _folder: str, name_filter: str
    ) -> tuple[list[str], str]:
        filters.append(name_filter)
        return [str(path) for path in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    return filters


def marks_text(page: InspectionsPage, code: str) -> str:
    index = page.editor.model.index_of(code).siblingAtColumn(StandardTreeModel.COL_MARKS)
    return str(index.data() or "")


def test_add_real_photos_through_the_dialog(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: InspectionsPage,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
) -> None:
    files = sorted(shared_photos("orientation").glob("*.jpg"))[:4]
    files += sorted(shared_photos("phone").glob("*.HEIC"))
    filters = choose_in_dialog(monkeypatch, files)
    saves: list[str] = []
    context.save_state.changed.connect(saves.append)
    page.editor.tree.setFocus()
    qtbot.keyClick(
        page.editor.tree,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert filters
    assert "*.heic" in filters[0]
    assert "*.jpg" in filters[0]
    wait_for_jobs(qtbot, context)
    stored = services.photos.list(inspection_id)
    assert [photo.original_name for photo in stored] == [path.name for path in files]
    assert {photo.item_code for photo in stored} == {ITEM}
    assert [entry.original_name for entry in strip.model.entries()] == [p.name for p in files]
    # The tree counts them, the status bar says saved, the strip says how many came in.
    photos_word = QCoreApplication.translate("StandardTreeModel", "photos {n}").format(n=5)
    assert photos_word in marks_text(page, ITEM)
    assert saves
    assert strip.status_label.text() == QCoreApplication.translate(
        "PhotoImport", "Imported {n} photos"
    ).format(n=5)
    assert not message_boxes("photoImportFailures")
    wait_for_thumbnails(qtbot, strip)
    thumbnail = strip.model.index(4, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not thumbnail.pixmap(160).isNull()


def test_broken_files_are_listed_by_name_and_the_rest_imported(
    qtbot: QtBot,
    page: InspectionsPage,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    tmp_path: Path,
) -> None:
    good = sorted(shared_photos("orientation").glob("*.jpg"))[:2]
    broken_folder = shared_photos("broken")
    odd_but_fine = broken_folder / "image01137.jpg"  # bad metadata, good picture
    empty = tmp_path / "空白.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.jpg"
    text.write_text("现场记录", "utf-8")
    failing = [broken_folder / "corrupted.jpg", empty, text]
    strip.import_paths([good[0], failing[0], odd_but_fine, empty, text, good[1]])
    wait_for_jobs(qtbot, context)
    assert [p.original_name for p in services.photos.list(inspection_id)] == [
        good[0].name,
        odd_but_fine.name,
        good[1].name,
    ]
    assert strip.model.rowCount() == 3
    boxes = message_boxes("photoImportFailures")
    assert len(boxes) == 1
    listed = boxes[0].informativeText().splitlines()
    for path in failing:
        line = next(line for line in listed if line.startswith(f"{path.name}："))
        assert line.split("：", 1)[1].strip()  # a reason follows the name
        assert str(path) in boxes[0].detailedText()
    assert boxes[0].text() == QCoreApplication.translate("PhotoImport", "; ").join(
        [
            QCoreApplication.translate("PhotoImport", "Imported {n} photos").format(n=3),
            QCoreApplication.translate("PhotoImport", "{n} files failed").format(n=3),
        ]
    )
    boxes[0].close()


def test_dropping_a_folder_imports_its_photos(
    qtbot: QtBot,
    page: InspectionsPage,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    camera_folder: Path,
) -> None:
    (camera_folder / "100CANON" / "notes.txt").write_text("不是照片", "utf-8")
    (camera_folder / "100CANON" / "._IMG_0001.JPG").write_bytes(b"\x00\x05\x16\x07")
    nested = camera_folder / "101CANON"
    nested.mkdir()
    shutil.copy(camera_folder / "100CANON" / "IMG_0001.JPG", nested / "IMG_0101.JPG")
    # Dropped on the item panel, not the strip: the whole editor takes files.
    drop = drop_files(page.editor.item_panel, [camera_folder])
    assert drop.isAccepted()
    wait_for_jobs(qtbot, context)
    names = [p.original_name for p in services.photos.list(inspection_id)]
    assert names == ["IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG"]
    # IMG_0101 has the same content as IMG_0001: stored once, and said so.
    assert (
        QCoreApplication.translate("PhotoImport", "{n} already attached").format(n=1)
        in strip.status_label.text()
    )
    assert not message_boxes("photoImportFailures")


def test_the_same_photos_twice_are_attached_once(
    qtbot: QtBot,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    camera_folder: Path,
) -> None:
    strip.import_paths([camera_folder])
    wait_for_jobs(qtbot, context)
    strip.import_paths([camera_folder])
    wait_for_jobs(qtbot, context)
    assert len(services.photos.list(inspection_id)) == 3
    translate = QCoreApplication.translate
    assert strip.status_label.text() == translate("PhotoImport", "; ").join(
        [
            translate("PhotoImport", "Imported {n} photos").format(n=0),
            translate("PhotoImport", "{n} already attached").format(n=3),
        ]
    )


def test_a_folder_without_photos_says_so(
    qtbot: QtBot, strip: PhotoStrip, context: AppContext, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("x", "utf-8")
    strip.import_paths([empty])
    wait_for_jobs(qtbot, context)
    assert message_boxes("photoImportNothingFound")


def test_on_a_group_row_photos_join_no_item_and_all_are_shown(
    qtbot: QtBot,
    page: InspectionsPage,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    camera_folder: Path,
) -> None:
    strip.import_paths([camera_folder / "100CANON" / "IMG_0001.JPG"])
    wait_for_jobs(qtbot, context)
    section = page.editor.model.index(1, 0)  # "1 党建引领…": a group row
    page.editor.tree.setCurrentIndex(section)
    assert strip.item_code == ""
    assert strip.model.rowCount() == 1
    assert strip.model.index(0, 0).data().startswith(f"{ITEM} · ")
    strip.import_paths([camera_folder / "100CANON" / "IMG_0002.JPG"])
    wait_for_jobs(qtbot, context)
    item_codes = [p.item_code for p in services.photos.list(inspection_id)]
    assert item_codes == [ITEM, None]
    assert strip.model.rowCount() == 2


def test_a_photo_dropped_on_the_finding_text_is_imported_not_pasted(
    qtbot: QtBot,
    page: InspectionsPage,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    camera_folder: Path,
) -> None:
    text_box = page.editor.item_panel.finding_edit
    text_before = text_box.toPlainText()
    photo = camera_folder / "100CANON" / "IMG_0002.JPG"
    assert drop_files(text_box.viewport(), [photo]).isAccepted()
    wait_for_jobs(qtbot, context)
    assert [p.original_name for p in services.photos.list(inspection_id)] == [photo.name]
    assert text_box.toPlainText() == text_before


def test_cancelling_stops_before_the_next_file(
    qtbot: QtBot,
    strip: PhotoStrip,
    context: AppContext,
    services: Services,
    inspection_id: str,
    camera_folder: Path,
) -> None:
    job = strip.import_paths([camera_folder])
    assert job is not None
    assert job.cancellable  # the progress dialog offers Cancel
    job.progress.cancel()  # what its Cancel button does
    wait_for_jobs(qtbot, context)
    assert services.photos.list(inspection_id) == []
    cancelled = QCoreApplication.translate("PhotoImport", "cancelled: {n} files not imported")
    assert cancelled.format(n=3) in strip.status_label.text()
