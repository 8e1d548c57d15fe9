"""Starting a worker process, following what it acknowledges, and killing it outright.

A worker prints one line per thing it has finished (committed, written). The test reads
those lines while it runs, picks its moment, and sends SIGKILL to the worker's whole
process group — the worker and any processes it started (fork server, photo or PDF
workers), as when the machine loses power — then waits until every one is gone, so that
nothing writes behind the test's back while it checks.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_DONE = object()


class Worker:
    """A process in its own process group whose stdout lines are collected as they come."""

    def __init__(self, args: Sequence[str], log: Path, env: dict[str, str] | None = None) -> None:
        self._log = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            list(args),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
            start_new_session=True,  # its own process group, killed as a whole
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[object] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._log_path = log

    @classmethod
    def python(
        cls, module: str, *args: str, log: Path, env: dict[str, str] | None = None
    ) -> Worker:
        return cls([sys.executable, "-m", module, *args], log, env)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line)
        self._queue.put(_DONE)

    def _take(self, timeout: float) -> bool:
        """Move one line (if one comes within ``timeout``) to ``lines``; False at the end."""
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            return True
        if item is _DONE:
            self._queue.put(_DONE)
            return False
        line = str(item)
        if line.endswith("\n"):  # a line cut off by the kill was never acknowledged
            self.lines.append(line.rstrip("\n"))
        return True

    def wait_for(self, wanted: Callable[[list[str]], bool], timeout: float = 30) -> None:
        """Collect lines until ``wanted(lines)``; fails if the worker ends or time runs out."""
        deadline = time.monotonic() + timeout
        while not wanted(self.lines):
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the worker did not get there in {timeout} s: {self.details()}"
                )
            if not self._take(0.05):
                raise AssertionError(f"the worker ended early: {self.details()}")

    def linger(self, seconds: float) -> None:
        """Let the worker go on for ``seconds`` (collecting its lines): the kill then lands
        somewhere inside whatever it is doing."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0 and self._take(min(left, 0.05)):
            pass

    def kill(self) -> list[str]:
        """SIGKILL the whole group, wait until all of it is gone; every line acknowledged."""
        group = self.process.pid  # the group's id: the worker leads it
        with contextlib.suppress(ProcessLookupError):  # it may have ended by itself
            os.killpg(group, signal.SIGKILL)
        self.process.wait(timeout=30)
        _wait_until_gone(group)
        while self._take(1):
            pass
        self._reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()
        self._log.close()
        return self.lines

    def details(self) -> str:
        self._log.flush()
        return f"exit {self.process.poll()}, stderr:\n{self._log_path.read_text(encoding='utf-8')[-3000:]}"


def _group_members(group: int) -> list[int]:
    """Live (not zombie) processes of process group ``group``, from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (name) state ppid pgrp …": the name may hold spaces and parentheses
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def _wait_until_gone(group: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while members := _group_members(group):
        if time.monotonic() > deadline:
            raise AssertionError(f"processes {members} of the killed group live on")
        for pid in members:  # a child started just before the kill may have missed it
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.02)


def run_python(module: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run ``python -m module args`` to the end (a fresh process: the restart); its stdout."""
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
