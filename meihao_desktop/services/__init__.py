"""Services: the one API both the GUI and the CLI use. No Qt here.

Screens and commands call services; services use the one ``Database`` they are given.
"""

from __future__ import annotations

from dataclasses import dataclass

from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services.audit import Actor
from meihao_desktop.services.audit_log import AuditLogService
from meihao_desktop.services.catalog import StandardsCatalog, default_catalog
from meihao_desktop.services.communities import CommunityService
from meihao_desktop.services.compile import CompileService
from meihao_desktop.services.entered_scores import EnteredScoreService
from meihao_desktop.services.exports import ExportService
from meihao_desktop.services.inspections import InspectionService
from meihao_desktop.services.people import CampaignService, InspectorService
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.services.rectifications import RectificationService
from meihao_desktop.services.signatures import SignatureService
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
    photos: PhotoService
    signatures: SignatureService
    exports: ExportService
    compile: CompileService
    entered_scores: EnteredScoreService
    audit_log: AuditLogService

    @classmethod
    def create(
        cls, db: Database, actor: Actor, catalog: StandardsCatalog | None = None
    ) -> Services:
        catalog = catalog or default_catalog()
        photo_store = PhotoStore.beside(db.path)
        return cls(
            db=db,
            catalog=catalog,
            communities=CommunityService(db, actor),
            inspections=InspectionService(db, actor, catalog),
            inspectors=InspectorService(db, actor),
            campaigns=CampaignService(db, actor, catalog),
            rectifications=RectificationService(db, actor, catalog),
            photos=PhotoService(db, actor, photo_store),
            signatures=SignatureService(db, actor, catalog),
            exports=ExportService(db, catalog, photo_store.root),
            compile=CompileService(db, catalog),
            entered_scores=EnteredScoreService(db, actor, catalog),
            audit_log=AuditLogService(db, catalog),
        )


__all__ = ["Actor", "Services", "StandardsCatalog"]
