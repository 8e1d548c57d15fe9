"""Alembic environment for the store: runs on the connection the program hands over.

There is no alembic.ini and no URL: ``meihao_desktop.store.migrate`` builds the config
in code and passes an open connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlmodel import SQLModel

import meihao_desktop.store.models  # noqa: F401  (registers the tables on the metadata)
import meihao_desktop.store.types as store_types


def _render_item(kind: str, obj: Any, autogen_context: AutogenContext) -> Literal[False]:
    """Let autogenerate render our column types as usual, but also import their module."""
    if kind == "type" and type(obj).__module__ == store_types.__name__:
        autogen_context.imports.add(f"import {store_types.__name__}")
    return False


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through meihao_desktop.store.migrate")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,  # SQLite can only alter most things by rebuilding the table
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
