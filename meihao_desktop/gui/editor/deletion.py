"""删除考察 on the inspections list: the confirmation, the deletion, and its undo.

The confirmation names the community, the inspector and the visit date and counts what
goes with the inspection (scores, checks, photos, problems). A signed inspection is
refused with the service's reason (unlock it first). After a deletion a bar above the
list offers 撤销 (also Ctrl+Z on the list) for as long as the page lives: the service
hands back the deleted rows and puts them back unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from meihao_desktop.services.inspection_deletion import DeletedInspection, DeletionPreview


class UndoBar(QFrame):
    """ "Deleted …  [Undo (Ctrl+Z)] [×]": shown after a deletion, above the list."""

    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletionUndoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#deletionUndoBar { background: #fff3cd; }")
        self.label = QLabel(self)
        self.label.setObjectName("deletionUndoLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.undo_button.setObjectName("undoDeletionButton")
        self.undo_button.clicked.connect(self.undoRequested)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setObjectName("dismissUndoBarButton")
        self.close_button.setToolTip(self.tr("Hide this bar; Ctrl+Z on the list still undoes"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_deleted(self, description: str) -> None:
        self.label.setText(self.tr("Deleted the inspection {what}.").format(what=description))
        self.show()


class InspectionDeletion(QObject):
    """Deletes inspections for the list and keeps what is needed to undo, newest last."""

    changed = Signal(str)
    """(inspection id to select, "" for none): the list must be read again."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.deleted: list[DeletedInspection] = []
        self.bar = UndoBar(parent)
        self.bar.undoRequested.connect(self.undo)
        self.confirmation: QMessageBox | None = None  # the one open last (tests read it)

    def ask(self, inspection_id: str) -> QMessageBox | None:
        """Ask before deleting ``inspection_id``; a signed one gets the reason it cannot."""
        if not inspection_id:
            return None
        try:
            preview = self._context.services.inspections.deletion_preview(inspection_id)
        except MeihaoError as error:
            show_error(self._parent, error)
            return None
        box = QMessageBox(self._parent)
        box.setObjectName("deleteInspectionBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete Inspection"))
        box.setText(
            self.tr("Delete the inspection of {community}?").format(community=preview.community)
        )
        box.setInformativeText(self._what_goes(preview))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter must not delete by accident
        box.setEscapeButton(cancel)

        @Slot(QAbstractButton)
        def clicked(button: QAbstractButton) -> None:
            if button is delete:
                self.delete(inspection_id)

        box.buttonClicked.connect(clicked)
        self.confirmation = box
        box.open()
        return box

    def _what_goes(self, preview: DeletionPreview) -> str:
        lines = [
            self.tr("Inspector: {inspector}").format(inspector=preview.inspector),
            self.tr("Visit date: {date}").format(date=preview.visit_date.isoformat()),
            "",
            self.tr(
                "Deleted with it: {findings} scored items and findings, {checks} requirement "
                "checks, {photos} photos, {problems} problems to rectify."
            ).format(
                findings=preview.findings,
                checks=preview.requirement_checks,
                photos=preview.photos,
                problems=preview.problems,
            ),
        ]
        if preview.photos_in_trash:
            lines.append(
                self.tr("Also {count} photos in its trash.").format(count=preview.photos_in_trash)
            )
        if preview.problems_closed:
            lines.append(
                self.tr("{count} of the problems are already closed (verified).").format(
                    count=preview.problems_closed
                )
            )
        if preview.signatures:
            lines.append(
                self.tr("And {count} signatures of an earlier, unlocked signing.").format(
                    count=preview.signatures
                )
            )
        lines += [
            "",
            self.tr(
                "Until the program is closed or another database opened, Ctrl+Z on the list "
                "undoes this; every deleted record is kept in the change history."
            ),
        ]
        return "\n".join(lines)

    def delete(self, inspection_id: str) -> bool:
        try:
            deleted = self._context.services.inspections.delete(inspection_id)
        except MeihaoError as error:
            show_error(self._parent, error)
            return False
        self.deleted.append(deleted)
        self._context.save_state.saved()
        self.bar.show_deleted(deleted.description)
        self.changed.emit("")
        return True

    @Slot()
    def undo(self) -> bool:
        """Put back the inspection deleted last; False if there is none or it cannot be."""
        if not self.deleted:
            return False
        deleted = self.deleted.pop()
        try:
            self._context.services.inspections.restore(deleted)
        except MeihaoError as error:
            # Its community is gone, or a package brought it back: it never can be.
            show_error(self._parent, error)
            restored = False
        else:
            self._context.save_state.saved()
            restored = True
        if self.deleted:
            self.bar.show_deleted(self.deleted[-1].description)
        else:
            self.bar.hide()
        self.changed.emit(deleted.inspection_id if restored else "")
        return restored
