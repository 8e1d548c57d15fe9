"""What every workbench screen needs: the services, the job runner, who is signed in.

Created once the database is open and handed to each page; there is no global state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.reports.batch import RenderPool
    from meihao_desktop.services import Services


class SaveState(QObject):
    """Pages call ``saved()`` after each committed edit; the status bar shows it."""

    changed = Signal(str)

    def saved(self) -> None:
        time = QDateTime.currentDateTime().toString("HH:mm:ss")
        self.changed.emit(self.tr("All changes saved ({time})").format(time=time))


@dataclass
class AppContext:
    services: Services
    jobs: JobRunner
    save_state: SaveState
    inspector_name: str
    inspector_unit: str
    show_page: Callable[[str], QWidget]
    """Switch the main window to a page by key ("communities", "inspections", "ledger",
    "summary") and return it, e.g. to open an inspection from the communities page."""
    render_pool: RenderPool | None = None
    """The application's warm worker processes for district exports (None: each export
    starts its own)."""
