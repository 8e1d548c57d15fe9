"""Files that are not good photos give a typed error, in Chinese, naming the file."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from meihao_desktop.media import errors, integrity, processing
from meihao_desktop.media.errors import PhotoError
from meihao_desktop.media.importer import import_file
from meihao_desktop.media.integrity import isobmff_problem, jpeg_problem, png_problem
from meihao_desktop.media.photo_store import PhotoStore
from tests.media.photo_samples import (
    asymmetric_picture,
    image_bytes,
    jpeg_bytes,
    png_claiming,
    shared_photos,
)


def refused(path: Path, store: PhotoStore) -> PhotoError:
    with pytest.raises(PhotoError) as caught:
        import_file(path, store)
    return caught.value


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_real_corrupted_jpeg_is_refused(store: PhotoStore) -> None:
    """Pillow decodes this file without complaint (grey bands); the import refuses it."""
    error = refused(shared_photos("broken") / "corrupted.jpg", store)
    assert error.kind == errors.CORRUPT
    assert str(error) == "corrupted.jpg：图片文件已损坏或不完整"
    assert error.where == "corrupted.jpg"
    assert not store.root.exists() or not any(store.root.rglob("*.jpg"))


@pytest.mark.parametrize("name", ["image01137.jpg", "image01551.jpg"])
def test_real_files_with_invalid_metadata_still_import(store: PhotoStore, name: str) -> None:
    photo = import_file(shared_photos("broken") / name, store)
    assert photo.info.taken_at is None
    assert store.has_derivatives(photo.sha256)


def test_empty_file(tmp_path: Path, store: PhotoStore) -> None:
    error = refused(write(tmp_path, "空.jpg", b""), store)
    assert (error.kind, str(error)) == (errors.EMPTY, "空.jpg：文件为空")


def test_text_renamed_jpg(tmp_path: Path, store: PhotoStore) -> None:
    error = refused(write(tmp_path, "notes.jpg", "现场记录：楼道整洁".encode()), store)
    assert (error.kind, error.message) == (errors.NOT_IMAGE, "不是可识别的图片")


def test_truncated_jpeg(tmp_path: Path, store: PhotoStore) -> None:
    data = jpeg_bytes(asymmetric_picture((1200, 900)))
    error = refused(write(tmp_path, "cut.jpg", data[: len(data) // 2]), store)
    assert (error.kind, error.message) == (errors.CORRUPT, "图片文件已损坏或不完整")


def test_truncation_is_caught_by_the_full_decode_too(
    tmp_path: Path, store: PhotoStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the marker check, the drafted decode itself must notice the missing data."""
    monkeypatch.setattr(integrity, "jpeg_problem", lambda _data: None)
    data = jpeg_bytes(asymmetric_picture((3200, 2400)))
    error = refused(write(tmp_path, "cut.jpg", data[: len(data) // 2]), store)
    assert error.kind == errors.CORRUPT
    assert isinstance(error.__cause__, OSError)  # Pillow: "image file is truncated"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


@pytest.mark.parametrize("cut", [0.5, -12])
def test_truncated_png(tmp_path: Path, store: PhotoStore, cut: float) -> None:
    """Pillow itself accepts a PNG that lacks only its last bytes (the end chunk)."""
    data = image_bytes(asymmetric_picture((800, 600)), "PNG")
    end = int(len(data) * cut) if cut > 0 else int(cut)
    error = refused(write(tmp_path, "screen.png", data[:end]), store)
    assert error.kind == errors.CORRUPT


def test_png_with_damaged_pixel_data(tmp_path: Path, store: PhotoStore) -> None:
    damaged = bytearray(image_bytes(asymmetric_picture((800, 600)), "PNG"))
    damaged[damaged.index(b"IDAT") + 100] ^= 0x01
    error = refused(write(tmp_path, "screen.png", bytes(damaged)), store)
    assert error.kind == errors.CORRUPT
    assert "checksum" in error.detail


def test_restart_markers_out_of_order(tmp_path: Path, store: PhotoStore) -> None:
    """Spliced or damaged data that libjpeg would patch over with grey blocks."""
    data = jpeg_bytes(asymmetric_picture((256, 256)), restart_marker_blocks=4)
    first, second = data.index(b"\xff\xd1"), data.index(b"\xff\xd2")
    damaged = bytearray(data)
    damaged[first + 1], damaged[second + 1] = 0xD2, 0xD1
    with Image.open(io.BytesIO(bytes(damaged))) as image:
        image.load()  # Pillow alone accepts it
    error = refused(write(tmp_path, "spliced.jpg", bytes(damaged)), store)
    assert error.kind == errors.CORRUPT


@pytest.mark.parametrize(
    ("format_name", "shown"),
    [("GIF", "GIF"), ("TIFF", "TIFF"), ("BMP", "BMP"), ("WEBP", "WEBP"), ("PDF", "PDF")],
)
def test_unsupported_formats_renamed_jpg(
    tmp_path: Path, store: PhotoStore, format_name: str, shown: str
) -> None:
    data = image_bytes(asymmetric_picture((60, 40)), format_name)
    error = refused(write(tmp_path, "photo.jpg", data), store)
    assert error.kind == errors.UNSUPPORTED
    assert error.message == f"不支持的图片格式：{shown}"


def test_video_is_named(tmp_path: Path, store: PhotoStore) -> None:
    movie = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64)
    error = refused(write(tmp_path, "IMG_0001.jpg", movie), store)
    assert error.message == "不支持的图片格式：MP4/MOV 视频"


@pytest.mark.parametrize("size", [(50_000, 50_000), (12_000, 12_000)])
def test_decompression_bomb(tmp_path: Path, store: PhotoStore, size: tuple[int, int]) -> None:
    """50000² is over twice the limit (Pillow's error); 12000² between 1× and 2× (its warning)."""
    data = png_claiming(*size)
    assert len(data) < 200
    error = refused(write(tmp_path, "bomb.png", data), store)
    assert (error.kind, error.message) == (errors.TOO_MANY_PIXELS, "图片像素过多（可能是恶意文件）")


def test_file_too_large(tmp_path: Path, store: PhotoStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processing, "MAX_FILE_BYTES", 4096)
    error = refused(write(tmp_path, "huge.jpg", jpeg_bytes(asymmetric_picture((800, 600)))), store)
    assert (error.kind, error.message) == (errors.TOO_LARGE, "文件过大（超过 4 KB）")


def test_default_limits() -> None:
    assert processing.MAX_FILE_BYTES == 60 * 2**20
    assert Image.MAX_IMAGE_PIXELS == processing.MAX_PIXELS == 120_000_000


def test_unreadable_file(
    tmp_path: Path, store: PhotoStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "locked.jpg", jpeg_bytes())

    def no_permission(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", no_permission)
    error = refused(path, store)
    assert (error.kind, error.message) == (errors.UNREADABLE, "无法读取文件：没有权限")


def test_missing_file_and_folder(tmp_path: Path, store: PhotoStore) -> None:
    assert refused(tmp_path / "gone.jpg", store).message == "无法读取文件：文件不存在"
    (tmp_path / "album.jpg").mkdir()
    assert refused(tmp_path / "album.jpg", store).kind == errors.UNREADABLE


def test_truncated_heic(tmp_path: Path, store: PhotoStore) -> None:
    """libheif decodes half a HEIC without complaint; the box sizes give it away."""
    data = (shared_photos("phone") / "IMG_5195.HEIC").read_bytes()
    error = refused(write(tmp_path, "IMG_5195.HEIC", data[: len(data) // 2]), store)
    assert error.kind == errors.CORRUPT


def test_photo_error_survives_pickling() -> None:
    """Worker processes send errors back to the importer."""
    error = PhotoError(errors.TOO_LARGE, "a.jpg", "超过 60 MB")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.kind, copy.where, copy.message, str(copy)) == (
        error.kind,
        "a.jpg",
        "文件过大（超过 60 MB）",
        "a.jpg：文件过大（超过 60 MB）",
    )


def test_marker_check_accepts_good_files_and_trailers() -> None:
    good = jpeg_bytes()
    assert jpeg_problem(good) is None
    assert jpeg_problem(good + b"phone maker's trailer \xff\xd8") is None
    assert jpeg_problem(jpeg_bytes(progressive=True)) is None
    assert jpeg_problem(good[:-2]) is not None
    assert jpeg_problem(b"\xff\xd8\xff\xe0\x00") is not None


def test_chunk_check() -> None:
    good = image_bytes(asymmetric_picture((60, 40)), "PNG")
    assert png_problem(good) is None
    assert png_problem(good + b"trailing") is None
    assert png_problem(png_claiming(50_000, 50_000)) is None  # well-formed, just huge
    assert png_problem(good[:-1]) is not None


def test_box_check() -> None:
    box = (16).to_bytes(4, "big") + b"ftypheic" + b"mif1"
    assert isobmff_problem(box + (8).to_bytes(4, "big") + b"mdat") is None
    assert isobmff_problem(box + (100).to_bytes(4, "big") + b"mdat" + bytes(10)) is not None
    assert isobmff_problem(box + (0).to_bytes(4, "big") + b"mdat" + bytes(10)) is None
    assert isobmff_problem(box + b"\x00\x00") is not None
