"""文件 → 导出数据文件夹… / 导入数据文件夹…: moving everything to a new laptop.

Export writes the database (a consistent copy), its photos and the keys into one zip.
Import checks the zip first (in the background), says what it holds and, if the
database in the target folder already holds data, that it will be replaced (after a
backup); then unpacks it and opens the imported database. The target is the folder of
the open database (the per-user data folder unless ``--db`` named another); the keys
go to the per-user data folder's ``keys/``, where signing and packages look for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from meihao_desktop.gui.settings import UserSettings
from meihao_desktop.paths import data_dir

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.services.backups import DataFolderCheck, DataFolderImport


def ask_export_data_folder(window: QMainWindow, context: AppContext) -> None:
    """Ask where to, then export in the background with progress."""
    from meihao_desktop.services.backups import export_data_folder

    suggested = UserSettings.load().export_folder / f"meihao-data-{date.today():%Y%m%d}.zip"
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("DataFolder", "Export Data Folder"),
        str(suggested),
        QCoreApplication.translate("DataFolder", "Zip files (*.zip)"),
    )
    if not name:
        return
    db_path, keys = context.services.db.path, data_dir() / "keys"
    destination = Path(name) if name.lower().endswith(".zip") else Path(f"{name}.zip")

    def exported(path: Path) -> None:
        text = QCoreApplication.translate(
            "DataFolder",
            "The database, its photos and the signing keys were exported to:\n{path}\n\n"
            "On the new laptop, choose File → Import Data Folder… The zip holds your "
            "private keys: keep it safe.",
        )
        QMessageBox.information(
            window,
            QCoreApplication.translate("DataFolder", "Export Data Folder"),
            text.format(path=path),
        )

    context.jobs.run(
        QCoreApplication.translate("DataFolder", "Exporting the data folder"),
        lambda progress: export_data_folder(
            db_path, destination, keys_dir=keys, progress=progress.update
        ),
        exported,
        cancellable=False,
    )


def ask_import_data_folder(
    window: QMainWindow, context: AppContext, reopen: Callable[[Path], object]
) -> None:
    """Ask for the zip, check it in the background, confirm, then import and reopen."""
    from meihao_desktop.services.backups import check_data_folder

    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("DataFolder", "Import Data Folder"),
        str(UserSettings.load().export_folder),
        QCoreApplication.translate("DataFolder", "Zip files (*.zip)"),
    )
    if not name:
        return
    target = context.services.db.path.parent
    context.jobs.run(
        QCoreApplication.translate("DataFolder", "Checking the data folder"),
        lambda _progress: check_data_folder(Path(name), target),
        lambda check: _confirm_import(window, context, check, reopen),
    )


def _confirm_import(
    window: QMainWindow,
    context: AppContext,
    check: DataFolderCheck,
    reopen: Callable[[Path], object],
) -> QMessageBox:
    counts = check.manifest.get("counts", {})
    text = QCoreApplication.translate(
        "DataFolder",
        "Import the data folder exported on {when}?\n"
        "It holds {c} communities, {i} inspections and {p} photos.\n\n"
        "It will be unpacked into: {folder}",
    ).format(
        when=str(check.manifest.get("created_at", "?"))[:10],
        c=counts.get("communities", "?"),
        i=counts.get("inspections", "?"),
        p=counts.get("photos", "?"),
        folder=check.target_db.parent,
    )
    if check.replaces_data and check.target_preview is not None:
        text += QCoreApplication.translate(
            "DataFolder",
            "\n\nThe database {path} there already holds {c} communities and {i} "
            "inspections: it will be REPLACED. It is backed up first.",
        ).format(
            path=check.target_db,
            c=check.target_preview.communities,
            i=check.target_preview.inspections,
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DataFolder", "Import Data Folder"),
        text,
        parent=window,
    )
    box.setObjectName("importDataFolderBox")
    box.addButton(
        QCoreApplication.translate("DataFolder", "Import"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(
        lambda _result: (
            _import(window, context, check, reopen)
            if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
            else None
        )
    )
    box.open()
    return box


def _import(
    window: QMainWindow,
    context: AppContext,
    check: DataFolderCheck,
    reopen: Callable[[Path], object],
) -> None:
    from meihao_desktop.services.backups import import_data_folder

    if check.target_db == context.services.db.path:
        context.services.db.close()  # the file is about to be replaced

    def imported(result: DataFolderImport) -> None:
        reopen(result.db_path)
        window.statusBar().showMessage(
            QCoreApplication.translate("DataFolder", "Data folder imported: {path}").format(
                path=result.db_path
            ),
            15_000,
        )

    keys = data_dir() / "keys"
    context.jobs.run(
        QCoreApplication.translate("DataFolder", "Importing the data folder"),
        lambda progress: import_data_folder(
            check.zip_path,
            check.target_db.parent,
            keys_dir=keys,
            replace=check.replaces_data,
            progress=progress.update,
        ),
        imported,
        cancellable=False,
    )
