"""Rendering many forms in worker processes, with progress and prompt cancellation.

The GUI process runs Qt threads, and forking a process with threads can deadlock the
child; so workers come from the fork server (a fresh process) or are spawned (Windows).
A worker needs about 0.2 s to import reportlab and load the font, several times longer
than drawing a form, so a ``RenderPool`` is meant to live long: the application starts
one (``start()``) a moment after start-up and runs every district export in it; the CLI
enters one per export (``with RenderPool(...)``, ``run_jobs``), where the workers warm
up while the forms' data is gathered.
Only a few jobs are handed out at a time, so a cancel waits for at most the forms
already being drawn (each well under a second); every form is placed atomically by its
worker, so a cancelled or failed run leaves complete files only. A worker that dies
(killed, out of memory) fails the run under way; the next run starts fresh workers.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from types import TracebackType

from meihao_desktop.reports.errors import ExportError
from meihao_desktop.reports.model import FormData, RenderInfo
from meihao_desktop.reports.render import produce
from meihao_desktop.signing.request import SignRequest

Progress = Callable[[int, int, Path], None]  # (done, total, file just written)
Cancelled = Callable[[], bool]
POLL_SECONDS = 0.1
OWNER_POLL_SECONDS = 1.0  # how soon a worker notices that its program has died
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


class RenderWorkerLostError(ExportError):
    """A worker process ended in the middle of a run; the forms already written stay."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            "绘制表格的后台进程意外退出，导出未完成（已保存的表格完整可用），请重新导出",
            str(folder),
            "文件夹",
        )


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


def _warm_up(owner_pid: int | None = None) -> None:
    """Each worker's start: import the renderers and load the font before the first job,
    and leave when the program that owns the pool is gone (``owner_pid``)."""
    if owner_pid is not None and os.name == "posix":
        threading.Thread(
            target=_exit_with_owner, args=(owner_pid,), name="watch-owner", daemon=True
        ).start()
    for name in RENDER_MODULES:
        importlib.import_module(name)
    from meihao_desktop.reports.fonts import register_font

    register_font()


def _exit_with_owner(owner_pid: int) -> None:
    """A worker's parent is the fork server, not the program; if the program dies (a
    crash, a kill) its workers would wait for jobs for ever, so they watch it."""
    while _running(owner_pid):
        time.sleep(OWNER_POLL_SECONDS)
    os._exit(0)


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs: it exists and (where /proc tells) is not a zombie,
    which a crashed program stays until its parent collects it."""
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except (ProcessLookupError, PermissionError):  # gone (or the pid was reused)
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):  # no /proc (macOS): existing is running
        return True
    return state != "Z"


def _ready() -> int:
    """A no-op job: submitting one per worker starts the workers now, not at the first form.

    It answers its worker's process id: a worker takes jobs only once it has warmed up.
    """
    return os.getpid()


def _run(job: Job) -> RenderInfo:
    return produce(job.data, job.dest, job.sign)


class RenderPool:
    """Worker processes that render forms, reusable for many runs until ``close()``.

    ``with RenderPool(n) as pool`` starts the workers and closes them at the end.
    ``run`` may be called from several threads at once; ``close`` from any thread.
    """

    def __init__(self, workers: int = 2) -> None:
        self._workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()  # guards replacing ``_pool``

    def __enter__(self) -> RenderPool:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def workers(self) -> int:
        return self._workers

    def start(self) -> RenderPool:
        """Start the workers (they warm up in the background) unless they are running.

        Returns once the processes exist; the first start of the fork server takes a few
        tenths of a second, so call it off the GUI thread.
        """
        self._executor()
        return self

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers; a run under way stops as if cancelled. A later run restarts.

        ``wait=False`` returns at once: the forms being drawn are finished, and the
        workers end, in the background (the program's exit waits for them).
        """
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)

    def wait_until_warm(self, timeout: float = 60) -> bool:
        """Wait until every worker has warmed up; False if closed or still cold at ``timeout``.

        For measurements and tests: the application never waits for it.
        """
        deadline = time.monotonic() + timeout
        answered: set[int] = set()
        while len(answered) < self._workers and time.monotonic() < deadline:
            pool = self._pool
            if pool is None:
                return False
            # A warm worker may answer for one still warming up: ask until each has.
            asked = [pool.submit(_ready) for _ in range(self._workers)]
            done, _ = wait(asked, timeout=max(0.0, deadline - time.monotonic()))
            answered.update(future.result() for future in done)
            time.sleep(0.01)
        return len(answered) >= self._workers

    def worker_pids(self) -> list[int]:
        """The worker processes started so far (none before ``start``), for diagnostics."""
        pool = self._pool
        processes = pool._processes if pool is not None else None
        return sorted(dict(processes or {}))

    def _executor(self) -> ProcessPoolExecutor:
        """The running pool; a new one if there is none or a worker of the last one died."""
        with self._lock:
            if self._pool is not None and not self._pool._broken:
                return self._pool
            if self._pool is not None:  # broken: its workers have already been ended
                self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = ProcessPoolExecutor(
                self._workers, _context(), initializer=_warm_up, initargs=(os.getpid(),)
            )
            for _ in range(self._workers):
                self._pool.submit(_ready)
            return self._pool

    def _discard(self, broken: ProcessPoolExecutor) -> None:
        """Forget ``broken`` (not a pool that replaced it meanwhile) and release it."""
        with self._lock:
            if self._pool is broken:
                self._pool = None
        broken.shutdown(wait=False, cancel_futures=True)

    def run(
        self,
        jobs: Sequence[Job],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult:
        """Produce every job's form; stop early when ``cancelled()`` turns true.

        Starts the workers if they are not running. The first error (an ``ExportError``
        for a full disk, say) cancels what has not started and is raised once the forms
        in progress are finished; a worker that died raises ``RenderWorkerLostError``.
        """
        pool = self._executor()
        try:
            return self._drive(pool, jobs, progress, cancelled)
        except BrokenProcessPool as error:
            self._discard(pool)
            raise RenderWorkerLostError(jobs[0].dest.parent) from error

    def _drive(
        self,
        pool: ProcessPoolExecutor,
        jobs: Sequence[Job],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> BatchResult:
        stop = False
        written: list[Path] = []
        queue: Iterator[Job] = iter(jobs)
        running: dict[Future[RenderInfo], Job] = {}
        while True:
            if not stop and self._pool is not pool:  # closed: the application quits
                stop = True
                _cancel_waiting(running)
            # One more than the workers in flight: a worker never waits for its next job.
            while not stop and len(running) <= self._workers and (job := next(queue, None)):
                try:
                    running[pool.submit(_run, job)] = job
                except BrokenProcessPool:
                    raise
                except RuntimeError:  # closed by another thread just now
                    stop = True
            if not running:
                return BatchResult(tuple(written), stop)
            done, _ = wait(running, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                job = running.pop(future)
                if future.cancelled():
                    continue
                _result_or_raise(future, running)
                written.append(job.dest)
                if progress is not None:
                    progress(len(written), len(jobs), job.dest)
            if not stop and cancelled is not None and cancelled():
                stop = True
                _cancel_waiting(running)


def _result_or_raise(future: Future[RenderInfo], running: dict[Future[RenderInfo], Job]) -> None:
    """``future``'s error, if any, raised once the other forms being drawn are finished."""
    try:
        future.result()
    except BaseException:
        _cancel_waiting(running)
        wait(running)
        raise


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
