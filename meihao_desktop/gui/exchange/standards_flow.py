"""工具 → 导入评分标准 (Excel)… / 导出评分标准 (Excel)…: a standard to and from a workbook
the bureau edits in Excel (``services.standards_io``).

Importing reads and checks the workbook in the background; every problem is listed by
sheet, row and column in the error box's details. A valid standard is saved among the
user's standards (after asking, when it replaces an earlier import) and the catalog is
read again, so new campaigns can use it at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from meihao_desktop.domain.errors import MeihaoError, StandardFileError
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.settings import UserSettings

if TYPE_CHECKING:
    from meihao_desktop.domain.standards import Standard
    from meihao_desktop.gui.context import AppContext

WORKBOOK_FILTER = "*.xlsx"


def show_standard_error(parent: QWidget, error: BaseException) -> None:
    """Like ``show_error``, with every problem (sheet, row, column) in the details."""
    box = show_error(parent, error)
    if isinstance(error, StandardFileError) and isinstance(box, QMessageBox):
        box.setDetailedText("\n".join(error.problems))


def ask_import_standard(parent: QWidget, context: AppContext) -> None:
    from meihao_desktop.services.standards_io import import_standard_workbook

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("StandardsExcel", "Import Standard from Excel"),
        str(UserSettings.load().export_folder),
        QCoreApplication.translate("StandardsExcel", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return
    path = Path(name)
    context.jobs.run(
        QCoreApplication.translate("StandardsExcel", "Reading the standard"),
        lambda _progress: import_standard_workbook(path),
        lambda standard: save_standard(parent, context, standard),
        lambda error: show_standard_error(parent, error),
        cancellable=False,
    )


def save_standard(parent: QWidget, context: AppContext, standard: Standard) -> None:
    """Save the checked standard among the user's (asking before replacing one)."""
    from meihao_desktop.services.standards_io import save_imported_standard

    catalog = context.services.catalog
    folder = catalog.user_folder
    if folder is None:
        return
    replace = (folder / f"{standard.id}.toml").exists()
    if replace and not _confirm_replace(parent, standard):
        return
    shipped = catalog.shipped_ids()

    def saved(_path: Path) -> None:
        catalog.reload()
        QMessageBox.information(
            parent,
            QCoreApplication.translate("StandardsExcel", "Import Standard from Excel"),
            QCoreApplication.translate(
                "StandardsExcel",
                "Imported the standard {title} ({id}, version {version}): {sections} "
                "sections, {items} items. New campaigns can use it now.",
            ).format(
                title=standard.title,
                id=standard.id,
                version=standard.version,
                sections=len(standard.sections),
                items=len(standard.items),
            ),
        )

    context.jobs.run(
        QCoreApplication.translate("StandardsExcel", "Saving the standard"),
        lambda _progress: save_imported_standard(
            standard, folder, shipped_ids=shipped, replace=replace
        ),
        saved,
        cancellable=False,
    )


def _confirm_replace(parent: QWidget, standard: Standard) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("StandardsExcel", "Import Standard from Excel"),
        QCoreApplication.translate(
            "StandardsExcel",
            "A standard with the id {id} was imported before. Replace it?\n\n"
            "Campaigns using it will be scored by the new version.",
        ).format(id=standard.id),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_export_standard(parent: QWidget, context: AppContext) -> None:
    from meihao_desktop.services.standards_io import export_standard_workbook

    standard = _ask_standard(parent, context)
    if standard is None:
        return
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StandardsExcel", "Export Standard to Excel"),
        str(UserSettings.load().export_folder / f"{standard.id}.xlsx"),
        QCoreApplication.translate("StandardsExcel", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return
    path = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")
    context.jobs.run(
        QCoreApplication.translate("StandardsExcel", "Exporting the standard"),
        lambda _progress: export_standard_workbook(standard, path),
        lambda written: QMessageBox.information(
            parent,
            QCoreApplication.translate("StandardsExcel", "Export Standard to Excel"),
            QCoreApplication.translate(
                "StandardsExcel", "Exported the standard {title} to:\n{path}"
            ).format(title=standard.title, path=written),
        ),
        cancellable=False,
    )


def _ask_standard(parent: QWidget, context: AppContext) -> Standard | None:
    """Which of the catalog's standards; None if cancelled."""
    try:
        standards = context.services.catalog.all()
    except MeihaoError as error:
        show_error(parent, error)
        return None
    labels = [f"{s.title}（{s.id} {s.version}）" for s in standards]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("StandardsExcel", "Export Standard to Excel"),
        QCoreApplication.translate("StandardsExcel", "Standard:"),
        labels,
        0,
        False,
    )
    return standards[labels.index(label)] if ok and label in labels else None
