"""The inspection editor's plain keys: digits type a score anywhere in the editor, Esc
steps out (a text box → the tree → the list).

Delete is deliberately not among them: a Delete that no child widget wanted may come
from anywhere (a button, the photo strip). Clearing a score is an action bound to the
tree and the score buttons only (``actions.clear_action``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

if TYPE_CHECKING:
    from meihao_desktop.gui.editor.editor import InspectionEditor

SCORE_KEYS = set("0123456789.")


class EditorKeys(QObject):
    """Handles the keys for ``editor``: its ``keyPressEvent`` asks ``handle`` first."""

    def __init__(self, editor: InspectionEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        editor.tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The tree would use digits to search its rows; here they are scores.
        if watched is self._editor.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._score_key(event)
        return False

    def handle(self, event: QKeyEvent) -> bool:
        """A key no child of the editor wanted; True if it was used."""
        if self._score_key(event):
            return True
        if event.key() == Qt.Key.Key_Escape:
            self._escape()
            return True
        return False

    def _score_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers != Qt.KeyboardModifier.NoModifier or text not in SCORE_KEYS or not text:
            return False
        editor = self._editor
        current = editor.ui.panels.currentWidget()
        if current is editor.item_panel:
            return editor.item_panel.score_input.type_key(text)
        if current is editor.requirement_panel:
            return editor.requirement_panel.type_key(text)
        return False

    def _escape(self) -> None:
        """Esc leaves a text box for the tree; from the tree, back to the list."""
        editor = self._editor
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QPlainTextEdit) and editor.isAncestorOf(focus):
            if focus is editor.item_panel.score_input.points_edit:
                editor.item_panel.score_input.revert()
            editor.flush()
            editor.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        editor.closeRequested.emit()
