"""The workbench pages shown in the main window's navigation, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from meihao_desktop.gui.context import AppContext

if TYPE_CHECKING:
    from meihao_desktop.gui.pages.inspections import InspectionsPage


def build_pages(context: AppContext) -> list[tuple[str, str, QWidget]]:
    """(key, title, widget) for each page; imported lazily after the first paint."""
    from meihao_desktop.gui.pages.communities import CommunitiesPage
    from meihao_desktop.gui.pages.inspections import InspectionsPage
    from meihao_desktop.gui.pages.ledger import LedgerPage
    from meihao_desktop.gui.pages.summary import SummaryPage

    translate = QCoreApplication.translate
    inspections = InspectionsPage(context)
    _wire_editor(context, inspections)
    return [
        ("communities", translate("Pages", "Communities"), CommunitiesPage(context)),
        ("inspections", translate("Pages", "Inspections"), inspections),
        ("ledger", translate("Pages", "Rectification Ledger"), LedgerPage(context)),
        ("summary", translate("Pages", "Compile"), SummaryPage(context)),
    ]


def _wire_editor(context: AppContext, page: InspectionsPage) -> None:
    """Connect the editor's requests to the dialogs other packages provide, and put the
    photo strip into it."""
    from meihao_desktop.gui.ledger.problem_dialog import open_problem_dialog
    from meihao_desktop.gui.photos.strip import PhotoStrip

    editor = page.editor
    strip = PhotoStrip(context, editor)
    editor.set_photo_widget(strip)
    editor.current_item_changed.connect(strip.show_context)
    strip.photosChanged.connect(editor.refresh_marks)
    strip.attach_to(editor)  # files dropped anywhere on the editor; Ctrl+Shift+P

    def record_problem(inspection_id: str, code: str) -> None:
        if open_problem_dialog(context, editor, inspection_id, code or None) is not None:
            editor.refresh_marks()

    editor.problemRequested.connect(record_problem)
