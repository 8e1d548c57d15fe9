"""Fixtures for the store tests: a fresh database file per test and a minimal inspection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from meihao_desktop.store import Database
from tests.store.factories import add_inspection


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "meihao.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def inspection_id(db: Database) -> str:
    return add_inspection(db)
