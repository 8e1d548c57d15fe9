"""A full disk or a read-only data folder: a clear message naming the folder, nothing lost.

What is simulated, and how (the tests run as root, which ignores file permissions):

* a full disk: SQLite's own ``PRAGMA max_page_count`` set to the file's current size,
  so that SQLite itself fails the write with SQLITE_FULL ("database or disk is full");
* a read-only database: ``PRAGMA query_only``, so that SQLite itself fails the write
  with SQLITE_READONLY ("attempt to write a readonly database");
* a read-only folder when opening: ``sqlite3.connect`` replaced by one that fails as
  SQLite does there ("unable to open database file") and ``os.access`` saying the
  folder is not writable.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from meihao_desktop.services import Services
from meihao_desktop.store import Database
from meihao_desktop.store.errors import StorageError, storage_error_from
from tests.services.conftest import TESTER


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    db = Database.open(tmp_path / "data" / "meihao.sqlite")
    services = Services.create(db, TESTER)
    services.communities.create(name="幸福里小区")
    yield services
    db.close()


def limit_every_connection(db: Database, pragma: str) -> None:
    """Make SQLite refuse writes on the engine's (new) connections."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        if pragma == "max_page_count":
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")
        else:
            dbapi_connection.execute(f"PRAGMA {pragma}")

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()  # the pooled connections were made without it


def names(services: Services) -> list[str]:
    return [community.name for community in services.communities.list()]


def test_a_full_disk_is_a_clear_error_and_loses_nothing(services: Services) -> None:
    limit_every_connection(services.db, "max_page_count")
    with pytest.raises(StorageError) as raised:
        services.communities.create(name="新海花园", description="很长的简介" * 2000)

    error = raised.value
    assert error.kind == "disk-full"
    assert "磁盘已满" in str(error)
    assert str(services.db.path.parent) in str(error)
    assert "之前保存的数据完好" in str(error)
    assert names(services) == ["幸福里小区"]
    assert services.db.integrity_check() == "ok"


def test_a_read_only_database_is_a_clear_error_and_loses_nothing(services: Services) -> None:
    limit_every_connection(services.db, "query_only=ON")
    with pytest.raises(StorageError, match="数据目录只读") as raised:
        services.communities.create(name="新海花园")
    assert raised.value.kind == "read-only"
    assert names(services) == ["幸福里小区"]


def test_opening_in_a_read_only_folder_names_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "只读"
    folder.mkdir()

    def cannot_open(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", cannot_open)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", cannot_open)  # what SQLAlchemy calls
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder)
    with pytest.raises(StorageError, match="数据目录只读") as raised:
        Database.open(folder / "meihao.sqlite")
    assert raised.value.folder == folder
    assert str(folder) in str(raised.value)


@pytest.mark.parametrize(
    ("code", "kind"),
    [(errno.ENOSPC, "disk-full"), (errno.EROFS, "read-only"), (errno.EACCES, "read-only")],
)
def test_os_errors_of_the_same_kind_get_the_same_message(
    code: int, kind: str, tmp_path: Path
) -> None:
    error = storage_error_from(OSError(code, os.strerror(code)), tmp_path / "meihao.sqlite")
    assert error is not None
    assert error.kind == kind


def test_other_errors_are_left_alone(tmp_path: Path) -> None:
    assert storage_error_from(sqlite3.IntegrityError("UNIQUE constraint failed"), tmp_path) is None
    assert storage_error_from(ValueError("a bug"), tmp_path) is None
    assert storage_error_from(OSError(errno.ENOENT, "gone"), tmp_path) is None
