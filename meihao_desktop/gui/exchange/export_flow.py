"""文件 → 导出数据包…: which inspections (all / the one selected on the inspections page /
the current community's), where to, then the export in the background, signed with
this laptop's device key (``exchange.device_signer``)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_export_package_dialog import Ui_ExportPackageDialog
from meihao_desktop.gui.settings import UserSettings
from meihao_desktop.paths import data_dir

if TYPE_CHECKING:
    from meihao_desktop.exchange import ExportResult
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.gui.jobs import Progress
    from meihao_desktop.gui.main_window import MainWindow

PACKAGE_SUFFIX = ".meihao"


@dataclass(frozen=True)
class ExportScope:
    """What the reviewer is looking at when asking for an export."""

    selected_ids: tuple[str, ...] = ()  # selected on the inspections page
    community_id: str | None = None  # the community of the page shown
    community: str = ""


def scope_from_window(window: MainWindow, context: AppContext) -> ExportScope:
    """The inspection selected on the inspections page, and the community of the page
    shown (the communities or summary page's current one, or the selected inspection's)."""
    selected: tuple[str, ...] = ()
    inspections = window.page("inspections")
    inspection_id = str(getattr(inspections, "selected_inspection_id", lambda: "")() or "")
    if inspection_id:
        selected = (inspection_id,)
    shown = window.pages.currentWidget()
    current = getattr(shown, "current_community_id", None)
    community_id = current() if callable(current) else None
    try:
        if community_id is None and shown is inspections and inspection_id:
            community_id = context.services.inspections.summary(inspection_id).community_id
        name = context.services.communities.get(community_id).name if community_id else ""
    except MeihaoError:
        community_id, name = None, ""
    return ExportScope(selected, community_id, name)


class ExportPackageDialog(QDialog):
    """Choose the inspections; ``inspection_ids()`` is None for all of them."""

    def __init__(
        self,
        scope: ExportScope,
        all_count: int,
        community_ids: list[str],
        signer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportPackageDialog")
        self.ui = Ui_ExportPackageDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self._scope = scope
        self._community_ids = community_ids
        self.ui.allRadio.setText(self.tr("&All inspections ({n})").format(n=all_count))
        self.ui.selectedRadio.setText(
            self.tr("The inspection &selected on the Inspections page ({n})").format(
                n=len(scope.selected_ids)
            )
        )
        self.ui.selectedRadio.setEnabled(bool(scope.selected_ids))
        community = scope.community or self.tr("no community selected")
        self.ui.communityRadio.setText(
            self.tr("The inspections of the &current community, {name} ({n})").format(
                name=community, n=len(community_ids)
            )
        )
        self.ui.communityRadio.setEnabled(bool(community_ids))
        self.ui.signerLabel.setText(
            self.tr("Signed with this laptop's key as {name}.").format(name=signer)
        )
        self.ui.allRadio.setFocus()

    def inspection_ids(self) -> list[str] | None:
        if self.ui.selectedRadio.isChecked():
            return list(self._scope.selected_ids)
        if self.ui.communityRadio.isChecked():
            return list(self._community_ids)
        return None


def ask_export_package(
    parent: QWidget, context: AppContext, scope: ExportScope
) -> ExportPackageDialog | None:
    """Open the choice of inspections; on OK ask for the file and export."""
    inspections = context.services.inspections
    try:
        all_count = len(inspections.list())
        community_ids = (
            [s.id for s in inspections.list(scope.community_id)] if scope.community_id else []
        )
    except MeihaoError as error:
        show_error(parent, error)
        return None
    translate = QCoreApplication.translate
    if not all_count:
        QMessageBox.information(
            parent,
            translate("PackageExport", "Export Package"),
            translate("PackageExport", "There are no inspections to export yet."),
        )
        return None
    signer = context.inspector_name or getpass.getuser()
    dialog = ExportPackageDialog(scope, all_count, community_ids, signer, parent)

    def accepted() -> None:
        path = _ask_file(parent, signer)
        if path is not None:
            export_in_background(parent, context, path, dialog.inspection_ids(), signer)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def _ask_file(parent: QWidget, signer: str) -> Path | None:
    translate = QCoreApplication.translate
    suggested = UserSettings.load().export_folder / f"{signer}-{date.today():%Y%m%d}.meihao"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("PackageExport", "Export Package"),
        str(suggested),
        translate("PackageExport", "Exchange packages (*.meihao)"),
    )
    if not name:
        return None
    return Path(name) if name.endswith(PACKAGE_SUFFIX) else Path(f"{name}{PACKAGE_SUFFIX}")


def export_in_background(
    parent: QWidget,
    context: AppContext,
    path: Path,
    inspection_ids: list[str] | None,
    signer_name: str,
) -> None:
    from meihao_desktop.exchange import device_signer, export_package
    from meihao_desktop.media.photo_store import PhotoStore

    db = context.services.db
    keys = data_dir() / "keys"
    inspector = context.inspector_name

    def work(progress: Progress) -> ExportResult:
        return export_package(
            db,
            PhotoStore.beside(db.path),
            path,
            inspection_ids,
            device_signer(keys, signer_name),
            inspector=inspector,
            progress=progress.update,
        )

    context.jobs.run(
        QCoreApplication.translate("PackageExport", "Exporting the package"),
        work,
        lambda result: _exported(parent, result),
        cancellable=False,
    )


def _exported(parent: QWidget, result: ExportResult) -> None:
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("packageExportedBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("PackageExport", "Export Package"))
    box.setText(
        translate(
            "PackageExport",
            "Exported {inspections} inspections and {photos} photos to:\n{path}\n\n"
            "Signed by {signer}, key fingerprint:\n{fingerprint}",
        ).format(
            inspections=result.inspections,
            photos=result.photos,
            path=result.path,
            signer=result.signer.name,
            fingerprint=result.signer.fingerprint,
        )
    )
    box.open()
