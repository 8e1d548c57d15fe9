"""Turning one photo file into what the program keeps: metadata, a screen/PDF copy and a
thumbnail, from a single decode.

Speed matters (an inspector imports 40 photos of 4000×3000 at a time on a 2-core
laptop; see PERFORMANCE.md): a JPEG is decoded once with ``Image.draft`` so libjpeg
scales by 1/2, 1/4 or 1/8 while decoding, the small result is resized to the exact size
and only then turned upright; the thumbnail is made from the display copy. Both copies
are upright and carry no EXIF orientation, because reportlab ignores EXIF when it
embeds a JPEG.

Safety matters too: files come from phones, cameras and USB sticks. Only JPEG, PNG and
HEIC/HEIF are accepted (judged by content), files over ``MAX_FILE_BYTES`` or
``MAX_PIXELS`` are refused, truncated files are refused (Pillow's
``LOAD_TRUNCATED_IMAGES`` stays off), and every failure is a ``PhotoError`` naming the file.

Pillow is used only in this package and in the import's worker processes.
"""

from __future__ import annotations

import io
import os
import struct
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from PIL import Image, ImageFile

from meihao_desktop.media.errors import (
    CORRUPT,
    EMPTY,
    NOT_IMAGE,
    TOO_LARGE,
    TOO_MANY_PIXELS,
    UNREADABLE,
    UNSUPPORTED,
    PhotoError,
)
from meihao_desktop.media.exif import read_exif_facts
from meihao_desktop.media.formats import PhotoFormat, sniff
from meihao_desktop.media.integrity import structure_problem

# Site photos from phones and cameras are 1–25 MB; far bigger files are scans or RAW.
MAX_FILE_BYTES: Final = 60 * 1024 * 1024
# Above the 48–108 MP of full-resolution phone photos; decoding 120 MP takes 360 MB.
MAX_PIXELS: Final = 120_000_000
DISPLAY_EDGE: Final = 1600
DISPLAY_QUALITY: Final = 80
THUMB_EDGE: Final = 256
THUMB_QUALITY: Final = 85
# From the DCT-scaled decode (≤ 2× the target) to 1600 px, Pillow's bilinear filter (it
# widens with the scale, so it does not alias) is within 47 dB PSNR of Lanczos at less
# than half the cost — and this resize costs as much as the decode. The thumbnail is
# made from the display copy, where Lanczos costs ~1 ms more and keeps it crisp.
DISPLAY_RESAMPLE: Final = Image.Resampling.BILINEAR
THUMB_RESAMPLE: Final = Image.Resampling.LANCZOS

# Process-wide Pillow policy, set when the photo code is first imported: refuse
# decompression bombs above our limit (Pillow only *warns* between 1× and 2× its limit,
# so that warning becomes an error), and never accept cut-off files as complete.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)
ImageFile.LOAD_TRUNCATED_IMAGES = False

# What Pillow and its plug-ins raise for damaged data (pillow-heif: ValueError).
_DECODE_ERRORS: Final = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error)

_RGB_MODES: Final = frozenset({"RGB", "RGBA", "RGBa", "P", "PA"})

# EXIF orientation → the transposition that makes the stored pixels upright.
_UPRIGHT: Final = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class PhotoInfo:
    """What the database keeps about a photo, besides its content hash."""

    media_type: str
    extension: str  # of the original in the photo store
    width: int  # of the original, as it stands upright
    height: int
    taken_at: datetime | None  # aware UTC
    camera: str
    gps_lat: float | None
    gps_lon: float | None


@dataclass(frozen=True)
class Derivatives:
    """Encoded JPEG copies: ``display`` (≤ 1600 px) for the screen and PDFs, ``thumb``."""

    display: bytes
    thumb: bytes


def read_photo_file(path: Path) -> bytes:
    """The bytes of the file at ``path``, or a ``PhotoError`` if it cannot be a photo."""
    name = path.name
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            _check_size(size, name)
            data = file.read(MAX_FILE_BYTES + 1)  # the file may have grown since fstat
    except PermissionError as error:
        raise PhotoError(UNREADABLE, name, "没有权限") from error
    except FileNotFoundError as error:
        raise PhotoError(UNREADABLE, name, "文件不存在") from error
    except IsADirectoryError as error:
        raise PhotoError(UNREADABLE, name, "这是一个文件夹") from error
    except OSError as error:
        raise PhotoError(UNREADABLE, name, error.strerror or type(error).__name__) from error
    _check_size(len(data), name)
    return data


def _check_size(size: int, name: str) -> None:
    if size == 0:
        raise PhotoError(EMPTY, name)
    if size > MAX_FILE_BYTES:
        raise PhotoError(TOO_LARGE, name, f"超过 {_size_text(MAX_FILE_BYTES)}")


