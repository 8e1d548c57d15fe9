"""Writing the audit trail: who changed what, old → new, when and through which path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from meihao_desktop.store.models import AuditEntry


@dataclass(frozen=True)
class Actor:
    """Who is making changes and through which path ("gui", "cli", "package:…")."""

    name: str
    source: str


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def log_create(session: Session, actor: Actor, entity: str, entity_id: str, summary: str) -> None:
    session.add(
        AuditEntry(
            actor=actor.name,
            action="create",
            entity=entity,
            entity_id=entity_id,
            new=summary,
            source=actor.source,
        )
    )


def log_change(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: str,
    field: str,
    old: Any,
    new: Any,
    action: str = "update",
) -> None:
    session.add(
        AuditEntry(
            actor=actor.name,
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old=_text(old),
            new=_text(new),
            source=actor.source,
        )
    )


def apply_changes(
    session: Session, actor: Actor, row: Any, entity: str, changes: dict[str, Any]
) -> bool:
    """Set attributes on ``row``, logging each real change; True if anything changed."""
    changed = False
    for field, new in changes.items():
        old = getattr(row, field)
        if old == new:
            continue
        setattr(row, field, new)
        log_change(session, actor, entity, row.id, field, old, new)
        changed = True
    return changed
