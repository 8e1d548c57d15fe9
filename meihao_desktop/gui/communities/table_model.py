"""The communities table: one row per community with its inspection count, and its search.

``CommunityTableModel`` holds what the community service returned; the page shows it
through ``CommunityFilterProxy``, which filters on the search box and sorts numbers as
numbers (``SORT_ROLE``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from meihao_desktop.gui.row_table_model import RowTableModel

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.store.models import Community

ModelIndex = QModelIndex | QPersistentModelIndex

(
    COL_NAME,
    COL_DISTRICT,
    COL_STREET,
    COL_ADMIN_COMMUNITY,
    COL_PROPERTY_COMPANY,
    COL_HOUSEHOLDS,
    COL_OCCUPANCY,
    COL_FEE_COLLECTION,
    COL_RED_STARS,
    COL_INSPECTIONS,
) = range(10)
COLUMN_COUNT = 10
SEARCHED_COLUMNS = (COL_NAME, COL_DISTRICT, COL_STREET, COL_PROPERTY_COMPANY)
NUMBER_COLUMNS = frozenset(
    (COL_HOUSEHOLDS, COL_OCCUPANCY, COL_FEE_COLLECTION, COL_RED_STARS, COL_INSPECTIONS)
)

COMMUNITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The community's id (any column)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What the column sorts by: a number for number columns (-1 when unknown), else the text."""

MAX_STARS = 5


def percent_text(rate: Decimal | None) -> str:
    """95 → "95%", 95.50 → "95.5%"; empty when unknown."""
    if rate is None:
        return ""
    plain = rate.quantize(Decimal(1)) if rate == rate.to_integral_value() else rate.normalize()
    return f"{plain:f}%"


def stars_text(stars: int | None) -> str:
    """3 → "★★★☆☆"; empty when not rated."""
    if stars is None:
        return ""
    return "★" * stars + "☆" * (MAX_STARS - stars)


class CommunityTableModel(RowTableModel["Community"]):  # quoted: the data layer loads lazily
    """Communities as the service listed them; ``set_communities`` replaces them all."""

    column_count = COLUMN_COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inspection_counts: dict[str, int] = {}

    def set_communities(
        self, communities: Sequence[Community], inspection_counts: Mapping[str, int]
    ) -> None:
        self.beginResetModel()
        self._replace_rows(communities)
        self._inspection_counts = dict(inspection_counts)
        self.endResetModel()

    def community(self, row: int) -> Community:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        community = self._row_at(index)
        if community is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(community, column)
        if role == SORT_ROLE:
            if column in NUMBER_COLUMNS:
                number = self._number(community, column)
                return -1.0 if number is None else float(number)
            return self._text(community, column)
        if role == COMMUNITY_ID_ROLE:
            return community.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(community, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        return super().headerData(section, orientation, role)

    def _header(self, column: int) -> str:
        return (
            self.tr("Community"),
            self.tr("District"),
            self.tr("Street"),
            self.tr("Neighbourhood"),
            self.tr("Property company"),
            self.tr("Households"),
            self.tr("Occupancy"),
            self.tr("Fee collection"),
            self.tr("Red property stars"),
            self.tr("Inspections"),
        )[column]

    def _number(self, community: Community, column: int) -> int | Decimal | None:
        if column == COL_HOUSEHOLDS:
            return community.households
        if column == COL_OCCUPANCY:
            return community.occupancy_rate
        if column == COL_FEE_COLLECTION:
            return community.fee_collection_rate
        if column == COL_RED_STARS:
            return community.red_property_stars
        return self._inspection_counts.get(community.id, 0)

    def _text(self, community: Community, column: int) -> str:
        texts = {
            COL_NAME: community.name,
            COL_DISTRICT: community.district,
            COL_STREET: community.street,
            COL_ADMIN_COMMUNITY: community.admin_community,
            COL_PROPERTY_COMPANY: community.property_company,
        }
        if column in texts:
            return texts[column]
        if column in (COL_OCCUPANCY, COL_FEE_COLLECTION):
            rate = self._number(community, column)
            return percent_text(rate if isinstance(rate, Decimal) else None)
        if column == COL_RED_STARS:
            return stars_text(community.red_property_stars)
        number = self._number(community, column)
        return "" if number is None else str(number)

    def _tooltip(self, community: Community, column: int) -> str | None:
        if column == COL_NAME and community.address:
            return community.address
        if column == COL_RED_STARS:
            if community.red_property_stars is None:
                return self.tr("Not rated")
            return self.tr("Stars: {n}").format(n=community.red_property_stars)
        return None


class CommunityFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose name, district, street or property company contain the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._search:
            return True
        model = self.sourceModel()
        return any(
            self._search in str(model.index(source_row, column, source_parent).data()).casefold()
            for column in SEARCHED_COLUMNS
        )
