"""Qt's own messages (``qWarning`` and friends) into Python logging. Uses Qt.

Without this, Qt prints its warnings on stderr, which nobody sees in a program
started from a desktop icon; in the log file they are next to what happened before.

The GUI installs the handler before it creates the QApplication (whose own warnings
matter most) but imports the logging module only after the first paint: until then,
with ``install(buffered=True)``, messages wait in a buffer that ``attach()`` empties
into the log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

BUFFER_LIMIT = 500  # a flood before the first paint must not eat memory


def level_of(kind: QtMsgType) -> int:
    """The logging level of a Qt message type (QtWarningMsg → WARNING, …)."""
    import logging

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    return levels.get(kind, logging.WARNING)


def logger_name(category: str | None) -> str:
    """Qt's own categories are named "qt.…" already; the application's get that prefix."""
    if not category or category == "default":
        return "qt"
    return category if category.startswith("qt.") else f"qt.{category}"


def _log(kind: QtMsgType, category: str | None, message: str) -> None:
    import logging

    logging.getLogger(logger_name(category)).log(level_of(kind), "%s", message)


class QtMessageRouting:
    """Installed by ``install()``; ``uninstall()`` restores the previous handler."""

    def __init__(self) -> None:
        self._previous: Callable[..., Any] | None = None
        self._installed = False
        self._buffer: list[tuple[QtMsgType, str | None, str]] | None = None

    def install(self, *, buffered: bool = False) -> QtMessageRouting:
        self._buffer = [] if buffered else None
        self._previous = qInstallMessageHandler(self._handle)
        self._installed = True
        return self

    def attach(self) -> None:
        """Logging is set up: log what waited in the buffer, and everything from now on."""
        waiting, self._buffer = self._buffer or [], None
        for kind, category, message in waiting:
            _log(kind, category, message)

    def uninstall(self) -> None:
        self.attach()
        if self._installed:
            qInstallMessageHandler(self._previous)
            self._installed = False

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        buffer = self._buffer
        if buffer is None:
            _log(kind, context.category, message)
        elif len(buffer) < BUFFER_LIMIT:
            buffer.append((kind, context.category, message))
        if self._previous is not None:  # e.g. pytest-qt, which collects them for tests
            self._previous(kind, context, message)
