"""Ending the program from outside (logout, shutdown, kill) closes it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reports.test_batch import alive

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_terminate_request_quits_like_the_menu_and_ends_the_workers(
    tmp_path: Path, number: int
) -> None:
    app = subprocess.Popen(
        [sys.executable, "-m", "meihao_desktop", "--db", str(tmp_path / "meihao.sqlite")],
        cwd=REPO,
        env={
            **os.environ,
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "offscreen",
            "MEIHAO_TEST_DRIVER": "tests.gui.terminate_driver:drive",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert app.stdout is not None
        ready = app.stdout.readline()  # the workers start ~2 s after the window
        assert ready.startswith("ready"), ready + app.stderr.read() if app.stderr else ready
        workers = [int(pid) for pid in ready.split()[1:]]
        app.send_signal(number)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err[-2000:]
    assert "leaked" not in err  # multiprocessing's semaphores were released
    deadline = time.monotonic() + 10
    while [pid for pid in workers if alive(pid)]:
        assert time.monotonic() < deadline, "the PDF workers outlived the program"
        time.sleep(0.05)
