"""文件 → 导入数据包…: the file, its verification and comparison in the background
(``exchange.read_package``), the preview with the conflicts to decide, then the merge in
one transaction in the background (``exchange.apply_package``).

A damaged, altered or hostile package stops at the first step with the
``PackageError`` (in Chinese, naming the file); nothing is written. A preview closed
without importing (or whose import failed) is discarded: its staged photos are removed.
After an import ``after_import`` runs (the app re-opens the database so every page shows
the result).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from meihao_desktop.gui.exchange.preview_dialog import PackagePreviewDialog
from meihao_desktop.gui.settings import UserSettings

if TYPE_CHECKING:
    from meihao_desktop.exchange import ImportResult, PackagePreview
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.gui.jobs import Progress

AfterImport = Callable[[], object]


def ask_import_package(parent: QWidget, context: AppContext, after_import: AfterImport) -> None:
    """Ask for the package file, then check and preview it in the background."""
    translate = QCoreApplication.translate
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("PackageImport", "Import Package"),
        str(UserSettings.load().export_folder),
        translate("PackageImport", "Exchange packages (*.meihao);;All files (*)"),
    )
    if name:
        preview_in_background(parent, context, Path(name), after_import)


def preview_in_background(
    parent: QWidget, context: AppContext, path: Path, after_import: AfterImport
) -> None:
    from meihao_desktop.exchange import read_package

    db = context.services.db
    context.jobs.run(
        QCoreApplication.translate("PackageImport", "Checking the package"),
        lambda progress: read_package(path, db, progress=progress.update),
        lambda preview: open_preview(parent, context, preview, after_import),
        cancellable=False,
    )


def open_preview(
    parent: QWidget, context: AppContext, preview: PackagePreview, after_import: AfterImport
) -> PackagePreviewDialog:
    from meihao_desktop.exchange import discard_preview

    dialog = PackagePreviewDialog(preview, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.rejected.connect(lambda: discard_preview(preview))
    dialog.accepted.connect(
        lambda: apply_in_background(parent, context, preview, dialog.resolutions(), after_import)
    )
    dialog.open()
    return dialog


def apply_in_background(
    parent: QWidget,
    context: AppContext,
    preview: PackagePreview,
    resolutions: dict[str, str],
    after_import: AfterImport,
) -> None:
    from meihao_desktop.exchange import apply_package, discard_preview
    from meihao_desktop.gui.errors import show_error
    from meihao_desktop.media.photo_store import PhotoStore
    from meihao_desktop.services import Actor

    db = context.services.db
    actor = Actor(context.inspector_name or getpass.getuser(), "gui")

    def work(progress: Progress) -> ImportResult:
        store = PhotoStore.beside(db.path)
        return apply_package(preview, db, store, actor, resolutions, progress=progress.update)

    def done(result: ImportResult) -> None:
        after_import()
        show_imported(parent, result)

    def failed(error: BaseException) -> None:
        discard_preview(preview)  # the dialog is gone: a new import starts from the file
        show_error(parent, error)

    context.jobs.run(
        QCoreApplication.translate("PackageImport", "Importing the package"),
        work,
        done,
        failed,
        cancellable=False,
    )


def show_imported(parent: QWidget, result: ImportResult) -> QMessageBox:
    translate = QCoreApplication.translate
    counts = result.counts
    if result.changed:
        text = translate(
            "PackageImport",
            "Imported {file}: {added} records added, {updated} updated; conflicts: "
            "{incoming} taken from the package, {local} kept from this laptop; "
            "{photos} new photos.",
        ).format(
            file=result.file_name,
            added=counts.added,
            updated=counts.updated,
            incoming=counts.took_incoming,
            local=counts.kept_local,
            photos=result.photos_added,
        )
    else:
        text = translate("PackageImport", "Nothing new in {file}: it was imported before.").format(
            file=result.file_name
        )
    box = QMessageBox(parent)
    box.setObjectName("packageImportedBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("PackageImport", "Import Package"))
    box.setText(text)
    box.open()
    return box
