"""The migrations build exactly the models' schema, and upgrades are backed up and atomic."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import DateTime, UniqueConstraint, inspect
from sqlmodel import SQLModel

from meihao_desktop.store import Database, Finding
from meihao_desktop.store.migrate import MIGRATIONS_DIR, head_revision
from meihao_desktop.store.types import UTCDateTime
from tests.store.factories import add_inspection


def test_migrations_create_the_models_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_every_foreign_key_column_is_indexed() -> None:
    # A unique constraint whose first column is the key serves as its index.
    for table in SQLModel.metadata.tables.values():
        leading = {next(iter(index.columns)).name for index in table.indexes}
        leading |= {
            constraint.columns[0].name
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        }
        for key in table.foreign_keys:
            assert key.parent.name in leading, f"{table.name}.{key.parent.name}"


def test_every_timestamp_column_is_utc() -> None:
    # SQLModel would pick its own datetime type where sa_type was forgotten.
    for table in SQLModel.metadata.tables.values():
        for column in table.columns:
            if isinstance(column.type, DateTime | UTCDateTime) or column.name.endswith("_at"):
                assert isinstance(column.type, UTCDateTime), f"{table.name}.{column.name}"


def _migrations_with(tmp_path: Path, upgrade_body: str) -> Path:
    """A copy of the real migrations plus a revision "9000" after the head, running
    ``upgrade_body``."""
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    body = textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")
    (location / "versions" / "9000_test.py").write_text(
        f'''"""Test revision."""
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
''',
        encoding="utf-8",
    )
    return location


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_upgrade_backs_up_the_older_database_first(tmp_path: Path, db_path: Path) -> None:
    with Database.open(db_path) as database:
        inspection_id = add_inspection(database)
        with database.session() as session:
            session.add(Finding(inspection_id=inspection_id, item_code="1.1"))
            session.commit()
    # Rebuilding the inspection table must not cascade-delete its findings.
    migrations = _migrations_with(
        tmp_path,
        """
        with op.batch_alter_table("inspection", recreate="always") as batch:
            batch.add_column(sa.Column("weather", sa.String(), nullable=True))
        """,
    )

    with Database.open(db_path, script_location=migrations):
        pass

    [backup] = db_path.parent.glob("meihao.before-9000-*.sqlite")
    assert backup.name.endswith("Z.sqlite")
    assert _query(backup, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert _query(backup, "SELECT item_code FROM finding") == [("1.1",)]
    assert _query(db_path, "SELECT version_num FROM alembic_version") == [("9000",)]
    assert _query(db_path, "SELECT item_code FROM finding") == [("1.1",)]
    assert _query(db_path, "SELECT count(*) FROM inspection WHERE weather IS NULL") == [(1,)]


def test_failed_upgrade_leaves_the_database_as_it_was(tmp_path: Path, db_path: Path) -> None:
    Database.open(db_path).close()
    migrations = _migrations_with(
        tmp_path,
        """
        op.create_table("scratch", sa.Column("id", sa.Integer(), primary_key=True))
        op.execute("UPDATE community SET name = 'x'")
        raise RuntimeError("migration bug")
        """,
    )

    with pytest.raises(RuntimeError, match="migration bug"):
        Database.open(db_path, script_location=migrations)

    assert _query(db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    with Database.open(db_path) as database:
        assert "scratch" not in inspect(database.engine).get_table_names()
