"""A problem's history as a table: who changed what, when, old → new.

The audit trail stores raw values (status codes, ISO timestamps, photo ids); this model
turns them into what a reviewer reads: 待整改 → 已整改, local times, "photo".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from meihao_desktop.gui.ledger.table_model import status_text

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.rectifications import HistoryEntry

ModelIndex = QModelIndex | QPersistentModelIndex

COL_TIME, COL_ACTOR, COL_ACTION, COL_CHANGE = range(4)
COLUMN_COUNT = 4
TIME_FORMAT = "%Y-%m-%d %H:%M"


def local_time_text(moment: datetime) -> str:
    """An aware timestamp in this computer's time zone, to the minute."""
    return moment.astimezone().strftime(TIME_FORMAT)


def action_text(action: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "create": translate("LedgerHistory", "Recorded"),
        "update": translate("LedgerHistory", "Edited"),
        "rectify": translate("LedgerHistory", "Marked rectified"),
        "verify": translate("LedgerHistory", "Closed"),
        "reopen": translate("LedgerHistory", "Reopened"),
    }
    return names.get(action, action)


def field_text(field: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "": translate("LedgerHistory", "Problem"),
        "problem": translate("LedgerHistory", "Problem"),
        "deadline": translate("LedgerHistory", "Deadline"),
        "status": translate("LedgerHistory", "Status"),
        "rectified_at": translate("LedgerHistory", "Rectified at"),
        "rectified_note": translate("LedgerHistory", "Rectification note"),
        "after_photo_id": translate("LedgerHistory", "After-photo"),
        "verified_at": translate("LedgerHistory", "Closed at"),
        "verified_by": translate("LedgerHistory", "Closed by"),
        "reason": translate("LedgerHistory", "Reason"),
    }
    return names.get(field, field)


def value_text(field: str, value: str | None) -> str:
    """An audited value as the reviewer knows it; "(empty)" for nothing."""
    if value is None or value == "":
        return QCoreApplication.translate("LedgerHistory", "(empty)")
    if field == "status":
        return status_text(value)
    if field == "after_photo_id":
        return QCoreApplication.translate("LedgerHistory", "photo")
    if field in ("rectified_at", "verified_at"):
        try:
            return local_time_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    if field == "deadline":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return value
    return value


def change_text(entry: HistoryEntry) -> str:
    """ "Status: 待整改 → 已整改"; a first value is shown without an arrow."""
    translate = QCoreApplication.translate
    name = field_text(entry.field)
    new = value_text(entry.field, entry.new)
    if entry.old is None:
        return translate("LedgerHistory", "{field}: {new}").format(field=name, new=new)
    old = value_text(entry.field, entry.old)
    return translate("LedgerHistory", "{field}: {old} → {new}").format(field=name, old=old, new=new)


class HistoryModel(QAbstractTableModel):
    """The audit entries of one problem, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                local_time_text(entry.at),
                entry.actor,
                action_text(entry.action),
                change_text(entry),
            )[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < COLUMN_COUNT
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Change"))[section]
        return super().headerData(section, orientation, role)
