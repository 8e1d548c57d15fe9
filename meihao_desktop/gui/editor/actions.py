"""The inspection editor's actions: toolbar buttons and their keys, in one place.

Every action works while the focus is anywhere inside the editor (and only there, so
that other pages may use the same keys); its tooltip names its keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget


@dataclass
class EditorActions:
    back: QAction
    undo: QAction
    redo: QAction
    previous: QAction
    next: QAction
    next_unscored: QAction
    not_applicable: QAction
    focus_text: QAction
    record_problem: QAction
    sign: QAction
    unlock: QAction
    export_sheet: QAction

    @property
    def editing(self) -> list[QAction]:
        """Actions that change the inspection: disabled while it is read-only."""
        return [self.not_applicable, self.record_problem]

    def show_status(self, status: str) -> None:
        """Signing (or co-signing) until submitted; unlocking once signed."""
        self.sign.setEnabled(status in ("draft", "signed"))
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


def add_to_toolbar(toolbar: QToolBar, actions: EditorActions) -> None:
    groups = [
        [actions.back],
        [actions.undo, actions.redo],
        [actions.previous, actions.next, actions.next_unscored],
        [actions.not_applicable, actions.focus_text, actions.record_problem],
        [actions.sign, actions.unlock, actions.export_sheet],
    ]
    for number, group in enumerate(groups):
        if number:
            toolbar.addSeparator()
        for action in group:
            toolbar.addAction(action)
