"""A laptop's own community, paired with the bureau's by name, is compared field by field:
the bureau's row is the register. What the laptop left empty never counts and never
blanks the bureau's; what it fills where the bureau's is empty is taken; only a field
both filled differently is a conflict.

The bureau has the full 阳光花园 (address 朝阳中路 18 号, 新南街道, the eligibility facts);
the laptop typed in the name and district only, sometimes a little more.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import col, select

from meihao_desktop.exchange import Action, apply_package, read_package
from meihao_desktop.exchange.natural_keys import MatchKind
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Actor, Services
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import AuditEntry, Community
from tests.exchange.conftest import BUREAU, FACTS, Laptop
from tests.exchange.test_natural_keys import ADDRESS, Site, import_into, inspect, open_site

PHONE = "0518-85550000"


def bare_site(folder: Path, **fields: Any) -> Site:
    """周雯's laptop: 阳光花园 with only its name, district and ``fields``."""
    folder.mkdir(parents=True)
    path = folder / "meihao.sqlite"
    db = Database.open(path)
    actor = Actor("周雯", "test")
    services = Services.create(db, actor)
    laptop = Laptop("周雯", db, services, PhotoStore.beside(path), folder / "keys", actor)
    sunshine = services.communities.create(name="阳光花园", district="海州区", **fields)
    campaign = services.campaigns.create("2024年美好家园", 2024, "meihao-2024", "海州区")
    site = Site(laptop, sunshine.id, campaign.id)
    inspect(site, "周雯", "8", {})
    return site


@pytest.fixture
def bureau(tmp_path: Path) -> Iterator[Site]:
    site = open_site(tmp_path / "bureau", "刘科长", BUREAU)
    yield site
    site.laptop.db.close()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Site]]:
    opened: list[Site] = []
    yield opened
    for site in opened:
        site.laptop.db.close()


def community(site: Site) -> dict[str, Any]:
    return site.laptop.services.communities.get(site.sunshine).model_dump()


def audit_of(site: Site, action: str) -> list[tuple[str | None, str | None, str | None]]:
    with site.laptop.db.session() as session:
        entries = session.exec(
            select(AuditEntry)
            .where(AuditEntry.entity_id == site.sunshine, AuditEntry.action == action)
            .order_by(col(AuditEntry.field))
        ).all()
    return [(e.field, e.old, e.new) for e in entries]


def test_a_bare_community_pairs_without_conflict_and_changes_nothing_at_the_bureau(
    bureau: Site, laptops: list[Site], tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a", address=" 朝阳中路18号")  # same address, spaced apart
    laptops.append(laptop)
    before = community(bureau)
    package = laptop.laptop.export(tmp_path / "周雯.meihao")

    preview = read_package(package, bureau.laptop.db)
    assert not preview.conflicts
    assert preview.counts["community"] == {Action.UNCHANGED: 1}
    [match, _campaign] = preview.matches
    assert (match.kind, match.local_id) == (MatchKind.MERGED, bureau.sunshine)
    assert preview.changes_anything  # the pairing is remembered
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU)

    assert community(bureau) == before  # version and updated_at included
    again = read_package(package, bureau.laptop.db)
    assert [m.kind for m in again.matches] == [MatchKind.REMEMBERED, MatchKind.REMEMBERED]
    assert not again.changes_anything


def test_a_field_only_the_laptop_filled_is_taken_without_conflict(
    bureau: Site, laptops: list[Site], tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a", address=ADDRESS, contact_phone=PHONE)
    laptops.append(laptop)
    before = community(bureau)
    package = laptop.laptop.export(tmp_path / "周雯.meihao")

    preview = read_package(package, bureau.laptop.db)
    assert not preview.conflicts
    assert preview.counts["community"] == {Action.UPDATE: 1}
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU)

    after = community(bureau)
    assert after["contact_phone"] == PHONE
    assert {k: v for k, v in after.items() if k not in ("contact_phone", "updated_at")} == {
        **{k: v for k, v in before.items() if k not in ("contact_phone", "updated_at")},
        "version": before["version"] + 1,
    }
    assert audit_of(bureau, "update") == [("contact_phone", "", PHONE)]
    assert not read_package(package, bureau.laptop.db).changes_anything


