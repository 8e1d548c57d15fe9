"""工具 → 密钥管理…: the signing keys in the keys folder; new, imported, the default.

``KeysDialog`` (``forms/keys_dialog.ui``) lists the keys; ``NewKeyDialog`` creates a
personal key (RSA key and self-signed certificate), ``ImportKeyDialog`` copies in a
PKCS#12 file after checking its passphrase. Key generation, reading and copying key
files run as background jobs; a wrong passphrase or a bad file is said in the dialog,
which stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QLabel, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_import_key_dialog import Ui_ImportKeyDialog
from meihao_desktop.gui.forms_generated.ui_keys_dialog import Ui_KeysDialog
from meihao_desktop.gui.forms_generated.ui_new_key_dialog import Ui_NewKeyDialog
from meihao_desktop.gui.settings import default_key_file, set_default_key_file
from meihao_desktop.gui.signing.key_model import COL_NAME, COL_SUBJECT, KeyTableModel
from meihao_desktop.gui.signing.keys_io import load_keys
from meihao_desktop.gui.signing.lifetime import while_alive

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.signing.keys import KeyInfo

KeyDialog = TypeVar("KeyDialog", "NewKeyDialog", "ImportKeyDialog")


class _KeyJobDialog(QDialog):
    """What the new-key and import dialogs share: a job that makes a key, errors inline."""

    def __init__(self, jobs: JobRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.created: KeyInfo | None = None
        self._busy = False

    def _error_label(self) -> QLabel:
        raise NotImplementedError

    def _complain(self, text: str, focus: QWidget | None = None) -> None:
        label = self._error_label()
        label.setText(text)
        label.show()
        if focus is not None:
            focus.setFocus()

    def _run(self, title: str, work: Callable[[], KeyInfo]) -> None:
        self._busy = True
        self.setEnabled(False)
        self.jobs.run(
            title,
            lambda _progress: work(),
            while_alive(self, self._done),
            while_alive(self, self._failed),
            cancellable=False,
        )

    def _done(self, info: KeyInfo) -> None:
        self._busy = False
        self.setEnabled(True)
        self.created = info
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.setEnabled(True)
        if isinstance(error, MeihaoError):
            self._complain(str(error), self._focus_after_error())
        else:
            show_error(self, error)

    def _focus_after_error(self) -> QWidget | None:
        return None

    @Slot()
    def reject(self) -> None:
        if not self._busy:
            super().reject()


class NewKeyDialog(_KeyJobDialog):
    """Create a personal key in ``keys_dir``; ``created`` describes it after OK."""

    def __init__(
        self, jobs: JobRunner, keys_dir: Path, name: str, unit: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(jobs, parent)
        self.keys_dir = keys_dir
        self.ui = Ui_NewKeyDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.errorLabel.hide()
        self.ui.nameEdit.setText(name)
        self.ui.unitEdit.setText(unit)
        (self.ui.passphraseEdit if name else self.ui.nameEdit).setFocus()

    def _error_label(self) -> QLabel:
        return self.ui.errorLabel

    @Slot()
    def accept(self) -> None:
        from meihao_desktop.signing.keys import MIN_PASSPHRASE  # the CLI's floor too

        if self._busy:
            return
        name, unit = self.ui.nameEdit.text().strip(), self.ui.unitEdit.text().strip()
        passphrase = self.ui.passphraseEdit.text()
        if not name:
            self._complain(self.tr("Enter the name the key signs with."), self.ui.nameEdit)
        elif len(passphrase) < MIN_PASSPHRASE:
            self._complain(
                self.tr("The passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE),
                self.ui.passphraseEdit,
            )
        elif passphrase != self.ui.repeatEdit.text():
            self._complain(self.tr("The two passphrases differ."), self.ui.repeatEdit)
        else:
            from meihao_desktop.signing.keys import create_key

            keys_dir = self.keys_dir
            self._run(
                self.tr("Creating the key"),
                lambda: create_key(keys_dir, name, unit, passphrase),
            )


class ImportKeyDialog(_KeyJobDialog):
    """Copy a PKCS#12 file into ``keys_dir`` once its passphrase opens it."""

    def __init__(self, jobs: JobRunner, keys_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(jobs, parent)
        self.keys_dir = keys_dir
        self.ui = Ui_ImportKeyDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.errorLabel.hide()
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.setFocus()

    def _error_label(self) -> QLabel:
        return self.ui.errorLabel

    def _focus_after_error(self) -> QWidget:
        self.ui.passphraseEdit.selectAll()
        return self.ui.passphraseEdit

    @Slot()
    def browse(self) -> None:
        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a Key"),
            self.ui.fileEdit.text(),
            self.tr("Key files (*.p12 *.pfx);;All files (*)"),
        )
        if file_name:
            self.ui.fileEdit.setText(file_name)
            self.ui.passphraseEdit.setFocus()

    @Slot()
    def accept(self) -> None:
        if self._busy:
            return
        source = self.ui.fileEdit.text().strip()
        passphrase = self.ui.passphraseEdit.text()
        if not source:
            self._complain(self.tr("Choose the key file."), self.ui.fileEdit)
        elif not passphrase:
            self._complain(self.tr("Enter the key file's passphrase."), self.ui.passphraseEdit)
        else:
            from meihao_desktop.signing.keys import import_key

            keys_dir = self.keys_dir
            self._run(
                self.tr("Importing the key"),
                lambda: import_key(keys_dir, Path(source), passphrase),
            )


