"""The main window's 文件 → 新建评选活动…: the inspections page's campaign dialog.

Imported when the entry is chosen, so nothing here slows the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meihao_desktop.gui.campaigns.campaign_dialog import CampaignDialog
    from meihao_desktop.gui.main_window import MainWindow


def new_campaign(window: MainWindow) -> CampaignDialog | None:
    """Show the inspections page and its 新建评选活动 dialog; nothing before a database
    is open (there is nowhere to store the campaign yet)."""
    if getattr(window, "context", None) is None:
        return None
    from meihao_desktop.gui.pages.inspections import InspectionsPage

    page = window.show_page("inspections")
    assert isinstance(page, InspectionsPage)
    return page.new_campaign()
