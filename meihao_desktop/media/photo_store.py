"""The photo files of one database, kept in a content-addressed folder beside it.

For ``/x/meihao.sqlite`` the folder is ``/x/meihao.photos/``::

    originals/<sha[:2]>/<sha256>.<ext>   the file as imported, byte for byte
    display/<sha256>.jpg                  upright, long edge ≤ 1600 px, for screen and PDF
    thumbs/<sha256>.jpg                   upright, long edge ≤ 256 px

Files are named by the SHA-256 of the original, so a photo added twice (or to two
inspections) is stored once, and a name never points at other content. Every file is
written to a temporary name in its final folder, flushed to disk and then renamed, so a
crash or power cut leaves either the whole file or a temporary leftover, never half a
file under a final name; ``clean_orphans`` removes the leftovers at start-up.

The database rows refer to photos by hash; the store knows nothing of the database.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Final

TEMP_PREFIX: Final = ".tmp-"
_SHA256: Final = re.compile(r"[0-9a-f]{64}")


class PhotoStore:
    """The photo folder at ``root``; creating the object touches nothing on disk."""

    def __init__(self, root: Path) -> None:
        self._root = Path(root)

    @classmethod
    def beside(cls, database_path: Path) -> PhotoStore:
        """The store that belongs to the database file at ``database_path``."""
        database_path = Path(database_path)
        return cls(database_path.with_name(f"{database_path.stem}.photos"))

    @property
    def root(self) -> Path:
        return self._root

    @property
    def staging_prefix(self) -> str:
        """Name prefix of the folders beside the store where package imports stage their
        photos (``exchange.staging``); stale ones are removed by ``clean_orphans``."""
        return f".{self._root.name}.incoming-"

    def original_path(self, sha256: str, extension: str) -> Path:
        return self._root / "originals" / sha256[:2] / f"{_checked(sha256)}.{extension}"

    def display_path(self, sha256: str) -> Path:
        return self._root / "display" / f"{_checked(sha256)}.jpg"

    def thumb_path(self, sha256: str) -> Path:
        return self._root / "thumbs" / f"{_checked(sha256)}.jpg"

    def has_derivatives(self, sha256: str) -> bool:
        """Whether the display copy and thumbnail of ``sha256`` are both stored."""
        return self.display_path(sha256).is_file() and self.thumb_path(sha256).is_file()

    def put_original(self, sha256: str, extension: str, data: bytes) -> None:
        """Store the original (skipped when it is already there: same hash, same bytes)."""
        path = self.original_path(sha256, extension)
        if not path.is_file():
            write_atomically(path, data)

    def move_in_original(self, staged: Path, sha256: str, extension: str) -> Path:
        """Rename ``staged`` into place as the original ``sha256``; returns its path.

        For a file the caller has checked (its hash) and flushed to disk on the same
        filesystem (``exchange.staging``); call ``fsync_folder`` on the folders of a
        batch afterwards, so the renames are on disk before rows reference them.
        """
        path = self.original_path(sha256, extension)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, path)
        return path

    def put_derivatives(self, sha256: str, display: bytes, thumb: bytes) -> None:
        write_atomically(self.display_path(sha256), display)
        write_atomically(self.thumb_path(sha256), thumb)

    def remove(self, sha256: str) -> list[Path]:
        """Delete every file of ``sha256``; returns the paths removed."""
        doomed = [path for path in self._files() if path.name.startswith(_checked(sha256))]
        return _unlink_all(doomed)

    def clean_orphans(
        self, referenced_sha256s: Iterable[str], *, older_than: float | None = None
    ) -> list[Path]:
        """Remove temporary leftovers and files whose hash no database row references,
        and the staging folders of package imports that died.

        An import writes its files before it inserts the rows that reference them, so
        a file newer than ``older_than`` (a time.time() value; pass the process start)
        may belong to an import still running and is kept. Only files the store itself
        names (a SHA-256 or the temporary prefix) are ever touched.
        """
        keep = set(referenced_sha256s)
        removed = _unlink_all(
            path
            for path in self._files()
            if _is_orphan(path.name, keep)
            and (older_than is None or path.stat().st_mtime < older_than)
        )
        self._remove_empty_shard_folders()
        return removed + self._remove_stale_staging(older_than)

    def _remove_stale_staging(self, older_than: float | None) -> list[Path]:
        """Staging folders left by an import that died (newer ones may be in use)."""
        parent = self._root.parent
        if not parent.is_dir():
            return []
        stale = [
            folder
            for folder in sorted(parent.glob(f"{glob.escape(self.staging_prefix)}*"))
            if folder.is_dir() and (older_than is None or folder.stat().st_mtime < older_than)
        ]
        for folder in stale:
            shutil.rmtree(folder, ignore_errors=True)
        return stale

    def _files(self) -> list[Path]:
        """Every file in the store's folders, listed before anything is deleted."""
        originals = self._root / "originals"
        folders = [self._root / "display", self._root / "thumbs", originals]
        if originals.is_dir():
            folders += sorted(path for path in originals.iterdir() if path.is_dir())
        return [
            path
            for folder in folders
            if folder.is_dir()
            for path in sorted(folder.iterdir())
            if path.is_file()
        ]

    def _remove_empty_shard_folders(self) -> None:
        originals = self._root / "originals"
        if originals.is_dir():
            for shard in originals.iterdir():
                with suppress(OSError):  # not empty (or already gone): keep it
                    shard.rmdir()


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that ``path`` never holds a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            # On disk before the rename, and the rename on disk before the database row
            # that references the file is committed (synchronous=FULL does the same).
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (new names, renames) to disk."""
    if os.name != "posix":  # Windows cannot open a folder; NTFS journals the rename
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _is_orphan(name: str, keep: set[str]) -> bool:
    if name.startswith(TEMP_PREFIX):
        return True
    stem = name.split(".", 1)[0]
    return bool(_SHA256.fullmatch(stem)) and stem not in keep


def _unlink_all(paths: Iterable[Path]) -> list[Path]:
    removed = []
    for path in paths:
        with suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def _checked(sha256: str) -> str:
    # A hash that is not 64 hex digits would escape the folder or collide; it is a bug.
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return sha256
