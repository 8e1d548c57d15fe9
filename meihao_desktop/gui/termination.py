"""A request to end the program closes it as 文件 → 退出 does.

SIGTERM (logout, shutdown, ``kill``) and Ctrl+C in a terminal end the event loop, so
``aboutToQuit`` runs: the PDF workers are closed and the log flushed. Every edit is
already committed when it is made, so nothing is lost either way; without this the
program died on the spot and left its worker processes' semaphores behind.
"""

from __future__ import annotations

import signal
from types import FrameType

from PySide6.QtCore import QCoreApplication, QTimer

WAKE_MS = 250  # how soon a signal is acted on


def quit_on_terminate(app: QCoreApplication) -> QTimer:
    """Quit ``app`` on SIGTERM or SIGINT; returns the timer that makes that possible."""

    def request(_signum: int, _frame: FrameType | None) -> None:
        app.quit()

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, request)
    # Python runs signal handlers only between its own bytecodes; while Qt's event loop
    # waits in C++, a timer with a Python slot gives it that chance.
    timer = QTimer(app)
    timer.setObjectName("terminationWake")
    timer.timeout.connect(lambda: None)
    timer.start(WAKE_MS)
    return timer
