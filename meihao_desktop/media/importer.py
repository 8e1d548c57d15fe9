"""Importing a batch of photo files into the photo store, on all cores.

Called from a GUI worker thread (never the GUI thread) or the CLI. Each file is read,
hashed, checked, decoded once and written to the store by a worker *process*: decoding
is CPU-bound and Pillow holds the GIL. Workers receive a path and the store folder and
return a small picklable result — never an image. A file that fails is reported with
its name and reason and the rest of the batch carries on. A single file is processed in
the calling process, where starting a pool would cost more than the work.

The pool uses the "forkserver" start method (or "spawn" where there is none): the GUI
process runs Qt threads, and forking a process with threads can deadlock the child.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Final

from meihao_desktop.media.errors import NOT_STORED, PhotoError
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.media.processing import PhotoInfo, process_photo, read_photo_file

Progress = Callable[[int, int, str], None]  # (files done, files in batch, file name)
Cancelled = Callable[[], bool]

MAX_DEFAULT_WORKERS: Final = 4  # more rarely helps: the disk and memory become the limit
_POLL_SECONDS: Final = 0.1  # how often a waiting batch asks whether it was cancelled


@dataclass(frozen=True)
class ImportedPhoto:
    """A file now in the store: its hash and what the database should record."""

    path: Path
    sha256: str
    info: PhotoInfo
    reused: bool  # its copies were already stored (same content imported before)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class ImportFailure:
    """A file that was not imported, and why (in Chinese)."""

    path: Path
    kind: str  # one of the kinds in media.errors
    reason: str

    @property
    def name(self) -> str:
        return self.path.name

    def __str__(self) -> str:
        return f"{self.name}：{self.reason}"


@dataclass
class ImportReport:
    """The outcome of a batch; lists follow the order of the paths given."""

    imported: list[ImportedPhoto] = field(default_factory=list)
    failures: list[ImportFailure] = field(default_factory=list)
    not_started: list[Path] = field(default_factory=list)  # left out by cancelling
    cancelled: bool = False


@dataclass(frozen=True)
class _Outcome:
    index: int
    photo: ImportedPhoto | None
    error: PhotoError | None


def import_file(path: Path, store: PhotoStore) -> ImportedPhoto:
    """Import one file into ``store``; raises ``PhotoError`` if it cannot be a photo."""
    data = read_photo_file(path)
    sha256 = hashlib.sha256(data).hexdigest()
    reused = store.has_derivatives(sha256)  # then only the header is read, nothing decoded
    info, derivatives = process_photo(data, path.name, render=not reused)
    try:
        if derivatives is not None:
            store.put_derivatives(sha256, derivatives.display, derivatives.thumb)
        store.put_original(sha256, info.extension, data)
    except OSError as error:  # disk full, folder read-only: the user can act on these
        raise PhotoError(NOT_STORED, path.name, error.strerror or str(error)) from error
    return ImportedPhoto(path, sha256, info, reused)


def _import_in_worker(index: int, path: str, store_root: str) -> _Outcome:
    """The pool's task: module-level so a spawned process can find it by name."""
    try:
        photo = import_file(Path(path), PhotoStore(Path(store_root)))
    except PhotoError as error:
        return _Outcome(index, None, error)
    return _Outcome(index, photo, None)


def import_photos(
    paths: Iterable[Path | str],
    store: PhotoStore,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import ``paths`` into ``store`` with up to ``workers`` processes.

    ``progress(done, total, name)`` is called in the calling thread after each file.
    Once ``cancelled()`` returns True no further file is started; files already being
    processed finish and are reported. Only bugs raise; file problems are in the report.
    """
    files = [Path(path) for path in paths]
    should_stop = cancelled or (lambda: False)
    count = _worker_count(workers, len(files))
    if count <= 1:
        outcomes = _run_here(files, store, should_stop)
    else:
        outcomes = _run_in_pool(files, store, should_stop, count)
    finished: dict[int, _Outcome] = {}
    for outcome in outcomes:
        finished[outcome.index] = outcome
        if progress is not None:
            progress(len(finished), len(files), files[outcome.index].name)
    return _collect(files, finished)


def _worker_count(requested: int | None, files: int) -> int:
    available = requested or min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS)
    return max(1, min(available, files))


def _run_here(files: list[Path], store: PhotoStore, should_stop: Cancelled) -> Iterator[_Outcome]:
    for index, path in enumerate(files):
        if should_stop():
            return
        yield _import_in_worker(index, str(path), str(store.root))


def _run_in_pool(
    files: list[Path], store: PhotoStore, should_stop: Cancelled, workers: int
) -> Iterator[_Outcome]:
    """Feed the pool a few files at a time, so that cancelling takes effect at once."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_process_context())
    queue = iter(enumerate(files))
    running: set[Future[_Outcome]] = set()
    stopping = False
    try:
        while True:
            if not stopping and should_stop():
                stopping = True
                for future in running:
                    future.cancel()  # succeeds for those no worker has taken yet
            while not stopping and len(running) < 2 * workers and (item := next(queue, None)):
                index, path = item
                running.add(pool.submit(_import_in_worker, index, str(path), str(store.root)))
            if not running:
                return
            done, running = wait(running, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done if not future.cancelled())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _process_context() -> BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")  # Windows
    context = multiprocessing.get_context("forkserver")
    # The fork server imports these once; each worker forks from it with them loaded.
    # (No effect once the fork server runs.) Each worker still imports the program's
    # main module itself — Python 3.11's fork server ignores a "__main__" preload — so
    # the main script must import its heavy parts (Qt, the database) inside main().
    context.set_forkserver_preload([__name__, "PIL.JpegImagePlugin", "PIL.PngImagePlugin"])
    return context


def _collect(files: list[Path], finished: dict[int, _Outcome]) -> ImportReport:
    report = ImportReport()
    for index, path in enumerate(files):
        outcome = finished.get(index)
        if outcome is None:
            report.not_started.append(path)
        elif outcome.photo is not None:
            report.imported.append(outcome.photo)
        elif outcome.error is not None:
            report.failures.append(ImportFailure(path, outcome.error.kind, outcome.error.message))
    report.cancelled = bool(report.not_started)
    return report
