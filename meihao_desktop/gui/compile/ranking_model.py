"""The ranking table of a compiled campaign: one row per community, in rank order.

The columns depend on the standard: one per section (its aggregated score), and for
composite standards one per entered component (调查, 投票: editable) and the composite
total. ``column_of(kind, key)`` finds a column; the fixed leading ones have ``COL_*``
constants. The page shows the model through ``RankingProxy``, which sorts numbers as
numbers (``SORT_ROLE``). Sorted by rank ascending, the communities that take no part in
the ranking (不参与排名: a principle requirement or prerequisite failed; 暂不排名: not all
checked yet; no total) come last, in the compilation's order; the rank cell's tooltip
says why.

Editing an entered score calls ``save_entered(community_id, component_code, text)``;
it returns whether the value was stored (the page shows the error otherwise) and
recompiles, which replaces the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from enum import Enum, auto
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from meihao_desktop.gui.compile import texts

if TYPE_CHECKING:
    from meihao_desktop.domain.standards import Standard
    from meihao_desktop.services.compile import Compilation, CompiledRow

ModelIndex = QModelIndex | QPersistentModelIndex
SaveEntered = Callable[[str, str, str], bool]

COL_RANK, COL_COMMUNITY, COL_DISTRICT, COL_STREET = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``CompiledRow`` (any column)."""
COMMUNITY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
"""Numbers as floats (missing ones last), text otherwise."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 4
"""The exact ``Decimal`` of a score column, None when there is none."""
MISSING = float("-inf")
SHORT_TITLE = 4  # characters of a section's title in its column header


class Kind(Enum):
    RANK = auto()
    COMMUNITY = auto()
    DISTRICT = auto()
    STREET = auto()
    SECTION = auto()
    TOTAL = auto()
    METHOD = auto()
    SCORERS = auto()
    MINIMUM = auto()
    MAXIMUM = auto()
    ENTERED = auto()
    COMPOSITE = auto()
    GATES = auto()
    ELIGIBILITY = auto()
    DECISION = auto()


NUMERIC = {
    Kind.RANK,
    Kind.SECTION,
    Kind.TOTAL,
    Kind.SCORERS,
    Kind.MINIMUM,
    Kind.MAXIMUM,
    Kind.ENTERED,
    Kind.COMPOSITE,
}


class RankingModel(QAbstractTableModel):
    def __init__(
        self, save_entered: SaveEntered | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._save_entered = save_entered
        self._rows: list[CompiledRow] = []
        self._columns: list[tuple[Kind, str, str]] = []  # kind, key, header
        self._section_titles: dict[str, str] = {}
        self._columns = self._columns_for(None)

    def set_compilation(self, compilation: Compilation | None) -> None:
        self.beginResetModel()
        self._rows = [] if compilation is None else list(compilation.rows)
        self._columns = self._columns_for(None if compilation is None else compilation.standard)
        self.endResetModel()

    def _columns_for(self, standard: Standard | None) -> list[tuple[Kind, str, str]]:
        columns = [
            (Kind.RANK, "", self.tr("Rank")),
            (Kind.COMMUNITY, "", self.tr("Community")),
            (Kind.DISTRICT, "", self.tr("District")),
            (Kind.STREET, "", self.tr("Street")),
        ]
        components = [] if standard is None else list(standard.components)
        if standard is not None:
            # Short two-line headers (the full title is the tooltip): the columns hold
            # 5-digit numbers, and the table must fit a 1366 px screen without scrolling.
            columns += [
                (Kind.SECTION, s.code, f"{s.code} {s.title[:SHORT_TITLE]}\n（{s.weight}）")
                for s in standard.sections
            ]
            self._section_titles = {
                s.code: f"{s.code} {s.title}（{s.weight}）" for s in standard.sections
            }
        columns += [
            (Kind.TOTAL, "", self.tr("Total")),
            (Kind.METHOD, "", self.tr("Method")),
            (Kind.SCORERS, "", self.tr("Scorers")),
            (Kind.MINIMUM, "", self.tr("Lowest")),
            (Kind.MAXIMUM, "", self.tr("Highest")),
        ]
        if standard is not None and standard.is_composite:
            columns += [
                (Kind.ENTERED, c.code, f"{c.title}（{c.weight}%）")
                for c in components
                if c.source == "entered"
            ]
            columns.append((Kind.COMPOSITE, "", self.tr("Composite")))
        columns += [
            (Kind.GATES, "", self.tr("Principle requirements")),
            (Kind.ELIGIBILITY, "", self.tr("Prerequisites")),
            (Kind.DECISION, "", self.tr("Recommendation")),
        ]
        return columns

    # -- lookups ---------------------------------------------------------------------

    def column_of(self, kind: Kind, key: str = "") -> int:
        """The column showing ``kind`` (and section/component ``key``); -1 if none."""
        for column, (found, found_key, _header) in enumerate(self._columns):
            if found is kind and (not key or key == found_key):
                return column
        return -1

    def column_kind(self, column: int) -> tuple[Kind, str]:
        kind, key, _header = self._columns[column]
        return kind, key

    def compiled_row(self, row: int) -> CompiledRow:
        return self._rows[row]

    def row_of(self, community_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.community_id == community_id), None)

    def rows(self) -> Sequence[CompiledRow]:
        return tuple(self._rows)

    def set_recommendation(self, community_id: str, decision: str | None, opinion: str) -> None:
        """Show a saved recommendation (it does not change the ranking)."""
        row = self.row_of(community_id)
        if row is None:
            return
        self._rows[row] = replace(self._rows[row], decision=decision, bureau_opinion=opinion)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # -- the model -------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section][2]
            kind, key, _header = self._columns[section]
            if role == Qt.ItemDataRole.ToolTipRole and kind is Kind.ENTERED:
                return self.tr("Entered by the bureau (0–100); double-click or F2 to edit")
            if role == Qt.ItemDataRole.ToolTipRole and kind is Kind.SECTION:
                return self._section_titles.get(key)
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = self._save_entered is not None
        if editable and index.isValid() and self._columns[index.column()][0] is Kind.ENTERED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        kind, key, _header = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, kind, key)
        if role == Qt.ItemDataRole.EditRole:
            value = self._value(row, kind, key)
            return "" if value is None else format(value, "f")
        if role == SORT_ROLE:
            return self._sort_key(row, kind, key)
        if role == VALUE_ROLE:
            return self._value(row, kind, key)
        if role == ROW_ROLE:
            return row
        if role == COMMUNITY_ID_ROLE:
            return row.community_id
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._save_entered is None:
            return False
        kind, key, _header = self._columns[index.column()]
        if kind is not Kind.ENTERED:
            return False
        row = self._rows[index.row()]
        return self._save_entered(row.community_id, key, str(value))

    # -- cells -----------------------------------------------------------------------

    def _value(self, row: CompiledRow, kind: Kind, key: str) -> Decimal | None:
        spread = row.aggregate
        values: dict[Kind, Callable[[], Decimal | None]] = {
            Kind.SECTION: lambda: row.sections.get(key),
            Kind.TOTAL: lambda: None if spread is None else spread.value,
            Kind.MINIMUM: lambda: None if spread is None else spread.minimum,
            Kind.MAXIMUM: lambda: None if spread is None else spread.maximum,
            Kind.ENTERED: lambda: _entered(row, key),
            Kind.COMPOSITE: lambda: None if row.composite is None else row.composite.total,
        }
        return values[kind]() if kind in values else None

    def _text(self, row: CompiledRow, kind: Kind, key: str) -> str:
        if kind in (Kind.SECTION, Kind.TOTAL, Kind.MINIMUM, Kind.MAXIMUM, Kind.COMPOSITE):
            return texts.score_text(self._value(row, kind, key))
        if kind is Kind.ENTERED:
            value = _entered(row, key)
            return "" if value is None else texts.score_text(value)
        spread = row.aggregate
        words: dict[Kind, Callable[[], str]] = {
            Kind.RANK: lambda: texts.rank_text(row),
            Kind.COMMUNITY: lambda: row.community,
            Kind.DISTRICT: lambda: row.district,
            Kind.STREET: lambda: row.street,
            Kind.METHOD: lambda: texts.method_text(None if spread is None else spread.method),
            Kind.SCORERS: lambda: str(row.scorers),
            Kind.GATES: lambda: texts.gates_text(row),
            Kind.ELIGIBILITY: lambda: texts.eligibility_text(row),
            Kind.DECISION: lambda: texts.decision_text(row.decision),
        }
        return words[kind]()

    def _sort_key(self, row: CompiledRow, kind: Kind, key: str) -> Any:
        if kind is Kind.RANK:
            return float("inf") if row.rank is None else float(row.rank)
        if kind is Kind.SCORERS:
            return float(row.scorers)
        if kind in NUMERIC:
            value = self._value(row, kind, key)
            return MISSING if value is None else float(value)
        return self._text(row, kind, key)

    def _colour(self, row: CompiledRow, kind: Kind) -> QBrush | None:
        colour = None
        if kind is Kind.RANK:
            colour = texts.rank_colour(row)
        elif kind is Kind.GATES:
            colour = texts.gates_colour(row)
        elif kind is Kind.ELIGIBILITY:
            colour = texts.eligibility_colour(row)
        elif kind is Kind.DECISION and row.decision == "recommend":
            colour = texts.PASSED_COLOUR
        return None if colour is None else QBrush(colour)

    def _tooltip(self, row: CompiledRow, kind: Kind) -> str | None:
        if kind is Kind.RANK:
            return texts.rank_tooltip(row)
        if kind in (Kind.GATES, Kind.ELIGIBILITY):
            return "\n".join(texts.reasons(row)) or None
        if kind is Kind.COMPOSITE and row.composite is not None and row.composite.missing:
            missing = "、".join(c.title for c in row.composite.missing)
            return self.tr("Missing: {parts}").format(parts=missing)
        if kind is Kind.TOTAL and row.aggregate is not None:
            return self.tr("Mean of all {n}: {mean}").format(
                n=row.aggregate.count, mean=texts.score_text(row.aggregate.mean)
            )
        return None


def _entered(row: CompiledRow, code: str) -> Decimal | None:
    if row.composite is None:
        return None
    part = next((p for p in row.composite.parts if p.component.code == code), None)
    return None if part is None else part.value


class RankingProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; numbers as numbers, text in the locale's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
