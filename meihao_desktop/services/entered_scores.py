"""Scores the bureau types in for composite standards (调查, 投票): set, clear, list.

A composite standard such as the 2019 文明示范小区 adds component scores that no
inspector gives on site: the resident survey and the public vote, each 0–100. The
bureau enters them per community and campaign; ``services.compile`` combines them with
the checklist total (``domain.scoring.composite_total``). Every change is audited
(entity ``entered_score``, field ``value``, old → new).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from sqlmodel import Session, select

from meihao_desktop.domain.errors import InvalidValueError, NotFoundError
from meihao_desktop.domain.numbers import HUNDRED, ZERO
from meihao_desktop.domain.standards import Component, ComponentSource
from meihao_desktop.services.audit import Actor, log_change
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Campaign, Community, EnteredScore

ENTITY = "entered_score"


def parse_entered(raw: str | Decimal | None, where: str) -> Decimal | None:
    """What a reviewer typed as a 0–100 score; ``None`` for an empty entry (clears it).

    Full-width digits (typed with a Chinese input method) are accepted.
    """
    if raw is None:
        return None
    if isinstance(raw, Decimal):
        value = raw
    else:
        text = unicodedata.normalize("NFKC", raw).strip()
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise InvalidValueError(f"{raw!r} 不是数字", where=where) from None
    if not value.is_finite() or not ZERO <= value <= HUNDRED:
        raise InvalidValueError(f"分数 {raw} 超出范围（0–100）", where=where)
    return value


class EnteredScoreService:
    def __init__(self, db: Database, actor: Actor, catalog: StandardsCatalog) -> None:
        self._db = db
        self._actor = actor
        self._catalog = catalog

    def components(self, campaign_id: str) -> tuple[Component, ...]:
        """The components of the campaign's standard whose scores are entered (may be none)."""
        with self._db.session() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise NotFoundError(f"没有编号为 {campaign_id} 的评选活动")
            standard_id = campaign.standard_id
        standard = self._catalog.get(standard_id)
        return tuple(c for c in standard.components if c.source is ComponentSource.ENTERED)

    def list(self, campaign_id: str) -> dict[str, dict[str, Decimal]]:
        """community id → component code → value, for one campaign."""
        found: dict[str, dict[str, Decimal]] = defaultdict(dict)
        with self._db.session() as session:
            query = select(EnteredScore).where(EnteredScore.campaign_id == campaign_id)
            for row in session.exec(query):
                found[row.community_id][row.component_code] = row.value
        return dict(found)

    def set(
        self,
        campaign_id: str,
        community_id: str,
        component_code: str,
        value: str | Decimal | None,
    ) -> Decimal | None:
        """Enter (or, with ``None`` or "", clear) one component score; the value stored.

        Refused unless the campaign's standard has an entered component ``component_code``
        and the value is a number from 0 to 100.
        """
        component = self._component(campaign_id, component_code)
        parsed = parse_entered(value, component.title)
        with self._db.session() as session:
            if session.get(Community, community_id) is None:
                raise NotFoundError(f"没有编号为 {community_id} 的小区")
            row = session.exec(
                select(EnteredScore).where(
                    EnteredScore.campaign_id == campaign_id,
                    EnteredScore.community_id == community_id,
                    EnteredScore.component_code == component_code,
                )
            ).first()
            if (None if row is None else row.value) != parsed:
                key = (campaign_id, community_id, component_code)
                self._write(session, row, key, parsed)
                session.commit()
        return parsed

    def _write(
        self,
        session: Session,
        row: EnteredScore | None,
        key: tuple[str, str, str],
        value: Decimal | None,
    ) -> None:
        """Create, change or delete the row, with its audit entry (old → new)."""
        old = None if row is None else row.value
        if row is None:
            assert value is not None
            campaign_id, community_id, component_code = key
            row = EnteredScore(
                campaign_id=campaign_id,
                community_id=community_id,
                component_code=component_code,
                value=value,
            )
            session.add(row)
            action = "create"
        elif value is None:
            session.delete(row)
            action = "delete"
        else:
            row.value = value
            action = "update"
        log_change(session, self._actor, ENTITY, row.id, "value", old, value, action)

    def _component(self, campaign_id: str, code: str) -> Component:
        components = self.components(campaign_id)
        found = next((c for c in components if c.code == code), None)
        if found is None:
            known = "、".join(f"{c.code}（{c.title}）" for c in components) or "无"
            raise InvalidValueError(
                f"本次评选的评分标准没有需要录入的分项 {code!r}（可录入：{known}）",
                where="录入分数",
            )
        return found
