"""The photo strip's actions (with their keys) and its context menu.

Keys that act on the selected photos (F2, Delete, Ctrl+Left/Right) work only while the
photo list itself has the focus — not while a caption is being typed, where Delete and
Ctrl+Left belong to the text. "Add photos" (Ctrl+Shift+P) works anywhere in the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from meihao_desktop.domain.standards import Standard


@dataclass
class StripActions:
    add: QAction
    open: QAction
    caption: QAction
    move_left: QAction
    move_right: QAction
    trash: QAction
    show_trash: QAction

    @property
    def editing(self) -> list[QAction]:
        """Actions that change photos: hidden while the inspection is read-only."""
        return [
            self.add,
            self.caption,
            self.move_left,
            self.move_right,
            self.trash,
            self.show_trash,
        ]

    @property
    def on_selection(self) -> list[QAction]:
        """Actions that need a photo to be selected."""
        return [self.open, self.caption, self.move_left, self.move_right, self.trash]


def make_action(
    owner: QWidget,
    name: str,
    text: str,
    keys: list[QKeySequence | str],
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, owner)
    action.setObjectName(name)
    sequences = [QKeySequence(key) for key in keys]
    action.setShortcuts(sequences)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    if sequences:
        shown = " / ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in sequences
        )
        action.setToolTip(f"{text} ({shown})")
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def context_menu(parent: QWidget, actions: StripActions, links: QMenu | None) -> QMenu:
    """The strip's context menu; without ``links`` (read-only) only "Open"."""
    menu = QMenu(parent)
    menu.addAction(actions.open)
    if links is None:
        return menu
    menu.addAction(actions.caption)
    links.setParent(menu, links.windowFlags())
    menu.addMenu(links)
    menu.addActions([actions.move_left, actions.move_right])
    menu.addSeparator()
    menu.addAction(actions.trash)
    menu.addSeparator()
    menu.addActions([actions.add, actions.show_trash])
    return menu


def link_menu(
    parent: QWidget, standard: Standard | None, current: str, link: Callable[[str], object]
) -> QMenu:
    """ "Link to item" ▸ no item, then one submenu per section (and the requirements)."""
    translate = QCoreApplication.translate
    menu = QMenu(translate("PhotoStrip", "Link to item"), parent)
    menu.setObjectName("linkMenu")
    _link_action(menu, translate("PhotoStrip", "No item"), "", current, link)
    if standard is None:
        return menu
    menu.addSeparator()
    if standard.requirements:
        sub = menu.addMenu(translate("PhotoStrip", "Principle requirements"))
        for requirement in standard.requirements:
            text = f"{requirement.code}  {_short(requirement.text)}"
            _link_action(sub, text, requirement.code, current, link)
    for section in standard.sections:
        sub = menu.addMenu(f"{section.code}  {section.title}")
        for item in section.items:
            _link_action(sub, f"{item.code}  {_short(item.text)}", item.code, current, link)
    return menu


def _link_action(
    menu: QMenu, text: str, code: str, current: str, link: Callable[[str], object]
) -> None:
    action = menu.addAction(text)
    action.setObjectName(f"link_{code or 'none'}")
    action.setCheckable(True)
    action.setChecked(code == current)
    action.triggered.connect(lambda _checked=False: link(code))


def _short(text: str, limit: int = 36) -> str:
    first_line = text.splitlines()[0] if text else ""
    return first_line if len(first_line) <= limit else first_line[: limit - 1] + "…"
