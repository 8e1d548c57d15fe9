"""Bringing a database file to the schema this program expects, with Alembic run in code.

Before anything writes to an existing file it is checked (is it SQLite, is it ours, is it
older than us?) and, when its schema is about to change, copied beside itself.

Developers write a new revision after changing the models with::

    from meihao_desktop.store.migrate import autogenerate_revision
    autogenerate_revision("add weather to inspection", rev_id="0002")

and then review it (autogenerate misses renames and CHECK constraints).
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from meihao_desktop.store.engine import BEGIN_IMMEDIATE, make_engine
from meihao_desktop.store.errors import (
    DatabaseTooNewError,
    ForeignDatabaseError,
    NotADatabaseError,
)
from meihao_desktop.store.types import utcnow

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config(
    script_location: Path = MIGRATIONS_DIR, connection: Connection | None = None
) -> Config:
    """An Alembic config built in code; env.py runs on ``connection``."""
    config = Config()
    # Config values go through ConfigParser interpolation, where "%" is special.
    config.set_main_option("script_location", str(script_location).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    """The newest revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, f"no migrations in {script_location}"
    return head


def _read_revision(path: Path) -> tuple[list[str], bool]:
    """The revisions recorded in the file, and whether it holds any other table."""
    # Read-only, so a file we refuse is left exactly as it was.
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in names:
            return [], bool(names)
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        return [row[0] for row in rows], bool(names - {"alembic_version"})


def stored_revision(path: Path, script_location: Path = MIGRATIONS_DIR) -> str | None:
    """Check the file at ``path`` and return its schema revision; None for a new file.

    Raises NotADatabaseError, ForeignDatabaseError or DatabaseTooNewError.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(path)
    try:
        revisions, has_tables = _read_revision(path)
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            raise NotADatabaseError(path) from exc
        raise
    if not revisions:
        if has_tables:
            raise ForeignDatabaseError(path)
        return None
    script = ScriptDirectory.from_config(alembic_config(script_location))
    known = {revision.revision for revision in script.walk_revisions()}
    for revision in revisions:
        if revision not in known:
            raise DatabaseTooNewError(path, revision)
    return revisions[0]


def backup_copy(path: Path, target: str) -> Path:
    """Copy the database beside itself as ``<stem>.before-<target>-<UTC time>.sqlite``.

    The online backup API gives a consistent copy even with a WAL file next to it.
    """
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    destination = path.with_name(f"{path.stem}.before-{target}-{stamp}.sqlite")
    with (
        closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as source,
        closing(sqlite3.connect(destination)) as copy,
    ):
        source.backup(copy)
    return destination


def upgrade(engine: Engine, target: str = "head", script_location: Path = MIGRATIONS_DIR) -> None:
    """Migrate the database behind ``engine`` to ``target`` in one transaction."""
    with engine.connect() as connection:
        # Rebuilding a table (SQLite "batch" migrations) drops the old one, which with
        # foreign keys on would cascade-delete child rows. The pragma is ignored inside a
        # transaction, so it is switched on the raw connection before BEGIN.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            immediate = connection.execution_options(**{BEGIN_IMMEDIATE: True})
            with immediate.begin():
                command.upgrade(alembic_config(script_location, immediate), target)
                _check_foreign_keys(immediate)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    """Fail (and roll back) if a migration left rows pointing at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")


def autogenerate_revision(
    message: str, rev_id: str, script_location: Path = MIGRATIONS_DIR
) -> None:
    """Write a migration for what the models have and the migrations do not yet create."""
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(Path(scratch) / "scratch.sqlite")
        try:
            upgrade(engine, "head", script_location)
            with engine.begin() as connection:
                config = alembic_config(script_location, connection)
                command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        finally:
            engine.dispose()
