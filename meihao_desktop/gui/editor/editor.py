"""The inspection editor: the standard's tree on the left, the chosen item on the right,
the live score on top; every edit saved at once and undoable for the whole session.

Contract for the other parts of the program:

* ``current_item_changed(inspection_id, item_code, read_only)`` fires whenever another
  item, requirement ("R7") or group ("" = no particular item) is shown, and with
  ("", "", True) when the editor closes its inspection;
* ``set_photo_widget(widget)`` puts a photo strip into the slot under the panels;
* ``problemRequested(inspection_id, item_code)`` asks whoever records problems (整改)
  to do so; call ``refresh_marks()`` afterwards (and after photos change) so the tree
  shows the new photo and problem counts.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.editor.actions import (
    EditorActions,
    add_to_toolbar,
    clear_action,
    make_action,
)
from meihao_desktop.gui.editor.commands import CheckCommand, ScoreCommand, TextCommand
from meihao_desktop.gui.editor.keys import EditorKeys
from meihao_desktop.gui.editor.layout import EditorLayout
from meihao_desktop.gui.editor.navigation import Navigator
from meihao_desktop.gui.editor.session import EditSession
from meihao_desktop.gui.editor.state import EditorState, ScoreValue
from meihao_desktop.gui.editor.submitting import EditorSubmitting
from meihao_desktop.gui.editor.tree_model import StandardTreeModel
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.signing.editor_signing import EditorSigning


class InspectionEditor(QWidget):
    """Edits one inspection at a time; ``load`` opens one, ``close_inspection`` ends it."""

    current_item_changed = Signal(str, str, bool)
    """(inspection_id, item_code, read_only): see the module docstring."""

    problemRequested = Signal(str, str)
    """(inspection_id, item_code): the user asked to record a problem (Ctrl+R)."""

    closeRequested = Signal()
    """The user asked to go back to the list (Alt+Left, Esc, the toolbar)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionEditor")
        self._context = context
        self.session = EditSession(context, self)
        self.undo_stack = QUndoStack(self)
        self.model = StandardTreeModel(self)
        self.ui = EditorLayout(self, self.model)
        self.tree = self.ui.tree
        self.item_panel = self.ui.item_panel
        self.requirement_panel = self.ui.requirement_panel
        self.header = self.ui.header
        self.navigator = Navigator(self.model)
        self._in_history = False
        self.editor_actions = self._build_actions()
        toolbar = QToolBar(self)
        toolbar.setObjectName("editorToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_to_toolbar(toolbar, self.editor_actions)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, toolbar)
        self._connect()
        self._show_index(QModelIndex())

    def _build_actions(self) -> EditorActions:
        act = partial(make_action, self)
        self.signing = EditorSigning(self._context, self)  # the dialogs behind 签名… etc.
        self.submitting = EditorSubmitting(self._context, self)
        actions = EditorActions(
            back=act("backAction", self.tr("Back to list"), ["Alt+Left"], self.closeRequested.emit),
            undo=act("undoAction", self.tr("Undo"), ["Ctrl+Z"], self.undo),
            redo=act("redoAction", self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo),
            previous=act(
                "previousAction", self.tr("Previous"), ["Ctrl+Up", "PgUp"], self.previous_item
            ),
            next=act("nextAction", self.tr("Next"), ["Ctrl+Down", "PgDown"], self.next_item),
            next_unscored=act(
                "nextUnscoredAction", self.tr("Next unscored"), ["Ctrl+J"], self.next_unscored
            ),
            not_applicable=act("naAction", self.tr("N/A"), ["Ctrl+D"], self.toggle_na),
            clear_score=clear_action(self),
            focus_text=act("focusTextAction", self.tr("Finding"), ["Ctrl+E"], self.focus_text),
            record_problem=act(
                "recordProblemAction", self.tr("Record problem"), ["Ctrl+R"], self.request_problem
            ),
            sign=act("signAction", self.tr("Sign…"), ["Ctrl+Shift+S"], self.signing.sign),
            submit=act(
                "submitAction", self.tr("Submit…"), ["Ctrl+Shift+Return"], self.submitting.submit
            ),
            unlock=act("unlockAction", self.tr("Unlock…"), [], self.signing.unlock),
            export_sheet=act(
                "exportSheetAction",
                self.tr("Export score sheet…"),
                ["Ctrl+P"],
                self.signing.export_score_sheet,
            ),
        )
        actions.undo.setEnabled(False)
        actions.redo.setEnabled(False)
        return actions

    def _connect(self) -> None:
        self.undo_stack.canUndoChanged.connect(self.editor_actions.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.editor_actions.redo.setEnabled)
        self.undo_stack.indexChanged.connect(self._describe_history)
        self.session.changed.connect(self._on_changed)
        self.session.rejected.connect(self._on_rejected)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self.focus_score)
        self.keys = EditorKeys(self)
        self.item_panel.scoreChosen.connect(self._score_chosen)
        self.item_panel.findingTextChanged.connect(self._finding_text_changed)
        self.item_panel.advanceRequested.connect(self._advance)
        self.requirement_panel.checkChosen.connect(self._check_chosen)
        self.requirement_panel.noteChanged.connect(self._note_changed)
        self.ui.problem_button.clicked.connect(self.request_problem)
        app = QApplication.instance()
        if app is not None:  # the last chance to save text typed just before quitting
            app.aboutToQuit.connect(self.flush)

    # -- opening and closing -------------------------------------------------------

    @property
    def state(self) -> EditorState | None:
        return self.session.state

    @property
    def inspection_id(self) -> str:
        return "" if self.state is None else self.state.inspection_id

    @property
    def read_only(self) -> bool:
        return self.state is None or self.state.locked

    @property
    def current_code(self) -> str:
        return str(self.tree.currentIndex().data(StandardTreeModel.CodeRole) or "")

    def load(self, inspection_id: str) -> bool:
        """Open ``inspection_id`` (saving the one open before); False if it cannot be read."""
        self.flush()
        inspections = self._context.services.inspections
        try:
            state = EditorState.from_detail(
                inspections.detail(inspection_id),
                inspections.community_facts(inspection_id),
                inspections.item_marks(inspection_id),
            )
        except MeihaoError as error:
            show_error(self, error)
            return False
        self.undo_stack.clear()
        self.session.state = state
        self.model.set_state(state, state.result())
        self.tree.expandAll()
        self.ui.show_status(state.summary.status)
        for action in self.editor_actions.editing:
            action.setEnabled(not state.locked)
        self.editor_actions.show_status(state.summary.status)
        self.header.show_inspection(state.summary)
        self.header.show_result(state.result())
        first = self.navigator.first_undone(state) or self.navigator.first()
        self.select(first)
        return True

    def close_inspection(self) -> None:
        """Save what is typed and show nothing; the undo history ends here."""
        self.flush()
        self.undo_stack.clear()
        self.session.state = None
        self.model.set_state(None, None)
        self._show_index(QModelIndex())

    def flush(self) -> None:
        """Save typed points and text that are not saved yet."""
        if self.state is not None and not self.state.locked:
            self.item_panel.flush()
            self.requirement_panel.flush()

    def refresh_marks(self) -> None:
        """Photos or problems changed (another part of the program): show the counts."""
        if self.state is None:
            return
        try:
            marks = self._context.services.inspections.item_marks(self.state.inspection_id)
        except MeihaoError as error:
            show_error(self, error)
            return
        changed = marks.keys() | self.state.marks.keys()
        self.state.marks = marks
        for code in changed:
            self.model.refresh(code)

    def set_photo_widget(self, widget: QWidget) -> None:
        """Put ``widget`` (the photo strip) into the slot under the item panel."""
        self.ui.set_photo_widget(widget)

    def hideEvent(self, event: QHideEvent) -> None:
        # The window closing, another page or the list shown: typed text is saved now.
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    # -- showing the current item --------------------------------------------------

    def select(self, code: str) -> None:
        index = self.model.index_of(code)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()
        self._show_index(current)

    def _show_index(self, index: QModelIndex) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.ui.panels.isAncestorOf(focus)
        code = self.ui.show_node(self.state, index, self.model)
        self.ui.problem_button.setEnabled(self.state is not None and not self.state.locked)
        focus = QApplication.focusWidget()
        if had_focus and (focus is None or not focus.isVisible()):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.state is None:
            self.current_item_changed.emit("", "", True)
        else:
            self.current_item_changed.emit(self.state.inspection_id, code, self.state.locked)

    # -- edits become commands -----------------------------------------------------

    @Slot(str, object)
    def _score_chosen(self, code: str, value: ScoreValue) -> None:
        if self.state is not None and self.state.items[code].score != value:
            old = self.state.items[code].score
            self.undo_stack.push(ScoreCommand(self.session, code, old, value))

    @Slot(str, str)
    def _finding_text_changed(self, code: str, text: str) -> None:
        if self.state is not None and self.state.items[code].text != text:
            old = self.state.items[code].text
            self.undo_stack.push(TextCommand(self.session, "finding", code, old, text))

    @Slot(str, object)
    def _check_chosen(self, code: str, passed: bool | None) -> None:
        if self.state is not None and self.state.checks[code].passed is not passed:
            old = self.state.checks[code].passed
            self.undo_stack.push(CheckCommand(self.session, code, old, passed))

    @Slot(str, str)
    def _note_changed(self, code: str, note: str) -> None:
        if self.state is not None and self.state.checks[code].note != note:
            old = self.state.checks[code].note
            self.undo_stack.push(TextCommand(self.session, "note", code, old, note))

    @Slot(str, bool)
    def _on_changed(self, code: str, reveal: bool) -> None:
        assert self.state is not None
        self.model.refresh(code)
        result = self.state.result()
        self.header.show_result(result)
        self.model.set_result(result)
        if reveal and code != self.current_code:
            self.select(code)  # shows the item afresh
        elif code == self.current_code:
            self.ui.show_entry(self.state, code)

    @Slot(str)
    def _on_rejected(self, code: str) -> None:
        if self._in_history and self.state is not None:
            # Undo or redo could not be saved: the history no longer matches the
            # database, so start again from what is saved.
            QTimer.singleShot(0, self, partial(self.load, self.state.inspection_id))
        elif self.state is not None and code == self.current_code:
            self.ui.show_entry(self.state, code)

    # -- the user's commands ---------------------------------------------------------

    @Slot()
    def _describe_history(self) -> None:
        """The undo and redo buttons say what they would undo or redo."""
        stack = self.undo_stack
        self.editor_actions.undo.setToolTip(
            self.tr("Undo: {what} (Ctrl+Z)").format(what=stack.undoText() or "—")
        )
        self.editor_actions.redo.setToolTip(
            self.tr("Redo: {what} (Ctrl+Shift+Z / Ctrl+Y)").format(what=stack.redoText() or "—")
        )

    def undo(self) -> None:
        self.flush()
        self._in_history = True
        try:
            self.undo_stack.undo()
        finally:
            self._in_history = False

    def redo(self) -> None:
        self.flush()
        self._in_history = True
        try:
            self.undo_stack.redo()
        finally:
            self._in_history = False

    def next_item(self) -> None:
        self.select(self.navigator.after(self.tree.currentIndex()))

    def previous_item(self) -> None:
        self.select(self.navigator.before(self.tree.currentIndex()))

    def next_unscored(self) -> None:
        code = self.navigator.next_undone(self.tree.currentIndex(), self.state)
        if code:
            self.select(code)

    def toggle_na(self) -> None:
        if self.ui.panels.currentWidget() is self.item_panel and not self.read_only:
            self.item_panel.score_input.toggle_na()

    def clear_score(self) -> None:
        """Delete on the tree or the score buttons: the item back to unscored (the
        requirement back to unchecked), as one undoable step."""
        if self.read_only:
            return
        current = self.ui.panels.currentWidget()
        if current is self.item_panel:
            self.item_panel.score_input.clear()
        elif current is self.requirement_panel:
            self.requirement_panel.type_key("0")

    def focus_text(self) -> None:
        current = self.ui.panels.currentWidget()
        if current is self.item_panel:
            self.item_panel.focus_text()
        elif current is self.requirement_panel:
            self.requirement_panel.focus_text()

    @Slot()
    def focus_score(self) -> None:
        """Enter on the tree: into the score input of the item (or the check buttons)."""
        self.ui.focus_score()

    def request_problem(self) -> None:
        if self.state is not None and not self.state.locked:
            self.flush()
            self.problemRequested.emit(self.state.inspection_id, self.current_code)

    @Slot()
    def _advance(self) -> None:
        """Enter in the points box: saved; on to the next item, ready for its points."""
        self.next_item()
        if self.ui.panels.currentWidget() is self.item_panel:
            self.ui.focus_score()

    # -- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.handle(event):  # digits, Esc: see ``keys``
            super().keyPressEvent(event)
