"""PNG screenshots: transparency becomes white in the JPEG copies; 16-bit grey keeps its tones."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from meihao_desktop.media.processing import process_photo
from tests.media.photo_samples import image_bytes


def half_transparent(mode: str) -> Image.Image:
    """Left half fully transparent, right half opaque red (or dark grey for LA)."""
    picture = Image.new("RGBA", (200, 100), (255, 0, 0, 255))
    picture.paste((0, 0, 0, 0), (0, 0, 100, 100))
    if mode == "P":
        return picture.quantize(colors=4)  # the transparent colour becomes tRNS
    if mode == "LA":
        return picture.convert("LA")
    return picture


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P"])
def test_transparency_is_flattened_on_white(mode: str) -> None:
    picture = half_transparent(mode)
    options = {"transparency": 0} if mode == "P" and "transparency" not in picture.info else {}
    _, copies = process_photo(image_bytes(picture, "PNG", **options), "screen.png", render=True)
    assert copies is not None
    with Image.open(io.BytesIO(copies.display)) as display:
        assert display.mode == "RGB"
        left = display.getpixel((20, 50))
        right = display.getpixel((180, 50))
    assert isinstance(left, tuple)
    assert isinstance(right, tuple)
    assert min(left) > 245  # white, not black
    assert max(right) < 245 or right[0] > 200 > right[1]


def test_sixteen_bit_grey_keeps_its_tones() -> None:
    ramp = Image.new("I", (256, 8))
    ramp.putdata([x * 257 for _ in range(8) for x in range(256)])
    _, copies = process_photo(image_bytes(ramp.convert("I;16"), "PNG"), "scan.png", render=True)
    assert copies is not None
    with Image.open(io.BytesIO(copies.display)) as display:
        dark, bright = display.getpixel((10, 4)), display.getpixel((245, 4))
    assert isinstance(dark, tuple)
    assert isinstance(bright, tuple)
    assert dark[0] < 30
    assert bright[0] > 225
