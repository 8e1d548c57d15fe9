"""Every display copy and thumbnail stands upright, whatever EXIF orientation the file has.

The real files (../shared/photos/orientation) show the same scene saved with EXIF
orientations 1–8; each copy is compared with the copy made from orientation 1.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from meihao_desktop.media.processing import Derivatives, PhotoInfo, process_photo
from tests.media.photo_samples import (
    ORIENTATION_TAG,
    asymmetric_picture,
    difference,
    fingerprint,
    jpeg_bytes,
    shared_photos,
    stored_as,
)

ORIENTATIONS = range(1, 9)
WRONG_WAYS = (
    Image.Transpose.ROTATE_180,
    Image.Transpose.FLIP_LEFT_RIGHT,
    Image.Transpose.FLIP_TOP_BOTTOM,
)


def render(data: bytes, name: str = "photo.jpg") -> tuple[PhotoInfo, Derivatives]:
    info, derivatives = process_photo(data, name, render=True)
    assert derivatives is not None
    return info, derivatives


def assert_upright(copy: bytes, reference: bytes) -> None:
    """``copy`` looks like ``reference`` and unlike ``reference`` turned or mirrored."""
    with Image.open(io.BytesIO(copy)) as image, Image.open(io.BytesIO(reference)) as expected:
        assert image.size == expected.size
        assert image.getexif().get(ORIENTATION_TAG) in (None, 1)  # nothing left to rotate
        same = difference(fingerprint(image), fingerprint(expected))
        wrong = min(
            difference(fingerprint(image), fingerprint(expected.transpose(way)))
            for way in WRONG_WAYS
        )
    assert same < 6, f"differs from the upright reference by {same:.1f}"
    assert same * 5 < wrong, f"upright {same:.1f} vs turned {wrong:.1f}"


@pytest.mark.parametrize("shape", ["landscape", "portrait"])
@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_real_files_come_out_upright(shape: str, orientation: int) -> None:
    folder = shared_photos("orientation")
    _, reference = render((folder / f"{shape}_1.jpg").read_bytes())
    info, copies = render((folder / f"{shape}_{orientation}.jpg").read_bytes())
    assert_upright(copies.display, reference.display)
    assert_upright(copies.thumb, reference.thumb)
    assert (info.width > info.height) == (shape == "landscape")


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_large_photo_is_scaled_then_turned(orientation: int) -> None:
    upright = asymmetric_picture((4000, 3000))
    info, copies = render(jpeg_bytes(stored_as(upright, orientation), orientation=orientation))
    assert (info.width, info.height) == (4000, 3000)  # the original's size, upright
    with Image.open(io.BytesIO(copies.display)) as display:
        assert display.size == (1600, 1200)
        assert display.format == "JPEG"
        assert difference(fingerprint(display), fingerprint(upright)) < 4
    with Image.open(io.BytesIO(copies.thumb)) as thumb:
        assert thumb.size == (256, 192)
        assert difference(fingerprint(thumb), fingerprint(upright)) < 4


def test_small_photo_is_not_enlarged() -> None:
    _, copies = render(jpeg_bytes(asymmetric_picture((200, 150))))
    with Image.open(io.BytesIO(copies.display)) as display:
        assert display.size == (200, 150)
    with Image.open(io.BytesIO(copies.thumb)) as thumb:
        assert thumb.size == (200, 150)


def test_display_copy_quality_and_thumbnail_come_from_one_decode() -> None:
    folder = shared_photos("phone")
    info, copies = render((folder / "jolla.jpg").read_bytes(), "jolla.jpg")
    assert (info.width, info.height) == (3264, 2448)
    with Image.open(io.BytesIO(copies.display)) as display:
        assert display.size == (1600, 1200)
    with Image.open(io.BytesIO(copies.thumb)) as thumb:
        assert thumb.size == (256, 192)
    assert len(copies.thumb) < len(copies.display) < 800_000
