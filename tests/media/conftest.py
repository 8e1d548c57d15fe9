"""Fixtures for the photo tests: an empty photo store beside a (not created) database."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from meihao_desktop.media.photo_store import PhotoStore


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore.beside(tmp_path / "data" / "meihao.sqlite")


@pytest.fixture
def shanghai_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the test with this machine's local time zone set to China Standard Time."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
