"""The inspection editor's 提交…: hand a signed inspection to the bureau (signed → submitted).

Signing says the score sheet is complete and makes it read-only, but co-signers may
still add their names; submitting closes it: no more signatures, and the bureau's lists
show it as 已提交. Changing a submitted inspection needs unlocking, as a signed one does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from meihao_desktop.gui.editor.editor import InspectionEditor


class EditorSubmitting(QObject):
    """Submits the inspection open in ``editor``, after asking."""

    def __init__(self, context: AppContext, editor: InspectionEditor) -> None:
        super().__init__(editor)
        self._context = context
        self._editor = editor
        self.confirmation: QMessageBox | None = None  # the one open last (tests read it)

    def submit(self) -> QMessageBox | None:
        editor = self._editor
        state = editor.state
        if state is None or state.summary.status != "signed":
            return None
        box = QMessageBox(editor)
        box.setObjectName("submitInspectionBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Submit Inspection"))
        box.setText(
            self.tr("Submit the inspection of {community} to the bureau?").format(
                community=state.summary.community
            )
        )
        box.setInformativeText(
            self.tr(
                "Once submitted nobody can co-sign it any more, and the bureau's lists show "
                "it as submitted. Changing it afterwards needs unlocking (with a reason, "
                "kept in the change history)."
            )
        )
        submit = box.addButton(self.tr("Submit"), QMessageBox.ButtonRole.AcceptRole)
        submit.setObjectName("confirmSubmitButton")
        box.setDefaultButton(submit)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
        inspection_id = state.inspection_id

        @Slot(QAbstractButton)
        def clicked(button: QAbstractButton) -> None:
            if button is submit:
                self._submit(inspection_id)

        box.buttonClicked.connect(clicked)
        self.confirmation = box
        box.open()
        return box

    def _submit(self, inspection_id: str) -> None:
        editor = self._editor
        try:
            self._context.services.signatures.submit_inspection(inspection_id)
        except MeihaoError as error:
            show_error(editor, error)
            return
        self._context.save_state.saved()
        if editor.inspection_id == inspection_id:  # show it as it now is: submitted
            code = editor.current_code
            if editor.load(inspection_id) and code:
                editor.select(code)
