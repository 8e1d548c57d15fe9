"""How the inspection editor is laid out, and which panel shows which node of the tree.

Kept apart from ``editor.py`` (behaviour: commands, keys, navigation) so that each
reads on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.numbers import shown
from meihao_desktop.domain.standards import ScaleKind
from meihao_desktop.gui.editor.header import ScoreHeader
from meihao_desktop.gui.editor.item_panel import ItemPanel
from meihao_desktop.gui.editor.requirement_panel import GroupPanel, RequirementPanel
from meihao_desktop.gui.editor.state import EditorState
from meihao_desktop.gui.editor.tree_model import StandardTreeModel, points_text


class EditorLayout(QObject):
    """The editor's widgets: banner, header, tree, panels, problem button, photo slot."""

    def __init__(self, editor: QWidget, model: StandardTreeModel) -> None:
        super().__init__(editor)
        self.banner = QLabel(self.tr("Signed, read-only"), editor)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #7a5a00; padding: 4px; font-weight: bold;"
        )
        self.banner.hide()
        self.header = ScoreHeader(editor)
        self.tree = self._build_tree(editor, model)
        self.empty_label = QLabel(self.tr("No inspection is open."), editor)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.item_panel = ItemPanel(editor)
        self.requirement_panel = RequirementPanel(editor)
        self.group_panel = GroupPanel(editor)
        self.panels = QStackedWidget(editor)
        self.panels.setObjectName("editorPanels")
        for panel in (self.empty_label, self.item_panel, self.requirement_panel):
            self.panels.addWidget(panel)
        self.panels.addWidget(self.group_panel)
        self.problem_button = QPushButton(self.tr("Record problem"), editor)
        self.problem_button.setObjectName("recordProblemButton")
        self.problem_button.setToolTip(
            self.tr("Record a problem to be rectified for this item (Ctrl+R)")
        )
        self.photo_slot = QWidget(editor)
        self.photo_slot.setObjectName("photoStripSlot")
        self._photo_layout = QVBoxLayout(self.photo_slot)
        self._photo_layout.setContentsMargins(0, 0, 0, 0)
        self._build(editor)

    def _build_tree(self, editor: QWidget, model: StandardTreeModel) -> QTreeView:
        tree = QTreeView(editor)
        tree.setObjectName("standardTree")
        tree.setModel(model)
        tree.setUniformRowHeights(True)  # cheap layout: all rows are one line
        tree.setAllColumnsShowFocus(True)
        tree.setAlternatingRowColors(True)
        tree.setExpandsOnDoubleClick(False)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(model.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(model.COL_SCORE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(model.COL_MARKS, QHeaderView.ResizeMode.Fixed)
        width = tree.fontMetrics().horizontalAdvance("00.00  ")
        header.resizeSection(model.COL_SCORE, max(width, 56))
        header.resizeSection(
            model.COL_MARKS, tree.fontMetrics().horizontalAdvance("照片 99 · 问题 9")
        )
        return tree

    def _build(self, editor: QWidget) -> None:
        right = QWidget(editor)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.panels, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.problem_button)
        right_layout.addLayout(bottom)
        right_layout.addWidget(self.photo_slot)
        splitter = QSplitter(Qt.Orientation.Horizontal, editor)
        splitter.setObjectName("editorSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def set_photo_widget(self, widget: QWidget) -> None:
        while (old := self._photo_layout.takeAt(0)) is not None:
            if (old_widget := old.widget()) is not None and old_widget is not widget:
                old_widget.setParent(None)
        self._photo_layout.addWidget(widget)
        widget.show()  # added after the editor was shown: not shown by itself

    def show_status(self, status: str) -> None:
        """The read-only banner: signed, or submitted to the bureau; none for a draft."""
        if status == "submitted":
            self.banner.setText(self.tr("Submitted to the bureau, read-only"))
        else:
            self.banner.setText(self.tr("Signed, read-only"))
        self.banner.setVisible(status != "draft")

    def show_node(
        self, state: EditorState | None, index: QModelIndex, model: StandardTreeModel
    ) -> str:
        """Show the panel for ``index``; returns the code shown ("" for a group or nothing)."""
        if state is None or not index.isValid():
            self.panels.setCurrentWidget(self.empty_label)
            return ""
        index = index.siblingAtColumn(model.COL_TITLE)
        group = model.group(index)
        if group is not None:
            title = str(index.data())
            self.group_panel.show_group(title, self._group_summary(state, index, model))
            self.panels.setCurrentWidget(self.group_panel)
            return ""
        code = str(index.data(model.CodeRole))
        editable = not state.locked
        item = state.item(code)
        if item is not None:
            self.item_panel.show_item(item, state.items[code], editable)
            self.panels.setCurrentWidget(self.item_panel)
            return code
        requirement = state.requirement(code)
        assert requirement is not None
        self.requirement_panel.show_requirement(requirement, state.checks[code], editable)
        self.panels.setCurrentWidget(self.requirement_panel)
        return code

    def _group_summary(
        self, state: EditorState, index: QModelIndex, model: StandardTreeModel
    ) -> str:
        group = model.group(index)
        assert group is not None
        done = sum(1 for code in group.children if state.is_done(code))
        if group.kind == model.KIND_REQUIREMENTS:
            return self.tr("Checked {done} of {count}").format(done=done, count=len(group.children))
        section = next(s for s in state.result().sections if s.section.code == group.code)
        score = self.tr("N/A") if section.score is None else str(shown(section.score))
        return self.tr("Weight {weight} · scored {done} of {count} · score {score}").format(
            weight=points_text(section.section.weight),
            done=done,
            count=len(group.children),
            score=score,
        )

    def show_entry(self, state: EditorState, code: str) -> None:
        """``code`` is shown and changed: refresh its panel."""
        if code in state.items and self.panels.currentWidget() is self.item_panel:
            self.item_panel.show_entry(state.items[code])
        elif code in state.checks and self.panels.currentWidget() is self.requirement_panel:
            self.requirement_panel.show_entry(state.checks[code])

    def focus_score(self) -> None:
        current = self.panels.currentWidget()
        if current is self.item_panel:
            score_input = self.item_panel.score_input
            item = score_input.item
            if item is not None and item.scale.kind is ScaleKind.POINTS:
                score_input.points_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
                score_input.points_edit.selectAll()
            elif score_input.buttons:
                score_input.buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif current is self.requirement_panel:
            self.requirement_panel.buttons[True].setFocus(Qt.FocusReason.ShortcutFocusReason)
