"""Start-up: the window is painted before any heavy library is imported.

The real entry point (``python -m meihao_desktop``) runs in a subprocess with the
start-up probe (``diagnostics.startup_probe``), which notes at the first paint of the
main window which heavy libraries are already in ``sys.modules``, then waits until the
database is open and quits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from meihao_desktop.diagnostics.startup_probe import ENV_VAR, PREFIX

REPO = Path(__file__).resolve().parents[2]
NOT_BEFORE_THE_FIRST_PAINT = ("reportlab", "openpyxl", "pyhanko", "PIL", "sqlmodel")


@pytest.mark.slow
def test_nothing_heavy_is_imported_before_the_window_is_painted(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{ENV_VAR: "1"})
    db = tmp_path / "meihao.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "meihao_desktop", "--db", str(db)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith(PREFIX)]
    assert [words[1] for words in lines] == ["painted", "ready"], done.stdout
    heavy = lines[0][3].removeprefix("heavy=").split(",")
    assert not set(heavy) & set(NOT_BEFORE_THE_FIRST_PAINT), heavy
    assert db.stat().st_size > 0  # and then the database was opened (and made)
    assert list((tmp_path / "backups").glob("meihao-*-startup.sqlite"))  # and backed up
