"""The photo list model: roles, thumbnails read in the background, captions edited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.photos.images import ThumbnailCache, read_image
from meihao_desktop.gui.photos.model import PhotoEntry, PhotoListModel

SIDE = 64


def entry(number: int, thumb: Path, caption: str = "", item_code: str = "") -> PhotoEntry:
    return PhotoEntry(
        id=f"photo-{number}",
        item_code=item_code,
        caption=caption,
        original_name=f"IMG_{number:04}.jpg",
        thumb=thumb,
        display=thumb,
        taken_at=None,
        camera="",
        gps=None,
        size=(4000, 3000),
    )


@pytest.fixture
def thumb_file(tmp_path: Path) -> Path:
    path = tmp_path / "thumb.jpg"
    image = QImage(256, 192, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(path), "JPEG")
    return path


@pytest.fixture
def model(qapp: QApplication, qtbot: QtBot) -> Iterator[PhotoListModel]:
    host = QWidget()
    qtbot.addWidget(host)
    cache = ThumbnailCache(SIDE, host)
    model = PhotoListModel(cache, host)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    yield model
    cache.wait_for_done()
    del tester, host


def test_rows_and_texts(model: PhotoListModel, thumb_file: Path) -> None:
    entries = [entry(1, thumb_file, "楼道堆物", "1.3"), entry(2, thumb_file)]
    model.set_entries(entries, show_item_codes=False, editable=True)
    assert model.rowCount() == 2
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data() == "楼道堆物"
    assert second.data() == "IMG_0002.jpg"  # no caption yet: the file name stands in
    assert second.data(Qt.ItemDataRole.EditRole) == ""  # … but is not the caption
    assert first.data(PhotoListModel.PhotoIdRole) == "photo-1"
    model.set_entries(entries, show_item_codes=True, editable=True)
    assert model.index(0, 0).data() == "1.3 · 楼道堆物"  # on a group row: which item


def test_thumbnail_is_read_in_the_background(
    qtbot: QtBot, model: PhotoListModel, thumb_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.jpg"
    model.set_entries(
        [entry(1, thumb_file), entry(2, missing)], show_item_codes=False, editable=False
    )
    placeholder = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(placeholder, QIcon)

    def decoration_key(row: int) -> int:
        return int(model.index(row, 0).data(Qt.ItemDataRole.DecorationRole).cacheKey())

    qtbot.waitUntil(lambda: placeholder.cacheKey() not in (decoration_key(0), decoration_key(1)))
    loaded = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    # Shrunk while read to the strip's size, keeping the shape, centred in its square.
    assert loaded.actualSize(QSize(1000, 1000)) == QSize(SIDE, SIDE)
    image = loaded.pixmap(SIDE).toImage()
    assert image.pixelColor(SIDE // 2, 2).alpha() == 0  # the band above a landscape photo
    centre, cyan = image.pixelColor(SIDE // 2, SIDE // 2), QColor(Qt.GlobalColor.darkCyan)
    assert abs(centre.blue() - cyan.blue()) < 8  # (JPEG rounds a little)
    assert centre.alpha() == 255
    # A missing file gets a mark of its own, and is not read again at every paint.
    missing_mark = model.index(1, 0).data(Qt.ItemDataRole.DecorationRole)
    assert missing_mark.cacheKey() != loaded.cacheKey()
    assert decoration_key(1) == missing_mark.cacheKey()


def test_caption_edit_goes_through_the_saver(model: PhotoListModel, thumb_file: Path) -> None:
    saved: list[tuple[str, str]] = []

    def saver(photo_id: str, caption: str) -> bool:
        saved.append((photo_id, caption))
        return caption != "refused"

    model.caption_saver = saver
    model.set_entries([entry(1, thumb_file)], show_item_codes=False, editable=True)
    index = model.index(0, 0)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "  公示栏未更新 ")
    assert saved == [("photo-1", "公示栏未更新")]
    assert index.data() == "公示栏未更新"
    assert not model.setData(index, "refused")
    assert index.data() == "公示栏未更新"  # kept as saved


def test_read_only_captions_cannot_be_edited(model: PhotoListModel, thumb_file: Path) -> None:
    model.caption_saver = lambda _photo_id, _caption: True
    model.set_entries([entry(1, thumb_file)], show_item_codes=False, editable=False)
    index = model.index(0, 0)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "x")


def test_read_image_shrinks_to_the_box_and_leaves_small_ones(thumb_file: Path) -> None:
    assert read_image(str(thumb_file), QSize(128, 128)).size() == QSize(128, 96)
    assert read_image(str(thumb_file), QSize(1000, 1000)).size() == QSize(256, 192)
    assert read_image(str(thumb_file), QSize()).size() == QSize(256, 192)
    assert read_image(str(thumb_file.with_name("none.jpg")), QSize()).isNull()
