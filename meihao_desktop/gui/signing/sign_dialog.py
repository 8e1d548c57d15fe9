"""Signing an inspection's score sheet by hand, and unlocking a signed one.

``SignDialog`` (``forms/sign_dialog.ui``): who signs, in which role, today's date and
the signature pad. OK turns the drawing into a PNG and records the signature
(``SignatureService.sign_inspection``) in the background; the service refuses an
incomplete score sheet, and its message is shown with the dialog still open, nothing
lost. ``UnlockDialog`` (``forms/unlock_dialog.ui``) asks for the reason, which the
audit trail keeps.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_sign_dialog import Ui_SignDialog
from meihao_desktop.gui.forms_generated.ui_unlock_dialog import Ui_UnlockDialog
from meihao_desktop.gui.signing.lifetime import while_alive
from meihao_desktop.gui.signing.pad import render_signature

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.gui.jobs import Progress
    from meihao_desktop.services.inspections import InspectionSummary


def signer_roles() -> list[tuple[str, str]]:
    """(stored value, label): the value is printed on the forms as it is, in Chinese."""
    translate = QCoreApplication.translate
    return [
        ("考察人员", translate("SignDialog", "Inspector")),
        ("评审专家", translate("SignDialog", "Expert reviewer")),
        ("区物业主管部门", translate("SignDialog", "District property bureau")),
    ]


def describe_inspection(summary: InspectionSummary) -> str:
    return QCoreApplication.translate(
        "SignDialog", "{community} ({district}), inspected by {inspector} on {date}"
    ).format(
        community=summary.community,
        district=summary.district or "—",
        inspector=summary.inspector,
        date=summary.visit_date.isoformat(),
    )


class SignDialog(QDialog):
    """Sign ``summary``'s inspection; accepted once the signature is recorded."""

    def __init__(
        self,
        context: AppContext,
        summary: InspectionSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.summary = summary
        self._busy = False
        self.ui = Ui_SignDialog()
        # uic writes no annotations.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.pad = self.ui.pad
        self.ui.errorLabel.hide()
        self.ui.inspectionLabel.setText(describe_inspection(summary))
        self.ui.signerEdit.setText(context.inspector_name or summary.inspector)
        for value, label in signer_roles():
            self.ui.roleCombo.addItem(label, value)
        self.ui.dateLabel.setText(date.today().isoformat())
        self.ui.undoStrokeButton.clicked.connect(self.pad.undo_stroke)
        self.ui.clearButton.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._pad_changed)
        self._pad_changed()
        self.pad.setFocus()

    @property
    def signer_name(self) -> str:
        return self.ui.signerEdit.text().strip()

    @property
    def role(self) -> str:
        return str(self.ui.roleCombo.currentData())

    @Slot()
    def _pad_changed(self) -> None:
        self.ui.undoStrokeButton.setEnabled(not self.pad.is_empty())
        self.ui.clearButton.setEnabled(not self.pad.is_empty())
        if not self.pad.is_empty():
            self.ui.errorLabel.hide()

    def _complain(self, text: str, focus: QWidget) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        focus.setFocus()

    @Slot()
    def accept(self) -> None:
        if self._busy:
            return
        if not self.signer_name:
            self._complain(self.tr("Enter the signer's name."), self.ui.signerEdit)
            return
        if self.pad.is_empty():
            self._complain(self.tr("Sign in the box first."), self.pad)
            return
        self._set_busy(True)
        signatures = self.context.services.signatures
        inspection_id, name, role = self.summary.id, self.signer_name, self.role
        strokes = self.pad.strokes()

        def work(_progress: Progress) -> object:
            return signatures.sign_inspection(inspection_id, name, role, render_signature(strokes))

        self.context.jobs.run(
            self.tr("Signing"),
            work,
            while_alive(self, self._signed),
            while_alive(self, self._failed),
            cancellable=False,
        )

    @Slot()
    def reject(self) -> None:
        if not self._busy:  # the signature is being recorded: wait for it
            super().reject()

    def _signed(self, _signature: object) -> None:
        self._set_busy(False)
        self.context.save_state.saved()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)
        self.pad.setEnabled(not busy)


class UnlockDialog(QDialog):
    """Take ``inspection_id`` back to draft; accepted once it is unlocked."""

    def __init__(
        self, context: AppContext, inspection_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.inspection_id = inspection_id
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.errorLabel.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter alone starts a new line
            QShortcut(QKeySequence(keys), self, self.accept)
        self.ui.reasonEdit.setFocus()

    @property
    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    @Slot()
    def accept(self) -> None:
        if not self.reason:
            self.ui.errorLabel.setText(self.tr("Give the reason for unlocking."))
            self.ui.errorLabel.show()
            self.ui.reasonEdit.setFocus()
            return
        try:
            self.context.services.signatures.unlock_inspection(self.inspection_id, self.reason)
        except MeihaoError as error:
            show_error(self, error)
            return
        self.context.save_state.saved()
        super().accept()
