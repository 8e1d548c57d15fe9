"""Services: the one API both the GUI and the CLI use. No Qt here.

Screens and commands call services; services use the one ``Database`` they are given.
"""

from __future__ import annotations

from dataclasses import dataclass

from meihao_desktop.services.audit import Actor
from meihao_desktop.services.catalog import StandardsCatalog, default_catalog
from meihao_desktop.services.communities import CommunityService
from meihao_desktop.services.inspections import InspectionService
from meihao_desktop.services.people import CampaignService, InspectorService
from meihao_desktop.services.rectifications import RectificationService
from meihao_desktop.store.db import Database


@dataclass
class Services:
    db: Database
    catalog: StandardsCatalog
    communities: CommunityService
    inspections: InspectionService
    inspectors: InspectorService
    campaigns: CampaignService
    rectifications: RectificationService

    @classmethod
    def create(
        cls, db: Database, actor: Actor, catalog: StandardsCatalog | None = None
    ) -> Services:
        catalog = catalog or default_catalog()
        return cls(
            db=db,
            catalog=catalog,
            communities=CommunityService(db, actor),
            inspections=InspectionService(db, actor, catalog),
            inspectors=InspectorService(db, actor),
            campaigns=CampaignService(db, actor, catalog),
            rectifications=RectificationService(db, actor, catalog),
        )


__all__ = ["Actor", "Services", "StandardsCatalog"]
