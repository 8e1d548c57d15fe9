"""Moving through the checklist: next and previous item, next item still to be scored.

Items and requirements are visited in the tree's order; a group row counts as standing
just before its first child.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from meihao_desktop.gui.editor.state import EditorState
from meihao_desktop.gui.editor.tree_model import StandardTreeModel


class Navigator:
    def __init__(self, model: StandardTreeModel) -> None:
        self._model = model

    def _position(self, index: QModelIndex) -> tuple[list[str], int]:
        """All leaf codes, and where ``index`` stands among them (a group: before its first)."""
        codes = self._model.leaf_codes()
        if not index.isValid():
            return codes, -1
        code = str(index.data(StandardTreeModel.CodeRole) or "")
        if code:
            return codes, codes.index(code)
        group = self._model.group(index.siblingAtColumn(0))
        if group is None or not group.children:
            return codes, -1
        return codes, codes.index(group.children[0]) - 1

    def first(self) -> str:
        codes = self._model.leaf_codes()
        return codes[0] if codes else ""

    def after(self, index: QModelIndex) -> str:
        codes, at = self._position(index)
        return codes[at + 1] if at + 1 < len(codes) else ""

    def before(self, index: QModelIndex) -> str:
        codes, at = self._position(index)
        if not index.isValid() or at < 0:
            return ""
        code = str(index.data(StandardTreeModel.CodeRole) or "")
        # On a group row, "previous" is the last item of the group above.
        target = at - 1 if code else at
        return codes[target] if target >= 0 else ""

    def first_undone(self, state: EditorState | None = None) -> str:
        return self.next_undone(QModelIndex(), state)

    def next_undone(self, index: QModelIndex, state: EditorState | None) -> str:
        """The next item or requirement not yet done after ``index``, going round."""
        if state is None:
            return ""
        codes, at = self._position(index)
        rounds = codes[at + 1 :] + codes[: at + 1]
        return next((code for code in rounds if not state.is_done(code)), "")
