"""文件 → 导出全区推荐表…: every community's recommendation form of a campaign at once.

``DistrictExportDialog`` (``forms/district_export_dialog.ui``) asks for the campaign,
the folder, whether to stamp the unit seal (设置 → 单位公章…; with the bureau's stored
drawn signature, if any, and today's date) and whether to sign digitally; the forms are
then drawn by the application's warm worker processes (``render_pool``,
``ExportService.export_district``) with a progress dialog whose Cancel stops before the
next form. Forms already written
stay, complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_district_export_dialog import (
    Ui_DistrictExportDialog,
)
from meihao_desktop.gui.settings import UserSettings, default_key_file
from meihao_desktop.gui.signing.export_actions import show_exported, tell
from meihao_desktop.gui.signing.lifetime import while_alive
from meihao_desktop.gui.signing.recommendation_dialog import (
    FORM_REASON,
    SigningMaterial,
    read_signing_material,
)
from meihao_desktop.gui.signing.render_pool import render_workers
from meihao_desktop.reports.files import safe_file_name

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import Job, Progress
    from meihao_desktop.reports.batch import BatchResult


class DistrictExportDialog(QDialog):
    """Choose what to export; on OK the export starts and ``job`` follows it."""

    def __init__(
        self,
        context: AppContext,
        campaigns: list[tuple[str, str, str]],
        material: SigningMaterial,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Job[BatchResult] | None = None
        self.outcome: BatchResult | None = None
        self._districts: dict[str, str] = {}
        self.ui = Ui_DistrictExportDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.errorLabel.hide()
        for campaign_id, name, district in campaigns:
            self.ui.campaignCombo.addItem(name, campaign_id)
            self._districts[campaign_id] = district
        self.ui.signBox.set_keys(material.keys, default_key_file())
        self.seal_png = material.seal_png
        self.ui.sealCheck.setEnabled(self.seal_png is not None)
        self.ui.sealCheck.setChecked(self.seal_png is not None)
        if self.seal_png is None:
            self.ui.sealCheck.setToolTip(self.tr("No seal yet: see Settings → Unit Seal…"))
        self.ui.campaignCombo.currentIndexChanged.connect(lambda _index: self._suggest_folder())
        self.ui.browseButton.clicked.connect(self.browse)
        self._suggest_folder()
        self.ui.campaignCombo.setFocus()
        self.rejected.connect(self.deleteLater)

    @property
    def campaign_id(self) -> str:
        return str(self.ui.campaignCombo.currentData() or "")

    @property
    def folder(self) -> Path | None:
        text = self.ui.folderEdit.text().strip()
        return Path(text).expanduser() if text else None

    def _suggest_folder(self) -> None:
        """A folder of its own per campaign, in the export folder of the settings."""
        name = self.ui.campaignCombo.currentText()
        if name:
            folder = UserSettings.load().export_folder / safe_file_name(name)
            self.ui.folderEdit.setText(str(folder))

    @Slot()
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the Forms"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    @Slot()
    def accept(self) -> None:
        if self.job is not None:
            return
        if not self.campaign_id or self.folder is None:
            self.ui.errorLabel.setText(self.tr("Choose the campaign and the folder."))
            self.ui.errorLabel.show()
            return
        self.ui.signBox.verify(self.context.jobs, self.start)

    def start(self) -> None:
        """Close the dialog and export in the background (progress dialog with Cancel)."""
        folder, campaign_id = self.folder, self.campaign_id
        assert folder is not None
        district = self._districts.get(campaign_id, "")
        sign = self.ui.signBox.request(FORM_REASON, district)
        seal = self.seal_png if self.ui.sealCheck.isChecked() else None
        exports, pool = self.context.services.exports, self.context.render_pool

        def work(progress: Progress) -> BatchResult:
            return exports.export_district(
                campaign_id,
                folder,
                render_workers(),  # for a pool of its own when the context has none
                progress=lambda done, total, path: progress.update(done, total, path.name),
                cancelled=lambda: progress.cancelled,
                sign=sign,
                pool=pool,
                seal_png=seal,
            )

        parent = self.parentWidget() or self
        self.job = self.context.jobs.run(
            self.tr("Exporting the recommendation forms"),
            work,
            while_alive(parent, lambda result: self._finished(parent, folder, result)),
            while_alive(parent, lambda error: self._failed(parent, error)),
        )
        super().accept()

    def _finished(self, parent: QWidget, folder: Path, result: BatchResult) -> None:
        self.outcome = result
        count = len(result.written)
        if result.cancelled:
            text = self.tr("The export was cancelled; {count} forms were saved in\n{folder}")
        else:
            text = self.tr("{count} recommendation forms were saved in\n{folder}")
        show_exported(parent, text.format(count=count, folder=folder), folder)
        self.deleteLater()

    def _failed(self, parent: QWidget, error: BaseException) -> None:
        show_error(parent, error)
        self.deleteLater()


def export_district(context: AppContext, parent: QWidget) -> None:
    """Open the district export dialog (keys read first)."""
    try:
        campaigns = [(c.id, c.name, c.district) for c in context.services.campaigns.list()]
    except MeihaoError as error:
        show_error(parent, error)
        return
    if not campaigns:
        tell(
            parent,
            QCoreApplication.translate("Export", "Export the District's Recommendation Forms"),
            QCoreApplication.translate("Export", "There is no campaign yet."),
        )
        return

    def ready(material: SigningMaterial) -> None:
        dialog = DistrictExportDialog(context, campaigns, material, parent)
        dialog.setObjectName("districtExportDialog")
        dialog.open()

    context.jobs.run(
        QCoreApplication.translate("Signing", "Reading the keys"),
        lambda _progress: read_signing_material(),
        while_alive(parent, ready),
        while_alive(parent, lambda error: show_error(parent, error)),
        cancellable=False,
        show_progress=False,
    )
