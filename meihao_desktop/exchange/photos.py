"""Landing a package's photo originals in the photo store, and making their screen copies.

The preview checked every photo and staged those the store lacked (``photo_check``,
``staging``): flushed to disk under their final names in a folder beside the store. The
import moves them in by rename *before* the database rows that name them are committed,
then flushes the folders, so a committed row never points at a missing file. If the
import then fails, the moved files go back to the staging folder (the preview can be
applied again) and the folders it created are removed. A crash in between leaves files
no row references, which ``PhotoStore.clean_orphans`` removes at the next start, with
the staging folder.

A photo the store had at the preview but lost since (it was tidied away) is read from
the package again and its hash checked again.

The display copies and thumbnails are not part of the import proper: decoding costs
~150 ms a photo, so they are made afterwards through the photo importer (all cores), or
later by ``render_missing_derivatives``. The photo screens fall back to the original
until then.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable, Iterable
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.exchange.archive import open_zip, read_member
from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.reader import PhotoFile, VerifiedPackage
from meihao_desktop.media.photo_store import PhotoStore, fsync_folder

Progress = Callable[[int, int, str], None]  # (done, total, name)


@dataclass
class LandedPhotos:
    """Which originals an import put in the store (``added``: ``moved`` from staging or
    ``written`` from the package) and which the store had already (``present``)."""

    moved: list[PhotoFile] = field(default_factory=list)
    written: list[PhotoFile] = field(default_factory=list)
    present: list[PhotoFile] = field(default_factory=list)
    created_folders: list[Path] = field(default_factory=list)

    @property
    def added(self) -> list[PhotoFile]:
        return [*self.moved, *self.written]


def land_originals(
    package: VerifiedPackage, store: PhotoStore, progress: Progress | None = None
) -> LandedPhotos:
    """Put the package's originals the store lacks in it; on failure, undo what was done."""
    landed = LandedPhotos()
    photos = sorted(package.photos.values(), key=lambda photo: photo.sha256)
    landed.created_folders = _missing_folders(store, photos)
    try:
        with ExitStack() as stack:
            archive: list[zipfile.ZipFile] = []  # opened only if a photo must be read again
            for done, photo in enumerate(photos, start=1):
                _land_one(package, photo, store, landed, lambda: _opened(stack, archive, package))
                if progress is not None:
                    progress(done, len(photos), photo.member)
        for folder in _folders_to_flush(store, landed):
            fsync_folder(folder)
    except OSError as error:
        remove_landed(store, landed, package)
        raise MeihaoError(
            f"无法把照片保存到照片文件夹：{error.strerror or error}", where=str(store.root)
        ) from error
    except BaseException:
        remove_landed(store, landed, package)
        raise
    return landed


def _land_one(
    package: VerifiedPackage,
    photo: PhotoFile,
    store: PhotoStore,
    landed: LandedPhotos,
    archive: Callable[[], zipfile.ZipFile],
) -> None:
    if store.original_path(photo.sha256, photo.extension).is_file():
        landed.present.append(photo)
        return
    staging = package.staging
    if staging is not None and staging.has(photo.sha256, photo.extension):
        store.move_in_original(
            staging.path(photo.sha256, photo.extension), photo.sha256, photo.extension
        )
        landed.moved.append(photo)
        return
    data = read_member(archive(), archive().getinfo(photo.member), photo.size, package.file_name)
    # Checked again: the package file could have been replaced since the preview read it.
    if hashlib.sha256(data).hexdigest() != photo.sha256:
        raise PackageError(
            f"照片 {photo.member} 在预览之后被修改", where=package.file_name, kind="hash"
        )
    store.put_original(photo.sha256, photo.extension, data)
    landed.written.append(photo)


def _opened(
    stack: ExitStack, opened: list[zipfile.ZipFile], package: VerifiedPackage
) -> zipfile.ZipFile:
    if not opened:
        opened.append(stack.enter_context(open_zip(package.path)))
    return opened[0]


def _folders_to_flush(store: PhotoStore, landed: LandedPhotos) -> list[Path]:
    """The folders whose entries changed: the shards renamed into, and new folders' parents."""
    shards = {store.original_path(p.sha256, p.extension).parent for p in landed.moved}
    made = {folder.parent for folder in landed.created_folders if folder.is_dir()}
    return sorted(shards | made)


def _missing_folders(store: PhotoStore, photos: Iterable[PhotoFile]) -> list[Path]:
    """Folders the import may create, deepest first, so a failed import can remove them."""
    shards = {store.original_path(p.sha256, p.extension).parent for p in photos}
    candidates = [*sorted(shards), store.root / "originals", store.root]
    return [folder for folder in candidates if not folder.exists()]


def remove_landed(
    store: PhotoStore, landed: LandedPhotos, package: VerifiedPackage | None = None
) -> None:
    """Undo ``land_originals``: the store is as it was before (files and folders), and
    the photos moved from the staging folder are back there."""
    staging = package.staging if package is not None else None
    for photo in landed.moved:
        path = store.original_path(photo.sha256, photo.extension)
        with suppress(OSError):
            if staging is not None and not staging.discarded:
                os.replace(path, staging.path(photo.sha256, photo.extension))
            else:
                path.unlink()
    for photo in landed.written:
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
