"""Uncaught exceptions, of the main thread and of others, reach the log and the handler."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from meihao_desktop.diagnostics.hooks import ExceptionHooks


def test_uncaught_exceptions_of_any_thread_are_logged_and_handed_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[BaseException] = []
    hooks = ExceptionHooks(seen.append).install()
    try:
        try:
            raise ValueError("in a slot")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)

        def work() -> None:
            raise OSError("in a worker thread")

        thread = threading.Thread(target=work, name="worker")
        thread.start()
        thread.join()
    finally:
        hooks.uninstall()
    assert [str(error) for error in seen] == ["in a slot", "in a worker thread"]
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL]
    assert messages == ["uncaught exception", "uncaught exception in thread worker"]
    assert sys.excepthook is not hooks._sys_hook


def test_a_failing_handler_does_not_hide_the_error(caplog: pytest.LogCaptureFixture) -> None:
    def broken(_error: BaseException) -> None:
        raise RuntimeError("the dialog could not open")

    hooks = ExceptionHooks(broken).install()
    try:
        error = ValueError("the bug")
        sys.excepthook(ValueError, error, None)
    finally:
        hooks.uninstall()
    assert "uncaught exception" in caplog.text
    assert "the error handler failed" in caplog.text
