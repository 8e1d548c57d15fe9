"""Creating a SQLAlchemy engine for a database file with the settings the program relies on.

Every connection gets WAL (readers do not block the autosave), enforced foreign keys,
``synchronous=FULL`` (a power cut on a laptop must not lose a signed record) and a busy
timeout. SQLAlchemy, not the sqlite3 module, issues BEGIN, so that DDL in migrations is
transactional too (the sqlite3 module in legacy mode commits DDL at once).

A full disk or a read-only folder becomes a ``StorageError`` here, the one place where
every statement, commit and connect of the program passes (``handle_error``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, ExceptionContext, create_engine, event

from meihao_desktop.store.errors import storage_error_from

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)

# Execution option: start the transaction with BEGIN IMMEDIATE, taking the write lock at
# once, for work that reads and then writes (migrations) and must not be overtaken.
BEGIN_IMMEDIATE = "meihao_begin_immediate"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the sqlite3 module must not issue BEGIN
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(BEGIN_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _on_error(path: Path, context: ExceptionContext) -> None:
    error = storage_error_from(context.original_exception, path)
    if error is not None:
        # Raised from here, SQLAlchemy rolls back and cleans up, then lets it through.
        raise error from context.original_exception


def make_engine(path: Path) -> Engine:
    """An engine for the SQLite file at ``path`` (created on first connect if missing)."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", partial(_on_error, path))
    return engine
