"""The table of signing keys: who each key names, its certificate, how long it is valid.

One row per ``KeyInfo``; the default key (from the settings) is marked. Sorting goes
through ``SortRole``, so the validity column sorts by date, not by its text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

if TYPE_CHECKING:  # cryptography is imported when keys are read, not before
    from meihao_desktop.signing.keys import KeyInfo

COL_NAME = 0
COL_UNIT = 1
COL_SUBJECT = 2
COL_VALID_UNTIL = 3
COL_DEFAULT = 4
COLUMN_COUNT = 5
EXPIRED = QColor("#a8071a")

ModelIndex = QModelIndex | QPersistentModelIndex


class KeyTableModel(QAbstractTableModel):
    PathRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[KeyInfo] = []
        self._default: Path | None = None

    def set_keys(self, keys: list[KeyInfo], default: Path | None) -> None:
        self.beginResetModel()
        self._keys = list(keys)
        self._default = default
        self.endResetModel()

    def set_default(self, default: Path | None) -> None:
        self._default = default
        if self._keys:
            self.dataChanged.emit(
                self.index(0, COL_DEFAULT), self.index(len(self._keys) - 1, COL_DEFAULT)
            )

    def key_at(self, row: int) -> KeyInfo | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, path: Path) -> int:
        return next((row for row, key in enumerate(self._keys) if key.path == path), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_NAME: self.tr("Name"),
            COL_UNIT: self.tr("Unit"),
            COL_SUBJECT: self.tr("Certificate subject"),
            COL_VALID_UNTIL: self.tr("Valid until"),
            COL_DEFAULT: self.tr("Default"),
        }
        return titles.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.key_at(index.row()) if index.isValid() else None
        if key is None:
            return None
        column = index.column()
        if role == self.PathRole:
            return str(key.path)
        if role == self.SortRole:
            if column == COL_VALID_UNTIL:
                return key.not_after.timestamp()
            if column == COL_DEFAULT:
                return int(key.path == self._default)
            return self._text(key, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{subject}\nFile: {path}").format(subject=key.subject, path=key.path)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_VALID_UNTIL:
            return EXPIRED if not key.valid_at(datetime.now(UTC)) else None
        if role == Qt.ItemDataRole.FontRole and key.path == self._default:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, key: KeyInfo, column: int) -> str:
        if column == COL_NAME:
            return key.name
        if column == COL_UNIT:
            return key.unit
        if column == COL_SUBJECT:
            return key.subject
        if column == COL_VALID_UNTIL:
            return key.not_after.astimezone().strftime("%Y-%m-%d")
        if column == COL_DEFAULT:
            return "✓" if key.path == self._default else ""
        return ""