@pytest.mark.parametrize("choice", ["local", "incoming"])
def test_a_real_disagreement_is_a_conflict_that_never_blanks_the_bureau(
    choice: str, bureau: Site, laptops: list[Site], tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a", address="朝阳中路 20 号", contact_phone=PHONE)
    laptops.append(laptop)
    before = community(bureau)
    preview = read_package(laptop.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)

    [conflict] = preview.conflicts
    # Only the address: the phone fills the bureau's blank, and the laptop's blanks
    # (street, facts) are no difference.
    assert [(d.field, d.local, d.incoming) for d in conflict.differences] == [
        ("address", ADDRESS, "朝阳中路 20 号")
    ]
    assert conflict.local_by == BUREAU.name  # who created the bureau's row
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU, {conflict.key: choice})

    after = community(bureau)
    assert after["address"] == (ADDRESS if choice == "local" else "朝阳中路 20 号")
    assert after["contact_phone"] == PHONE  # taken whichever side is kept
    assert (after["street"], after["demonstration_level"]) == (
        "新南街道",
        FACTS["demonstration_level"],
    )
    assert (after["id"], after["created_at"]) == (before["id"], before["created_at"])
    assert audit_of(bureau, "update") == [("contact_phone", "", PHONE)]
    assert audit_of(bureau, f"conflict:{choice}")[0] == ("address", ADDRESS, "朝阳中路 20 号")


def test_later_edits_on_the_laptop_are_updates_and_conflicts_as_before(
    bureau: Site, laptops: list[Site], tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a")
    laptops.append(laptop)
    import_into(bureau, laptop.laptop.export(tmp_path / "周雯-1.meihao"))

    # Only the laptop changed it since the pairing: an update, the bureau's details kept.
    laptop.laptop.services.communities.update(laptop.sunshine, contact_phone=PHONE)
    preview = read_package(laptop.laptop.export(tmp_path / "周雯-2.meihao"), bureau.laptop.db)
    assert not preview.conflicts
    assert preview.counts["community"] == {Action.UPDATE: 1}
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU)
    assert (community(bureau)["contact_phone"], community(bureau)["address"]) == (PHONE, ADDRESS)

    # The bureau changed a field the laptop never filled: the laptop's edit still comes in.
    bureau.laptop.services.communities.update(bureau.sunshine, street="海宁街道")
    laptop.laptop.services.communities.update(laptop.sunshine, contact_phone="0518-1")
    preview = read_package(laptop.laptop.export(tmp_path / "周雯-3.meihao"), bureau.laptop.db)
    assert preview.counts["community"] == {Action.UPDATE: 1}
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU)
    assert (community(bureau)["contact_phone"], community(bureau)["street"]) == (
        "0518-1",
        "海宁街道",
    )

    # Both changed the phone: a conflict.
    bureau.laptop.services.communities.update(bureau.sunshine, contact_phone="0518-2")
    laptop.laptop.services.communities.update(laptop.sunshine, contact_phone="0518-3")
    preview = read_package(laptop.laptop.export(tmp_path / "周雯-4.meihao"), bureau.laptop.db)
    [conflict] = preview.conflicts
    assert [(d.local, d.incoming) for d in conflict.differences] == [("0518-2", "0518-3")]


def test_a_local_row_without_an_author_is_shown_as_this_laptop(
    bureau: Site, laptops: list[Site], tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a", address="朝阳中路 20 号")
    laptops.append(laptop)
    with bureau.laptop.db.engine.begin() as connection:  # a list loaded without an audit
        audit = AuditEntry.__table__  # type: ignore[attr-defined]
        connection.execute(sa.delete(audit).where(audit.c.entity_id == bureau.sunshine))
    preview = read_package(laptop.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)
    [conflict] = preview.conflicts
    assert conflict.local_by == "本机"
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU, {conflict.key: "local"})
    [versions] = [e for e in audit_of(bureau, "conflict:local") if e[0] == "version"]
    assert str(versions[1]).endswith(" 本机")


def test_the_bureau_package_back_to_a_bare_laptop_fills_it_in(
    bureau: Site, laptops: list[Site], tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a")
    laptops.append(laptop)
    import_into(bureau, laptop.laptop.export(tmp_path / "周雯.meihao"))
    package = bureau.laptop.export(tmp_path / "汇总.meihao")

    preview = read_package(package, laptop.laptop.db)
    assert not preview.conflicts
    assert preview.counts["community"] == {Action.UPDATE: 1}
    apply_package(preview, laptop.laptop.db, laptop.laptop.store, Actor("周雯", "test"))
    filled = community(laptop)
    assert (filled["id"], filled["address"], filled["street"]) == (
        laptop.sunshine,
        ADDRESS,
        "新南街道",
    )
    with laptop.laptop.db.session() as session:
        assert len(session.exec(select(Community)).all()) == 1
