"""The inspection editor's actions: toolbar buttons and their keys, in one place.

Every action works while the focus is anywhere inside the editor (and only there, so
that other pages may use the same keys); its tooltip names its keys. The one exception
is 清除评分 (Delete): it acts only on the item tree and the score buttons, where
Delete plainly means "this score", never in a text box or the photo strip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from meihao_desktop.gui.editor.editor import InspectionEditor

CLEAR_KEYS = ["Del", "Backspace"]


@dataclass
class EditorActions:
    back: QAction
    undo: QAction
    redo: QAction
    previous: QAction
    next: QAction
    next_unscored: QAction
    not_applicable: QAction
    clear_score: QAction
    focus_text: QAction
    record_problem: QAction
    sign: QAction
    submit: QAction
    unlock: QAction
    export_sheet: QAction

    @property
    def editing(self) -> list[QAction]:
        """Actions that change the inspection: disabled while it is read-only."""
        return [self.not_applicable, self.clear_score, self.record_problem]

    def show_status(self, status: str) -> None:
        """Signing (or co-signing) until submitted; submitting once signed; unlocking
        once signed or submitted."""
        self.sign.setEnabled(status in ("draft", "signed"))
        self.submit.setEnabled(status == "signed")
        self.unlock.setEnabled(status != "draft")


def make_action(
    owner: QWidget, name: str, text: str, keys: list[str], slot: Callable[[], object]
) -> QAction:
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shown_keys = " / ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys
    )
    action.setToolTip(f"{text} ({shown_keys})" if keys else text)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def clear_action(editor: InspectionEditor) -> QAction:
    """清除评分: Delete / Backspace on the tree or the score input (text boxes keep their
    own Delete), undoable like any score."""
    text = QCoreApplication.translate("InspectionEditor", "Clear score")
    action = make_action(editor.tree, "clearScoreAction", text, CLEAR_KEYS, editor.clear_score)
    tip = QCoreApplication.translate(
        "InspectionEditor",
        "Back to unscored (Delete or Backspace on the item tree or the score buttons)",
    )
    action.setToolTip(tip)
    editor.item_panel.score_input.addAction(action)
    return action


def add_to_toolbar(toolbar: QToolBar, actions: EditorActions) -> None:
    groups = [
        [actions.back],
        [actions.undo, actions.redo],
        [actions.previous, actions.next, actions.next_unscored],
        [actions.not_applicable, actions.focus_text, actions.record_problem],
        [actions.sign, actions.submit, actions.unlock, actions.export_sheet],
    ]
    for number, group in enumerate(groups):
        if number:
            toolbar.addSeparator()
        for action in group:
            toolbar.addAction(action)
