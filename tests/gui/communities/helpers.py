"""Helpers for the communities page tests."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import select

from meihao_desktop.services import Actor
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import AuditEntry

TESTER = Actor("测试员", "gui")


class Shown:
    """Stands in for the main window's ``show_page``: records which page was asked for."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.pages: dict[str, QWidget] = {}

    def __call__(self, key: str) -> QWidget:
        self.keys.append(key)
        return self.pages.setdefault(key, QWidget())


def error_box(parent: QWidget) -> QMessageBox:
    box = parent.findChild(QMessageBox, "errorBox")
    assert box is not None, "no error was shown"
    return box


def audit_entries(db: Database, entity_id: str) -> list[AuditEntry]:
    with db.session() as session:
        query = select(AuditEntry).where(AuditEntry.entity_id == entity_id)
        return list(session.exec(query).all())
