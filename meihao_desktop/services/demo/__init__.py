"""A realistic demo data set: one district's campaign under way, ready to explore and export.

The four model communities of the 2024 press report (东方瑞园, 新海花园, 瑞金新村, 怡江苑)
and ten more make a district; three to five inspectors score each. One community fails
a principle requirement and one an eligibility prerequisite, as real campaigns do.

The campaign is set in the last two months (``timeline``): the earliest visits are
signed, submitted and decided by the bureau, the latest still drafts; problems found on
site are overdue, due soon, rectified with an after-photo, or closed. Most visits bring
photos home (drawn, ``pictures``) and those go through the real photo import.

The scores are written in one transaction (a bulk path, ``campaign``); everything after
them goes through the services. Deterministic: the same seed gives the same scores,
photos and decisions; only the dates follow ``today``.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from meihao_desktop.services import Services
from meihao_desktop.services.audit import Actor, log_create
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.services.demo.campaign import CAMPAIGN_SUFFIX, write_campaign
from meihao_desktop.services.demo.data import COMMUNITIES, GATE_FAILURE
from meihao_desktop.services.demo.follow_up import decide, follow_up_problems, sign_inspections
from meihao_desktop.services.demo.photos import DemoCamera, photograph_visits
from meihao_desktop.services.demo.timeline import visit_dates
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Campaign

STANDARD = "meihao-2024"


@dataclass(frozen=True)
class DemoResult:
    created: bool
    communities: int
    inspections: int
    photos: int = 0
    decisions: int = 0


def load_demo(
    db: Database,
    catalog: StandardsCatalog,
    actor: Actor,
    seed: int = 2024,
    *,
    today: date | None = None,
) -> DemoResult:
    """Fill the database with the demo campaign, unless it is already there.

    ``today``: the day the demo's dates count back from (default: today). The photos
    are stored in the photo folder beside the database. Takes a few seconds: call it
    from a background job. Should it fail after the scores are written (a full disk),
    the campaign stays without the rest, and a second call leaves it so.
    """
    standard = catalog.get(STANDARD)
    today = today or date.today()
    scores = random.Random(seed)
    with db.session() as session:
        if _already_loaded(session):
            return DemoResult(False, 0, 0)
        campaign, visits = write_campaign(session, standard, scores, visit_dates(today), actor)
        log_create(session, actor, "campaign", campaign.id, f"演示数据：{campaign.name}")
        session.commit()
        campaign_id = campaign.id
    services = Services.create(db, actor, catalog)
    # Separate generators: the scores stay the same whatever is added after them.
    story = random.Random(seed + 1)
    with tempfile.TemporaryDirectory(prefix="meihao-demo-") as folder:
        camera = DemoCamera(Path(folder), random.Random(seed + 2))
        problems = services.rectifications.list()
        photos = photograph_visits(services.photos, camera, visits, problems)
        follow_up_problems(services, camera, visits, today, story)
    sign_inspections(services, visits, story, seed)
    decisions = decide(services, campaign_id, seed)
    return DemoResult(True, len(COMMUNITIES), len(visits), photos, decisions)


def _already_loaded(session: Session) -> bool:
    """A demo campaign of any year (the name carries the year it was loaded in)."""
    query = select(Campaign.id).where(col(Campaign.name).endswith(CAMPAIGN_SUFFIX))
    return session.exec(query).first() is not None


__all__ = ["GATE_FAILURE", "DemoResult", "load_demo"]
