"""Creating, editing and finding communities (小区)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_
from sqlmodel import col, select

from meihao_desktop.domain.community import clean_community
from meihao_desktop.domain.errors import InvalidValueError, NotFoundError
from meihao_desktop.services.audit import Actor, apply_changes, log_create
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Community, Inspection

if TYPE_CHECKING:  # openpyxl is loaded only when a spreadsheet is read
    from meihao_desktop.services.community_import import ImportOutcome, SheetPreview


class CommunityService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def create(self, **fields: Any) -> Community:
        clean = clean_community(fields)
        if not clean.get("name"):
            raise InvalidValueError("不能为空", where="小区名称")
        with self._db.session() as session:
            community = Community(**clean)
            session.add(community)
            log_create(session, self._actor, "community", community.id, community.name)
            session.commit()
            return community

    def update(self, community_id: str, **changes: Any) -> Community:
        clean = clean_community(changes)
        with self._db.session() as session:
            community = session.get(Community, community_id)
            if community is None:
                raise NotFoundError(f"没有编号为 {community_id} 的小区")
            if apply_changes(session, self._actor, community, "community", clean):
                session.commit()
            return community

    def get(self, community_id: str) -> Community:
        with self._db.session() as session:
            community = session.get(Community, community_id)
            if community is None:
                raise NotFoundError(f"没有编号为 {community_id} 的小区")
            return community

    def find(self, name: str, district: str) -> Community | None:
        """The community with this name in this district (the spreadsheet import's key)."""
        with self._db.session() as session:
            query = select(Community).where(
                Community.name == name.strip(), Community.district == district.strip()
            )
            return session.exec(query).first()

    def list(self, search: str = "") -> list[Community]:
        """Communities ordered by district and name, optionally filtered by a search text."""
        with self._db.session() as session:
            query = select(Community).order_by(col(Community.district), col(Community.name))
            if search.strip():
                pattern = f"%{search.strip()}%"
                query = query.where(
                    or_(
                        col(Community.name).like(pattern),
                        col(Community.district).like(pattern),
                        col(Community.street).like(pattern),
                        col(Community.property_company).like(pattern),
                    )
                )
            return list(session.exec(query).all())

    def inspection_counts(self) -> dict[str, int]:
        """How many inspections each community has had, by community id, in one query.

        Communities never inspected are absent (count 0).
        """
        with self._db.session() as session:
            query = select(Inspection.community_id, func.count()).group_by(
                col(Inspection.community_id)
            )
            return dict(session.exec(query).all())

    def read_sheet(
        self,
        path: Path,
        *,
        sheet: str | None = None,
        mapping: Mapping[str, str | None] | None = None,
        default_district: str = "",
    ) -> SheetPreview:
        """Preview importing a community list (.xlsx); writes nothing. File work: run it
        in the background. See ``community_import.read_community_sheet``."""
        from meihao_desktop.services.community_import import read_community_sheet

        return read_community_sheet(
            path, self._db, sheet=sheet, mapping=mapping, default_district=default_district
        )

    def apply_import(self, preview: SheetPreview) -> ImportOutcome:
        """Write the good rows of a preview the user confirmed, audited as this actor."""
        from meihao_desktop.services.community_import import apply_community_import

        return apply_community_import(preview, self._db, self._actor)
