"""What importing a package will do, before it does it: who signed it (name and key
fingerprint), who exported it and when, the inspections it carries, what it adds,
updates or leaves per table, and every conflict side by side with the reviewer's
choice (保留本机 / 采用数据包, or for all at once). Communities and campaigns that the
laptop created on its own and that the import pairs with ours by name are listed on a
tab of their own, and said in plain words above the tabs when this package pairs them
for the first time or cannot pair one (several of ours share its name).

The dialog only collects the choices; ``resolutions()`` hands them to
``exchange.apply_package``. 导入 stays disabled while a conflict has no choice: a newer
edit is never overwritten silently.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.exchange import Action
from meihao_desktop.exchange.natural_keys import MatchKind
from meihao_desktop.gui.exchange.preview_models import (
    CHOICE_ROLE,
    INCOMING,
    LOCAL,
    UNDECIDED_COLOUR,
    ConflictsModel,
    CountsModel,
    DifferencesModel,
    InspectionEntriesModel,
    KeyMatchesModel,
)
from meihao_desktop.gui.forms_generated.ui_package_preview_dialog import Ui_PackagePreviewDialog

if TYPE_CHECKING:
    from datetime import datetime

    from meihao_desktop.exchange import Conflict, PackagePreview
    from meihao_desktop.exchange.natural_keys import KeyMatch

SHOWN_PAIRINGS = 3  # named one by one above the tabs; the tab lists them all


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class PackagePreviewDialog(QDialog):
    def __init__(self, preview: PackagePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagePreviewDialog")
        self.preview = preview
        self.ui = Ui_PackagePreviewDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setWindowTitle(self.tr("Import Package — {file}").format(file=preview.file_name))
        self.import_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.inspections_model = InspectionEntriesModel(preview.inspections, self)
        self.counts_model = CountsModel(preview, self)
        self.conflicts_model = ConflictsModel(preview.conflicts, self)
        self.differences_model = DifferencesModel(self)
        self.matches_model = KeyMatchesModel((*preview.matches, *preview.ambiguous), self)
        _table(self.ui.inspectionsTable, self.inspections_model)
        _table(self.ui.countsTable, self.counts_model)
        _table(self.ui.conflictsTable, self.conflicts_model)
        _table(self.ui.differencesTable, self.differences_model)
        self.ui.conflictsTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        listed = self.ui.inspectionsTable.horizontalHeader()
        listed.setStretchLastSection(False)
        listed.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        counts = self.ui.countsTable.horizontalHeader()
        counts.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The two sides get the same width, side by side.
        sides = self.ui.differencesTable.horizontalHeader()
        sides.setStretchLastSection(False)
        for column in (1, 2):
            sides.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.signerLabel.setText(self._signer_text())
        self._set_up_matches()
        self._set_up_conflicts()
        self._update_summary()

    def _signer_text(self) -> str:
        manifest, signer = self.preview.manifest, self.preview.signer
        lines = [
            (self.tr("Package"), self.preview.file_name),
            (self.tr("Signed by"), signer.name),
            (self.tr("Key fingerprint"), signer.fingerprint),
            (self.tr("Exported by"), f"{manifest.inspector}（{manifest.device}）"),
            (self.tr("Exported at"), local_time(manifest.created_at)),
        ]
        if signer.certificate_subject:
            lines.insert(2, (self.tr("Certificate"), signer.certificate_subject))
        rows = "".join(
            f"<tr><td><b>{escape(label)}：</b></td><td>{escape(value)}</td></tr>"
            for label, value in lines
        )
        return f"<table>{rows}</table>"

    # -- communities and campaigns paired by name ------------------------------------

    def _set_up_matches(self) -> None:
        self.matches_tab = QWidget(self)
        self.matches_tab.setObjectName("matchesTab")
        note = QLabel(
            self.tr(
                "These communities and campaigns were created separately on the laptop. "
                "Each one with the same name (and district) as one here is merged with it, "
                "so that every inspector's scores are compiled together; later changes made "
                "to it on the laptop arrive as changes of the one here."
            ),
            self.matches_tab,
        )
        note.setWordWrap(True)
        self.matches_table = QTableView(self.matches_tab)
        self.matches_table.setObjectName("matchesTable")
        _table(self.matches_table, self.matches_model)
        layout = QVBoxLayout(self.matches_tab)
        layout.addWidget(note)
        layout.addWidget(self.matches_table)
        tabs, count = self.ui.tabs, self.matches_model.rowCount()
        title = self.tr("&Merged by name ({n})").format(n=count)
        tabs.insertTab(tabs.indexOf(self.ui.conflictsTab), self.matches_tab, title)
        tabs.setTabEnabled(tabs.indexOf(self.matches_tab), count > 0)
        self.matches_notice = QLabel(self)
        self.matches_notice.setObjectName("matchesNotice")
        self.matches_notice.setWordWrap(True)
        self.matches_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(tabs), self.matches_notice)
        notice = self._matches_notice()
        self.matches_notice.setText(notice)
        self.matches_notice.setVisible(bool(notice))
        if notice:
            tabs.setCurrentWidget(self.matches_tab)

    def _matches_notice(self) -> str:
        """The new pairings and the warnings, in sentences; "" when there are none."""
        new = [m for m in self.preview.matches if m.kind is MatchKind.MERGED]
        lines = [escape(self._merged_sentence(m)) for m in new[:SHOWN_PAIRINGS]]
        if len(new) > SHOWN_PAIRINGS:
            more = self.tr("…and {n} more (see the Merged by name tab).")
            lines.append(escape(more.format(n=len(new) - SHOWN_PAIRINGS)))
        warnings = dict.fromkeys(self._ambiguous_sentence(m) for m in self.preview.ambiguous)
        colour = UNDECIDED_COLOUR.name()
        lines += [f'<span style="color:{colour}">{escape(text)}</span>' for text in warnings]
        return "<br>".join(lines)

    def _kind(self, match: KeyMatch) -> str:
        return self.tr("community") if match.table == "community" else self.tr("campaign")

    def _merged_sentence(self, match: KeyMatch) -> str:
        return self.tr(
            "The package's {kind} “{name}”{details} is merged with the {kind} of the same name "
            "here."
        ).format(kind=self._kind(match), name=match.name, details=KeyMatchesModel.details(match))

    def _ambiguous_sentence(self, match: KeyMatch) -> str:
        if match.in_package > 1:
            text = self.tr(
                "The package holds {n} of {kind} “{name}”{details}: none is merged with the "
                "one here; they come in as new ones."
            )
            count = match.in_package
        else:
            text = self.tr(
                "The package's {kind} “{name}”{details} is not merged: there are {n} of that "
                "name here, and which one is meant is unclear. It comes in as a new one."
            )
            count = match.here
        details = KeyMatchesModel.details(match)
        return text.format(kind=self._kind(match), name=match.name, details=details, n=count)

    # -- conflicts -------------------------------------------------------------------

    def _set_up_conflicts(self) -> None:
        count = len(self.preview.conflicts)
        tabs = self.ui.tabs
        tabs.setTabText(
            tabs.indexOf(self.ui.conflictsTab), self.tr("C&onflicts ({n})").format(n=count)
        )
        tabs.setTabEnabled(tabs.indexOf(self.ui.conflictsTab), count > 0)
        self.ui.conflictsTable.selectionModel().currentRowChanged.connect(self._conflict_changed)
        self.ui.keepLocalRadio.clicked.connect(lambda: self.choose(LOCAL))
        self.ui.takeIncomingRadio.clicked.connect(lambda: self.choose(INCOMING))
        self.ui.allLocalButton.clicked.connect(lambda: self.choose_all(LOCAL))
        self.ui.allIncomingButton.clicked.connect(lambda: self.choose_all(INCOMING))
        if count:
            tabs.setCurrentWidget(self.ui.conflictsTab)
            self.ui.conflictsTable.selectionModel().setCurrentIndex(
                self.conflicts_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_conflict()

    def current_conflict_row(self) -> int | None:
        index = self.ui.conflictsTable.currentIndex()
        return index.row() if index.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _conflict_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_conflict()

    def _show_conflict(self) -> None:
        row = self.current_conflict_row()
        conflict = None if row is None else self.conflicts_model.conflict(row)
        choice = None if row is None else self.conflicts_model.index(row, 0).data(CHOICE_ROLE)
        self.differences_model.set_conflict(conflict, choice)
        title = "" if conflict is None else f"<b>{escape(conflict.title)}</b>"
        self.ui.conflictTitleLabel.setText(title)
        self.ui.localSideLabel.setText(self._side(conflict, LOCAL))
        self.ui.incomingSideLabel.setText(self._side(conflict, INCOMING))
        self.ui.keepLocalRadio.setChecked(choice == LOCAL)
        self.ui.takeIncomingRadio.setChecked(choice == INCOMING)
        for widget in (self.ui.keepLocalRadio, self.ui.takeIncomingRadio):
            widget.setEnabled(conflict is not None)

    def _side(self, conflict: Conflict | None, side: str) -> str:
        if conflict is None:
            return ""
        if side == LOCAL:
            heading = self.tr("This laptop")
            who, when, version = (
                conflict.local_by,
                conflict.local_updated_at,
                conflict.local_version,
            )
        else:
            heading = self.tr("Package")
            who = conflict.incoming_by
            when, version = conflict.incoming_updated_at, conflict.incoming_version
        detail = self.tr("changed by {who} at {when} (version {version})").format(
            who=who or self.tr("unknown"), when=local_time(when), version=version
        )
        return f"<b>{escape(heading)}</b><br>{escape(detail)}"

    def choose(self, choice: str) -> None:
        """Keep ``choice`` ("local" / "incoming") for the conflict shown."""
        row = self.current_conflict_row()
        if row is None:
            return
        self.conflicts_model.set_choice(row, choice)
        self._show_conflict()
        self._update_summary()
        if row + 1 < self.conflicts_model.rowCount():  # on to the next one
            self.ui.conflictsTable.selectRow(row + 1)

    def choose_all(self, choice: str) -> None:
        self.conflicts_model.set_all(choice)
        self._show_conflict()
        self._update_summary()

    def resolutions(self) -> dict[str, str]:
        return self.conflicts_model.resolutions()

    # -- summary ---------------------------------------------------------------------

    def _update_summary(self) -> None:
        totals = self.preview.totals
        undecided = self.conflicts_model.undecided()
        if not self.preview.changes_anything:
            text = self.tr("Nothing new: everything in this package is already here.")
        else:
            text = self.tr(
                "Importing adds {added} records and updates {updated}; "
                "{conflicts} conflicts, {undecided} still to decide."
            ).format(
                added=totals[Action.ADD],
                updated=totals[Action.UPDATE],
                conflicts=len(self.preview.conflicts),
                undecided=undecided,
            )
        self.ui.summaryLabel.setText(text)
        self.import_button.setEnabled(undecided == 0)


def _table(view: QTableView, model: QAbstractItemModel) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
