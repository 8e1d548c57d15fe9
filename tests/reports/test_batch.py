"""The long-lived render pool: reused across exports, recovers from a dead worker, closes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from meihao_desktop.reports.batch import BatchResult, Progress, RenderPool, RenderWorkerLostError
from meihao_desktop.reports.files import TEMP_SUFFIX
from tests.reports import pdftools
from tests.reports.conftest import Demo

FORMS = 14  # communities in the demo campaign


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not {what} after {timeout} s")
        time.sleep(0.02)


@pytest.fixture
def pool() -> Iterator[RenderPool]:
    pool = RenderPool(2).start()
    yield pool
    pool.close()


def export(
    demo: Demo, pool: RenderPool, folder: Path, progress: Progress | None = None
) -> BatchResult:
    return demo.exports.export_district(demo.campaign_id, folder, progress=progress, pool=pool)


def test_the_same_workers_draw_export_after_export(
    demo: Demo, pool: RenderPool, tmp_path: Path
) -> None:
    assert pool.wait_until_warm()
    workers = pool.worker_pids()
    assert len(workers) == 2
    for number in range(3):
        result = export(demo, pool, tmp_path / f"round-{number}")
        assert not result.cancelled
        assert len(result.written) == FORMS
        assert pool.worker_pids() == workers  # no new process was started
    assert all(alive(pid) for pid in workers)
    assert pdftools.page_count(result.written[-1]) >= 1


def test_a_worker_killed_mid_export_fails_that_export_only(
    demo: Demo, pool: RenderPool, tmp_path: Path
) -> None:
    assert pool.wait_until_warm()
    killed = pool.worker_pids()[0]

    def kill_at_first_form(done: int, _total: int, _path: Path) -> None:
        if done == 1:
            os.kill(killed, signal.SIGKILL)

    with pytest.raises(RenderWorkerLostError) as caught:
        export(demo, pool, tmp_path / "broken", progress=kill_at_first_form)
    folder = tmp_path / "broken"
    assert str(caught.value) == (
        f"文件夹 {folder}：绘制表格的后台进程意外退出，导出未完成（已保存的表格完整可用），请重新导出"
    )
    # A killed worker leaves its temporary file (as a crash would); final names are whole.
    finals = [path for path in folder.iterdir() if not path.name.endswith(TEMP_SUFFIX)]
    assert finals
    for path in finals:
        assert pdftools.run("qpdf", "--check", path).returncode == 0
    result = export(demo, pool, tmp_path / "again")
    assert len(result.written) == FORMS
    assert killed not in pool.worker_pids()


def test_a_worker_that_died_between_exports_is_replaced_unnoticed(
    demo: Demo, pool: RenderPool, tmp_path: Path
) -> None:
    export(demo, pool, tmp_path / "first")
    before = pool.worker_pids()
    os.kill(before[0], signal.SIGKILL)
    # The pool ends the other worker once it notices (within milliseconds).
    wait_until(lambda: not any(alive(pid) for pid in before), "noticed")
    result = export(demo, pool, tmp_path / "second")
    assert len(result.written) == FORMS
    assert set(pool.worker_pids()).isdisjoint(before)


def test_closing_ends_the_workers_and_stops_an_export_under_way(
    demo: Demo, pool: RenderPool, tmp_path: Path
) -> None:
    assert pool.wait_until_warm()
    workers = pool.worker_pids()
    closing = threading.Thread(target=pool.close)

    def close_at_first_form(done: int, _total: int, _path: Path) -> None:
        if done == 1:  # from another thread, as the application's quit does
            closing.start()

    result = export(demo, pool, tmp_path / "out", progress=close_at_first_form)
    closing.join()
    assert result.cancelled
    assert 1 <= len(result.written) < FORMS
    assert sorted((tmp_path / "out").iterdir()) == sorted(result.written)
    wait_until(lambda: not any(alive(pid) for pid in workers), "ended")


def test_a_closed_pool_starts_again_when_used(demo: Demo, tmp_path: Path) -> None:
    with RenderPool(1) as pool:
        first = export(demo, pool, tmp_path / "first")
    assert pool.worker_pids() == []
    try:
        second = export(demo, pool, tmp_path / "second")
    finally:
        pool.close()
    assert len(first.written) == len(second.written) == FORMS


OWNER = """
import os, signal
from meihao_desktop.reports.batch import RenderPool

if __name__ == "__main__":  # the workers' start imports this file again
    pool = RenderPool(2).start()
    assert pool.wait_until_warm()
    print(*pool.worker_pids(), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # a crash: no clean-up of any kind runs
"""


def test_workers_end_when_the_program_that_owns_them_is_killed(tmp_path: Path) -> None:
    """Workers are children of the fork server, not of the program: after a crash they
    must not linger, each holding a Python with reportlab loaded (nor, with them, the
    fork server and multiprocessing's resource tracker)."""
    script = tmp_path / "owner.py"
    script.write_text(OWNER)
    owner = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert owner.returncode == -signal.SIGKILL, owner.stderr
    workers = [int(pid) for pid in owner.stdout.split()]
    assert len(workers) == 2
    wait_until(lambda: not any(alive(pid) for pid in workers), "gone", timeout=10)
