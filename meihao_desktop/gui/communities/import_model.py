"""The rows of an import preview: what each spreadsheet row would do, or why it cannot.

Good rows and rejected rows are shown together in file order, so the reviewer can
compare the table with the spreadsheet row by row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from meihao_desktop.domain.community_sheet import RowProblem

if TYPE_CHECKING:  # openpyxl and the data layer are imported only when needed
    from meihao_desktop.services.community_import import SheetPreview

ModelIndex = QModelIndex | QPersistentModelIndex

COL_ROW, COL_ACTION, COL_NAME, COL_DISTRICT, COL_DETAILS = range(5)
COLUMN_COUNT = 5

# The values of ACTION_ROLE: the service's RowAction values, and one for rejected rows.
CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
ACTIONS = (CREATE, UPDATE, UNCHANGED, ERROR)

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""What the row would do: one of ``ACTIONS`` (any column)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The Excel row number in the row column, the action's order in the action column."""

ERROR_COLOUR = QColor("#c62828")


@dataclass(frozen=True)
class PreviewLine:
    """One spreadsheet row as the preview table shows it."""

    row: int
    action: str
    name: str
    district: str
    details: tuple[str, ...]  # a reason per bad cell, or "field: old → new" per change


def preview_lines(preview: SheetPreview) -> list[PreviewLine]:
    """Good and rejected rows of ``preview`` in file order."""
    lines = [
        PreviewLine(
            row.row,
            str(row.action),
            row.name,
            row.district,
            tuple(str(change) for change in row.changes),
        )
        for row in preview.rows
    ]
    lines += [
        PreviewLine(
            rejected.row,
            ERROR,
            rejected.name,
            "",
            tuple(_problem_text(problem) for problem in rejected.problems),
        )
        for rejected in preview.rejected
    ]
    return sorted(lines, key=lambda line: line.row)


def _problem_text(problem: RowProblem) -> str:
    """ "F 列（入住率）：120 超出 0–100 的范围" (the row number has its own column)."""
    if not problem.column:
        return problem.message
    header = f"（{problem.header}）" if problem.header else ""
    return f"{problem.column} 列{header}：{problem.message}"


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[PreviewLine] = []

    def set_lines(self, lines: list[PreviewLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> PreviewLine:
        return self._lines[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == ACTION_ROLE:
            return line.action
        if role == SORT_ROLE:
            if column == COL_ROW:
                return line.row
            if column == COL_ACTION:
                return ACTIONS.index(line.action)
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and line.action == ERROR:
            return QBrush(ERROR_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Top: an update row lists one change per line; its other cells start level.
            side = Qt.AlignmentFlag.AlignRight if column == COL_ROW else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return (
                self.tr("Row"),
                self.tr("Action"),
                self.tr("Community"),
                self.tr("District"),
                self.tr("Details"),
            )[section]
        return super().headerData(section, orientation, role)

    def _text(self, line: PreviewLine, column: int) -> str:
        if column == COL_ROW:
            return str(line.row)
        if column == COL_ACTION:
            return self.action_text(line.action)
        if column == COL_NAME:
            return line.name
        if column == COL_DISTRICT:
            return line.district
        return "\n".join(line.details)

    def action_text(self, action: str) -> str:
        return {
            CREATE: self.tr("New"),
            UPDATE: self.tr("Update"),
            UNCHANGED: self.tr("No change"),
            ERROR: self.tr("Error"),
        }[action]


class ImportPreviewProxy(QSortFilterProxyModel):
    """Shows every row, or only those with one action (``show_action``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action: str | None = None
        self.setSortRole(SORT_ROLE)

    def show_action(self, action: str | None) -> None:
        self.beginFilterChange()
        self._action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._action is None:
            return True
        index = self.sourceModel().index(source_row, COL_ACTION, source_parent)
        return bool(index.data(ACTION_ROLE) == self._action)
