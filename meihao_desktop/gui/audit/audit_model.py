"""The audit trail as a lazily fetched table: a page of entries at a time, newest first.

The log of a campaign runs to tens of thousands of entries, so the model asks the
audit log service for ``PAGE_SIZE`` rows whenever the view scrolls near the end
(``canFetchMore`` / ``fetchMore``). Filtering and ordering happen in the database —
that is what makes paging possible — so there is no sort/filter proxy in front.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from meihao_desktop.exchange.preview import FIELD_LABELS

if TYPE_CHECKING:
    from meihao_desktop.services.audit_log import AuditRow

ModelIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list["AuditRow"]]
"""(offset, limit) → the entries of that page."""

PAGE_SIZE = 200
COL_AT, COL_ACTOR, COL_SOURCE, COL_ENTITY, COL_SUBJECT, COL_ACTION, COL_FIELD, COL_CHANGE = range(8)
COLUMN_COUNT = 8
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``AuditRow`` (any column)."""
LONGEST_VALUE = 60


def entity_text(entity: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "community": translate("AuditEntities", "Community"),
        "inspector": translate("AuditEntities", "Inspector"),
        "campaign": translate("AuditEntities", "Campaign"),
        "inspection": translate("AuditEntities", "Inspection"),
        "finding": translate("AuditEntities", "Score"),
        "requirement_check": translate("AuditEntities", "Principle requirement"),
        "photo": translate("AuditEntities", "Photo"),
        "rectification": translate("AuditEntities", "Rectification"),
        "recommendation": translate("AuditEntities", "Recommendation"),
        "entered_score": translate("AuditEntities", "Entered score"),
        "signature": translate("AuditEntities", "Signature"),
        "package": translate("AuditEntities", "Package"),
    }
    return names.get(entity, entity)


def action_text(action: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "create": translate("AuditActions", "Created"),
        "update": translate("AuditActions", "Changed"),
        "delete": translate("AuditActions", "Deleted"),
        "sign": translate("AuditActions", "Signed"),
        "unlock": translate("AuditActions", "Unlocked"),
        "submit": translate("AuditActions", "Submitted"),
        "rectify": translate("AuditActions", "Rectified"),
        "verify": translate("AuditActions", "Closed"),
        "reopen": translate("AuditActions", "Reopened"),
        "trash": translate("AuditActions", "Moved to trash"),
        "restore": translate("AuditActions", "Restored"),
        "import": translate("AuditActions", "Imported"),
        "conflict:local": translate("AuditActions", "Conflict: kept this laptop's"),
        "conflict:incoming": translate("AuditActions", "Conflict: took the package's"),
    }
    return names.get(action, action)


def source_text(source: str) -> str:
    """界面, 命令行, 数据包 <file>, 导入 <file>; anything else as it is."""
    translate = QCoreApplication.translate
    if source == "gui":
        return translate("AuditSources", "Program window")
    if source == "cli":
        return translate("AuditSources", "Command line")
    kind, _colon, file_name = source.partition(":")
    if kind == "package" and file_name:
        return translate("AuditSources", "Package {file}").format(file=file_name)
    if kind == "import" and file_name:
        return translate("AuditSources", "Import {file}").format(file=file_name)
    return source


def field_text(field: str) -> str:
    return FIELD_LABELS.get(field, field)


def _value(value: str | None) -> str:
    if value is None or value == "":
        return "—"
    text = " ".join(value.split())
    return text if len(text) <= LONGEST_VALUE else f"{text[: LONGEST_VALUE - 1]}…"


def change_text(row: AuditRow) -> str:
    if row.old is None and row.field == "":
        return _value(row.new)
    return f"{_value(row.old)} → {_value(row.new)}"


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._total = 0
        self._fetch: Fetch = lambda _offset, _limit: []

    def reset(self, total: int, fetch: Fetch) -> None:
        """Show another filter's entries: ``total`` of them, read through ``fetch``."""
        self.beginResetModel()
        self._rows = []
        self._total = total
        self._fetch = fetch
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def audit_row(self, row: int) -> AuditRow:
        return self._rows[row]

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid():
            return
        page = self._fetch(len(self._rows), PAGE_SIZE)
        if not page:  # entries vanished since they were counted
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return (
                self.tr("Time"),
                self.tr("By"),
                self.tr("Source"),
                self.tr("Record"),
                self.tr("Concerning"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old → new"),
            )[section]
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_CHANGE:
            return f"{row.old or '—'}\n→\n{row.new or '—'}"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_SUBJECT:
            return f"{row.subject}\n{row.entity_id}".strip()
        return None

    def _text(self, row: AuditRow, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            COL_AT: lambda: row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            COL_ACTOR: lambda: row.actor,
            COL_SOURCE: lambda: source_text(row.source),
            COL_ENTITY: lambda: entity_text(row.entity),
            COL_SUBJECT: lambda: row.subject or row.entity_id[:8],
            COL_ACTION: lambda: action_text(row.action),
            COL_FIELD: lambda: field_text(row.field),
            COL_CHANGE: lambda: change_text(row),
        }
        return texts[column]()
