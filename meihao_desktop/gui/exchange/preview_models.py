"""The tables of the package preview: the inspections a package carries, what importing
it does per table, its conflicts with the reviewer's choice for each, one conflict's
differing fields side by side (本机 | 数据包), and the communities and campaigns it pairs
with ours by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meihao_desktop.exchange import Action
from meihao_desktop.exchange.natural_keys import KeyMatch, MatchKind
from meihao_desktop.exchange.rows import BY_NAME

if TYPE_CHECKING:
    from meihao_desktop.exchange import (
        Conflict,
        FieldDifference,
        InspectionEntry,
        PackagePreview,
    )

ModelIndex = QModelIndex | QPersistentModelIndex
LOCAL, INCOMING = "local", "incoming"
ACTIONS = ("add", "update", "unchanged", "keep_local", "conflict")
UNDECIDED_COLOUR = QColor("#a8071a")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The conflict's key ("finding:<id>"), as ``apply_package`` takes it."""
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 2
""""local", "incoming" or None."""
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""The ``KeyMatch`` of a row of ``KeyMatchesModel``."""


def action_text(action: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "add": translate("PackageActions", "Added"),
        "update": translate("PackageActions", "Updated"),
        "unchanged": translate("PackageActions", "Unchanged"),
        "keep_local": translate("PackageActions", "Newer here"),
        "conflict": translate("PackageActions", "Conflict"),
    }
    return names.get(action, action)


def choice_text(choice: str | None) -> str:
    translate = QCoreApplication.translate
    if choice == LOCAL:
        return translate("PackageActions", "Keep this laptop's")
    if choice == INCOMING:
        return translate("PackageActions", "Take the package's")
    return translate("PackageActions", "Not chosen")


def status_text(status: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "draft": translate("PackageActions", "Draft"),
        "signed": translate("PackageActions", "Signed"),
        "submitted": translate("PackageActions", "Submitted"),
    }
    return names.get(status, status)


class _Table(QAbstractTableModel):
    """Rows of plain text; subclasses give the headers and the cells."""

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def row_count(self) -> int:
        raise NotImplementedError

    def text(self, row: int, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        return None


class InspectionEntriesModel(_Table):
    def __init__(self, entries: Sequence[InspectionEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = list(entries)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Community"),
            self.tr("District"),
            self.tr("Inspector"),
            self.tr("Visit"),
            self.tr("Status"),
            self.tr("Scores"),
            self.tr("Photos"),
            self.tr("On import"),
        )

    def row_count(self) -> int:
        return len(self._entries)

    def text(self, row: int, column: int) -> str:
        entry = self._entries[row]
        return (
            entry.community,
            entry.district,
            entry.inspector,
            entry.visit_date.isoformat(),
            status_text(entry.status),
            str(entry.findings),
            str(entry.photos),
            action_text(str(entry.action)),
        )[column]


class CountsModel(_Table):
    """Per table that the package touches: how many rows each action applies to."""

    def __init__(self, preview: PackagePreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = [
            (BY_NAME[table].label, [counter[Action(action)] for action in ACTIONS])
            for table, counter in preview.counts.items()
            if sum(counter.values())
        ]

    def headers(self) -> Sequence[str]:
        return (self.tr("Records"), *(action_text(a) for a in ACTIONS))

    def row_count(self) -> int:
        return len(self._rows)

    def text(self, row: int, column: int) -> str:
        label, counts = self._rows[row]
        return label if column == 0 else str(counts[column - 1])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ConflictsModel(_Table):
    """The conflicts with the choice made for each (none at first)."""

    def __init__(self, conflicts: Sequence[Conflict], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts = list(conflicts)
        self._choices: dict[str, str] = {}

    def headers(self) -> Sequence[str]:
        return (self.tr("Record"), self.tr("Kind"), self.tr("Keep"))

    def row_count(self) -> int:
        return len(self._conflicts)

    def conflict(self, row: int) -> Conflict:
        return self._conflicts[row]

    def text(self, row: int, column: int) -> str:
        conflict = self._conflicts[row]
        if column == 2:
            return choice_text(self._choices.get(conflict.key))
        return conflict.title if column == 0 else conflict.table_label

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._conflicts):
            key = self._conflicts[index.row()].key
            if role == KEY_ROLE:
                return key
            if role == CHOICE_ROLE:
                return self._choices.get(key)
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
                return None if key in self._choices else QBrush(UNDECIDED_COLOUR)
        return super().data(index, role)

    def set_choice(self, row: int, choice: str) -> None:
        self._choices[self._conflicts[row].key] = choice
        self.dataChanged.emit(self.index(row, 2), self.index(row, 2))

    def set_all(self, choice: str) -> None:
        for conflict in self._conflicts:
            self._choices[conflict.key] = choice
        if self._conflicts:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._conflicts) - 1, 2))

    def undecided(self) -> int:
        return sum(1 for c in self._conflicts if c.key not in self._choices)

    def resolutions(self) -> dict[str, str]:
        return dict(self._choices)


class DifferencesModel(_Table):
    """One conflict's differing fields: label, this laptop's value, the package's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._differences: list[FieldDifference] = []
        self._chosen: str | None = None

    def set_conflict(self, conflict: Conflict | None, chosen: str | None) -> None:
        self.beginResetModel()
        self._differences = [] if conflict is None else list(conflict.differences)
        self._chosen = chosen
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return (self.tr("Field"), self.tr("This laptop"), self.tr("Package"))

    def row_count(self) -> int:
        return len(self._differences)

    def text(self, row: int, column: int) -> str:
        difference = self._differences[row]
        value = (difference.label, difference.local, difference.incoming)[column]
        return "—" if value is None else " ".join(str(value).split())

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The side that will be kept is shown in bold.
        if role == Qt.ItemDataRole.FontRole and index.column() in (1, 2):
            side = LOCAL if index.column() == 1 else INCOMING
            if side == self._chosen:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class KeyMatchesModel(_Table):
    """Communities and campaigns of the package that another laptop created on its own:
    paired with ours by name (and district), or not paired because several rows share
    the name (shown in red: they come in as new records)."""

    def __init__(self, matches: Sequence[KeyMatch], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches = list(matches)

    def headers(self) -> Sequence[str]:
        return (self.tr("Kind"), self.tr("In the package"), self.tr("Here"), self.tr("On import"))

    def row_count(self) -> int:
        return len(self._matches)

    def text(self, row: int, column: int) -> str:
        match = self._matches[row]
        if column == 0:
            return self.tr("Community") if match.table == "community" else self.tr("Campaign")
        if column == 1:
            return self.described(match)
        if column == 2:
            return _described(match.local_name, match.local_district) if match.merged else "—"
        return self._outcome(match)

    @staticmethod
    def described(match: KeyMatch) -> str:
        """The package's name of it, with its district (and year, for a campaign)."""
        return _described(match.name, match.district, match.year)

    @staticmethod
    def details(match: KeyMatch) -> str:
        """Its district (and year) in brackets: （2024，海州区）; "" when it has none."""
        return _details(match.district, match.year)

    def _outcome(self, match: KeyMatch) -> str:
        if match.kind is MatchKind.MERGED:
            return self.tr("Merged with the one of the same name here")
        if match.kind is MatchKind.REMEMBERED:
            return self.tr("Merged as before")
        if match.in_package > 1:
            return self.tr("Not merged: {n} of this name in the package; comes in as new").format(
                n=match.in_package
            )
        return self.tr("Not merged: {n} of this name here; comes in as new").format(n=match.here)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._matches):
            match = self._matches[index.row()]
            if role == MATCH_ROLE:
                return match
            if role == Qt.ItemDataRole.ForegroundRole and not match.merged:
                return QBrush(UNDECIDED_COLOUR)
        return super().data(index, role)


def _described(name: str, district: str, year: int | None = None) -> str:
    """阳光花园（海州区）, 2024年美好家园（2024，海州区）."""
    return name + _details(district, year)


def _details(district: str, year: int | None) -> str:
    details = [str(year)] if year is not None else []
    details += [district] if district else []
    return f"（{'，'.join(details)}）" if details else ""
