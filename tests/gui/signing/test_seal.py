"""The unit seal: a scan on white paper becomes a transparent red seal, kept in the data folder."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.gui.settings import seal_path
from meihao_desktop.gui.signing.seal_dialog import SealDialog
from meihao_desktop.gui.signing.seal_image import SEAL_RED, process_seal
from meihao_desktop.paths import data_dir
from tests.gui.editor.conftest import error_boxes


def scan(background: tuple[int, ...] = (255, 255, 255), mode: str = "RGB") -> bytes:
    """A 300 × 200 'scan': paper, a black ring and a grey smudge, as a JPEG-like RGB PNG."""
    picture = Image.new(mode, (300, 200), background)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((100, 50, 200, 150), outline=(0, 0, 0), width=12)
    draw.rectangle((20, 20, 24, 24), fill=(245, 243, 240))  # paper noise: must vanish
    buffer = BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def rgba(png: bytes) -> Image.Image:
    return Image.open(BytesIO(png)).convert("RGBA")


def pixel(image: Image.Image, x: int, y: int) -> tuple[int, int, int, int]:
    red, green, blue, alpha = image.getpixel((x, y))  # type: ignore[misc]
    return red, green, blue, alpha


def test_white_paper_becomes_transparent_and_black_ink_seal_red() -> None:
    seal = rgba(process_seal(scan()))
    # Cropped to the ring (100 px wide) with a small margin; the noise at (20, 20) is gone.
    assert 100 <= seal.width <= 112
    assert 100 <= seal.height <= 112
    assert pixel(seal, seal.width // 2, seal.height // 2)[3] == 0  # the ring's inside
    assert pixel(seal, 0, 0)[3] == 0
    ring = pixel(seal, seal.width // 2, 4 + 6)  # in the middle of the ring's top line
    assert ring == (*SEAL_RED, 255)


def test_a_transparent_png_keeps_its_transparency() -> None:
    seal = rgba(process_seal(scan((0, 0, 0, 0), "RGBA")))
    # Transparent black is not ink: only the ring is there, in red.
    assert 100 <= seal.width <= 112
    assert pixel(seal, seal.width // 2, seal.height // 2)[3] == 0


def test_a_blank_picture_or_a_non_image_is_refused() -> None:
    blank = BytesIO()
    Image.new("RGB", (50, 50), "white").save(blank, "PNG")
    with pytest.raises(InvalidValueError, match="没有找到印章"):
        process_seal(blank.getvalue(), "blank.png")
    with pytest.raises(InvalidValueError, match="不是可读取的图片"):
        process_seal(b"not an image", "seal.txt")


@pytest.fixture
def dialog(qtbot: QtBot) -> SealDialog:
    host = QWidget()
    qtbot.addWidget(host)
    dialog = SealDialog(JobRunner(host), seal_path(), host)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_seal_dialog_saves_the_red_seal_in_the_data_folder(
    dialog: SealDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert seal_path() == data_dir() / "seal.png"
    source = tmp_path / "scan.png"
    source.write_bytes(scan())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(source), ""))
    qtbot.waitUntil(lambda: dialog._busy == 0)
    assert not dialog.ui.preview.has_image()
    dialog.ui.chooseButton.click()
    qtbot.waitUntil(dialog.ui.preview.has_image, timeout=10_000)
    assert not seal_path().exists()  # not before Save
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    saved = rgba(seal_path().read_bytes())
    assert pixel(saved, saved.width // 2, 10) == (*SEAL_RED, 255)
    assert pixel(saved, 0, 0)[3] == 0


def test_a_picture_that_is_not_an_image_is_said_and_nothing_saved(
    dialog: SealDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "seal.png"
    source.write_bytes(b"not an image")
    qtbot.waitUntil(lambda: dialog._busy == 0)
    dialog.load_image(source)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=10_000)
    assert "不是可读取的图片" in error_boxes()[-1].text()
    assert str(source) in error_boxes()[-1].text()
    assert not dialog.ui.preview.has_image()
