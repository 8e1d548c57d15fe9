"""Landing a package's photo originals in the photo store, and making their screen copies.

Originals are written through ``PhotoStore.put_original`` (temporary file, fsync,
rename) *before* the database rows that name them are committed; if the import then
fails, the originals it added are removed again. A crash in between leaves files no
row references, which ``PhotoStore.clean_orphans`` removes at the next start.

The display copies and thumbnails are not part of the import proper: decoding costs
~150 ms a photo, so they are made afterwards through the photo importer (all cores), or
later by ``render_missing_derivatives``. The photo screens fall back to the original
until then.
"""

from __future__ import annotations

import hashlib
import threading
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.exchange.archive import open_zip, read_member
from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.reader import PhotoFile, VerifiedPackage
from meihao_desktop.media.photo_store import PhotoStore

Progress = Callable[[int, int, str], None]  # (done, total, name)
LANDING_THREADS = 4


@dataclass
class LandedPhotos:
    """Which originals an import wrote (``added``) and which the store had already."""

    added: list[PhotoFile] = field(default_factory=list)
    present: list[PhotoFile] = field(default_factory=list)
    created_folders: list[Path] = field(default_factory=list)


def land_originals(
    package: VerifiedPackage, store: PhotoStore, progress: Progress | None = None
) -> LandedPhotos:
    """Copy the package's originals the store lacks; on failure, undo what was written.

    A few threads share the work, each with its own handle on the zip: hashing, reading
    and fsync release the GIL, so one file's wait for the disk overlaps the next copy.
    """
    landed = LandedPhotos()
    photos = sorted(package.photos.values(), key=lambda photo: photo.sha256)
    landed.created_folders = _missing_folders(store, photos)
    lock = threading.Lock()
    done = [0]

    def land(batch: list[PhotoFile]) -> None:
        with open_zip(package.path) as archive:
            for photo in batch:
                added = _land_one(archive, photo, store, package.file_name)
                with lock:
                    (landed.added if added else landed.present).append(photo)
                    done[0] += 1
                    if progress is not None:
                        progress(done[0], len(photos), photo.member)

    batches = [photos[start::LANDING_THREADS] for start in range(LANDING_THREADS)]
    try:
        with ThreadPoolExecutor(LANDING_THREADS, thread_name_prefix="land-photos") as pool:
            for future in [pool.submit(land, batch) for batch in batches if batch]:
                future.result()
    except OSError as error:
        remove_landed(store, landed)
        raise MeihaoError(
            f"无法把照片保存到照片文件夹：{error.strerror or error}", where=str(store.root)
        ) from error
    except BaseException:
        remove_landed(store, landed)
        raise
    return landed


def _land_one(archive: zipfile.ZipFile, photo: PhotoFile, store: PhotoStore, where: str) -> bool:
    """Store one original; False if the store had it already."""
    if store.original_path(photo.sha256, photo.extension).is_file():
        return False
    data = read_member(archive, archive.getinfo(photo.member), photo.size, where)
    _check_hash(data, photo, where)
    store.put_original(photo.sha256, photo.extension, data)
    return True


def _check_hash(data: bytes, photo: PhotoFile, where: str) -> None:
    # Checked again: the file could have been replaced since the preview read it.
    if hashlib.sha256(data).hexdigest() != photo.sha256:
        raise PackageError(f"照片 {photo.member} 在预览之后被修改", where=where, kind="hash")


def _missing_folders(store: PhotoStore, photos: Iterable[PhotoFile]) -> list[Path]:
    """Folders the import may create, deepest first, so a failed import can remove them."""
    shards = {store.original_path(p.sha256, p.extension).parent for p in photos}
    candidates = [*sorted(shards), store.root / "originals", store.root]
    return [folder for folder in candidates if not folder.exists()]


def remove_landed(store: PhotoStore, landed: LandedPhotos) -> None:
    """Undo ``land_originals``: the store is as it was before (files and folders)."""
    for photo in landed.added:
        with suppress(OSError):
            store.original_path(photo.sha256, photo.extension).unlink()
    for folder in landed.created_folders:
        with suppress(OSError):
            folder.rmdir()


@dataclass(frozen=True)
class DerivativeReport:
    rendered: int
    failures: tuple[str, ...]  # "name：reason"


def render_missing_derivatives(
    store: PhotoStore,
    photos: Iterable[tuple[str, str]],
    progress: Progress | None = None,
    workers: int | None = None,
) -> DerivativeReport:
    """Make the display copy and thumbnail of each (sha256, extension) that lacks them.

    Goes through the photo importer, which decodes each original once in a worker
    process; originals already in the store are not written again.
    """
    from meihao_desktop.media.importer import import_photos

    wanted = [
        store.original_path(sha256, extension)
        for sha256, extension in photos
        if not store.has_derivatives(sha256)
    ]
    report = import_photos(wanted, store, progress=progress, workers=workers)
    return DerivativeReport(len(report.imported), tuple(str(f) for f in report.failures))
