"""The right-hand panels besides the item panel: one principle requirement, and a group.

A requirement (原则要求) is a gate: passed, failed or not yet checked, with a note. A
group (the requirements, or a section) shows its progress and the editor's keys.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.standards import Requirement
from meihao_desktop.gui.editor.item_panel import heading_font, wrapping_label
from meihao_desktop.gui.editor.state import CheckEntry
from meihao_desktop.gui.editor.text_saver import TextSaver


class RequirementPanel(QWidget):
    checkChosen = Signal(str, object)  # (requirement code, True / False / None)
    noteChanged = Signal(str, str)  # (requirement code, note)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementPanel")
        self.code = ""
        self.passed: bool | None = None
        self.code_label = QLabel(self)
        self.code_label.setObjectName("requirementCodeLabel")
        self.code_label.setFont(heading_font(self))
        self.text_label = wrapping_label(self, "requirementTextLabel")
        self.text_label.setFont(heading_font(self, 1))
        hint = wrapping_label(self, "requirementHintLabel")
        hint.setText(
            self.tr("A principle requirement is a gate: failing it makes the community ineligible.")
        )
        self.buttons: dict[bool | None, QPushButton] = {}
        row = QHBoxLayout()
        for passed, text, key, name in (
            (True, self.tr("Passed"), "1", "passButton"),
            (False, self.tr("Failed"), "2", "failButton"),
            (None, self.tr("Not checked"), "0", "uncheckedButton"),
        ):
            button = QPushButton(f"{text} ({key})", self)
            button.setObjectName(name)
            button.setCheckable(True)
            button.setToolTip(self.tr("Key {key} in the tree").format(key=key))
            button.clicked.connect(partial(self._clicked, passed))
            self.buttons[passed] = button
            row.addWidget(button)
        row.addStretch(1)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("requirementNoteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Note: what was checked, what is missing"))
        self.text_saver = TextSaver(self.note_edit, self._note_saved)
        note_caption = QLabel(self.tr("&Note"), self)
        note_caption.setBuddy(self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.code_label, self.text_label, hint):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(note_caption)
        layout.addWidget(self.note_edit, 1)

    def show_requirement(self, requirement: Requirement, entry: CheckEntry, editable: bool) -> None:
        self.code = requirement.code
        self.code_label.setText(
            self.tr("Principle requirement {code}").format(code=requirement.code)
        )
        self.text_label.setText(requirement.text)
        for button in self.buttons.values():
            button.setEnabled(editable)
        self.note_edit.setReadOnly(not editable)
        self.show_entry(entry)

    def show_entry(self, entry: CheckEntry) -> None:
        self.passed = entry.passed
        for passed, button in self.buttons.items():
            button.setChecked(passed is entry.passed)
        self.text_saver.load(entry.note)

    def flush(self) -> None:
        self.text_saver.flush()

    def focus_text(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def type_key(self, text: str) -> bool:
        choices = {"1": True, "2": False, "0": None}
        if text not in choices or not self.buttons[True].isEnabled():
            return False
        self.buttons[choices[text]].click()
        return True

    def _clicked(self, passed: bool | None, _checked: bool = False) -> None:
        if passed is self.passed:
            self.show_entry(CheckEntry(self.passed, self.note_edit.toPlainText()))
            return
        self.passed = passed
        for value, button in self.buttons.items():
            button.setChecked(value is passed)
        self.checkChosen.emit(self.code, passed)

    def _note_saved(self, note: str) -> None:
        if self.code:
            self.noteChanged.emit(self.code, note)


class GroupPanel(QWidget):
    """A section or the requirements as a whole: progress, and how to work the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPanel")
        self.title_label = wrapping_label(self, "groupTitleLabel")
        self.title_label.setFont(heading_font(self))
        self.summary_label = wrapping_label(self, "groupSummaryLabel")
        keys = wrapping_label(self, "keysLabel")
        keys.setText(
            self.tr(
                "Keys: Ctrl+Down / Ctrl+Up (or PgDown / PgUp) next and previous item · "
                "Ctrl+J next item without a score · digits type the points "
                "(1–4 pick a level, 1/2/0 a requirement) · Enter saves and moves on · "
                "Ctrl+D N/A · Delete (on the tree) clears the score · Ctrl+E finding text · "
                "Ctrl+R record a problem · "
                "Ctrl+Z / Ctrl+Shift+Z undo and redo · Esc back to the tree, then to the list"
            )
        )
        keys.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addSpacing(12)
        layout.addWidget(keys)
        layout.addStretch(1)

    def show_group(self, title: str, summary: str) -> None:
        self.title_label.setText(title)
        self.summary_label.setText(summary)
