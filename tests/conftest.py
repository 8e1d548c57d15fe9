"""Test-wide isolation: no test reads or writes the developer's real data or settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything creates a QGuiApplication: tests never need (or open) a display.
# An explicit QT_QPA_PLATFORM (e.g. xcb under xvfb) is respected.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point home, XDG folders and the database at a fresh temp folder for each test."""
    home = tmp_path / "home"
    for name, sub in [
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
    ]:
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("MEIHAO_DB", str(tmp_path / "meihao-test.sqlite"))
    return home
