"""Time taken, place and camera read from real camera and phone files; HEIC/HEIF import.

Expected values are the ones written in the files' EXIF (degrees, minutes, seconds as
the camera stored them), converted by hand here.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PIL import Image

from meihao_desktop.media.exif import read_exif_facts
from meihao_desktop.media.processing import process_photo
from tests.media.photo_samples import (
    asymmetric_picture,
    difference,
    fingerprint,
    image_bytes,
    jpeg_bytes,
    shared_photos,
    stored_as,
)
from tests.needs import needs


def dms(degrees: float, minutes: float, seconds: float) -> float:
    return degrees + minutes / 60 + seconds / 3600


# file: (DateTimeOriginal as written, latitude N, longitude E)
NIKON_GPS = {
    "DSCN0010.jpg": (datetime(2008, 10, 22, 16, 28, 39), dms(43, 28, 2.814), dms(11, 53, 6.456)),
    "DSCN0012.jpg": (datetime(2008, 10, 22, 16, 29, 49), dms(43, 28, 1.764), dms(11, 53, 7.422)),
    "DSCN0021.jpg": (datetime(2008, 10, 22, 16, 38, 20), dms(43, 28, 1.494), dms(11, 53, 4.338)),
}


@pytest.mark.parametrize("name", sorted(NIKON_GPS))
def test_camera_gps_and_time_taken(name: str) -> None:
    data = (shared_photos("gps") / name).read_bytes()
    info, _ = process_photo(data, name, render=False)
    wall_clock, latitude, longitude = NIKON_GPS[name]
    assert info.gps_lat == pytest.approx(latitude, abs=1e-7)
    assert info.gps_lon == pytest.approx(longitude, abs=1e-7)
    # No offset in the file: the camera's clock is read as this machine's local time.
    assert info.taken_at == wall_clock.astimezone(UTC)
    assert info.taken_at is not None
    assert info.taken_at.tzinfo is UTC
    assert info.camera == "NIKON COOLPIX P6000"
    assert (info.width, info.height, info.media_type) == (640, 480, "image/jpeg")


@pytest.mark.usefixtures("shanghai_time")
def test_time_without_offset_is_local_time_of_this_machine() -> None:
    data = (shared_photos("gps") / "DSCN0010.jpg").read_bytes()
    info, _ = process_photo(data, "DSCN0010.jpg", render=False)
    assert info.taken_at == datetime(2008, 10, 22, 8, 28, 39, tzinfo=UTC)  # 16:28 in UTC+8


def test_iphone_heic_keeps_time_place_and_orientation() -> None:
    path = shared_photos("phone") / "IMG_5195.HEIC"
    info, copies = process_photo(path.read_bytes(), path.name, render=True)
    # 2021:04:11 15:47:53 with OffsetTimeOriginal -05:00
    assert info.taken_at == datetime(2021, 4, 11, 15, 47, 53, tzinfo=timezone(-timedelta(hours=5)))
    assert info.gps_lat == pytest.approx(dms(39, 3, 4.84), abs=1e-7)
    assert info.gps_lon == pytest.approx(-dms(94, 17, 19.58), abs=1e-7)  # West
    assert info.camera == "Apple iPhone 11 Pro Max"
    assert (info.media_type, info.extension) == ("image/heic", "heic")
    assert (info.width, info.height) == (2566, 3313)  # portrait, as the phone showed it
    assert copies is not None
    with Image.open(io.BytesIO(copies.display)) as display, Image.open(path) as original:
        assert display.size == (1239, 1600)
        assert difference(fingerprint(display), fingerprint(original.copy())) < 4


def test_heif_file_imports() -> None:
    path = shared_photos("phone") / "samplefilehub.heif"
    info, copies = process_photo(path.read_bytes(), path.name, render=True)
    assert (info.width, info.height) == (640, 426)
    assert info.media_type in ("image/heic", "image/heif")
    assert copies is not None


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_turned_heic_comes_out_upright(orientation: int) -> None:
    """A phone that holds the camera sideways stores a rotation in the HEIC file."""
    pillow_heif = pytest.importorskip("pillow_heif")
    needs(bool(pillow_heif.libheif_info().get("HEIF")), "a libheif with a HEIF encoder")
    pillow_heif.register_heif_opener()
    upright = asymmetric_picture()
    exif = Image.Exif()
    exif[0x0112] = orientation  # pillow-heif writes this as the file's rotation box (irot)
    data = image_bytes(stored_as(upright, orientation), "HEIF", exif=exif.tobytes(), quality=90)
    info, copies = process_photo(data, "turned.heic", render=True)
    assert (info.width, info.height) == upright.size
    assert copies is not None
    with Image.open(io.BytesIO(copies.display)) as display:
        assert display.size == upright.size
        assert difference(fingerprint(display), fingerprint(upright)) < 5


def test_phone_jpeg_time_and_camera() -> None:
    path = shared_photos("phone") / "jolla.jpg"
    info, _ = process_photo(path.read_bytes(), path.name, render=False)
    assert info.taken_at == datetime(2014, 9, 21, 16, 0, 56).astimezone(UTC)
    assert info.camera == "Jolla"  # make "Jolla", model "Jolla": not "Jolla Jolla"
    assert info.gps_lat is None
    assert info.gps_lon is None


def exif_picture(
    tags: dict[int, object], exif_ifd: dict[int, object], gps: dict[int, object]
) -> Image.Image:
    exif = Image.Exif()
    for tag, value in tags.items():
        exif[tag] = value
    if exif_ifd:
        exif.get_ifd(0x8769).update(exif_ifd)
    if gps:
        exif.get_ifd(0x8825).update(gps)
    return Image.open(io.BytesIO(jpeg_bytes(asymmetric_picture((40, 30)), exif=exif)))


def test_offset_time_and_southern_western_gps() -> None:
    with exif_picture(
        {0x010F: "Canon", 0x0110: "Canon EOS R5"},
        {0x9003: "2024:05:01 09:30:00", 0x9011: "+08:00"},
        {1: "S", 2: (33.0, 52.0, 0.0), 3: "W", 4: (151.0, 12.0, 36.0)},
    ) as image:
        facts = read_exif_facts(image)
    assert facts.taken_at == datetime(2024, 5, 1, 1, 30, tzinfo=UTC)
    assert facts.camera == "Canon EOS R5"
    assert facts.gps_lat == pytest.approx(-dms(33, 52, 0))
    assert facts.gps_lon == pytest.approx(-dms(151, 12, 36))


@pytest.mark.parametrize(
    ("exif_ifd", "gps"),
    [
        ({0x9003: "0000:00:00 00:00:00"}, {1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)}),
        (
            {0x9003: "    :  :     :  :  "},
            {1: "N", 2: (91.0, 0.0, 0.0), 3: "E", 4: (10.0, 0.0, 0.0)},
        ),
        ({0x9003: "2024:13:45 99:00:00"}, {1: "N", 2: (30.0, 0.0), 3: "E", 4: (10.0, 0.0, 0.0)}),
    ],
)
def test_placeholder_and_impossible_values_mean_unknown(
    exif_ifd: dict[int, object], gps: dict[int, object]
) -> None:
    with exif_picture({}, exif_ifd, gps) as image:
        facts = read_exif_facts(image)
    assert facts.taken_at is None
    assert (facts.gps_lat, facts.gps_lon) == (None, None)


def test_digitized_time_when_original_time_is_missing() -> None:
    with exif_picture({}, {0x9004: "2023:01:02 03:04:05", 0x9012: "+00:00"}, {}) as image:
        assert read_exif_facts(image).taken_at == datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_png_photo_has_no_metadata_but_imports() -> None:
    info, copies = process_photo(image_bytes(asymmetric_picture(), "PNG"), "shot.png", render=True)
    assert (info.media_type, info.extension, info.width, info.height) == (
        "image/png",
        "png",
        400,
        300,
    )
    assert (info.taken_at, info.camera, info.gps_lat) == (None, "", None)
    assert copies is not None
