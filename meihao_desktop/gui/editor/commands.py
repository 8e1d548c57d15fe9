"""Undo commands of the inspection editor; redo and undo both save through the session.

A command's first ``redo`` happens when it is pushed, i.e. when the user made the edit:
it does not need to reveal the item, which is on screen. Later redos and every undo
come from the undo history and ask the editor to show the item they change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from meihao_desktop.gui.editor.session import EditSession
from meihao_desktop.gui.editor.state import ScoreValue

# Consecutive typing in one text box merges into one command (QUndoCommand.id).
TEXT_COMMAND_ID = 1001


def describe_score(value: ScoreValue) -> str:
    if value.na:
        return QCoreApplication.translate("EditorCommands", "N/A")
    if value.level is not None:
        return value.level
    if value.points is None:
        return QCoreApplication.translate("EditorCommands", "unscored")
    return f"{value.points}"


class ScoreCommand(QUndoCommand):
    """An item's score changes (points, level, N/A or back to unscored)."""

    def __init__(self, session: EditSession, code: str, old: ScoreValue, new: ScoreValue) -> None:
        super().__init__(
            QCoreApplication.translate("EditorCommands", "score {code}: {value}").format(
                code=code, value=describe_score(new)
            )
        )
        self._session = session
        self._code = code
        self._old = old
        self._new = new
        self._pushed = False

    def redo(self) -> None:
        first = not self._pushed
        self._pushed = True
        if not self._session.write_score(self._code, self._new, reveal=not first) and first:
            self.setObsolete(True)  # refused: the stack drops it

    def undo(self) -> None:
        self._session.write_score(self._code, self._old, reveal=True)


class CheckCommand(QUndoCommand):
    """A principle requirement is marked passed, failed or unchecked."""

    def __init__(self, session: EditSession, code: str, old: bool | None, new: bool | None) -> None:
        super().__init__(
            QCoreApplication.translate("EditorCommands", "requirement {code}").format(code=code)
        )
        self._session = session
        self._code = code
        self._old = old
        self._new = new
        self._pushed = False

    def redo(self) -> None:
        first = not self._pushed
        self._pushed = True
        if not self._session.write_check(self._code, self._new, reveal=not first) and first:
            self.setObsolete(True)

    def undo(self) -> None:
        self._session.write_check(self._code, self._old, reveal=True)


class TextCommand(QUndoCommand):
    """A finding text (``kind="finding"``) or a requirement note (``kind="note"``) changes.

    Typing in the same box is saved every half second; those saves merge into one
    command as long as nothing else happened in between.
    """

    def __init__(self, session: EditSession, kind: str, code: str, old: str, new: str) -> None:
        super().__init__(
            QCoreApplication.translate("EditorCommands", "text of {code}").format(code=code)
        )
        self._session = session
        self.kind = kind
        self.code = code
        self._old = old
        self.new = new
        self._pushed = False

    def id(self) -> int:
        return TEXT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # A refused write (obsolete) must not become this command's text.
        if not isinstance(other, TextCommand) or other.isObsolete():
            return False
        if (other.kind, other.code) != (self.kind, self.code):
            return False
        self.new = other.new
        # Typed and typed away again: nothing left to undo.
        self.setObsolete(self.new == self._old)
        return True

    def _write(self, text: str, reveal: bool) -> bool:
        if self.kind == "note":
            return self._session.write_note(self.code, text, reveal)
        return self._session.write_text(self.code, text, reveal)

    def redo(self) -> None:
        first = not self._pushed
        self._pushed = True
        if not self._write(self.new, reveal=not first) and first:
            self.setObsolete(True)

    def undo(self) -> None:
        self._write(self._old, reveal=True)
