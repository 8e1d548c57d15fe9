"""What a test needs from outside Python (a program, the shared test files, root).

On a developer's machine that lacks it the test is skipped, saying what is missing; in
CI (``MEIHAO_CI=1``, set by ``.ci/run``, which installs everything) it fails instead,
so a missing tool can never hide behind a skip.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("MEIHAO_CI") == "1"


def needs(available: bool, what: str) -> None:
    """Skip (or, in CI, fail) the calling test unless ``available``."""
    if available:
        return
    if in_ci():
        pytest.fail(f"CI must provide {what}", pytrace=False)
    pytest.skip(f"{what} is not available here")
