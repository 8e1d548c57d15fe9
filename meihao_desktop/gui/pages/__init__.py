"""The workbench pages shown in the main window's navigation, in order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from meihao_desktop.gui.context import AppContext


def build_pages(context: AppContext) -> list[tuple[str, str, QWidget]]:
    """(key, title, widget) for each page; imported lazily after the first paint."""
    from meihao_desktop.gui.pages.communities import CommunitiesPage
    from meihao_desktop.gui.pages.inspections import InspectionsPage
    from meihao_desktop.gui.pages.ledger import LedgerPage
    from meihao_desktop.gui.pages.summary import SummaryPage

    translate = QCoreApplication.translate
    return [
        ("communities", translate("Pages", "Communities"), CommunitiesPage(context)),
        ("inspections", translate("Pages", "Inspections"), InspectionsPage(context)),
        ("ledger", translate("Pages", "Rectification Ledger"), LedgerPage(context)),
        ("summary", translate("Pages", "Compile"), SummaryPage(context)),
    ]
