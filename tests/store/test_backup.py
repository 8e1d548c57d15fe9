"""Rolling backups: checked copies, rotation per reason, once-a-day startup, restore."""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from meihao_desktop.store import Community, Database, Photo, backup, migrate
from meihao_desktop.store.errors import BackupError, DatabaseTooNewError, StorageError

DAY_1 = datetime(2025, 5, 1, 2, 0, tzinfo=UTC)


def add_community(db: Database, name: str) -> None:
    with db.session() as session:
        session.add(Community(name=name))
        session.commit()


def community_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM community ORDER BY name")]


def reasons(db_path: Path) -> list[str]:
    return [found.reason for found in backup.list_backups(db_path)]


def test_a_backup_is_a_checked_self_contained_copy_with_a_preview(
    db: Database, db_path: Path, inspection_id: str
) -> None:
    # The rows are still in the -wal file: the backup API must include them.
    assert Path(f"{db_path}-wal").stat().st_size > 0
    made = backup.create_backup(db_path, "manual", now=DAY_1)

    assert made.parent == db_path.parent / "backups"
    assert made.name == "meihao-20250501T020000.000Z-manual.sqlite"
    assert not Path(f"{made}-wal").exists()
    with closing(sqlite3.connect(made)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    [listed] = backup.list_backups(db_path)
    assert (listed.path, listed.reason, listed.created_at) == (made, "manual", DAY_1)
    assert listed.size == made.stat().st_size
    assert listed.preview == backup.BackupPreview(
        communities=1,
        inspections=1,
        findings=0,
        photos=0,
        newest_inspection=date(2025, 5, 1),
        revision=migrate.head_revision(),
    )
    assert not list(made.parent.glob(".tmp-*"))


def test_rotation_keeps_the_newest_of_each_reason(db: Database, db_path: Path) -> None:
    startups = [
        backup.create_backup(db_path, "startup", now=DAY_1 + timedelta(days=n)) for n in range(2)
    ]
    manuals = [
        backup.create_backup(db_path, "manual", keep=3, now=DAY_1 + timedelta(hours=n))
        for n in range(5)
    ]

    kept = {found.path for found in backup.list_backups(db_path)}
    assert kept == {*startups, *manuals[2:]}  # the two oldest manual ones went


def test_the_keep_setting_is_saved_beside_the_backups_and_used(db: Database, db_path: Path) -> None:
    assert backup.keep_count(db_path) == backup.DEFAULT_KEEP
    backup.set_keep_count(db_path, 2)
    assert backup.keep_count(db_path) == 2
    for n in range(4):
        backup.create_backup(db_path, "package-import", now=DAY_1 + timedelta(minutes=n))
    assert reasons(db_path) == ["package-import", "package-import"]


def test_the_startup_backup_is_made_once_a_day(db: Database, db_path: Path) -> None:
    first = backup.startup_backup(db_path, now=DAY_1)
    assert first is not None
    assert backup.startup_backup(db_path, now=DAY_1 + timedelta(hours=3)) is None
    # Another reason does not count as the day's startup backup.
    backup.create_backup(db_path, "manual", now=DAY_1 + timedelta(days=1))
    assert backup.startup_backup(db_path, now=DAY_1 + timedelta(days=1, hours=1)) is not None
    assert reasons(db_path) == ["startup", "manual", "startup"]


def test_backups_in_the_same_millisecond_get_their_own_files(db: Database, db_path: Path) -> None:
    made = {backup.create_backup(db_path, "manual", now=DAY_1) for _ in range(3)}
    assert len(made) == 3


def test_the_copies_made_before_migrations_are_listed_and_rotated(
    db: Database, db_path: Path
) -> None:
    copies = [migrate.backup_copy(db_path, f"900{n}") for n in range(2)]
    listed = backup.list_backups(db_path)
    assert {(found.path, found.reason) for found in listed} == {(c, "migration") for c in copies}
    os.utime(copies[0], None)
    backup.prune(db_path, 1)
    assert len(backup.list_backups(db_path)) == 1


def test_backup_before_a_package_import(db: Database, db_path: Path) -> None:
    made = backup.backup_before(db, "package-import")
    assert made.name.endswith("-package-import.sqlite")
    with pytest.raises(ValueError, match="unknown backup reason"):
        backup.backup_before(db, "whim")


def test_restore_round_trip_backs_up_the_current_state_first(db: Database, db_path: Path) -> None:
    add_community(db, "A 小区")
    saved = backup.create_backup(db_path, "manual", now=DAY_1)
    add_community(db, "B 小区")
    db.close()

    before = backup.restore(saved, db_path, now=DAY_1 + timedelta(hours=1))

    assert community_names(db_path) == ["A 小区"]
    assert before is not None
    assert before.name.endswith("-before-restore.sqlite")
    assert community_names(before) == ["A 小区", "B 小区"]
    with Database.open(db_path) as reopened:
        assert reopened.integrity_check() == "ok"
    # And back again: the state that was replaced is one restore away.
    backup.restore(before, db_path)
    assert community_names(db_path) == ["A 小区", "B 小区"]


def test_a_damaged_backup_is_refused_and_nothing_changes(db: Database, db_path: Path) -> None:
    add_community(db, "A 小区")
    db.close()
    damaged = backup.backups_dir(db_path) / "meihao-20250501T020000.000Z-manual.sqlite"
    damaged.parent.mkdir()
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    listed = backup.list_backups(db_path)
    assert [found.preview for found in listed] == [None]

    with pytest.raises(BackupError, match="备份已损坏"):
        backup.restore(damaged, db_path)
    assert community_names(db_path) == ["A 小区"]
    assert reasons(db_path) == ["manual"]  # no before-restore backup either


def test_a_backup_from_a_newer_program_is_refused(db: Database, db_path: Path) -> None:
    saved = backup.create_backup(db_path, "manual")
    with closing(sqlite3.connect(saved)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    db.close()
    with pytest.raises(DatabaseTooNewError):
        backup.restore(saved, db_path)


def test_restore_replaces_a_live_file_that_is_damaged(db: Database, db_path: Path) -> None:
    add_community(db, "A 小区")
    saved = backup.create_backup(db_path, "manual", now=DAY_1)
    db.close()
    garbage = b"this laptop's disk went bad" * 100
    db_path.write_bytes(garbage)

    before = backup.restore(saved, db_path)

    assert community_names(db_path) == ["A 小区"]
    assert before is not None
    assert before.read_bytes() == garbage  # even a damaged file is kept, byte for byte


def test_a_full_disk_while_backing_up_leaves_no_half_file(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: the rename after the copy reports ENOSPC, as a full disk would.
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", full)
    with pytest.raises(StorageError, match="磁盘已满") as raised:
        backup.create_backup(db_path, "manual")
    assert raised.value.kind == "disk-full"
    assert str(db_path.parent / "backups") in str(raised.value)
    assert list((db_path.parent / "backups").iterdir()) == []


def test_the_photos_that_backups_refer_to_are_known(
    db: Database, db_path: Path, inspection_id: str
) -> None:
    with db.session() as session:
        session.add(Photo(inspection_id=inspection_id, sha256="a" * 64))
        session.commit()
    backup.create_backup(db_path, "manual", now=DAY_1)
    with db.session() as session:
        session.add(Photo(inspection_id=inspection_id, sha256="b" * 64))
        session.commit()
    backup.create_backup(db_path, "startup", now=DAY_1)
    assert backup.photo_hashes_in_backups(db_path) == {"a" * 64, "b" * 64}
