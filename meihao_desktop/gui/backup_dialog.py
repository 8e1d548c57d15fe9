"""文件 → 备份与恢复…: the backups of the open database, what each holds, restoring one.

Laid out in ``forms/backup_dialog.ui``. The table lists every backup (newest first) with
its reason and a preview read from the file (communities, inspections, findings, photos,
the newest visit). 立即备份 makes a "manual" backup; 恢复所选… says what will be replaced
and that the current state is backed up first, closes the database, restores, and asks
the owner of the data layer (``gui.app.open_database``) to reopen it. Reading, backing
up and restoring run on the job helper.

``start_startup_backup`` is the day's automatic backup, started once the window shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QMessageBox, QWidget

from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_backup_dialog import Ui_BackupDialog

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.services.backups import Backup, BackupPreview

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
COL_TIME, COL_REASON, COL_COMMUNITIES, COL_INSPECTIONS, COL_FINDINGS = range(5)
COL_PHOTOS, COL_NEWEST, COL_SIZE = range(5, 8)
BackupRole = Qt.ItemDataRole.UserRole + 1  # the ``Backup`` of the row
SortRole = Qt.ItemDataRole.UserRole + 2  # numbers and times as such, not as text


def reason_text(reason: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "startup": translate("BackupDialog", "At start-up"),
        "migration": translate("BackupDialog", "Before upgrade"),
        "package-import": translate("BackupDialog", "Before package import"),
        "manual": translate("BackupDialog", "Manual"),
        "before-restore": translate("BackupDialog", "Before restore"),
    }
    return names.get(reason, reason)


def backup_time_text(backup: Backup) -> str:
    return backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupTableModel(QAbstractTableModel):
    """One row per backup file."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups: list[Backup] = []

    def set_backups(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Time"),
            self.tr("Reason"),
            self.tr("Communities"),
            self.tr("Inspections"),
            self.tr("Findings"),
            self.tr("Photos"),
            self.tr("Newest inspection"),
            self.tr("Size"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._backups):
            return None
        backup = self._backups[index.row()]
        if role == BackupRole:
            return backup
        if role == Qt.ItemDataRole.ToolTipRole:
            if backup.preview is None:
                return self.tr("This backup cannot be read: {path}").format(path=backup.path)
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= COL_COMMUNITIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return self._sort_value(backup, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, index.column())
        return None

    def _sort_value(self, backup: Backup, column: int) -> Any:
        if column == COL_TIME:
            return backup.created_at.timestamp()
        if column == COL_SIZE:
            return backup.size
        if COL_COMMUNITIES <= column <= COL_PHOTOS:
            return _counts(backup.preview)[column - COL_COMMUNITIES]
        return self._text(backup, column)

    def _text(self, backup: Backup, column: int) -> str:
        if column == COL_TIME:
            return backup_time_text(backup)
        if column == COL_REASON:
            return reason_text(backup.reason)
        if column == COL_SIZE:
            return QLocale().formattedDataSize(
                backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
        preview = backup.preview
        if preview is None:
            return "—"
        if column == COL_NEWEST:
            newest = preview.newest_inspection
            return newest.isoformat() if newest else "—"
        return str(_counts(preview)[column - COL_COMMUNITIES])


def _counts(preview: BackupPreview | None) -> list[int]:
    if preview is None:
        return [-1, -1, -1, -1]  # unreadable: sorts below an empty backup
    return [preview.communities, preview.inspections, preview.findings, preview.photos]


class BackupDialog(QDialog):
    """``reopen(path)`` is called after a restore: the database must be opened again."""

    def __init__(
        self, context: AppContext, reopen: Callable[[Path], object], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        from meihao_desktop.services.backups import BackupService

        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self._context = context
        self._reopen = reopen
        self.service = BackupService(context.services.db.path)
        self.model = BackupTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        table = self.ui.backupTable
        table.setModel(self.proxy)
        table.sortByColumn(COL_TIME, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(self.restore_selected)
        self.ui.folderLabel.setText(
            self.tr("Backups are kept in: {folder}").format(folder=self.service.folder)
        )
        self.ui.backupNowButton.clicked.connect(self.back_up_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.keepSpin.setEnabled(False)  # until the setting has been read
        self.ui.keepSpin.valueChanged.connect(self._save_keep)
        self.refresh()

    def selected_backup(self) -> Backup | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        return rows[0].data(BackupRole) if rows else None

    def refresh(self, status: str = "") -> None:
        """Read the list (and the keep setting) again, in the background."""
        self.ui.statusLabel.setText(status or self.tr("Reading the backups…"))
        service = self.service
        self._context.jobs.run(
            self.tr("Reading the backups"),
            lambda _progress: (service.list(), service.keep),
            lambda result: self._show_backups(*result, status=status),
            show_progress=False,
        )

    def _show_backups(self, backups: list[Backup], keep: int, *, status: str) -> None:
        self.model.set_backups(backups)
        self.ui.keepSpin.blockSignals(True)
        self.ui.keepSpin.setValue(keep)
        self.ui.keepSpin.blockSignals(False)
        self.ui.keepSpin.setEnabled(True)
        if not status:
            status = self.tr("{n} backups.").format(n=len(backups)) if backups else ""
            status = status or self.tr("There are no backups yet.")
        self.ui.statusLabel.setText(status)
        if backups:
            self.ui.backupTable.selectRow(0)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_backup()
        self.ui.restoreButton.setEnabled(chosen is not None and chosen.preview is not None)

    @Slot()
    def back_up_now(self) -> None:
        self.ui.backupNowButton.setEnabled(False)
        service = self.service
        self._context.jobs.run(
            self.tr("Backing up"),
            lambda _progress: service.create("manual"),
            self._backed_up,
            self._failed,
            cancellable=False,
        )

    def _backed_up(self, path: Path) -> None:
        self.ui.backupNowButton.setEnabled(True)
        self.refresh(self.tr("Backed up: {name}").format(name=path.name))

    def _failed(self, error: BaseException) -> None:
        self.ui.backupNowButton.setEnabled(True)
        self.ui.statusLabel.setText("")
        show_error(self, error)

    @Slot(int)
    def _save_keep(self, keep: int) -> None:
        service = self.service
        self._context.jobs.run(
            self.tr("Saving the setting"),
            lambda _progress: service.set_keep(keep),
            lambda _result: None,
            show_progress=False,
        )

    @Slot()
    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None or chosen.preview is None:
            return
        self._context.jobs.run(
            self.tr("Reading the database"),
            lambda _progress: self.service.current(),
            lambda current: self._confirm_restore(chosen, current),
            show_progress=False,
        )

    def _confirm_restore(self, chosen: Backup, current: BackupPreview) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore Backup"), "", parent=self)
        box.setObjectName("restoreConfirmBox")
        box.setText(self._restore_question(chosen, current))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not replace data
        box.finished.connect(
            lambda _result: self._restore(chosen) if box.clickedButton() is restore else None
        )
        box.open()
        return box

    def _restore_question(self, chosen: Backup, current: BackupPreview) -> str:
        backup = chosen.preview
        assert backup is not None
        holds = self.tr("{c} communities, {i} inspections, {p} photos")
        return self.tr(
            "Replace the database with the backup of {time} ({reason})?\n\n"
            "Database: {path}\nIt now holds: {now}.\nThe backup holds: {then}, "
            "newest inspection {newest}.\n\n"
            "The current state is backed up first (reason: before restore), so you can go "
            "back to it. Photo files are not changed."
        ).format(
            time=backup_time_text(chosen),
            reason=reason_text(chosen.reason),
            path=self.service.db_path,
            now=holds.format(c=current.communities, i=current.inspections, p=current.photos),
            then=holds.format(c=backup.communities, i=backup.inspections, p=backup.photos),
            newest=backup.newest_inspection.isoformat() if backup.newest_inspection else "—",
        )

    def _restore(self, chosen: Backup) -> None:
        # Every connection must be closed before the file is replaced; the dialog is
        # modal, so nothing else uses the database until it is reopened.
        self._context.services.db.close()
        self.setEnabled(False)
        service = self.service
        self._context.jobs.run(
            self.tr("Restoring the backup"),
            lambda _progress: service.restore(chosen),
            self._restored,
            self._restore_failed,
            cancellable=False,
        )

    def _restored(self, before: Path | None) -> None:
        self._reopen(self.service.db_path)
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            kept = before.name if before is not None else "—"
            parent.statusBar().showMessage(
                self.tr("Backup restored. The state before was saved as {name}.").format(name=kept),
                15_000,
            )
        self.accept()

    def _restore_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, error)
        self.refresh()


def start_startup_backup(context: AppContext, parent: QWidget) -> None:
    """The day's automatic backup, in the background; a failure is shown once."""
    from meihao_desktop.domain.errors import MeihaoError
    from meihao_desktop.services.backups import BackupService

    service = BackupService(context.services.db.path)

    def done(path: Path | None) -> None:
        log.info("startup backup: %s", path or "one from today exists")

    def failed(error: BaseException) -> None:
        if isinstance(error, MeihaoError):
            show_error(parent, error)  # a full disk, say: the reviewer must know
        else:
            log.error("startup backup failed", exc_info=error)

    title = QCoreApplication.translate("BackupDialog", "Backing up")
    context.jobs.run(title, lambda _progress: service.startup(), done, failed, show_progress=False)
