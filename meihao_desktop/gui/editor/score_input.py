"""The score input of one item, fitting its scale: a points box with quick buttons, or
level buttons (好/较好/一般/差); plus the 不适用 (N/A) toggle.

Points are typed (0 to the maximum, in the scale's steps) and saved after a short pause,
on Enter or when the item changes; a click on a quick button, a level or N/A is saved at
once. Whatever the user picks leaves as ``scoreChosen(ScoreValue)``; the editor turns it
into an undoable command.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from meihao_desktop.domain.scoring import level_points
from meihao_desktop.domain.standards import Item, ScaleKind
from meihao_desktop.gui.editor.state import UNSCORED, ScoreValue
from meihao_desktop.gui.editor.tree_model import points_text

POINTS_DELAY_MS = 400
NUMBER = re.compile(r"^\d{0,3}(\.\d{0,2})?$")


def parse_typed(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        return None


class PointsValidator(QValidator):
    """Accepts 0 … maximum in whole steps; "8." and "" are on the way (intermediate)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.maximum = Decimal(10)
        self.step = Decimal("0.5")

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip()
        if not NUMBER.match(stripped):
            return QValidator.State.Invalid, text, pos
        value = parse_typed(stripped)
        if value is None:  # "" or "."
            return QValidator.State.Intermediate, text, pos
        if value > self.maximum:
            return QValidator.State.Invalid, text, pos
        if stripped.endswith(".") or value % self.step != 0:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class PointsEdit(QLineEdit):
    """The points box: Up/Down change the points by one step, Enter saves and moves on."""

    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points_validator = PointsValidator(self)
        self.setValidator(self.points_validator)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        validator = self.points_validator
        current = parse_typed(self.text())
        # From empty, start at full marks: the most common score.
        value = validator.maximum if current is None else current + direction * validator.step
        value = min(max(value, Decimal(0)), validator.maximum)
        self.setText(points_text(value))
        self.textEdited.emit(self.text())


