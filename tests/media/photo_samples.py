"""Photos for tests: the real camera/phone files in ../shared/photos, and generated ones.

Also the yardstick for "upright": two pictures are the same way up when their tiny grey
versions differ little, and much less than either does from a turned or mirrored copy.
"""

from __future__ import annotations

import io
import statistics
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from tests.needs import needs

SHARED_PHOTOS = Path(__file__).resolve().parents[2].parent / "shared" / "photos"
ORIENTATION_TAG = 0x0112


def shared_photos(folder: str = "") -> Path:
    """A folder of the real test photos; skips the test where they are not checked out."""
    path = SHARED_PHOTOS / folder
    needs(path.is_dir(), f"the real test photos at {path}")
    return path


def fingerprint(picture: bytes | Image.Image, size: tuple[int, int] = (32, 24)) -> list[float]:
    """A tiny greyscale version of ``picture``, pixel by pixel, for rough comparisons.

    Brightness and contrast are normalised (mean 0, spread 50): the real orientation
    files were not all exported with the same tone curve, and only the layout matters.
    """
    if isinstance(picture, bytes):
        with Image.open(io.BytesIO(picture)) as image:
            return fingerprint(image.copy(), size)
    if picture.height > picture.width:
        size = (size[1], size[0])
    small = picture.convert("L").resize(size, Image.Resampling.BOX)
    pixels = [float(small.getpixel((x, y))) for y in range(size[1]) for x in range(size[0])]  # type: ignore[arg-type]
    mean = statistics.fmean(pixels)
    spread = statistics.pstdev(pixels) or 1.0
    return [(value - mean) / spread * 50 for value in pixels]


def difference(first: list[float], second: list[float]) -> float:
    """Mean absolute difference of two fingerprints (0 = identical; turned photos ≳ 25)."""
    assert len(first) == len(second)
    return sum(abs(a - b) for a, b in zip(first, second, strict=True)) / len(first)


def asymmetric_picture(size: tuple[int, int] = (400, 300)) -> Image.Image:
    """A picture whose every turn and mirror image looks different: a gradient with a
    bright block in its top-left corner and a dark bar along its bottom."""
    width, height = size
    picture = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, width // 3, height // 3), fill=(250, 250, 250))
    draw.rectangle((0, height - height // 8, width, height), fill=(10, 10, 10))
    return picture


def jpeg_bytes(
    picture: Image.Image | None = None, *, orientation: int | None = None, **options: object
) -> bytes:
    """``picture`` (default: the asymmetric one) as JPEG, optionally with an EXIF
    orientation tag (the pixels are stored as given)."""
    picture = picture or asymmetric_picture()
    buffer = io.BytesIO()
    if orientation is not None:
        exif = Image.Exif()
        exif[ORIENTATION_TAG] = orientation
        options["exif"] = exif
    picture.save(buffer, "JPEG", quality=90, **options)
    return buffer.getvalue()


def stored_as(upright: Image.Image, orientation: int) -> Image.Image:
    """The pixels a camera stores for an ``upright`` scene under EXIF ``orientation``
    (the inverse of what a viewer does to show it)."""
    inverse = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_90,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_270,
    }
    return upright.transpose(inverse[orientation]) if orientation in inverse else upright.copy()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def image_bytes(picture: Image.Image, format_name: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format_name, **options)
    return buffer.getvalue()
