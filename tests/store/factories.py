"""Rows the store tests need as a starting point."""

from __future__ import annotations

from datetime import date

from meihao_desktop.store import Campaign, Community, Database, Inspection, Inspector


def add_inspection(database: Database) -> str:
    """Store a community, campaign, inspector and one inspection; return the inspection id."""
    with database.session() as session:
        community = Community(name="幸福里小区", district="鼓楼区")
        campaign = Campaign(
            name="2025 美好家园", year=2025, standard_id="std", standard_version="1"
        )
        inspector = Inspector(name="王芳")
        session.add_all([community, campaign, inspector])
        session.flush()
        inspection = Inspection(
            community_id=community.id,
            campaign_id=campaign.id,
            inspector_id=inspector.id,
            visit_date=date(2025, 5, 1),
        )
        session.add(inspection)
        session.commit()
        return inspection.id