class ScoreInput(QWidget):
    """Points box + quick buttons, or level buttons, and the N/A toggle, for one item."""

    scoreChosen = Signal(object)  # ScoreValue
    advanceRequested = Signal()  # Enter in the points box: next item, please

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.value: ScoreValue = UNSCORED
        self.points_edit = PointsEdit(self)
        self.points_edit.setObjectName("pointsEdit")
        self.points_edit.setFixedWidth(72)
        self.points_edit.setToolTip(
            self.tr(
                "Points: type them (digit keys work anywhere in the editor), "
                "Up/Down change by one step, Enter saves and goes to the next item"
            )
        )
        self.points_edit.textEdited.connect(self._typed)
        self.points_edit.entered.connect(self._enter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(POINTS_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.na_button = QPushButton(self.tr("N/A"), self)
        self.na_button.setObjectName("naButton")
        self.na_button.setCheckable(True)
        self.na_button.setToolTip(self.tr("The item does not apply to this community (Ctrl+D)"))
        self.na_button.clicked.connect(self._na_clicked)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("clearScoreButton")
        self.clear_button.setToolTip(
            self.tr("Back to unscored (Delete on the item tree or the score buttons)")
        )
        self.clear_button.clicked.connect(self.clear)
        self._buttons: list[QPushButton] = []
        self._choices: list[ScoreValue] = []  # what each button sets
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.points_edit)
        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(2)
        self._layout.addLayout(self._button_row)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self._layout.addWidget(self.na_button)
        self._shape: tuple[object, ...] = ()

    # -- showing an item ---------------------------------------------------------------

    def show_item(self, item: Item, value: ScoreValue, editable: bool) -> None:
        self._timer.stop()
        self.item = item
        validator = self.points_edit.points_validator
        validator.maximum, validator.step = item.max_points, item.scale.step
        shape = (item.scale.id, item.scale.kind, item.max_points, item.scale.step)
        if shape != self._shape:  # rebuilding buttons costs; items mostly share a scale
            self._shape = shape
            self._build_buttons(item)
        self.points_edit.setVisible(item.scale.kind is ScaleKind.POINTS)
        self.na_button.setEnabled(editable and item.na_allowed)
        self.points_edit.setReadOnly(not editable)
        self.clear_button.setEnabled(editable)
        for button in self._buttons:
            button.setEnabled(editable)
        self.show_value(value)

    def show_value(self, value: ScoreValue) -> None:
        """Show ``value`` (after an edit, an undo …) without disturbing typing in progress."""
        self.value = value
        typed = parse_typed(self.points_edit.text())
        if typed != value.points or value.na or value.level is not None:
            text = "" if value.points is None or value.na else points_text(value.points)
            if self.points_edit.text() != text:
                self.points_edit.setText(text)
        self.na_button.setChecked(value.na)
        for button, choice in zip(self._buttons, self._choices, strict=True):
            button.setChecked(self._matches(choice, value))

    @staticmethod
    def _matches(choice: ScoreValue, value: ScoreValue) -> bool:
        if value.na:
            return False
        if choice.level is not None:
            return value.level == choice.level
        return value.level is None and value.points == choice.points

    def _build_buttons(self, item: Item) -> None:
        for button in self._buttons:
            self._button_row.removeWidget(button)
            button.deleteLater()
        self._buttons, self._choices = [], []
        if item.scale.kind is ScaleKind.LEVELS:
            for number, (label, worth) in enumerate(level_points(item).items(), start=1):
                text = f"{label} {points_text(worth)}"
                tip = self.tr("{level}: {points} points (key {key})").format(
                    level=label, points=points_text(worth), key=number
                )
                self._add_button(text, tip, ScoreValue(worth, label))
        else:
            for points in quick_points(item.max_points, item.scale.step):
                tip = self.tr("{points} points").format(points=points_text(points))
                self._add_button(points_text(points), tip, ScoreValue(points))
        for button in self._buttons:
            self._button_row.addWidget(button)

    def _add_button(self, text: str, tip: str, value: ScoreValue) -> None:
        button = QPushButton(text, self)
        button.setObjectName(f"scoreButton_{value.level or value.points}")
        button.setCheckable(True)
        button.setToolTip(tip)
        if value.level is None:
            # Points are typed; eleven quick buttons would only lengthen the Tab chain.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Narrow: eleven quick buttons must fit beside the points box.
        button.setFixedWidth(max(34, button.fontMetrics().horizontalAdvance(text) + 20))
        button.clicked.connect(partial(self._button_clicked, value))
        self._buttons.append(button)
        self._choices.append(value)

    @property
    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    # -- the user picks ----------------------------------------------------------------

    def _choose(self, value: ScoreValue) -> None:
        self._timer.stop()
        self.show_value(value)
        self.scoreChosen.emit(value)

    def _button_clicked(self, value: ScoreValue, _checked: bool = False) -> None:
        if self.item is None or value == self.value:
            self.show_value(self.value)  # a second click keeps the choice (and its check)
            return
        self._choose(value)

    def clear(self) -> None:
        """Back to unscored (the clear button; Delete on the tree or the score buttons)."""
        if self.item is not None and self.clear_button.isEnabled() and self.value != UNSCORED:
            self._choose(UNSCORED)

    @Slot(bool)
    def _na_clicked(self, checked: bool) -> None:
        self._choose(ScoreValue(na=True) if checked else UNSCORED)

    def toggle_na(self) -> None:
        if self.na_button.isEnabled():
            self.na_button.click()

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _enter(self) -> None:
        if self.flush() or self._typed_value() == self.value:
            self.advanceRequested.emit()

    def _typed_value(self) -> ScoreValue | None:
        """What the points box holds: a score, UNSCORED when empty, None when unfinished."""
        text = self.points_edit.text().strip()
        if not text:
            return UNSCORED
        state, _, _ = self.points_edit.points_validator.validate(text, 0)
        if state != QValidator.State.Acceptable:
            return None
        return ScoreValue(parse_typed(text))

    @Slot()
    def flush(self) -> bool:
        """Save typed points that are complete and new; True if something was saved."""
        self._timer.stop()
        if self.item is None or self.item.scale.kind is not ScaleKind.POINTS:
            return False
        if self.points_edit.isReadOnly():
            return False
        typed = self._typed_value()
        if typed is None or typed == self.value or (typed == UNSCORED and self.value.na):
            return False
        self._choose(typed)
        return True

    def revert(self) -> None:
        """Forget unfinished typing: show the saved score again."""
        self._timer.stop()
        self.points_edit.clear()
        self.show_value(self.value)

    def type_key(self, text: str) -> bool:
        """A digit typed elsewhere in the editor: start typing points, or pick a level."""
        if self.item is None or self.points_edit.isReadOnly():
            return False
        if self.item.scale.kind is ScaleKind.LEVELS:
            if not text.isdigit() or not 1 <= int(text) <= len(self._buttons):
                return False
            self._buttons[int(text) - 1].click()
            return True
        self.points_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.points_edit.setText(text)  # replaces the old score, as typing over it would
        self._typed(text)
        return True


def quick_points(maximum: Decimal, step: Decimal) -> list[Decimal]:
    """Points for the quick buttons, high to low: every whole point up to 10, else 6 marks."""
    if maximum <= 10 and Decimal(1) % step == 0:
        return [Decimal(n) for n in range(int(maximum), -1, -1)]
    marks = []
    for n in range(5, -1, -1):
        raw = maximum * n / 5
        marks.append((raw / step).to_integral_value() * step)
    return sorted(set(marks), reverse=True)
