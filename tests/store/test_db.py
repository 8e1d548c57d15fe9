"""Opening database files: pragmas, typed errors for files we must not touch, basic checks."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.store import (
    Community,
    Database,
    DatabaseError,
    DatabaseTooNewError,
    Finding,
    ForeignDatabaseError,
    NotADatabaseError,
)
from meihao_desktop.store.migrate import head_revision


def _pragma(database: Database, name: str) -> object:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.before-*"))


def test_new_database_has_all_tables_and_pragmas(db: Database, db_path: Path) -> None:
    assert db.path == db_path
    tables = set(inspect(db.engine).get_table_names())
    assert tables == set(SQLModel.metadata.tables) | {"alembic_version"}
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "synchronous") == 2  # FULL
    assert _pragma(db, "busy_timeout") == 5000


def test_new_database_is_stamped_at_head_without_backup(db: Database, db_path: Path) -> None:
    with db.engine.connect() as connection:
        versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    assert versions == [(head_revision(),)]
    assert _backups(db_path) == []


def test_reopening_keeps_data_and_makes_no_backup(db: Database, db_path: Path) -> None:
    with db.session() as session:
        session.add(Community(name="幸福里小区"))
        session.commit()
    db.close()
    with Database.open(db_path) as again, again.session() as session:
        assert session.get(Community, _only_id(again)) is not None
    assert _backups(db_path) == []


def _only_id(database: Database) -> str:
    with database.engine.connect() as connection:
        value = connection.exec_driver_sql("SELECT id FROM community").scalar_one()
    assert isinstance(value, str)
    return value


def test_empty_existing_file_is_a_new_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Database.open(db_path) as database:
        assert "community" in inspect(database.engine).get_table_names()
    assert _backups(db_path) == []


def test_file_that_is_not_sqlite_is_refused_untouched(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    content = "小区名称,地址\n幸福里,鼓楼区\n".encode() * 100
    db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as caught:
        Database.open(db_path)
    error = caught.value
    assert isinstance(error, DatabaseError)
    assert isinstance(error, MeihaoError)
    assert str(error) == f"数据库文件 {db_path}：不是有效的 SQLite 数据库"
    assert db_path.read_bytes() == content


def test_damaged_sqlite_file_is_refused(db: Database, db_path: Path) -> None:
    db.close()
    data = bytearray(db_path.read_bytes())
    data[16:100] = b"\xff" * 84  # header intact, page size and the rest garbage
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotADatabaseError):
        Database.open(db_path)


def test_database_from_newer_program_is_refused_untouched(db: Database, db_path: Path) -> None:
    db.close()
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    with closing(sqlite3.connect(db_path)) as connection:
        # Out of WAL mode, so even switching the journal mode would change the file.
        connection.execute("PRAGMA journal_mode=DELETE")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as caught:
        Database.open(db_path)
    assert caught.value.revision == "zzzz"
    assert str(caught.value) == (
        f"数据库文件 {db_path}：由更新版本的程序创建（版本 zzzz），请升级程序"
    )
    assert db_path.read_bytes() == before
    assert _backups(db_path) == []


def test_sqlite_file_of_another_program_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(ForeignDatabaseError):
        Database.open(db_path)


def test_foreign_keys_are_enforced(db: Database) -> None:
    with db.session() as session:
        session.add(Finding(inspection_id="no-such-inspection", item_code="1.1"))
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            session.commit()


def test_deleting_an_inspection_deletes_its_findings(db: Database, inspection_id: str) -> None:
    with db.session() as session:
        session.add(Finding(inspection_id=inspection_id, item_code="1.1"))
        session.commit()
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM inspection")
        assert connection.exec_driver_sql("SELECT count(*) FROM finding").scalar() == 0


def test_objects_stay_readable_after_commit(db: Database) -> None:
    with db.session() as session:
        community = Community(name="幸福里小区")
        session.add(community)
        session.commit()
    assert community.name == "幸福里小区"  # no DetachedInstanceError: nothing was expired


def test_integrity_check(db: Database) -> None:
    assert db.integrity_check() == "ok"
