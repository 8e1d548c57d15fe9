"""The crash log: written by faulthandler when the process dies, found at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from meihao_desktop.diagnostics.crash_log import CrashLog, mark_reported, pending_crash_logs

REPO = Path(__file__).resolve().parents[2]


def _run(code: str, logs: Path) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from meihao_desktop.diagnostics.crash_log import CrashLog
        crash_log = CrashLog.enable(Path({str(logs)!r}))
        print(crash_log.path, flush=True)
        """
    ) + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_a_process_that_dies_leaves_its_stack_in_the_crash_log(tmp_path: Path) -> None:
    died = _run(
        """
        import faulthandler
        def record_finding():
            faulthandler._sigsegv()
        record_finding()
        """,
        tmp_path,
    )
    assert died.returncode != 0
    path = Path(died.stdout.strip())
    assert pending_crash_logs(tmp_path) == [path]
    text = path.read_text()
    assert "Segmentation fault" in text
    assert "record_finding" in text


@pytest.mark.slow
def test_a_clean_exit_leaves_no_crash_log(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    clean = _run("crash_log.close()\n", logs)
    assert clean.returncode == 0, clean.stderr
    assert list(logs.iterdir()) == []


def test_reported_logs_are_offered_once(tmp_path: Path) -> None:
    crashed = tmp_path / "crash-4194000.log"
    crashed.write_text("Fatal Python error: Segmentation fault\n")
    assert pending_crash_logs(tmp_path) == [crashed]
    moved = mark_reported(crashed)
    assert moved == tmp_path / "reported" / "crash-4194000.log"
    assert moved.read_text().startswith("Fatal Python error")
    assert pending_crash_logs(tmp_path) == []


def test_empty_logs_of_dead_processes_are_cleaned_up_and_our_own_is_skipped(tmp_path: Path) -> None:
    dead = tmp_path / "crash-4194001.log"  # above the usual pid_max: no such process
    dead.write_text("")
    own = CrashLog.enable(tmp_path)
    assert own is not None
    try:
        assert own.path == tmp_path / f"crash-{os.getpid()}.log"
        assert pending_crash_logs(tmp_path) == []
        assert not dead.exists()
    finally:
        own.close()
    assert not own.path.exists()
