"""Recording a problem to rectify during an inspection, and editing one while it is open.

The inspection editor asks for the dialog with ``problemRequested(inspection_id,
item_code)``; ``open_problem_dialog`` answers it. Both dialogs share the Designer form
``forms/problem_dialog.ui`` and save through the rectification service when OK is
pressed; a refused value leaves the dialog open with the text still in it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from meihao_desktop.domain.errors import LockedError, MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_problem_dialog import Ui_ProblemDialog

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.inspections import InspectionDetail
    from meihao_desktop.services.rectifications import LedgerRow
    from meihao_desktop.store.models import Rectification

DEFAULT_DAYS_TO_RECTIFY = 30


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    # Built from parts: the type stubs of some PySide6 releases lack QDate(date).
    return QDate(value.year, value.month, value.day)


class _ProblemForm(QDialog):
    """The form both dialogs share: problem text and deadline, checked before saving."""

    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ProblemDialog()
        # uic writes no annotations.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.errorLabel.hide()
        # Enter belongs to the text (new lines); Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def set_fields(self, problem: str, deadline: date, earliest: date) -> None:
        self.ui.problemEdit.setPlainText(problem)
        self.ui.deadlineEdit.setMinimumDate(to_qdate(earliest))
        self.ui.deadlineEdit.setDate(to_qdate(deadline))
        self.ui.problemEdit.setFocus()
        self.ui.problemEdit.moveCursor(self.ui.problemEdit.textCursor().MoveOperation.End)

    @property
    def problem(self) -> str:
        return self.ui.problemEdit.toPlainText().strip()

    @property
    def deadline(self) -> date:
        return to_date(self.ui.deadlineEdit.date())

    @Slot()
    def accept(self) -> None:
        if not self.problem:
            self.ui.errorLabel.setText(self.tr("Describe the problem first."))
            self.ui.errorLabel.show()
            self.ui.problemEdit.setFocus()
            return
        try:
            self._save()
        except MeihaoError as error:
            show_error(self, error)
            return
        self.context.save_state.saved()
        super().accept()

    def _save(self) -> None:
        raise NotImplementedError


class ProblemDialog(_ProblemForm):
    """Record a problem found on ``item_code`` (None: not about one item) of an inspection.

    Raises ``MeihaoError`` when the inspection does not exist or is signed (read-only).
    ``rectification`` holds the recorded problem once the dialog is accepted.
    """

    def __init__(
        self,
        context: AppContext,
        inspection_id: str,
        item_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        detail = context.services.inspections.detail(inspection_id)
        if detail.locked:
            raise LockedError(
                self.tr("The inspection is signed: problems can no longer be recorded on it."),
                where=detail.summary.community,
            )
        self.inspection_id = inspection_id
        self.item_code = item_code
        self.rectification: Rectification | None = None
        self._show_inspection(detail)
        finding = detail.findings.get(item_code) if item_code else None
        visit = detail.summary.visit_date
        problem = finding.text if finding is not None else ""
        self.set_fields(problem, visit + timedelta(days=DEFAULT_DAYS_TO_RECTIFY), visit)

    def _show_inspection(self, detail: InspectionDetail) -> None:
        summary = detail.summary
        self.ui.inspectionLabel.setText(
            self.tr("{community} · {inspector} · visited {date}").format(
                community=summary.community,
                inspector=summary.inspector,
                date=summary.visit_date.isoformat(),
            )
        )
        if self.item_code is None:
            self.ui.itemLabel.setText(self.tr("(not about a single item)"))
            return
        item = detail.standard.item(self.item_code)
        text = self.item_code if item is None else f"{item.code} {item.text}"
        self.ui.itemLabel.setText(text)

    def _save(self) -> None:
        self.rectification = self.context.services.rectifications.record(
            self.inspection_id, self.item_code, self.problem, self.deadline
        )


class EditProblemDialog(_ProblemForm):
    """Correct an open problem's text or move its deadline."""

    def __init__(
        self, context: AppContext, row: LedgerRow, item_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit Problem"))
        self.row = row
        self.ui.inspectionLabel.setText(
            self.tr("{community} · {inspector} · visited {date}").format(
                community=row.community,
                inspector=row.inspector,
                date=row.visit_date.isoformat(),
            )
        )
        self.ui.itemLabel.setText(item_text or self.tr("(not about a single item)"))
        deadline = row.deadline or row.visit_date + timedelta(days=DEFAULT_DAYS_TO_RECTIFY)
        self.set_fields(row.problem, deadline, row.visit_date)

    def _save(self) -> None:
        self.context.services.rectifications.update(
            self.row.id, problem=self.problem, deadline=self.deadline
        )


def open_problem_dialog(
    context: AppContext, parent: QWidget | None, inspection_id: str, item_code: str | None
) -> Rectification | None:
    """Ask for a problem on ``item_code`` of the inspection and record it (modal).

    Returns the recorded problem, or None if the user cancelled or the inspection cannot
    take one (the reason is shown). Connect ``problemRequested`` to this.
    """
    try:
        dialog = ProblemDialog(context, inspection_id, item_code, parent)
    except MeihaoError as error:
        show_error(parent, error)
        return None
    try:
        dialog.exec()
        return dialog.rectification
    finally:
        dialog.deleteLater()