class KeysDialog(QDialog):
    """The keys in ``keys_dir``. ``keysChanged`` after a key was added or made default."""

    keysChanged = Signal()

    def __init__(
        self,
        jobs: JobRunner,
        keys_dir: Path,
        signer: tuple[str, str] = ("", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.keys_dir = keys_dir
        self._signer = signer  # (name, unit) proposed for a new key
        self.child_dialog: QDialog | None = None
        self.ui = Ui_KeysDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.model = KeyTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(KeyTableModel.SortRole)
        table = self.ui.keyTable
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        table.activated.connect(lambda _index: self.make_default())
        self.ui.folderLabel.setText(self.tr("Keys folder: {path}").format(path=keys_dir))
        self.ui.newButton.clicked.connect(self.new_key)
        self.ui.importButton.clicked.connect(self.import_key)
        self.ui.defaultButton.clicked.connect(self.make_default)
        self._update_buttons()
        self.refresh()

    def refresh(self, select: Path | None = None) -> None:
        """Read the keys folder again (in the background), then select ``select``."""
        load_keys(
            self.jobs, self.keys_dir, while_alive(self, lambda keys: self._show(keys, select))
        )

    def _show(self, keys: list[KeyInfo], select: Path | None) -> None:
        default = default_key_file()
        self.model.set_keys(keys, default)
        self._select(select or default)
        self._update_buttons()

    def _select(self, path: Path | None) -> None:
        row = self.model.row_of(path) if path is not None else -1
        index = self.proxy.mapFromSource(self.model.index(max(row, 0), 0))
        if index.isValid():
            self.ui.keyTable.setCurrentIndex(index)
            self.ui.keyTable.selectRow(index.row())

    def selected_key(self) -> KeyInfo | None:
        index = self.proxy.mapToSource(self.ui.keyTable.currentIndex())
        return self.model.key_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.ui.defaultButton.setEnabled(self.selected_key() is not None)

    @Slot()
    def new_key(self) -> NewKeyDialog:
        name, unit = self._signer
        return self._open(NewKeyDialog(self.jobs, self.keys_dir, name, unit, self))

    @Slot()
    def import_key(self) -> ImportKeyDialog:
        return self._open(ImportKeyDialog(self.jobs, self.keys_dir, self))

    def _open(self, dialog: KeyDialog) -> KeyDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._added(dialog.created))
        self.child_dialog = dialog
        dialog.open()
        return dialog

    def _added(self, info: KeyInfo | None) -> None:
        if info is None:
            return
        if default_key_file() is None:  # the first key is the one to use
            set_default_key_file(info.path)
        self.refresh(info.path)
        self.keysChanged.emit()

    @Slot()
    def make_default(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        set_default_key_file(key.path)
        self.model.set_default(key.path)
        self.keysChanged.emit()
