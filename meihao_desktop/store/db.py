"""The database handle the program passes to its services: one engine, one session factory.

There is no module-level engine: whoever opens the file owns the ``Database`` and hands it
on, so tests can point everything at a temporary file.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlmodel import Session

from meihao_desktop.store import migrate
from meihao_desktop.store.engine import make_engine


class Database:
    """An open database file, migrated to the schema of this program."""

    def __init__(self, path: Path, engine: Engine) -> None:
        """Use ``Database.open``; this only wraps an engine that is ready."""
        self._path = path
        self._engine = engine

    @classmethod
    def open(cls, path: Path, *, script_location: Path = migrate.MIGRATIONS_DIR) -> Database:
        """Open (or create) the database at ``path`` and migrate it to the newest schema.

        An existing file whose schema is about to change is first copied beside itself.
        Raises a ``DatabaseError`` if the file is not SQLite, belongs to another program
        or was written by a newer version of this one; such a file is not touched.
        ``script_location`` lets tests run a different set of migrations.
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        current = migrate.stored_revision(path, script_location)
        target = migrate.head_revision(script_location)
        if current is not None and current != target:
            migrate.backup_copy(path, target)
        engine = make_engine(path)
        if current != target:  # at head already: skip Alembic, start-up stays fast
            try:
                migrate.upgrade(engine, target, script_location)
            except BaseException:
                engine.dispose()
                raise
        return cls(path, engine)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def engine(self) -> Engine:
        """For bulk Core inserts and SQL aggregates; everyday work uses ``session()``."""
        return self._engine

    def session(self) -> Session:
        """A new session; use it as ``with db.session() as session: ...``.

        Objects stay readable after commit (``expire_on_commit=False``) so screens can
        show what they just saved without another query.
        """
        return Session(self._engine, expire_on_commit=False)

    def integrity_check(self) -> str:
        """SQLite's own consistency check: "ok", or one problem per line."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
        return "\n".join(str(row) for row in rows)

    def close(self) -> None:
        """Close all connections (WAL content is checkpointed into the file)."""
        self._engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
