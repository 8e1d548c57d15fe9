"""The one way to run work in the background: a thread pool, progress, cancel, errors.

The GUI thread never decodes images, reads spreadsheets or writes PDFs. A screen hands
``JobRunner.run`` a function taking a ``Progress``; the function runs on a worker
thread, reports progress and checks ``cancelled``; its result (or exception) comes back
on the GUI thread through a callback. A progress dialog appears only if the work lasts
longer than ``SHOW_AFTER_MS``, so quick jobs never flash a window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from meihao_desktop.gui.errors import show_error

T = TypeVar("T")
SHOW_AFTER_MS = 600


class Progress:
    """Handed to the worker function: report progress, ask whether to stop. Thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def update(self, done: int, total: int, label: str = "") -> None:
        self._emit(done, total, label)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # handed to the GUI thread, shown there
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


class Job(QObject, Generic[T]):
    """One piece of background work; ``finished`` fires on the GUI thread either way."""

    finished = Signal()

    def __init__(self, parent: QObject, title: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.signals = _Signals(self)
        self.progress = Progress(self.signals.progressed.emit)
        self.dialog: QProgressDialog | None = None
        self.title = title
        self.cancellable = cancellable

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if label:
            dialog.setLabelText(f"{self.title}\n{label}")
        dialog.setMaximum(max(total, 1))
        # setValue processes events once the dialog is shown: the job may finish (and
        # close the dialog) inside it, so nothing may touch the dialog afterwards.
        dialog.setValue(min(done, max(total, 1)))

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None


class JobRunner(QObject):
    """Runs jobs for one window; at most as many at once as the pool has threads."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pool = QThreadPool(self)
        self._jobs: set[Job[Any]] = set()

    def run(
        self,
        title: str,
        work: Callable[[Progress], T],
        on_success: Callable[[T], object],
        on_failure: Callable[[BaseException], object] | None = None,
        *,
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> Job[T]:
        job: Job[T] = Job(self, title, cancellable)
        if show_progress:
            job.dialog = self._dialog(job)
        job.signals.progressed.connect(job._on_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.succeeded.connect(lambda result: self._finish(job, on_success, result))
        failure = on_failure or (lambda error: show_error(self._window, error))
        job.signals.failed.connect(lambda error: self._finish(job, failure, error))
        self._jobs.add(job)
        self._pool.start(_Runnable(work, job.signals, job.progress))
        return job

    def _dialog(self, job: Job[Any]) -> QProgressDialog:
        cancel_text = self.tr("Cancel") if job.cancellable else ""
        dialog = QProgressDialog(job.title, cancel_text, 0, 0, self._window)
        dialog.setWindowTitle(job.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not job.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.progress.cancel)
        dialog.setValue(0)
        return dialog

    def _finish(self, job: Job[Any], callback: Callable[[Any], object], value: Any) -> None:
        job.close_dialog()
        self._jobs.discard(job)
        try:
            callback(value)
        finally:
            job.finished.emit()
            job.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown: wait for running work (callbacks still need the loop)."""
        return self._pool.waitForDone(msecs)
