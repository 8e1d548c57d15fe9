"""文件 → 导出汇总表 (Excel)…: the red/black thresholds, the file, the export in the
background (``services.workbooks.export_summary``), then an offer to open the folder."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_summary_export_dialog import Ui_SummaryExportDialog
from meihao_desktop.gui.settings import UserSettings

if TYPE_CHECKING:
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.services.workbooks import WorkbookResult

UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


class SummaryExportDialog(QDialog):
    """Asks for the red and black list thresholds (defaults 90 and 70)."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SummaryExportDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.campaignLabel.setText(description)
        self.ui.errorLabel.hide()
        self.ui.redSpin.valueChanged.connect(self._check)
        self.ui.blackSpin.valueChanged.connect(self._check)
        self.ui.redSpin.setFocus()

    def thresholds(self) -> tuple[Decimal, Decimal]:
        """(red, black) as the spin boxes show them (2 decimals)."""
        return (
            Decimal(f"{self.ui.redSpin.value():.2f}"),
            Decimal(f"{self.ui.blackSpin.value():.2f}"),
        )

    @Slot()
    def _check(self) -> None:
        red, black = self.thresholds()
        wrong = black > red
        self.ui.errorLabel.setText(
            self.tr("The black line may not be above the red line.") if wrong else ""
        )
        self.ui.errorLabel.setVisible(wrong)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not wrong)


def ask_export_summary(
    parent: QWidget,
    context: AppContext,
    campaign_id: str,
    district: str | None = None,
    street: str | None = None,
) -> SummaryExportDialog | None:
    """Open the thresholds dialog; on OK ask for the file and export in the background."""
    translate = QCoreApplication.translate
    try:
        campaign = context.services.campaigns.get(campaign_id)
    except MeihaoError as error:
        show_error(parent, error)
        return None
    where = " ".join(part for part in (district, street) if part)
    description = translate("SummaryExport", "Campaign: {name}").format(name=campaign.name)
    if where:
        description += translate("SummaryExport", " — only {where}").format(where=where)
    dialog = SummaryExportDialog(description, parent)
    dialog.setObjectName("summaryExportDialog")

    def accepted() -> None:
        red, black = dialog.thresholds()
        name = UNSAFE_IN_FILE_NAMES.sub("_", f"{campaign.name}{where}-汇总表")
        path = _ask_file(parent, UserSettings.load().export_folder / f"{name}.xlsx")
        if path is not None:
            _export(parent, context, path, campaign_id, red, black, district, street)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def _ask_file(parent: QWidget, suggested: Path) -> Path | None:
    translate = QCoreApplication.translate
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SummaryExport", "Export Summary Workbook"),
        str(suggested),
        translate("SummaryExport", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")


def _export(
    parent: QWidget,
    context: AppContext,
    path: Path,
    campaign_id: str,
    red: Decimal,
    black: Decimal,
    district: str | None,
    street: str | None,
) -> None:
    from meihao_desktop.services.workbooks import export_summary

    db, catalog = context.services.db, context.services.catalog
    context.jobs.run(
        QCoreApplication.translate("SummaryExport", "Exporting the summary workbook"),
        lambda _progress: export_summary(
            db, catalog, path, campaign_id, red=red, black=black, district=district, street=street
        ),
        lambda result: show_exported(parent, result),
        cancellable=False,
    )


def show_exported(parent: QWidget, result: WorkbookResult) -> QMessageBox:
    """Say what was written and offer to open its folder."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("summaryExportedBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("SummaryExport", "Export Summary Workbook"))
    box.setText(
        translate(
            "SummaryExport",
            "Exported {communities} communities, {inspections} inspections and "
            "{rectifications} problems to:\n{path}",
        ).format(
            communities=result.communities,
            inspections=result.inspections,
            rectifications=result.rectifications,
            path=result.path,
        )
    )
    open_button = box.addButton(
        translate("SummaryExport", "Open Folder"), QMessageBox.ButtonRole.ActionRole
    )
    open_button.setObjectName("openFolderButton")
    box.addButton(QMessageBox.StandardButton.Close)
    folder = QUrl.fromLocalFile(str(result.path.parent))
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(folder))
    box.open()
    return box
