"""Saving a text box while the user writes: after a pause, on leaving it, and on demand.

An inspector types findings with a Chinese input method, then walks on: text must never
wait for a save button. The box is saved 500 ms after the last change, when it loses
focus (also to a menu or another window), and whenever the editor calls ``flush`` —
before switching items, before undo, and on closing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

TEXT_DELAY_MS = 500


class TextSaver(QObject):
    """Watches one QPlainTextEdit and hands its text to ``save`` when it should be saved."""

    def __init__(
        self, edit: QPlainTextEdit, save: Callable[[str], None], delay_ms: int = TEXT_DELAY_MS
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._save = save
        self._saved = edit.toPlainText()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def load(self, text: str) -> None:
        """Show ``text`` as the saved text; keeps the cursor if the box already holds it."""
        self._timer.stop()
        self._saved = text
        if self._edit.toPlainText() != text:
            self._loading = True
            try:
                self._edit.setPlainText(text)
            finally:
                self._loading = False

    @property
    def pending(self) -> bool:
        return self._edit.toPlainText() != self._saved

    @Slot()
    def _changed(self) -> None:
        if not self._loading:
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        self._timer.stop()
        text = self._edit.toPlainText()
        if text != self._saved and not self._edit.isReadOnly():
            self._saved = text
            self._save(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # The box undoes its own typing first; with nothing left to undo there,
            # Ctrl+Z goes on to the editor's undo history instead of doing nothing.
            document = self._edit.document()
            if event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable():
                return True
            if event.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable():
                return True
        return False
