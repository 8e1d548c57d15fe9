"""The import preview: what a community spreadsheet would add or change, before anything is.

Laid out in ``forms/import_preview_dialog.ui``. The dialog only shows a preview and
collects the reader's choices (worksheet, district for rows without one, a field for
each unrecognised column); reading and writing are the import flow's business
(``gui.communities.import_flow``), which runs them in the background.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from meihao_desktop.domain.community import FIELD_LABELS
from meihao_desktop.domain.community_sheet import ColumnSource
from meihao_desktop.gui.communities.import_model import (
    ACTIONS,
    COL_ACTION,
    COL_DETAILS,
    COL_DISTRICT,
    COL_NAME,
    COL_ROW,
    CREATE,
    ERROR,
    UNCHANGED,
    UPDATE,
    ImportPreviewModel,
    ImportPreviewProxy,
    PreviewLine,
    preview_lines,
)
from meihao_desktop.gui.forms_generated.ui_import_preview_dialog import Ui_ImportPreviewDialog

if TYPE_CHECKING:  # openpyxl and the data layer are imported only when needed
    from meihao_desktop.services.community_import import SheetPreview

MAPPING_COLUMNS = 3
"""Unrecognised columns are listed this many to a line."""


class ImportPreviewDialog(QDialog):
    """Accepting the dialog means "import the good rows of ``preview``"."""

    rereadRequested = Signal()
    """Read the file again with ``sheet_name()``, ``default_district()`` and ``mapping()``."""

    def __init__(self, preview: SheetPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        # uic writes no annotations.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.import_button.setText(self.tr("Import"))
        self.model = ImportPreviewModel(self)
        self.proxy = ImportPreviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self._set_up_view()
        self._fill_filter()
        self.mapping_combos: dict[str, QComboBox] = {}
        self.ui.rereadButton.clicked.connect(self._ask_to_reread)
        self.preview = preview
        self.set_preview(preview)

    def _set_up_view(self) -> None:
        view = self.ui.previewView
        view.setModel(self.proxy)
        view.sortByColumn(COL_ROW, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        for column in (COL_ROW, COL_ACTION, COL_DISTRICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NAME, 180)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_filter(self) -> None:
        combo = self.ui.filterCombo
        combo.addItem(self.tr("All rows"), None)
        for action in ACTIONS:
            combo.addItem(self.model.action_text(action), action)
        combo.currentIndexChanged.connect(
            lambda _index: self.proxy.show_action(combo.currentData())
        )

    @property
    def import_button(self) -> QPushButton:
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def set_preview(self, preview: SheetPreview) -> None:
        """Show ``preview`` (a fresh one after "Read Again") and re-enable the dialog."""
        self.preview = preview
        lines = preview_lines(preview)
        self.model.set_lines(lines)
        self.ui.fileLabel.setText(
            self.tr("File: {file} — worksheet “{sheet}”, header in row {row}").format(
                file=preview.path, sheet=preview.sheet_name, row=preview.header_row
            )
        )
        self._show_sheets(preview)
        self.ui.defaultDistrictEdit.setText(preview.default_district)
        self._show_mapping(preview)
        self._show_counts(lines)
        self.ui.warningsLabel.setText("\n".join(preview.warnings))
        self.ui.warningsLabel.setVisible(bool(preview.warnings))
        self.set_busy(False)

    def _show_sheets(self, preview: SheetPreview) -> None:
        combo = self.ui.sheetCombo
        combo.clear()
        combo.addItems(list(preview.sheet_names))
        combo.setCurrentText(preview.sheet_name)
        many = len(preview.sheet_names) > 1
        combo.setVisible(many)
        self.ui.sheetLabel.setVisible(many)

    def _show_mapping(self, preview: SheetPreview) -> None:
        layout = self.ui.unknownColumnsLayout
        while (item := layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.mapping_combos = {}
        # Columns the user mapped stay listed, so that a choice can be changed again.
        columns = [
            column
            for column in preview.columns
            if column.source in (ColumnSource.UNKNOWN, ColumnSource.USER)
        ]
        for position, column in enumerate(columns):
            label = QLabel(
                self.tr("Column {letter} “{header}”:").format(
                    letter=column.letter, header=column.header
                ),
                self,
            )
            combo = self._field_combo(column.field)
            label.setBuddy(combo)
            row, pair = divmod(position, MAPPING_COLUMNS)
            layout.addWidget(label, row, 2 * pair)
            layout.addWidget(combo, row, 2 * pair + 1)
            self.mapping_combos[column.letter] = combo
        # Spare width goes after the last pair, so the combos keep a sensible width.
        layout.setColumnStretch(2 * MAPPING_COLUMNS, 1)
        self.ui.unknownColumnsGroup.setVisible(bool(columns))

    def _field_combo(self, field: str | None) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Ignore"), None)
        # The official Chinese field names, as bureau spreadsheets write them.
        for name, label in FIELD_LABELS.items():
            combo.addItem(label, name)
        if field is not None:
            combo.setCurrentIndex(combo.findData(field))
        return combo

    def _show_counts(self, lines: list[PreviewLine]) -> None:
        counts = Counter(line.action for line in lines)
        errors = counts[ERROR]
        self.ui.countsLabel.setText(
            self.tr(
                "New {create} · Update {update} · No change {unchanged} · With errors {errors}"
            ).format(
                create=counts[CREATE],
                update=counts[UPDATE],
                unchanged=counts[UNCHANGED],
                errors=errors,
            )
        )
        if errors == len(lines):
            note = self.tr("No row can be imported. Correct the file, then open it again.")
        elif errors:
            note = self.tr(
                "The {errors} rows with errors will be skipped; the other rows are imported. "
                "Nothing is written until you click “Import”."
            ).format(errors=errors)
        else:
            note = self.tr("Nothing is written until you click “Import”.")
        self.ui.noteLabel.setText(note)

    def count_text(self) -> str:
        return self.ui.countsLabel.text()

    def mapping(self) -> Mapping[str, str | None]:
        """The field chosen for each listed column (None: ignore it), by column letter."""
        return {letter: combo.currentData() for letter, combo in self.mapping_combos.items()}

    def sheet_name(self) -> str | None:
        return self.ui.sheetCombo.currentText() or None

    def default_district(self) -> str:
        return self.ui.defaultDistrictEdit.text().strip()

    def set_busy(self, busy: bool) -> None:
        """While the file is read again, nothing can be imported or chosen."""
        self.ui.rereadButton.setEnabled(not busy)
        self.import_button.setEnabled(not busy and bool(self.preview.rows))
        for widget in (
            self.ui.sheetCombo,
            self.ui.defaultDistrictEdit,
            self.ui.unknownColumnsGroup,
        ):
            widget.setEnabled(not busy)

    @Slot()
    def _ask_to_reread(self) -> None:
        self.set_busy(True)
        self.rereadRequested.emit()
