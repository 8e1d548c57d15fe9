"""SIGKILL while findings are being recorded loses nothing that was acknowledged."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meihao_desktop.services import Actor, Services
from meihao_desktop.store.db import Database

REPO = Path(__file__).resolve().parents[2]


def _prepare(path: Path) -> str:
    with Database.open(path) as db:
        services = Services.create(db, Actor("测试员", "test"))
        community = services.communities.create(name="崩溃测试小区")
        inspector = services.inspectors.create("冯玥")
        campaign = services.campaigns.create("崩溃测试", 2024, "meihao-2024")
        return services.inspections.start(community.id, campaign.id, inspector.id).id


def _run_and_kill(path: Path, inspection_id: str, rnd: random.Random) -> list[str]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.record_loop", str(path), inspection_id],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert worker.stdout is not None
    lines: list[str] = []
    wanted = rnd.randint(5, 60)
    deadline = time.monotonic() + 60
    while len(lines) < wanted and time.monotonic() < deadline:
        line = worker.stdout.readline()
        if not line:
            break
        lines.append(line)
    time.sleep(rnd.uniform(0, 0.05))  # land somewhere inside the next commit
    worker.send_signal(signal.SIGKILL)
    rest, err = worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL, err
    # Lines printed before the kill but not yet read are acknowledged too.
    lines += [line for line in rest.splitlines(keepends=True) if line.endswith("\n")]
    assert len(lines) >= wanted, err
    return lines


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_acknowledged_finding_survives_sigkill(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "crash.sqlite"
    inspection_id = _prepare(path)
    lines = _run_and_kill(path, inspection_id, random.Random(seed))

    last_by_code: dict[str, tuple[str, str, int]] = {}
    for line in lines:
        finding_id, code, points, n = line.split()
        last_by_code[code] = (finding_id, points, int(n))

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = {
            code: (fid, points, text)
            for fid, code, points, text in connection.execute(
                "SELECT id, item_code, points, text FROM finding WHERE inspection_id = ?",
                (inspection_id,),
            )
        }
    finally:
        connection.close()
    for code, (finding_id, points, n) in last_by_code.items():
        assert code in rows, f"acknowledged finding {code} lost"
        stored_id, stored_points, stored_text = rows[code]
        assert stored_id == finding_id
        # the stored value is the acknowledged one or a later edit that also committed
        stored_n = int(stored_text.split()[1])
        assert stored_n >= n
        if stored_n == n:
            assert stored_points == points
