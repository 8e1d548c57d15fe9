"""Uncaught exceptions, from any thread, go to the log and to one handler (the GUI's).

Qt calls ``sys.excepthook`` for an exception escaping a slot or an event handler and
then goes on running; ``threading.excepthook`` sees those of Python threads. Both are
logged with their traceback and handed to ``on_error``, which may be called on any
thread (the GUI marshals it to its own).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger(__name__)


class ExceptionHooks:
    """Installed by ``install()``; ``uninstall()`` puts the previous hooks back."""

    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        self._on_error = on_error
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook

    def install(self) -> ExceptionHooks:
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys
        threading.excepthook = self._previous_thread

    def _sys_hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_sys(kind, error, trace)
            return
        log.critical("uncaught exception", exc_info=(kind, error, trace))
        self._hand_on(error)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._hand_on(args.exc_value)

    def _hand_on(self, error: BaseException) -> None:
        try:
            self._on_error(error)
        except Exception:  # the handler itself failed: the log must still say so
            log.exception("the error handler failed")
