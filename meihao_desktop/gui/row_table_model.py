"""A table model over a plain list of rows, each with an ``id``: what list views share.

Subclasses say how many columns there are and what each cell shows (``data``); the
list itself, its size and finding a row by id live here once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

ModelIndex = QModelIndex | QPersistentModelIndex


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=_HasId)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    column_count = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def _replace_rows(self, rows: Sequence[Row]) -> None:
        """Swap in new rows; call between beginResetModel and endResetModel."""
        self._rows = list(rows)

    def _row_at(self, index: ModelIndex) -> Row | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def row_of(self, row_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == row_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count
