"""The application's warm PDF workers: district exports draw in them; they end with it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.signing.district_dialog import DistrictExportDialog, export_district
from meihao_desktop.gui.signing.render_pool import render_pool_owner
from meihao_desktop.services import Services
from tests.gui.signing.conftest import wait_for
from tests.reports.test_batch import alive

REPO = Path(__file__).resolve().parents[3]


def test_the_district_export_draws_in_the_warm_workers_that_end_with_the_window(
    context: AppContext, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    window = QWidget()
    owner = render_pool_owner(window)
    assert render_pool_owner(window) is owner  # one per window
    owner.start_later(context.jobs, delay_ms=0)
    qtbot.waitUntil(lambda: len(owner.pool.worker_pids()) == 2, timeout=15_000)
    workers = owner.pool.worker_pids()
    context.render_pool = owner.pool
    export_district(context, window)
    dialog = wait_for(qtbot, "districtExportDialog")
    assert isinstance(dialog, DistrictExportDialog)
    dialog.ui.folderEdit.setText(str(tmp_path / "forms"))
    dialog.accept()
    box = wait_for(qtbot, "exportDoneBox", 60_000)
    box.close()
    assert len(list((tmp_path / "forms").glob("推荐表-*.pdf"))) == len(services.communities.list())
    assert owner.pool.worker_pids() == workers  # drawn by the warm workers, none new
    window.deleteLater()
    qtbot.waitUntil(lambda: not any(alive(pid) for pid in workers), timeout=15_000)


def _numbers(lines: list[str], word: str) -> list[int]:
    [line] = [line for line in lines if line.startswith(f"{word} ")]
    return [int(value) for value in line.split()[1:]]


@pytest.mark.slow
def test_quitting_the_application_ends_its_pdf_workers_at_once(tmp_path: Path) -> None:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "meihao_desktop", "--db", str(tmp_path / "meihao.sqlite")],
            cwd=REPO,
            env={
                **os.environ,
                "PYTHONPATH": str(REPO),
                "QT_QPA_PLATFORM": "offscreen",
                "MEIHAO_TEST_DRIVER": "tests.gui.signing.quit_driver:drive",
            },
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"the application did not end: {hung.stdout!r}\n{hung.stderr!r}")
    ended = time.time()
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr[-3000:]}"
    lines = done.stdout.splitlines()
    workers, below = _numbers(lines, "workers"), _numbers(lines, "descendants")
    [quitting] = [float(line.split()[1]) for line in lines if line.startswith("quitting ")]
    assert len(workers) == 2
    assert set(workers) <= set(below)
    assert ended - quitting < 10  # the quit did not wait on the workers for long
    deadline = time.monotonic() + 10
    while stray := [pid for pid in below if alive(pid)]:
        assert time.monotonic() < deadline, f"processes {stray} outlived the application"
        time.sleep(0.05)
