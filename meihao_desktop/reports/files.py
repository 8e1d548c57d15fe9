"""Writing a PDF so that the destination holds either the old file or the whole new one.

A form is written under a hidden temporary name in the destination folder (the same
file system, so the final rename is atomic), flushed to disk and then renamed over the
destination. A crash or an error leaves at most the temporary file, and every error
path removes it. Write errors the user can fix become an ``ExportError`` naming the file.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from meihao_desktop import PROCESS_STARTED
from meihao_desktop.reports.errors import ExportError, export_error

TEMP_SUFFIX = ".part"


def temp_name(dest: Path) -> Path:
    """A fresh hidden name beside ``dest`` (``.score.pdf.1a2b3c4d.part``)."""
    return dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")


def _flush_to_disk(path: Path) -> None:
    with path.open("r+b") as stream:
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def place(temp: Path, dest: Path) -> None:
    """Flush ``temp`` and rename it over ``dest``; on failure ``temp`` is removed."""
    try:
        _flush_to_disk(temp)
        os.replace(temp, dest)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise export_error(error, str(dest)) from error
    _sync_folder(dest.parent)


@contextmanager
def atomic_output(dest: Path) -> Iterator[Path]:
    """Yield a temporary path to write ``dest``'s new content to; placed when the block ends.

    If the block raises, nothing is placed and the temporary file is removed; an
    ``OSError`` (disk full, no permission) becomes an ``ExportError`` naming ``dest``.
    """
    dest = Path(dest)
    remove_stale_temporaries(dest.parent)
    temp = temp_name(dest)
    try:
        yield temp
    except OSError as error:
        _discard(temp)
        raise export_error(error, str(dest)) from error
    except BaseException:
        _discard(temp)
        raise
    if not temp.exists():
        raise ExportError("没有生成任何内容", str(dest))
    place(temp, dest)


_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{8}" + re.escape(TEMP_SUFFIX) + "$")


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files an earlier, killed export left in ``folder``.

    Only our own hidden ``.NAME.1a2b3c4d.part`` files older than this process are
    touched: a newer one may belong to an export still running (a district export
    writes several at once).
    """
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if _TEMP_NAME.match(path.name) and path.stat().st_mtime < PROCESS_STARTED:
                path.unlink(missing_ok=True)


def _discard(temp: Path) -> None:
    # The folder itself may be the problem (a file where a folder should be): cleaning
    # up must not hide the real error behind a second one.
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def writable_folder(folder: Path) -> None:
    """Create ``folder`` if needed and make sure a file can be written there, up front."""
    probe = temp_name(folder / "probe")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise export_error(error, str(folder), "文件夹") from error


def safe_file_name(name: str) -> str:
    """``name`` usable as a file name on Windows and Linux alike."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") or "未命名"


def unique_names(names: Sequence[str]) -> list[str]:
    """Safe file names, numbered where two would be the same."""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        safe = safe_file_name(name)
        seen[safe] = seen.get(safe, 0) + 1
        unique.append(safe if seen[safe] == 1 else f"{safe}-{seen[safe]}")
    return unique
