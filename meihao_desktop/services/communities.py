"""Creating, editing and finding communities (小区)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_
from sqlmodel import col, select

from meihao_desktop.domain.community import clean_community
from meihao_desktop.domain.errors import InvalidValueError, NotFoundError
from meihao_desktop.services.audit import Actor, apply_changes, log_create
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Community


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