def _size_text(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"


def process_photo(data: bytes, name: str, *, render: bool) -> tuple[PhotoInfo, Derivatives | None]:
    """Read the metadata of the photo ``data`` and, if ``render``, make its two copies.

    Without ``render`` only the header is parsed (used when the copies already exist).
    Raises ``PhotoError`` (with ``name`` as ``where``) for anything that is not a
    complete, acceptable photo.
    """
    with _opened(data, name) as (image, photo_format):
        facts = read_exif_facts(image)
        # libheif already applied the HEIF rotation/mirror boxes; the EXIF tag is only
        # informative there (and pillow-heif resets it), so it must not be applied again.
        orientation = 1 if photo_format.is_heif else facts.orientation
        width, height = image.size
        if orientation >= 5:  # 5–8 turn the picture by 90°
            width, height = height, width
        info = PhotoInfo(
            media_type=photo_format.media_type,
            extension=photo_format.extension,
            width=width,
            height=height,
            taken_at=facts.taken_at,
            camera=facts.camera,
            gps_lat=facts.gps_lat,
            gps_lon=facts.gps_lon,
        )
        derivatives = _render(image, orientation, name) if render else None
    return info, derivatives


@contextmanager
def _opened(data: bytes, name: str) -> Iterator[tuple[Image.Image, PhotoFormat]]:
    """Open ``data`` lazily (header only) with the one plug-in its content calls for."""
    photo_format = _accepted_format(data, name)
    try:
        image = Image.open(io.BytesIO(data), formats=[photo_format.pillow_name])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PhotoError(TOO_MANY_PIXELS, name) from error
    except _DECODE_ERRORS as error:  # includes UnidentifiedImageError
        raise PhotoError(CORRUPT, name) from error
    with image:
        # Also checked here in case someone relaxed the warning filter above.
        if image.width * image.height > MAX_PIXELS:
            raise PhotoError(TOO_MANY_PIXELS, name)
        yield image, photo_format


def _accepted_format(data: bytes, name: str) -> PhotoFormat:
    """The format of ``data`` if it is an accepted, structurally complete photo."""
    found = sniff(data)
    if found is None:
        raise PhotoError(NOT_IMAGE, name)
    if isinstance(found, str):
        raise PhotoError(UNSUPPORTED, name, found)
    problem = structure_problem(found, data)
    if problem is not None:
        raise PhotoError(CORRUPT, name, problem)
    if found.is_heif:
        _register_heif_plugin()
    return found


def _register_heif_plugin() -> None:
    # Imported on first use: pillow-heif costs ~50 ms to import and most photos are JPEG.
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _render(image: Image.Image, orientation: int, name: str) -> Derivatives:
    """Decode ``image`` once and encode the upright display copy and thumbnail."""
    display_size = _fit(image.size, DISPLAY_EDGE)
    image.draft("RGB", display_size)  # JPEG only: decode at ≥ display_size via DCT scaling
    try:
        image.load()  # the one full decode: truncated or damaged data fails here
    except _DECODE_ERRORS as error:
        raise PhotoError(CORRUPT, name) from error
    rgb = _as_rgb(image)
    if rgb.size != display_size:
        rgb = rgb.resize(display_size, DISPLAY_RESAMPLE)
    if orientation in _UPRIGHT:  # turn the small copy, never the full-size picture
        rgb = rgb.transpose(_UPRIGHT[orientation])
    thumb = rgb.resize(_fit(rgb.size, THUMB_EDGE), THUMB_RESAMPLE, reducing_gap=2.0)
    # A CMYK or grey profile would be wrong on the RGB copies.
    icc = image.info.get("icc_profile") if image.mode in _RGB_MODES else None
    return Derivatives(
        display=_encode_jpeg(rgb, DISPLAY_QUALITY, icc),
        thumb=_encode_jpeg(thumb, THUMB_QUALITY, icc),
    )


def _fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """``size`` scaled so its long edge is at most ``edge`` (never enlarged)."""
    width, height = size
    longest = max(width, height)
    if longest <= edge:
        return size
    return max(1, round(width * edge / longest)), max(1, round(height * edge / longest))


def _as_rgb(image: Image.Image) -> Image.Image:
    """An RGB version of ``image``; transparency is flattened onto white (screenshots)."""
    if image.mode == "RGB":
        return image
    if image.mode.startswith("I"):  # 16-bit grey PNG: Pillow's convert would clip to white
        image = image.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info
    if not has_alpha:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _encode_jpeg(image: Image.Image, quality: int, icc_profile: bytes | None) -> bytes:
    buffer = io.BytesIO()
    extra = {"icc_profile": icc_profile} if icc_profile else {}
    image.save(buffer, "JPEG", quality=quality, **extra)
    return buffer.getvalue()
