"""Rendering many forms in worker processes, with progress and prompt cancellation.

The GUI process runs Qt threads, and forking a process with threads can deadlock the
child; so workers come from the fork server (a fresh process) or are spawned (Windows).
A worker needs about 0.2 s to import reportlab and load the font, so ``RenderPool``
starts and warms its workers as soon as it is entered, while the caller is still
gathering the forms' data.
Only a few jobs are handed out at a time, so a cancel waits for at most the forms
already being drawn (each well under a second); every form is placed atomically by its
worker, so a cancelled or failed run leaves complete files only.
"""

from __future__ import annotations

import importlib
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from types import TracebackType

from meihao_desktop.reports.model import FormData, RenderInfo
from meihao_desktop.reports.render import produce
from meihao_desktop.signing.request import SignRequest

Progress = Callable[[int, int, Path], None]  # (done, total, file just written)
Cancelled = Callable[[], bool]
POLL_SECONDS = 0.1
RENDER_MODULES = ("meihao_desktop.reports.score_sheet", "meihao_desktop.reports.recommendation")


@dataclass(frozen=True)
class Job:
    data: FormData
    dest: Path
    sign: SignRequest | None = None


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    cancelled: bool


def _context() -> BaseContext:
    """Fork server where there is one (Linux, macOS), else spawn (Windows).

    The fork server is a fresh process, not a fork of the GUI, so Qt's threads do not
    come along; workers forked from it start in milliseconds. If this program has not
    started it yet, it starts with the renderers imported (no effect once it runs).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, *RENDER_MODULES])
    return context


def _warm_up() -> None:
    """Each worker's start: import the renderers and load the font before the first job."""
    for name in RENDER_MODULES:
        importlib.import_module(name)
    from meihao_desktop.reports.fonts import register_font

    register_font()


def _ready() -> None:
    """A no-op job: submitting one per worker starts the workers now, not at the first form."""


def _run(job: Job) -> RenderInfo:
    return produce(job.data, job.dest, job.sign)


class RenderPool:
    """Worker processes that render forms; started and warmed up on ``with``."""

    def __init__(self, workers: int = 2) -> None:
        self._workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> RenderPool:
        self._pool = ProcessPoolExecutor(self._workers, _context(), initializer=_warm_up)
        for _ in range(self._workers):
            self._pool.submit(_ready)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        assert self._pool is not None
        self._pool.shutdown(wait=True, cancel_futures=True)

    def run(
        self,
        jobs: Sequence[Job],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult:
        """Produce every job's form; stop early when ``cancelled()`` turns true.

        The first error (an ``ExportError`` for a full disk, say) cancels what has not
        started and is raised once the forms in progress are finished.
        """
        assert self._pool is not None, "use RenderPool in a with statement"
        pool, stop = self._pool, False
        written: list[Path] = []
        queue: Iterator[Job] = iter(jobs)
        running: dict[Future[RenderInfo], Job] = {}
        while True:
            # One more than the workers in flight: a worker never waits for its next job.
            while not stop and len(running) <= self._workers and (job := next(queue, None)):
                running[pool.submit(_run, job)] = job
            if not running:
                return BatchResult(tuple(written), stop)
            done, _ = wait(running, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                job = running.pop(future)
                if future.cancelled():
                    continue
                try:
                    future.result()
                except BaseException:
                    _cancel_waiting(running)
                    raise
                written.append(job.dest)
                if progress is not None:
                    progress(len(written), len(jobs), job.dest)
            if not stop and cancelled is not None and cancelled():
                stop = True
                _cancel_waiting(running)


def _cancel_waiting(running: dict[Future[RenderInfo], Job]) -> None:
    """Cancel the jobs not yet started; those being drawn finish (and are complete)."""
    for future in list(running):
        if future.cancel():
            running.pop(future)


def run_jobs(
    jobs: Sequence[Job],
    *,
    workers: int = 2,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchResult:
    """Produce ``jobs`` in a pool of ``workers`` processes started for the purpose."""
    with RenderPool(workers) as pool:
        return pool.run(jobs, progress, cancelled)
