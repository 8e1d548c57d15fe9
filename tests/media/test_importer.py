"""Batch import through the process pool: bad files reported, the rest imported,
progress per file, cancelling stops promptly."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import meihao_desktop.media
from meihao_desktop.media import errors
from meihao_desktop.media.importer import import_photos
from meihao_desktop.media.photo_store import PhotoStore
from tests.media.photo_samples import asymmetric_picture, jpeg_bytes, shared_photos


def generated_photos(folder: Path, count: int, size: tuple[int, int] = (1200, 900)) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"site_{number:02}.jpg"
        # Different sizes → different content → different hashes.
        path.write_bytes(jpeg_bytes(asymmetric_picture((size[0] + number, size[1]))))
        paths.append(path)
    return paths


def test_mixed_batch_imports_the_good_files(store: PhotoStore) -> None:
    broken = shared_photos("broken")
    chosen = [
        shared_photos("gps") / "DSCN0010.jpg",
        broken / "corrupted.jpg",
        shared_photos("orientation") / "portrait_6.jpg",
        broken / "image01137.jpg",
        shared_photos("phone") / "IMG_5195.HEIC",
    ]
    seen: list[tuple[int, int, str]] = []

    report = import_photos(chosen, store, progress=lambda *args: seen.append(args), workers=2)

    assert [photo.name for photo in report.imported] == [
        "DSCN0010.jpg",
        "portrait_6.jpg",
        "image01137.jpg",
        "IMG_5195.HEIC",
    ]
    assert [str(failure) for failure in report.failures] == [
        "corrupted.jpg：图片文件已损坏或不完整"
    ]
    assert report.failures[0].kind == errors.CORRUPT
    assert report.failures[0].path == broken / "corrupted.jpg"
    assert (report.cancelled, report.not_started) == (False, [])
    assert [done for done, _, _ in seen] == [1, 2, 3, 4, 5]
    assert {total for _, total, _ in seen} == {5}
    assert sorted(name for _, _, name in seen) == sorted(path.name for path in chosen)
    for photo in report.imported:
        assert store.has_derivatives(photo.sha256)
        assert store.original_path(photo.sha256, photo.info.extension).is_file()


def test_whole_broken_folder(store: PhotoStore) -> None:
    folder = shared_photos("broken")
    report = import_photos(sorted(folder.iterdir()), store, workers=2)
    assert [failure.name for failure in report.failures] == ["corrupted.jpg"]
    assert len(report.imported) == len(list(folder.iterdir())) - 1


def test_same_photo_twice_in_one_batch_is_stored_once(tmp_path: Path, store: PhotoStore) -> None:
    data = jpeg_bytes()
    paths = [tmp_path / "a.jpg", tmp_path / "b.jpg"]
    for path in paths:
        path.write_bytes(data)
    report = import_photos(paths, store, workers=2)
    assert len({photo.sha256 for photo in report.imported}) == 1
    assert len(list((store.root / "display").iterdir())) == 1


def test_single_file_is_processed_in_this_process(
    tmp_path: Path, store: PhotoStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a pool was started for one file")

    monkeypatch.setattr("meihao_desktop.media.importer.ProcessPoolExecutor", no_pool)
    report = import_photos(generated_photos(tmp_path, 1), store)
    assert len(report.imported) == 1


def test_cancelling_the_pool_stops_promptly(tmp_path: Path, store: PhotoStore) -> None:
    paths = generated_photos(tmp_path, 16, size=(2400, 1800))
    seen: list[str] = []
    report = import_photos(
        paths,
        store,
        progress=lambda _done, _total, name: seen.append(name),
        cancelled=lambda: len(seen) >= 1,
        workers=2,
    )
    assert report.cancelled
    finished = len(report.imported) + len(report.failures)
    assert 1 <= finished <= 6  # the one that triggered it and those already running
    assert finished + len(report.not_started) == len(paths)
    assert report.not_started == paths[-len(report.not_started) :]
    stored = {path.stem for path in (store.root / "display").iterdir()}
    assert stored == {photo.sha256 for photo in report.imported}


def test_cancelling_in_process_stops_before_the_next_file(
    tmp_path: Path, store: PhotoStore
) -> None:
    paths = generated_photos(tmp_path, 5)
    seen: list[str] = []
    report = import_photos(
        paths,
        store,
        progress=lambda _done, _total, name: seen.append(name),
        cancelled=lambda: len(seen) >= 2,
        workers=1,
    )
    assert [photo.path for photo in report.imported] == paths[:2]
    assert report.not_started == paths[2:]
    assert report.cancelled


def test_cancelled_before_starting(tmp_path: Path, store: PhotoStore) -> None:
    paths = generated_photos(tmp_path, 3)
    report = import_photos(paths, store, cancelled=lambda: True, workers=2)
    assert report.imported == []
    assert report.not_started == paths


def test_media_package_imports_neither_qt_nor_the_database() -> None:
    """Worker processes import this package: it must stay GUI-free and light."""
    forbidden = ("PySide6", "shiboken6", "meihao_desktop.gui", "sqlmodel", "sqlalchemy")
    package = Path(meihao_desktop.media.__file__).parent
    offenders = []
    for source in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{source.name}: {name}"
                for name in names
                if any(name == bad or name.startswith(f"{bad}.") for bad in forbidden)
            ]
    assert offenders == []
