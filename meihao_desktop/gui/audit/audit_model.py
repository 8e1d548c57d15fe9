"""The audit trail as a lazily fetched table: a page of entries at a time, newest first.

The log of a campaign runs to tens of thousands of entries, so the model asks the
audit log service for ``PAGE_SIZE`` rows whenever the view scrolls near the end
(``canFetchMore`` / ``fetchMore``). Filtering and ordering happen in the database —
that is what makes paging possible, and it orders by the real timestamp — so there is
no sort/filter proxy in front.

The cells show the entries in words (the service's ``field_label``, ``old_text``,
``new_text``, ``subject``); the tooltips add the full texts and the stored values, and
``set_raw(True)`` shows the stored values in the cells, for support.
"""

from __future__ import annotations

import textwrap
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

from meihao_desktop.gui.audit.texts import action_text, entity_text, source_text
from meihao_desktop.services.audit_labels import EMPTY, local_time_text, short, short_id

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
"""Characters of each of old and new in the cell, so that both show; the tooltip has all."""
SECONDS_FORMAT = "%Y-%m-%d %H:%M:%S"
TOOLTIP_WIDTH = 50
"""Characters per tooltip line: Qt does not wrap plain-text tooltips."""


def _stored(value: str | None) -> str:
    return EMPTY if value is None or value == "" else value


def whole_row(row: AuditRow) -> bool:
    """An entry about a row as a whole (created, deleted, imported): one value, no arrow."""
    return row.field == "" and (row.old is None or row.new is None)


def change_text(row: AuditRow, length: int | None = LONGEST_VALUE) -> str:
    """ "待整改 → 已整改", each side cut to ``length`` (None: in full)."""

    def cut(text: str) -> str:
        return text if length is None else short(text, length)

    if whole_row(row):
        return cut(row.new_text if row.new is not None else row.old_text)
    if row.action.startswith("conflict:") and row.field:
        # Both copies of a field in conflict, not a change: which one stayed is the action.
        return QCoreApplication.translate(
            "AuditTableModel", "this laptop: {local}  |  package: {incoming}"
        ).format(local=cut(row.old_text), incoming=cut(row.new_text))
    return f"{cut(row.old_text)} → {cut(row.new_text)}"


def raw_change_text(row: AuditRow) -> str:
    return f"{_stored(row.old)} → {_stored(row.new)}"


def change_tooltip(row: AuditRow) -> str:
    """The change in full, and as stored when that reads differently."""
    if whole_row(row):
        text = change_text(row, None)
        stored = _stored(row.new if row.new is not None else row.old)
    else:
        text = f"{row.old_text}\n→\n{row.new_text}"
        stored = f"{_stored(row.old)}\n→\n{_stored(row.new)}"
    if stored == text:
        return text
    caption = QCoreApplication.translate("AuditTableModel", "Stored values:")
    return f"{text}\n\n{caption}\n{stored}"


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._total = 0
        self._fetch: Fetch = lambda _offset, _limit: []
        self._raw = False

    def reset(self, total: int, fetch: Fetch) -> None:
        """Show another filter's entries: ``total`` of them, read through ``fetch``."""
        self.beginResetModel()
        self._rows = []
        self._total = total
        self._fetch = fetch
        self.endResetModel()

    def set_raw(self, raw: bool) -> None:
        """Show the values as stored (codes, ISO times, ids) instead of in words."""
        if raw != self._raw:
            self._raw = raw
            if self._rows:
                last = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
                self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    @property
    def raw(self) -> bool:
        return self._raw

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
                self.tr("Kind"),
                self.tr("Record"),
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
            return self._raw_text(row, index.column()) if self._raw else _text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _tooltip(row, index.column())
            return None if tip is None else wrapped(tip)
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _raw_text(row: AuditRow, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            COL_AT: lambda: row.at.isoformat(),
            COL_ACTOR: lambda: row.actor,
            COL_SOURCE: lambda: row.source,
            COL_ENTITY: lambda: row.entity,
            COL_SUBJECT: lambda: row.entity_id,
            COL_ACTION: lambda: row.action,
            COL_FIELD: lambda: row.field,
            COL_CHANGE: lambda: short(raw_change_text(row), 2 * LONGEST_VALUE),
        }
        return texts[column]()


def _text(row: AuditRow, column: int) -> str:
    texts: dict[int, Callable[[], str]] = {
        COL_AT: lambda: local_time_text(row.at),
        COL_ACTOR: lambda: row.actor,
        COL_SOURCE: lambda: source_text(row.source),
        COL_ENTITY: lambda: entity_text(row.entity),
        COL_SUBJECT: lambda: row.subject or short_id(row.entity_id),
        COL_ACTION: lambda: action_text(row.action),
        COL_FIELD: lambda: row.field_label,
        COL_CHANGE: lambda: change_text(row),
    }
    return texts[column]()


def wrapped(text: str, width: int = TOOLTIP_WIDTH) -> str:
    lines = (textwrap.fill(line, width) if line else "" for line in text.splitlines())
    return "\n".join(lines)


def _tooltip(row: AuditRow, column: int) -> str | None:
    if column == COL_AT:
        return f"{row.at.astimezone().strftime(SECONDS_FORMAT)}\n{row.at.isoformat()}"
    if column == COL_SUBJECT:
        return f"{row.subject}\n{row.entity_id}".strip()
    if column == COL_FIELD and row.field:
        return f"{row.field_label}\n{row.field}"
    if column == COL_CHANGE:
        return change_tooltip(row)
    if column == COL_SOURCE:
        return row.source
    return None
