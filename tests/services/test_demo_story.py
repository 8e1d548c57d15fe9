"""The demo shows what the program does: photos on the screens and forms, signed and draft
score sheets, the bureau's decisions, and a rectification ledger in motion.

Its dates count back from the day it is loaded; these tests read that day from the
campaign's creation time, so that a run across midnight does not fail them.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from meihao_desktop.services import Services
from meihao_desktop.services.demo import GATE_FAILURE, load_demo
from meihao_desktop.services.demo.timeline import CHINA
from meihao_desktop.services.signatures import check_png
from meihao_desktop.store.db import Database
from tests.services.conftest import TESTER

TESTS_SIGN_AND_EDIT = {"东方瑞园", "瑞金新村"}  # other tests sign these: drafts in the demo


def loaded_on(services: Services) -> date:
    [campaign] = services.campaigns.list()
    return campaign.created_at.astimezone().date()


def after_photo_ids(services: Services) -> set[str]:
    return {r.after_photo_id for r in services.rectifications.list() if r.after_photo_id}


def test_most_inspections_have_photos_with_display_copies(demo_services: Services) -> None:
    inspections = demo_services.inspections.list()
    standard = demo_services.catalog.get(inspections[0].standard_id)
    after = after_photo_ids(demo_services)
    shown = {s.id: demo_services.photos.list(s.id) for s in inspections}
    assert sum(bool(photos) for photos in shown.values()) >= len(inspections) * 2 // 3
    for summary in inspections:
        for photo in shown[summary.id]:
            paths = demo_services.photos.paths(photo)
            assert paths.original.is_file()
            assert paths.display.is_file()
            assert paths.thumb.is_file()
            assert (photo.width, photo.height) == (1600, 1200)
            assert photo.caption
            assert photo.item_code is None or standard.item(photo.item_code) is not None
            assert photo.camera
            assert photo.gps_lat is not None
            assert photo.taken_at is not None
            if photo.id not in after:  # taken on the visit's morning, in China's time
                assert photo.taken_at.astimezone(CHINA).date() == summary.visit_date


def test_recommendation_forms_show_the_gate_and_the_grounds(demo_services: Services) -> None:
    campaign_id = demo_services.compile.latest_campaign_id()
    with_both = 0
    for community in demo_services.communities.list():
        data = demo_services.exports.recommendation_data(campaign_id, community.id)
        if data.gate_photo is None:
            assert data.interior_photo is None
            continue
        assert data.interior_photo is not None
        assert "主大门" in data.gate_photo.caption
        assert "环境" in data.interior_photo.caption
        for photo in (data.gate_photo, data.interior_photo):
            assert photo.path is not None
            assert Path(photo.path).is_file()
        with_both += 1
    assert with_both >= 10


def test_the_ledger_is_in_motion_on_the_day_the_demo_was_loaded(
    demo_services: Services,
) -> None:
    today = loaded_on(demo_services)
    rows = demo_services.rectifications.list()
    overdue = [r for r in rows if r.overdue(today)]
    due_soon = [r for r in rows if r.status == "open" and 0 <= (r.days_left(today) or -1) <= 21]
    rectified = [r for r in rows if r.status == "rectified"]
    closed = [r for r in rows if r.status == "verified"]
    assert overdue
    assert due_soon
    assert rectified
    assert closed
    photos = demo_services.photos.store
    for row in rectified + closed:
        assert row.rectified_note
        assert row.rectified_at is not None
        assert row.visit_date < row.rectified_at.astimezone(CHINA).date() < today
        assert row.after_photo_sha256 is not None
        assert photos.has_derivatives(row.after_photo_sha256)
    assert all(row.verified_by for row in closed)
    visits = {s.visit_date for s in demo_services.inspections.list()}
    assert today - timedelta(days=70) < min(visits)
    assert max(visits) < today


def test_earlier_visits_are_signed_and_the_latest_are_drafts(demo_services: Services) -> None:
    inspections = demo_services.inspections.list()
    statuses = Counter(s.status for s in inspections)
    assert statuses["draft"] >= 8
    assert statuses["signed"] >= 8
    assert statuses["submitted"] >= 8
    for summary in inspections:
        signatures = demo_services.signatures.inspection_signatures(summary.id)
        if summary.status == "draft":
            assert signatures == []
            continue
        [signature] = signatures
        assert signature.signer_name == summary.inspector
        assert signature.image_png is not None
        check_png(signature.image_png)
    latest = max(s.visit_date for s in inspections)
    assert all(s.status == "draft" for s in inspections if s.visit_date == latest)
    assert all(s.status == "draft" for s in inspections if s.community in TESTS_SIGN_AND_EDIT)


def test_the_bureau_has_decided_on_the_first_communities(demo_services: Services) -> None:
    compilation = demo_services.compile.compile()
    decisions = {row.community: row.decision for row in compilation.rows if row.decision}
    assert Counter(decisions.values())["recommend"] >= 3
    assert decisions[GATE_FAILURE] == "not_recommend"
    assert decisions["锦屏家园"] == "not_recommend"  # not eligible
    assert not decisions.keys() & TESTS_SIGN_AND_EDIT
    for row in compilation.rows:
        if row.decision is None:
            continue
        if row.decision == "recommend":
            assert row.eligible
            assert row.gates_passed
        saved, signatures = demo_services.signatures.recommendation(
            compilation.campaign_id, row.community_id
        )
        assert saved is not None
        assert saved.bureau_opinion
        assert saved.company_opinion
        assert sorted(s.purpose for s in signatures) == ["bureau", "company"]
        for signature in signatures:
            assert signature.image_png is not None
            check_png(signature.image_png)


FACTS = {
    "photos": "SELECT c.name, s.name, p.sha256, p.caption, p.item_code, p.taken_at FROM photo p"
    " JOIN inspection i ON i.id = p.inspection_id JOIN community c ON c.id = i.community_id"
    " JOIN inspector s ON s.id = i.inspector_id",
    "problems": "SELECT c.name, r.item_code, r.problem, r.deadline, r.status, r.rectified_at"
    " FROM rectification r JOIN community c ON c.id = r.community_id",
    "inspections": "SELECT c.name, s.name, i.visit_date, i.status FROM inspection i"
    " JOIN community c ON c.id = i.community_id JOIN inspector s ON s.id = i.inspector_id",
    "decisions": "SELECT c.name, r.decision, r.bureau_opinion, r.company_opinion"
    " FROM recommendation r JOIN community c ON c.id = r.community_id",
    "signatures": "SELECT signer_name, role, purpose, image_png FROM signature",
}


def facts(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            name: sorted(connection.execute(query).fetchall(), key=repr)
            for name, query in FACTS.items()
        }
    finally:
        connection.close()


@pytest.mark.slow
def test_the_same_seed_and_day_give_the_same_demo(demo_services: Services, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    with Database.open(again) as db:
        load_demo(db, demo_services.catalog, TESTER, today=loaded_on(demo_services))
    assert facts(again) == facts(demo_services.db.path)


def test_every_community_has_a_description_for_its_form(demo_services: Services) -> None:
    """The recommendation form prints the 小区简介; （未填写） would make a poor demo."""
    communities = demo_services.communities.list()
    assert len(communities) == 14
    for community in communities:
        text = demo_services.communities.get(community.id).description
        assert len(text) >= 60, community.name
        assert community.name in text or "小区" in text
