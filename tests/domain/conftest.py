from __future__ import annotations

from pathlib import Path

import pytest

from meihao_desktop.domain.standard_file import load_standard_file
from meihao_desktop.domain.standards import Standard

STANDARDS = Path(__file__).resolve().parents[2] / "resources" / "standards"


@pytest.fixture(scope="session")
def meihao() -> Standard:
    return load_standard_file(STANDARDS / "meihao-2024.toml")


@pytest.fixture(scope="session")
def wenming() -> Standard:
    return load_standard_file(STANDARDS / "wenming-2019.toml")
