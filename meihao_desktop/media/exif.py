"""What a photo's EXIF says about it: when and where it was taken, by which camera,
and how it must be turned to stand upright.

EXIF is written by thousands of different devices and is often odd (blank dates,
zero-denominator GPS rationals, NUL-padded strings). A photo with mangled metadata is
still a good photo, so every reader here returns "unknown" instead of failing.

Times: EXIF ``DateTimeOriginal`` is the camera's wall-clock time. With an
``OffsetTimeOriginal`` (modern phones) it is converted exactly; without one (most
cameras) it is taken to be in *this computer's* local time zone — inspectors import
photos on the laptop they carried, in the district where they took them — and
stored as aware UTC like every other timestamp.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final

from PIL import ExifTags, Image

_ORIENTATION: Final = 0x0112
_MAKE: Final = 0x010F
_MODEL: Final = 0x0110
_DATETIME_ORIGINAL: Final = 0x9003
_DATETIME_DIGITIZED: Final = 0x9004
_OFFSET_ORIGINAL: Final = 0x9011
_OFFSET_DIGITIZED: Final = 0x9012
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4

_DATETIME: Final = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET: Final = re.compile(r"([+-])(\d{2}):?(\d{2})")


@dataclass(frozen=True)
class ExifFacts:
    """The metadata the program keeps; None or "" where the photo does not say."""

    orientation: int = 1  # EXIF orientation 1–8; 1 = stored upright
    taken_at: datetime | None = None  # aware UTC
    camera: str = ""
    gps_lat: float | None = None  # signed decimal degrees, north positive
    gps_lon: float | None = None  # signed decimal degrees, east positive


def read_exif_facts(image: Image.Image) -> ExifFacts:
    """The facts from ``image``'s EXIF (read from the header; no pixels are decoded)."""
    if image.format == "PNG" and "exif" not in image.info:
        # A PNG's eXIf chunk may follow the pixels, and Pillow would decode the whole
        # image to look for it; screenshots carry nothing worth that.
        return ExifFacts()
    try:
        exif = image.getexif()
        exif_ifd = exif.get_ifd(ExifTags.IFD.Exif)
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except Exception:  # broken EXIF must not stop an import (see the module docstring)
        return ExifFacts()
    latitude, longitude = _gps(gps_ifd)
    return ExifFacts(
        orientation=_orientation(exif.get(_ORIENTATION)),
        taken_at=_taken_at(exif_ifd),
        camera=_camera(exif.get(_MAKE), exif.get(_MODEL)),
        gps_lat=latitude,
        gps_lon=longitude,
    )


def _orientation(value: Any) -> int:
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value.replace("\x00", " ").strip() if isinstance(value, str) else ""


def _camera(make: Any, model: Any) -> str:
    """ "NIKON COOLPIX P6000"; model alone when it already names the maker ("Canon EOS R")."""
    make_text, model_text = _text(make), _text(model)
    if make_text and model_text.lower().startswith(make_text.lower()):
        return model_text
    return " ".join(part for part in (make_text, model_text) if part)


def _taken_at(exif_ifd: dict[int, Any]) -> datetime | None:
    for stamp_tag, offset_tag in (
        (_DATETIME_ORIGINAL, _OFFSET_ORIGINAL),
        (_DATETIME_DIGITIZED, _OFFSET_DIGITIZED),
    ):
        local = _parse_datetime(exif_ifd.get(stamp_tag))
        if local is not None:
            zone = _parse_offset(exif_ifd.get(offset_tag))
            # astimezone() on a naive datetime assumes the machine's local zone.
            aware = local.replace(tzinfo=zone) if zone else local.astimezone()
            return aware.astimezone(UTC)
    return None


def _parse_datetime(value: Any) -> datetime | None:
    match = _DATETIME.match(_text(value))
    if match is None:
        return None  # blank, "0000:00:00 00:00:00" and other placeholders
    year, month, day, hour, minute, second = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)  # naive: caller adds the zone
    except ValueError:
        return None


def _parse_offset(value: Any) -> timezone | None:
    match = _OFFSET.fullmatch(_text(value))
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta > timedelta(hours=14):
        return None
    return timezone(-delta if sign == "-" else delta)


def _gps(gps_ifd: dict[int, Any]) -> tuple[float | None, float | None]:
    latitude = _degrees(gps_ifd.get(_GPS_LAT), gps_ifd.get(_GPS_LAT_REF), "S", 90)
    longitude = _degrees(gps_ifd.get(_GPS_LON), gps_ifd.get(_GPS_LON_REF), "W", 180)
    if latitude is None or longitude is None:
        return None, None
    if latitude == 0 and longitude == 0:
        return None, None  # receivers without a fix write 0/0; nobody inspects off Africa
    return latitude, longitude


def _degrees(value: Any, reference: Any, negative: str, limit: float) -> float | None:
    """Degrees, minutes, seconds (three rationals) → signed decimal degrees."""
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = degrees + minutes / 60 + seconds / 3600
    if not math.isfinite(result) or abs(result) > limit:
        return None
    return -result if _text(reference).upper().startswith(negative) else result
