"""Persistence: the SQLite database file, its tables and their migrations (no Qt here).

Open the file once with ``Database.open(path)`` and pass the ``Database`` to services.
"""

from meihao_desktop.store.db import Database
from meihao_desktop.store.errors import (
    DatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    NotADatabaseError,
)
from meihao_desktop.store.models import (
    AuditEntry,
    Campaign,
    Community,
    EnteredScore,
    Finding,
    Inspection,
    Inspector,
    Photo,
    Recommendation,
    Rectification,
    RequirementCheck,
    Signature,
    TableBase,
)

__all__ = [
    "AuditEntry",
    "Campaign",
    "Community",
    "Database",
    "DatabaseError",
    "DatabaseTooNewError",
    "EnteredScore",
    "Finding",
    "ForeignDatabaseError",
    "Inspection",
    "Inspector",
    "NotADatabaseError",
    "Photo",
    "Recommendation",
    "Rectification",
    "RequirementCheck",
    "Signature",
    "TableBase",
]
