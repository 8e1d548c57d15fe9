"""The crash log: ``faulthandler`` writes the Python stacks there when the process dies.

A segmentation fault in a Qt or C library kills the process before any Python code
can show a dialog. ``faulthandler`` still writes every thread's stack into
``logs/crash-<pid>.log``, a file kept open for the whole run. A clean exit removes the
(empty) file; at the next start ``pending_crash_logs`` finds the non-empty ones that
other processes left, the GUI offers them, and ``mark_reported`` moves them to
``logs/reported/`` so that each is offered once. A Python exception that ends the
program before its event loop runs is ``record``-ed there too.
"""

from __future__ import annotations

import faulthandler
import os
import sys
from contextlib import suppress
from pathlib import Path
from typing import TextIO

CRASH_PREFIX = "crash-"
REPORTED_DIR_NAME = "reported"


class CrashLog:
    """``faulthandler`` enabled into ``path`` until ``close()``."""

    def __init__(self, path: Path, file: TextIO, was_enabled: bool) -> None:
        self.path = path
        self._file = file
        self._was_enabled = was_enabled

    @classmethod
    def enable(cls, logs_dir: Path) -> CrashLog | None:
        """Start writing fatal errors into ``logs_dir``; None if the folder is not writable."""
        path = Path(logs_dir) / f"{CRASH_PREFIX}{os.getpid()}.log"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            file = path.open("w", encoding="utf-8")
        except OSError:
            return None
        was_enabled = faulthandler.is_enabled()
        faulthandler.enable(file=file, all_threads=True)
        return cls(path, file, was_enabled)

    def record(self, text: str) -> None:
        """Add ``text`` (a Python traceback that ended the program) for the next start."""
        self._file.write(text)
        self._file.flush()

    def close(self) -> None:
        """A clean exit: stop, and remove the file if nothing was written into it."""
        if self._was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__, all_threads=True)
        else:
            faulthandler.disable()
        self._file.close()
        with suppress(OSError):
            if self.path.stat().st_size == 0:
                self.path.unlink()


def pending_crash_logs(logs_dir: Path) -> list[Path]:
    """Non-empty crash logs of other processes, oldest first; empty ones of dead
    processes (killed without a chance to clean up) are removed on the way."""
    found = []
    for path in sorted(Path(logs_dir).glob(f"{CRASH_PREFIX}*.log"), key=_modified):
        pid = path.stem.removeprefix(CRASH_PREFIX)
        if pid == str(os.getpid()):
            continue
        with suppress(OSError):
            if path.stat().st_size > 0:
                found.append(path)
            elif pid.isdigit() and not _alive(int(pid)):
                path.unlink()
    return found


def mark_reported(path: Path) -> Path:
    """Move an offered crash log into ``reported/`` beside it; returns its new path."""
    target = path.parent / REPORTED_DIR_NAME / path.name
    target.parent.mkdir(exist_ok=True)
    os.replace(path, target)
    return target


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would terminate it there: leave the file alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
