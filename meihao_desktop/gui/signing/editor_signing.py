"""The inspection editor's 签名… / 解锁… / 导出评分表…: the dialogs behind its buttons.

After signing the editor shows the inspection again, read-only; after unlocking,
editable. Whatever is typed is saved before anything is signed or exported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.signing.export_actions import export_score_sheet
from meihao_desktop.gui.signing.sign_dialog import SignDialog, UnlockDialog

if TYPE_CHECKING:
    from meihao_desktop.gui.editor.editor import InspectionEditor


class EditorSigning(QObject):
    """Signs, unlocks and exports the inspection open in ``editor``."""

    def __init__(self, context: AppContext, editor: InspectionEditor) -> None:
        super().__init__(editor)
        self._context = context
        self._editor = editor
        self.dialog: QDialog | None = None  # the one open last (tests look at it)

    def sign(self) -> SignDialog | None:
        editor = self._editor
        if not editor.inspection_id:
            return None
        editor.flush()
        try:
            summary = self._context.services.inspections.summary(editor.inspection_id)
        except MeihaoError as error:
            show_error(editor, error)
            return None
        dialog = SignDialog(self._context, summary, editor)
        self._open(dialog)
        return dialog

    def unlock(self) -> UnlockDialog | None:
        editor = self._editor
        if not editor.inspection_id or not editor.read_only:
            return None
        dialog = UnlockDialog(self._context, editor.inspection_id, editor)
        self._open(dialog)
        return dialog

    def export_score_sheet(self) -> None:
        editor = self._editor
        if editor.inspection_id:
            editor.flush()
            export_score_sheet(self._context, editor, editor.inspection_id)

    def _open(self, dialog: QDialog) -> None:
        inspection_id = self._editor.inspection_id
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reload(inspection_id))
        self.dialog = dialog
        dialog.open()

    def _reload(self, inspection_id: str) -> None:
        """Show the inspection as it now is (read-only once signed, editable once unlocked)."""
        if self._editor.inspection_id == inspection_id:
            code = self._editor.current_code
            if self._editor.load(inspection_id) and code:
                self._editor.select(code)
