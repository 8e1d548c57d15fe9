"""The strict tools are part of the test suite: ruff everywhere, mypy strict on the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", "meihao_desktop", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_core_is_clean() -> None:
    result = _run(
        "mypy",
        "--no-incremental",
        "meihao_desktop/domain",
        "meihao_desktop/store",
        "meihao_desktop/services",
        "meihao_desktop/cli",
    )
    assert result.returncode == 0, result.stdout + result.stderr
