"""The main window's menu entries for exchanging data and reading the change history:

文件 → 导出数据包… / 导入数据包… / 导出汇总表 (Excel)…; 工具 → 导入评分标准 (Excel)… /
导出评分标准 (Excel)…; 视图 → 操作记录….

Imported by ``gui.app`` before the first paint, so nothing of the data layer is
imported here at module level: each entry imports what it needs when chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.gui.main_window import MainWindow


def connect_exchange_menus(window: MainWindow) -> None:
    for signal, action in (
        (window.exportPackageRequested, export_package),
        (window.importPackageRequested, import_package),
        (window.exportSummaryRequested, export_summary),
        (window.importStandardRequested, import_standard),
        (window.exportStandardRequested, export_standard),
        (window.auditLogRequested, open_audit_log),
    ):
        signal.connect(partial(_with_context, window, action))


def _with_context(window: MainWindow, action: Callable[[MainWindow, AppContext], object]) -> None:
    """Run ``action`` if a database is open (the menus exist before it is)."""
    context: AppContext | None = getattr(window, "context", None)
    if context is not None:
        action(window, context)


def export_package(window: MainWindow, context: AppContext) -> QWidget | None:
    from meihao_desktop.gui.exchange.export_flow import ask_export_package, scope_from_window

    return ask_export_package(window, context, scope_from_window(window, context))


def import_package(window: MainWindow, context: AppContext) -> None:
    from meihao_desktop.gui.exchange.import_flow import ask_import_package

    ask_import_package(window, context, partial(reopen_database, window))


def reopen_database(window: MainWindow) -> None:
    """After an import: open the database again (every page reads the new rows) and go
    back to the page that was shown."""
    from meihao_desktop.gui.app import open_database

    row = window.navigation.currentRow()
    if open_database(window, window.database_path) is not None and row >= 0:
        window.navigation.setCurrentRow(row)


def export_summary(window: MainWindow, context: AppContext) -> QWidget | None:
    """The campaign and filters the 汇总 page shows, else the latest campaign."""
    from meihao_desktop.domain.errors import MeihaoError
    from meihao_desktop.gui.compile.summary_export import ask_export_summary
    from meihao_desktop.gui.errors import show_error
    from meihao_desktop.gui.pages.summary import SummaryPage

    page = window.page("summary")
    if isinstance(page, SummaryPage) and page.campaign_id():
        return ask_export_summary(
            window, context, page.campaign_id(), page.district(), page.street()
        )
    try:
        campaign_id = context.services.compile.latest_campaign_id()
    except MeihaoError as error:
        show_error(window, error)
        return None
    return ask_export_summary(window, context, campaign_id)


def import_standard(window: MainWindow, context: AppContext) -> None:
    from meihao_desktop.gui.exchange.standards_flow import ask_import_standard

    ask_import_standard(window, context)


def export_standard(window: MainWindow, context: AppContext) -> None:
    from meihao_desktop.gui.exchange.standards_flow import ask_export_standard

    ask_export_standard(window, context)


def open_audit_log(window: MainWindow, context: AppContext) -> QWidget:
    from meihao_desktop.gui.audit.audit_dialog import open_audit_dialog

    return open_audit_dialog(context, window)
