"""The right-hand panel for one scored item: its text, guidance, score and finding text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.standards import Item
from meihao_desktop.gui.editor.score_input import ScoreInput
from meihao_desktop.gui.editor.state import ItemEntry, ScoreValue
from meihao_desktop.gui.editor.text_saver import TextSaver
from meihao_desktop.gui.editor.tree_model import points_text


def heading_font(widget: QWidget, delta: int = 2) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSize(font.pointSize() + delta)
    return font


def wrapping_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ItemPanel(QWidget):
    """Shows one item; edits leave as signals carrying the item's code."""

    scoreChosen = Signal(str, object)  # (item code, ScoreValue)
    findingTextChanged = Signal(str, str)  # (item code, text)
    advanceRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self.code = ""
        self.code_label = QLabel(self)
        self.code_label.setObjectName("itemCodeLabel")
        self.code_label.setFont(heading_font(self))
        self.scale_label = QLabel(self)
        self.scale_label.setObjectName("itemScaleLabel")
        self.text_label = wrapping_label(self, "itemTextLabel")
        self.text_label.setFont(heading_font(self, 1))
        self.guidance_label = wrapping_label(self, "itemGuidanceLabel")
        self.guidance_label.setStyleSheet("color: palette(mid);")
        self.score_input = ScoreInput(self)
        self.score_input.scoreChosen.connect(self._score_chosen)
        self.score_input.advanceRequested.connect(self.advanceRequested)
        self.finding_edit = QPlainTextEdit(self)
        self.finding_edit.setObjectName("findingEdit")
        self.finding_edit.setPlaceholderText(self.tr("What you saw on site (saved as you type)"))
        self.finding_edit.setTabChangesFocus(True)
        self.finding_edit.setToolTip(self.tr("Finding text (Ctrl+E); saved as you type"))
        self.text_saver = TextSaver(self.finding_edit, self._text_saved)
        self._build_layout()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.scale_label)
        form = QFormLayout()
        score_caption = QLabel(self.tr("&Score"), self)
        score_caption.setBuddy(self.score_input.points_edit)
        form.addRow(score_caption, self.score_input)
        layout.addLayout(form)
        text_caption = QLabel(self.tr("&Finding"), self)
        text_caption.setBuddy(self.finding_edit)
        layout.addWidget(text_caption)
        layout.addWidget(self.finding_edit, 1)

    def show_item(self, item: Item, entry: ItemEntry, editable: bool) -> None:
        """Fill the panel for ``item``; the caller has flushed the previous item."""
        self.code = item.code
        self.code_label.setText(item.code)
        self.text_label.setText(item.text)
        self.guidance_label.setText(item.guidance)
        self.guidance_label.setVisible(bool(item.guidance))
        self.scale_label.setText(
            self.tr("Full marks {points} · {scale}").format(
                points=points_text(item.max_points), scale=item.scale.title
            )
        )
        self.score_input.show_item(item, entry.score, editable)
        self.finding_edit.setReadOnly(not editable)
        self.text_saver.load(entry.text)

    def show_entry(self, entry: ItemEntry) -> None:
        """The shown item changed elsewhere (undo, a refused write): show it again."""
        self.score_input.show_value(entry.score)
        self.text_saver.load(entry.text)

    def flush(self) -> None:
        """Save whatever is typed and not saved yet (points and finding text)."""
        self.score_input.flush()
        self.text_saver.flush()

    def focus_text(self) -> None:
        self.finding_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.finding_edit.moveCursor(QTextCursor.MoveOperation.End)

    @Slot(object)
    def _score_chosen(self, value: ScoreValue) -> None:
        if self.code:
            self.scoreChosen.emit(self.code, value)

    def _text_saved(self, text: str) -> None:
        if self.code:
            self.findingTextChanged.emit(self.code, text)
