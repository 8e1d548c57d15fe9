"""Logging to a rotating file in the data folder (and stderr for the command line).

``setup_logging`` adds its handlers to the root logger and returns a ``LogSetup`` whose
``close()`` removes them again, so that a test (or a second ``main()`` in one process)
leaves no handler behind holding a file open.
"""

from __future__ import annotations

import logging
import sys
from contextlib import suppress
from logging.handlers import RotatingFileHandler
from pathlib import Path

from meihao_desktop.diagnostics import logs_dir

LOG_FILE_NAME = "meihao.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_MARK = "_meihao_handler"  # set on the handlers this module adds


class LogSetup:
    """The handlers ``setup_logging`` added; ``close()`` takes them away."""

    def __init__(self, handlers: list[logging.Handler], previous_level: int) -> None:
        self._handlers = handlers
        self._previous_level = previous_level

    @property
    def log_file(self) -> Path | None:
        for handler in self._handlers:
            if isinstance(handler, RotatingFileHandler):
                return Path(handler.baseFilename)
        return None

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self._handlers:
            root.removeHandler(handler)
            handler.close()
        self._handlers = []
        root.setLevel(self._previous_level)


def setup_logging(data_dir: Path, *, stderr_level: int | None = logging.WARNING) -> LogSetup:
    """INFO and worse into ``<data_dir>/logs/meihao.log``; ``stderr_level`` and worse on stderr.

    Handlers a previous call added are replaced. Without a writable data folder the
    program still runs, logging to stderr only.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        old.close()
    handlers: list[logging.Handler] = []
    with suppress(OSError):
        folder = logs_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            RotatingFileHandler(
                folder / LOG_FILE_NAME,
                maxBytes=MAX_BYTES,
                backupCount=BACKUP_COUNT,
                encoding="utf-8",
                delay=True,  # no file is opened until something is logged
            )
        )
        handlers[-1].setLevel(logging.INFO)
        handlers[-1].addFilter(_quiet_libraries)
    if stderr_level is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
        handlers[-1].setLevel(stderr_level)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    previous = root.level
    root.setLevel(min(previous or logging.WARNING, logging.INFO))
    return LogSetup(handlers, previous)


def _quiet_libraries(record: logging.LogRecord) -> bool:
    """Alembic says a dozen INFO lines on every migration: they would push out the
    lines that matter from the report's last 50."""
    return record.levelno >= logging.WARNING or not record.name.startswith("alembic")


def current_log_file() -> Path | None:
    """The file the program logs into now, if ``setup_logging`` made one."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _MARK, False) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def last_lines(path: Path | None, count: int = 50) -> list[str]:
    """The last ``count`` lines of the log file (flushed first), or none."""
    if path is None:
        return []
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            handler.flush()
    try:
        with path.open("rb") as file:
            file.seek(0, 2)
            file.seek(max(0, file.tell() - 256 * count))  # lines are rarely longer
            tail = file.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return tail.splitlines()[-count:]
