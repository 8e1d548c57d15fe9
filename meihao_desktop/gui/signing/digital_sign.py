"""The "digital signature" part of the export dialogs: sign or not, which key, passphrase.

``DigitalSignBox`` (``forms/digital_sign_box.ui``) offers the keys of the keys folder,
the default key first and ticked. Before an export starts, ``verify`` opens the key
with the passphrase in the background, so that a wrong passphrase is said at once, in
the dialog, rather than after the export failed. ``SignOptionsDialog`` is the box on
its own, asked after choosing where a score sheet goes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_digital_sign_box import Ui_DigitalSignBox
from meihao_desktop.gui.signing.lifetime import while_alive
from meihao_desktop.signing.request import SignRequest

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.signing.keys import KeyInfo


def key_label(key: KeyInfo) -> str:
    until = key.not_after.astimezone().strftime("%Y-%m-%d")
    unit = f"（{key.unit}）" if key.unit else ""
    return f"{key.name}{unit} — {until}"


class DigitalSignBox(QWidget):
    """Whether to sign, and with what. ``set_keys`` first; ``request`` after ``verify``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DigitalSignBox()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.signErrorLabel.hide()
        self.ui.signGroup.toggled.connect(self._toggled)
        self._checking = False
        self.set_keys([], None)

    def set_keys(self, keys: list[KeyInfo], default: Path | None) -> None:
        combo = self.ui.keyCombo
        combo.clear()
        for key in keys:
            combo.addItem(key_label(key), str(key.path))
            combo.setItemData(combo.count() - 1, key.subject, Qt.ItemDataRole.ToolTipRole)
        chosen = combo.findData(str(default)) if default is not None else -1
        combo.setCurrentIndex(max(chosen, 0))
        self.ui.signGroup.setEnabled(bool(keys))
        self.ui.signGroup.setChecked(chosen >= 0)
        self.ui.noKeyLabel.setVisible(not keys)

    def wanted(self) -> bool:
        return self.ui.signGroup.isChecked() and self.ui.keyCombo.count() > 0

    def set_wanted(self, wanted: bool) -> None:
        self.ui.signGroup.setChecked(wanted and self.ui.keyCombo.count() > 0)

    def key_file(self) -> Path | None:
        data = self.ui.keyCombo.currentData()
        return Path(str(data)) if data else None

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def request(
        self,
        reason: str,
        location: str = "",
        signature_png: bytes | None = None,
        seal_png: bytes | None = None,
    ) -> SignRequest | None:
        """What to sign with, or None when no digital signature is wanted."""
        key_file = self.key_file()
        if not self.wanted() or key_file is None:
            return None
        return SignRequest(key_file, self.passphrase(), reason, location, signature_png, seal_png)

    def verify(self, jobs: JobRunner, proceed: Callable[[], object]) -> None:
        """Call ``proceed`` once the key opens with the passphrase (at once if not signing)."""
        key_file = self.key_file()
        if self._checking:
            return
        if not self.wanted() or key_file is None:
            proceed()
            return
        if not self.passphrase():
            self.show_problem(self.tr("Enter the key's passphrase."))
            return
        passphrase = self.passphrase()

        def work(_progress: object) -> None:
            from meihao_desktop.signing.keys import open_key

            open_key(key_file, passphrase)

        self._set_checking(True)
        jobs.run(
            self.tr("Opening the key"),
            work,
            while_alive(self, lambda _none: self._opened(proceed)),
            while_alive(self, self._not_opened),
            cancellable=False,
        )

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.setEnabled(not checking)

    def _opened(self, proceed: Callable[[], object]) -> None:
        self._set_checking(False)
        self.ui.signErrorLabel.hide()
        proceed()

    def _not_opened(self, error: BaseException) -> None:
        from meihao_desktop.signing.errors import SigningError

        self._set_checking(False)
        if isinstance(error, SigningError):  # the key's file name says enough here
            self.show_problem(f"{Path(error.path).name}：{error.message}")
        elif isinstance(error, MeihaoError):
            self.show_problem(str(error))
        else:
            show_error(self, error)

    def show_problem(self, text: str) -> None:
        label = self.ui.signErrorLabel
        label.setText(text)
        label.show()
        # A word-wrapped label gets its height only from a new layout pass: make room for
        # every line now, or a two-line message shows cut in half.
        label.setMinimumHeight(label.heightForWidth(max(label.width(), 240)))
        self.window().adjustSize()
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        if on:
            self.ui.passphraseEdit.setFocus()
        else:
            self.ui.signErrorLabel.hide()


class SignOptionsDialog(QDialog):
    """Only the digital signature choice (for a score sheet, after the file dialog)."""

    def __init__(
        self,
        jobs: JobRunner,
        keys: list[KeyInfo],
        default: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signOptionsDialog")
        self.setWindowTitle(self.tr("Digital Signature"))
        self.jobs = jobs
        self.box = DigitalSignBox(self)
        self.box.set_keys(keys, default)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        if self.box.wanted():
            self.box.ui.passphraseEdit.setFocus()

    @Slot()
    def accept(self) -> None:
        self.box.verify(self.jobs, super().accept)
