"""Laptops that made their community list and campaign themselves: the bureau pairs them
with its own by name, so the compile sees one 阳光花园 with every inspector's scores.

Each database (laptop A, laptop B, the bureau) creates 「阳光花园」 and 「东方瑞园」 in 海州区
and the campaign 「2024年美好家园」 on its own, so every id differs.

Hand computation (meihao-2024: sections 20/20/40/20 of 5/4/9/7 items, each 0–10):

阳光花园
  周雯    all 8, section 三 all 9     16 + 16 + 36 + 16 = 84
  孙嘉树  all 9                       18 + 18 + 36 + 18 = 90
  mean (2 scorers, no trimming)       (84 + 90) / 2     = 87
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import col, select

from meihao_desktop.cli.main import main
from meihao_desktop.exchange import Action, apply_package, read_package
from meihao_desktop.exchange.natural_keys import MatchKind, normalised
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.compile import CompileService
from meihao_desktop.store import migrate
from meihao_desktop.store.db import Database
from meihao_desktop.store.engine import make_engine
from meihao_desktop.store.exchange_models import ExchangeAlias
from meihao_desktop.store.models import AuditEntry, Campaign, Community, Inspection
from tests.exchange.conftest import BUREAU, FACTS, Laptop, score, snapshot
from tests.exchange.crafting import manifest_of, pack, resign, unpack

SECTION_3 = {f"3.{n}": "9" for n in range(1, 10)}
ADDRESS = "朝阳中路 18 号"


@dataclass
class Site:
    """A database that made its own community list and campaign."""

    laptop: Laptop
    sunshine: str  # 阳光花园
    campaign: str
    inspector: str = ""


def open_site(folder: Path, name: str, actor: Actor, address: str = ADDRESS) -> Site:
    folder.mkdir(parents=True)
    path = folder / "meihao.sqlite"
    db = Database.open(path)
    services = Services.create(db, actor)
    laptop = Laptop(name, db, services, PhotoStore.beside(path), folder / "keys", actor)
    sunshine = services.communities.create(
        name="阳光花园", district="海州区", street="新南街道", address=address, **FACTS
    )
    services.communities.create(name="东方瑞园", district="海州区", street="新南街道", **FACTS)
    campaign = services.campaigns.create("2024年美好家园", 2024, "meihao-2024", "海州区")
    return Site(laptop, sunshine.id, campaign.id)


def inspect(site: Site, inspector: str, default: str, overrides: dict[str, str]) -> str:
    services = site.laptop.services
    site.inspector = services.inspectors.create(inspector, "海州区住建局").id
    inspection = services.inspections.start(
        site.sunshine, site.campaign, site.inspector, date(2024, 9, 3)
    )
    score(services, inspection.id, default, overrides)
    return inspection.id


def import_into(site: Site, package: Path, resolutions: dict[str, str] | None = None) -> None:
    preview = read_package(package, site.laptop.db)
    apply_package(preview, site.laptop.db, site.laptop.store, BUREAU, resolutions or {})


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site, Site]]:
    a = open_site(tmp_path / "a", "周雯", Actor("周雯", "test"))
    b = open_site(tmp_path / "b", "孙嘉树", Actor("孙嘉树", "test"))
    bureau = open_site(tmp_path / "bureau", "刘科长", BUREAU)
    inspect(a, "周雯", "8", SECTION_3)
    inspect(b, "孙嘉树", "9", {})
    yield a, b, bureau
    for site in (a, b, bureau):
        site.laptop.db.close()


@pytest.fixture
def packages(sites: tuple[Site, Site, Site], tmp_path: Path) -> tuple[Path, Path]:
    a, b, bureau = sites
    package_a = a.laptop.export(tmp_path / "周雯.meihao")
    package_b = b.laptop.export(tmp_path / "孙嘉树.meihao")
    import_into(bureau, package_a)
    import_into(bureau, package_b)
    return package_a, package_b


def rows_of(site: Site, model: type[Community] | type[Campaign]) -> list[tuple[str, str]]:
    with site.laptop.db.session() as session:
        return [(row.id, row.name) for row in session.exec(select(model)).all()]


def test_the_preview_says_which_communities_and_campaigns_are_merged(
    sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    a, _b, bureau = sites
    preview = read_package(a.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)

    assert [m.message for m in preview.matches] == [
        "包中的小区「阳光花园」（海州区）与本机已有的同名小区合并为同一小区",
        "包中的评选活动「2024年美好家园」（2024 年，海州区）与本机已有的同名评选活动合并为同一评选活动",
    ]
    assert [(m.incoming_id, m.local_id) for m in preview.matches] == [
        (a.sunshine, bureau.sunshine),
        (a.campaign, bureau.campaign),
    ]
    assert not preview.warnings
    assert not preview.conflicts
    assert preview.counts["community"] == {Action.UNCHANGED: 1}
    assert preview.counts["inspection"] == {Action.ADD: 1}


def test_the_bureau_compiles_both_inspectors_under_one_community(
    packages: object, sites: tuple[Site, Site, Site]
) -> None:
    bureau = sites[2]
    assert sorted(name for _id, name in rows_of(bureau, Community)) == ["东方瑞园", "阳光花园"]
    assert rows_of(bureau, Campaign) == [(bureau.campaign, "2024年美好家园")]
    with bureau.laptop.db.session() as session:
        places = session.exec(select(Inspection.community_id, Inspection.campaign_id)).all()
    assert places == [(bureau.sunshine, bureau.campaign)] * 2

    compiled = CompileService(bureau.laptop.db, bureau.laptop.services.catalog).compile(
        bureau.campaign
    )
    [row] = compiled.rows  # 东方瑞园 was never inspected
    assert (row.community_id, row.community) == (bureau.sunshine, "阳光花园")
    assert {s.inspector: s.total for s in row.scores} == {"周雯": 84, "孙嘉树": 90}
    assert row.aggregate is not None
    assert (row.total, row.aggregate.minimum, row.aggregate.maximum) == (87, 84, 90)
    assert row.sections == {"1": 17, "2": 17, "3": 36, "4": 17}


def test_the_pairing_is_remembered_and_importing_again_changes_nothing(
    packages: tuple[Path, Path], sites: tuple[Site, Site, Site]
) -> None:
    a, b, bureau = sites
    with bureau.laptop.db.session() as session:
        aliases = session.exec(select(ExchangeAlias)).all()
        match_entries = session.exec(select(AuditEntry).where(AuditEntry.action == "match")).all()
    assert {(x.entity, x.foreign_id, x.local_id) for x in aliases} == {
        ("community", a.sunshine, bureau.sunshine),
        ("campaign", a.campaign, bureau.campaign),
        ("community", b.sunshine, bureau.sunshine),
        ("campaign", b.campaign, bureau.campaign),
    }
    assert {(e.entity_id, e.old, e.new) for e in match_entries} >= {
        (bureau.sunshine, a.sunshine, bureau.sunshine)
    }
    before = snapshot_with_aliases(bureau.laptop.db)
    for package in packages:
        preview = read_package(package, bureau.laptop.db)
        assert set(preview.totals) == {Action.UNCHANGED}
        assert {m.kind for m in preview.matches} == {MatchKind.REMEMBERED}
        assert not apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU).changed
    assert snapshot_with_aliases(bureau.laptop.db) == before


def snapshot_with_aliases(db: Database) -> dict[str, list[tuple[str, int]]]:
    found = snapshot(db)
    with db.engine.connect() as connection:
        table = ExchangeAlias.__table__  # type: ignore[attr-defined]
        found["exchange_alias"] = sorted(
            (row.id, row.version) for row in connection.execute(sa.select(table))
        )
    return found


def test_a_later_edit_on_the_laptop_updates_the_bureau_row(
    packages: object, sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    a, _b, bureau = sites
    a.laptop.services.communities.update(a.sunshine, address="朝阳中路 20 号")
    before = bureau.laptop.services.communities.get(bureau.sunshine)
    package = a.laptop.export(tmp_path / "周雯-地址.meihao")

    preview = read_package(package, bureau.laptop.db)
    assert not preview.conflicts
    assert preview.counts["community"] == {Action.UPDATE: 1}
    assert preview.counts["inspection"] == {Action.UNCHANGED: 1}
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU)

    after = bureau.laptop.services.communities.get(bureau.sunshine)
    assert after.address == "朝阳中路 20 号"
    assert (after.id, after.created_at) == (before.id, before.created_at)
    assert after.version == before.version + 1
    assert len(rows_of(bureau, Community)) == 2
    with bureau.laptop.db.session() as session:
        audit = session.exec(
            select(AuditEntry).where(
                AuditEntry.entity_id == bureau.sunshine, AuditEntry.action == "update"
            )
        ).all()
    assert [(e.field, e.old, e.new, e.source) for e in audit] == [
        ("address", ADDRESS, "朝阳中路 20 号", f"package:{package.name}")
    ]
    # The same package again: nothing more to do.
    assert not read_package(package, bureau.laptop.db).changes_anything


@pytest.mark.parametrize("choice", ["local", "incoming"])
def test_differing_details_at_the_first_pairing_are_a_conflict(choice: str, tmp_path: Path) -> None:
    # Both sides filled the address, differently: a real disagreement. (Fields only one
    # side filled are no conflict: see test_natural_keys_fields.)
    laptop = open_site(tmp_path / "c", "周雯", Actor("周雯", "test"), address="朝阳中路十八号")
    bureau = open_site(tmp_path / "bureau", "刘科长", BUREAU)
    try:
        inspect(laptop, "周雯", "8", {})
        package = laptop.laptop.export(tmp_path / "周雯.meihao")
        preview = read_package(package, bureau.laptop.db)
        [conflict] = preview.conflicts
        assert conflict.key == f"community:{bureau.sunshine}"
        assert conflict.title == "小区 阳光花园"
        assert [(d.field, d.local, d.incoming) for d in conflict.differences] == [
            ("address", ADDRESS, "朝阳中路十八号")
        ]
        apply_package(
            preview, bureau.laptop.db, bureau.laptop.store, BUREAU, {conflict.key: choice}
        )

        address = bureau.laptop.services.communities.get(bureau.sunshine).address
        assert address == (ADDRESS if choice == "local" else "朝阳中路十八号")
        again = read_package(package, bureau.laptop.db)
        assert not again.conflicts
        assert not again.changes_anything
    finally:
        laptop.laptop.db.close()
        bureau.laptop.db.close()


def test_two_communities_of_that_name_here_are_not_merged_and_the_preview_warns(
    sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    a, _b, bureau = sites
    twin = bureau.laptop.services.communities.create(name="阳光花园 ", district="海州区")
    preview = read_package(a.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)

    assert preview.warnings == (
        "包中的小区「阳光花园」（海州区）在本机有 2 个同名小区，无法确定是哪一个，"
        "没有合并，将作为另一个小区导入",
    )
    assert [m.table for m in preview.matches] == ["campaign"]
    assert preview.counts["community"] == {Action.ADD: 1}
    apply_package(preview, bureau.laptop.db, bureau.laptop.store, BUREAU)
    ids = {row_id for row_id, _name in rows_of(bureau, Community)}
    assert {a.sunshine, bureau.sunshine, twin.id} <= ids
    with bureau.laptop.db.session() as session:
        inspection = session.exec(select(Inspection)).one()
        aliases = session.exec(select(ExchangeAlias.entity)).all()
    assert inspection.community_id == a.sunshine  # its own, new community
    assert aliases == ["campaign"]


def test_the_bureau_package_back_to_a_laptop_pairs_the_same_way(
    packages: object, sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    a, _b, bureau = sites
    package = bureau.laptop.export(tmp_path / "汇总.meihao")
    preview = read_package(package, a.laptop.db)
    assert [(m.incoming_id, m.local_id) for m in preview.matches] == [
        (bureau.sunshine, a.sunshine),
        (bureau.campaign, a.campaign),
    ]
    apply_package(preview, a.laptop.db, a.laptop.store, Actor("周雯", "test"))

    assert len(rows_of(a, Community)) == 2
    assert rows_of(a, Campaign) == [(a.campaign, "2024年美好家园")]
    with a.laptop.db.session() as session:
        places = session.exec(
            select(Inspection.community_id, Inspection.campaign_id).order_by(
                col(Inspection.created_at)
            )
        ).all()
    assert places == [(a.sunshine, a.campaign)] * 2  # 周雯's own, and 孙嘉树's


def test_names_compare_without_spaces_and_campaign_districts_only_when_both_set(
    tmp_path: Path,
) -> None:
    assert normalised(" 阳光\u3000花园 ") == normalised("阳光花园") == "阳光花园"
    assert normalised("阳光花园二期") != normalised("阳光花园")
    laptop = open_site(tmp_path / "c", "周雯", Actor("周雯", "test"))
    bureau = open_site(tmp_path / "bureau", "刘科长", BUREAU)
    try:
        services = laptop.laptop.services
        services.communities.update(laptop.sunshine, name="阳光\u3000花园")
        campaign = services.campaigns.create("2024年美好家园 ", 2024, "meihao-2024")
        inspector = services.inspectors.create("周雯")
        services.inspections.start(laptop.sunshine, campaign.id, inspector.id)
        preview = read_package(laptop.laptop.export(tmp_path / "p.meihao"), bureau.laptop.db)
        assert [(m.table, m.local_id) for m in preview.matches] == [
            ("community", bureau.sunshine),
            ("campaign", bureau.campaign),
        ]
    finally:
        laptop.laptop.db.close()
        bureau.laptop.db.close()


def test_a_revision_0002_database_upgrades_and_its_packages_still_import(
    sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    old = tmp_path / "old" / "meihao.sqlite"
    old.parent.mkdir()
    engine = make_engine(old)
    migrate.upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO community (id, created_at, updated_at, version, name, district, street,"
            " admin_community, address, property_company, manager_name, contact_name,"
            " contact_phone, description) VALUES ('c1', '2024-01-01T00:00:00+00:00',"
            " '2024-01-01T00:00:00+00:00', 1, '阳光花园', '海州区', '', '', '', '', '', '', '', '')"
        )
    engine.dispose()

    with Database.open(old) as upgraded:
        assert upgraded.engine.dialect.has_table(upgraded.engine.connect(), "exchange_alias")
    assert list(old.parent.glob("meihao.before-0003-*.sqlite"))
    with closing(sqlite3.connect(old)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0003",)
        ]
        assert connection.execute("SELECT name FROM community").fetchall() == [("阳光花园",)]

    # A package written by a program still at revision 0002 imports.
    a, _b, bureau = sites
    members = unpack(a.laptop.export(tmp_path / "周雯.meihao"))
    assert manifest_of(members)["schema_revision"] == migrate.head_revision() == "0003"
    forged = resign(members, lambda manifest: manifest.update(schema_revision="0002"))
    package = pack(tmp_path / "周雯-0002.meihao", list(forged.items()))
    preview = read_package(package, bureau.laptop.db)
    assert preview.manifest.schema_revision == "0002"
    assert [m.local_id for m in preview.matches] == [bureau.sunshine, bureau.campaign]


def test_the_command_line_lists_the_pairings(
    sites: tuple[Site, Site, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _b, bureau = sites
    package = str(a.laptop.export(tmp_path / "周雯.meihao"))
    database = str(bureau.laptop.db.path)
    assert main(["--db", database, "package", "import", package, "--dry-run", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(m["table"], m["kind"], m["package_id"], m["local_id"]) for m in shown["matches"]] == [
        ("community", "merged", a.sunshine, bureau.sunshine),
        ("campaign", "merged", a.campaign, bureau.campaign),
    ]
    assert shown["warnings"] == []
    assert main(["--db", database, "package", "import", package, "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "合并：包中的小区「阳光花园」（海州区）与本机已有的同名小区合并为同一小区" in text


def test_two_communities_of_that_name_in_the_package_are_not_merged(
    sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    a, _b, bureau = sites
    services = a.laptop.services
    twin = services.communities.create(name="阳光花园", district="海州区", street="二期")
    services.inspections.start(twin.id, a.campaign, a.inspector, date(2024, 9, 4))
    preview = read_package(a.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)

    assert preview.warnings == (  # once for the two of them
        "包中有 2 条小区「阳光花园」（海州区），无法确定哪一条是本机的同名小区，"
        "没有合并，将作为另外的小区导入",
    )
    assert preview.counts["community"] == {Action.ADD: 2}
    assert [m.table for m in preview.matches] == ["campaign"]
