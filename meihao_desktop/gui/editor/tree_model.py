"""The standard as a tree: 原则要求 with its requirements, then sections with their items.

Two levels only. A top-level row (a group) has internal id 0; a child's internal id is
its group's row + 1, which is all ``parent()`` needs — no Python objects are stored in
the indexes, so nothing can dangle when the model is reset.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meihao_desktop.domain.numbers import shown
from meihao_desktop.domain.scoring import ScoreResult, SectionResult
from meihao_desktop.gui.editor.markers import PROBLEM_COLOUR, Marker, MarkerIcons
from meihao_desktop.gui.editor.state import EditorState, ScoreValue

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
LOW_SHARE = Decimal("0.6")  # below 60 % of an item's maximum the marker turns orange


def points_text(points: Decimal) -> str:
    """8 → "8", 8.50 → "8.5": points as a reviewer writes them."""
    text = format(points, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Group:
    kind: str  # KIND_REQUIREMENTS or KIND_SECTION
    code: str  # the section's code; "" for the requirements
    title: str
    children: tuple[str, ...]  # requirement or item codes


class StandardTreeModel(QAbstractItemModel):
    COL_TITLE, COL_SCORE, COL_MARKS = range(3)
    CodeRole = Qt.ItemDataRole.UserRole + 1  # item or requirement code; "" for a group
    KindRole = Qt.ItemDataRole.UserRole + 2
    MarkerRole = Qt.ItemDataRole.UserRole + 3  # a Marker value, for leaves

    KIND_REQUIREMENTS = "requirements"
    KIND_SECTION = "section"
    KIND_REQUIREMENT = "requirement"
    KIND_ITEM = "item"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: EditorState | None = None
        self._result: ScoreResult | None = None
        self._groups: list[Group] = []
        self._positions: dict[str, tuple[int, int]] = {}
        self._icons = MarkerIcons()

    # -- filling -------------------------------------------------------------------

    def set_state(self, state: EditorState | None, result: ScoreResult | None) -> None:
        self.beginResetModel()
        self._state, self._result = state, result
        self._groups = self._build_groups(state)
        self._positions = {
            code: (group_row, row)
            for group_row, group in enumerate(self._groups)
            for row, code in enumerate(group.children)
        }
        self.endResetModel()

    def _build_groups(self, state: EditorState | None) -> list[Group]:
        if state is None:
            return []
        groups = []
        standard = state.standard
        if standard.requirements:
            codes = tuple(r.code for r in standard.requirements)
            title = self.tr("Principle requirements")
            groups.append(Group(self.KIND_REQUIREMENTS, "", title, codes))
        for section in standard.sections:
            codes = tuple(item.code for item in section.items)
            title = f"{section.code} {section.title}"
            groups.append(Group(self.KIND_SECTION, section.code, title, codes))
        return groups

    def set_result(self, result: ScoreResult) -> None:
        """New totals: the group rows' score and progress columns change."""
        self._result = result
        if self._groups:
            last = len(self._groups) - 1
            self.dataChanged.emit(self.index(0, self.COL_SCORE), self.index(last, self.COL_MARKS))

    def refresh(self, code: str) -> None:
        """The item or requirement ``code`` changed: its row is drawn again."""
        index = self.index_of(code)
        if index.isValid():
            self.dataChanged.emit(
                index.siblingAtColumn(self.COL_TITLE), index.siblingAtColumn(self.COL_MARKS)
            )

    # -- looking up ----------------------------------------------------------------

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        position = self._positions.get(code)
        if position is None:
            return QModelIndex()
        group_row, row = position
        return self.createIndex(row, column, group_row + 1)

    def leaf_codes(self) -> list[str]:
        """Every requirement and item code, in the order of the tree."""
        return [code for group in self._groups for code in group.children]

    def group(self, index: Index) -> Group | None:
        """The group of a top-level index (None for a leaf)."""
        if not index.isValid() or index.internalId() != 0:
            return None
        return self._groups[index.row()]

    # -- the model's interface -------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: Index, /) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].children)
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.COL_TITLE: self.tr("Item"),
            self.COL_SCORE: self.tr("Score"),
            self.COL_MARKS: self.tr("Progress / notes"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._state is None:
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[int(index.internalId()) - 1]
        code = group.children[index.row()]
        if group.kind == self.KIND_REQUIREMENTS:
            return self._requirement_data(code, index.column(), role)
        return self._item_data(code, index.column(), role)

    # -- what each row shows -----------------------------------------------------------

    def _group_data(self, group: Group, column: int, role: int) -> Any:
        if role == self.CodeRole:
            return ""
        if role == self.KindRole:
            return group.kind
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_TITLE:
            return Qt.AlignmentFlag.AlignCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.COL_TITLE:
            return group.title
        assert self._state is not None
        done = sum(1 for code in group.children if self._state.is_done(code))
        if column == self.COL_MARKS:
            return f"{done}/{len(group.children)}"
        if group.kind == self.KIND_REQUIREMENTS:
            return self._gate_text()
        return self._section_text(group.code, role)

    def _gate_text(self) -> str:
        gates = None if self._result is None else self._result.gates_passed
        if gates is None:
            return self.tr("to check")
        return self.tr("passed") if gates else self.tr("failed")

    def _section_result(self, code: str) -> SectionResult | None:
        if self._result is None:
            return None
        return next((s for s in self._result.sections if s.section.code == code), None)

    def _section_text(self, code: str, role: int) -> str:
        result = self._section_result(code)
        if result is None:
            return ""
        if result.score is None:
            return self.tr("N/A")
        score = str(shown(result.score))
        if role == Qt.ItemDataRole.ToolTipRole:
            weight = points_text(result.section.weight)
            return self.tr("{score} of {weight}").format(score=score, weight=weight)
        return score

    def _requirement_data(self, code: str, column: int, role: int) -> Any:
        assert self._state is not None
        passed = self._state.checks[code].passed
        marker = {True: Marker.PASSED, False: Marker.FAILED, None: Marker.UNCHECKED}[passed]
        common = self._leaf_common(code, self.KIND_REQUIREMENT, marker, column, role)
        if common is not None:
            return common
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_TITLE:
            requirement = self._state.requirement(code)
            return f"{code} {requirement.text if requirement else ''}"
        if column == self.COL_SCORE:
            texts = {True: self.tr("passed"), False: self.tr("failed"), None: "—"}
            return texts[passed]
        return self._marks_text(code)

    def _item_data(self, code: str, column: int, role: int) -> Any:
        assert self._state is not None
        score = self._state.items[code].score
        common = self._leaf_common(code, self.KIND_ITEM, self._item_marker(code), column, role)
        if common is not None:
            return common
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_TITLE:
            item = self._state.item(code)
            return f"{code} {item.text if item else ''}"
        if column == self.COL_SCORE:
            return self.score_text(score)
        return self._marks_text(code)

    def score_text(self, score: ScoreValue) -> str:
        if score.na:
            return self.tr("N/A")
        if score.level is not None:
            return score.level
        return "—" if score.points is None else points_text(score.points)

    def _item_marker(self, code: str) -> Marker:
        assert self._state is not None
        score = self._state.items[code].score
        item = self._state.item(code)
        if score.na:
            return Marker.NA
        if score.points is None or item is None:
            return Marker.UNSCORED
        low = score.points < item.max_points * LOW_SHARE
        return Marker.LOW if low else Marker.SCORED

    def _leaf_common(self, code: str, kind: str, marker: Marker, column: int, role: int) -> Any:
        """Roles that read the same for requirements and items; None for the others."""
        assert self._state is not None
        if role == self.CodeRole:
            return code
        if role == self.KindRole:
            return kind
        if role == self.MarkerRole:
            return marker.value
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_TITLE:
            return self._icons.icon(marker)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            text = self.data(self.index_of(code), Qt.ItemDataRole.DisplayRole)
            return f"<p>{html.escape(str(text))}</p>"
        foreground = role == Qt.ItemDataRole.ForegroundRole and column == self.COL_MARKS
        if foreground and self._state.marks_of(code).problems:
            return QBrush(QColor(PROBLEM_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_TITLE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _marks_text(self, code: str) -> str:
        assert self._state is not None
        marks = self._state.marks_of(code)
        parts = []
        if marks.photos:
            parts.append(self.tr("photos {n}").format(n=marks.photos))
        if marks.problems:
            parts.append(self.tr("problems {n}").format(n=marks.problems))
        return " · ".join(parts)
