"""Writing the editor's changes: each one through the services at once, then into memory.

Undo commands call these methods both ways, so an undo is saved exactly like an edit.
A write the services refuse (a signed record, a value out of range) is shown to the
user and leaves the in-memory state as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.editor.state import EditorState, ScoreValue
from meihao_desktop.gui.errors import show_error


class EditSession(QObject):
    """Saves edits of the open inspection and announces them."""

    changed = Signal(str, bool)
    """(code, reveal): an item or requirement changed; ``reveal`` asks to show it (undo)."""

    rejected = Signal(str)
    """(code): a write was refused; widgets showing ``code`` should show the state again."""

    def __init__(self, context: AppContext, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._context = context
        self._dialog_parent = dialog_parent
        self.state: EditorState | None = None

    def write_score(self, code: str, value: ScoreValue, reveal: bool) -> bool:
        state = self._require_state()

        def save() -> None:
            inspections = self._context.services.inspections
            if value.na:
                inspections.record_finding(state.inspection_id, code, na=True)
            elif value.level is not None:
                inspections.record_finding(state.inspection_id, code, level=value.level)
            else:  # points, or None: back to unscored
                inspections.record_finding(state.inspection_id, code, points=value.points)
            state.items[code].score = value

        return self._write(code, reveal, save)

    def write_text(self, code: str, text: str, reveal: bool) -> bool:
        state = self._require_state()

        def save() -> None:
            self._context.services.inspections.record_finding(state.inspection_id, code, text=text)
            state.items[code].text = text

        return self._write(code, reveal, save)

    def write_check(self, code: str, passed: bool | None, reveal: bool) -> bool:
        state = self._require_state()

        def save() -> None:
            self._context.services.inspections.record_requirement(state.inspection_id, code, passed)
            state.checks[code].passed = passed

        return self._write(code, reveal, save)

    def write_note(self, code: str, note: str, reveal: bool) -> bool:
        state = self._require_state()

        def save() -> None:
            check = state.checks[code]
            self._context.services.inspections.record_requirement(
                state.inspection_id, code, check.passed, note=note
            )
            check.note = note

        return self._write(code, reveal, save)

    def _require_state(self) -> EditorState:
        if self.state is None:
            raise RuntimeError("no inspection is open")
        return self.state

    def _write(self, code: str, reveal: bool, save: Callable[[], None]) -> bool:
        try:
            save()
        except MeihaoError as error:
            show_error(self._dialog_parent, error)
            self.rejected.emit(code)
            return False
        self._context.save_state.saved()
        self.changed.emit(code, reveal)
        return True
