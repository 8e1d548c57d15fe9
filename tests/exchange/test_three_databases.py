"""Two laptops and the bureau: score apart, exchange packages, compile — by hand.

Hand computation (meihao-2024: sections 20/20/40/20 of 5/4/9/7 items, each 0–10):

东方瑞园
  周雯    all 8, section 三 all 9        16 + 16 + 36 + 16          = 84
  孙嘉树  all 9, 4.1–4.6 10, 4.7 N/A     18 + 18 + 36 + 20×60/60    = 92
  mean (2 scorers, no trimming)          (84 + 92) / 2              = 88
  sections                               17, 17, 36, 18
新海花园
  周雯    all 7, R7 failed               14 + 14 + 28 + 14          = 70
  孙嘉树  all 6, 1.1 10                  20×34/50 + 12 + 24 + 12    = 61.6
  mean                                   (70 + 61.6) / 2            = 65.8
  gates failed (R7 by 周雯): black list; rank 2 behind 东方瑞园.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import col, select

from meihao_desktop.exchange import Action, PackageError, apply_package, read_package
from meihao_desktop.services.compile import CompileService
from meihao_desktop.services.workbooks import red_black_lists
from meihao_desktop.store.models import AuditEntry, Finding, Photo
from tests.exchange.conftest import (
    BUREAU,
    Base,
    Laptop,
    add_photos,
    picture,
    score,
    snapshot,
    start,
)

SECTION_3 = {f"3.{n}": "9" for n in range(1, 10)}
SECTION_4 = {f"4.{n}": "10" for n in range(1, 7)}
SHARED_PHOTO = picture(300)


def inspect_on_a(laptop: Laptop, base: Base, tmp_path: Path) -> tuple[str, str]:
    dongfang = start(laptop, base, base.dongfang, base.zhou)
    score(laptop.services, dongfang, "8", SECTION_3)
    add_photos(laptop, dongfang, [SHARED_PHOTO, picture(320)], tmp_path / "camera-a")
    xinhai = start(laptop, base, base.xinhai, base.zhou)
    score(laptop.services, xinhai, "7", failed=["R7"])
    return dongfang, xinhai


def inspect_on_b(laptop: Laptop, base: Base, tmp_path: Path) -> tuple[str, str]:
    dongfang = start(laptop, base, base.dongfang, base.sun)
    score(laptop.services, dongfang, "9", SECTION_4, na=["4.7"])
    add_photos(laptop, dongfang, [SHARED_PHOTO], tmp_path / "camera-b")
    xinhai = start(laptop, base, base.xinhai, base.sun)
    score(laptop.services, xinhai, "6", {"1.1": "10"})
    return dongfang, xinhai


def import_into(bureau: Laptop, package: Path, resolutions: dict[str, str] | None = None) -> None:
    preview = read_package(package, bureau.db)
    apply_package(preview, bureau.db, bureau.store, BUREAU, resolutions or {})


@pytest.fixture
def exchanged(
    base: Base, laptop_a: Laptop, laptop_b: Laptop, bureau: Laptop, tmp_path: Path
) -> tuple[Path, Path, tuple[str, str]]:
    a_ids = inspect_on_a(laptop_a, base, tmp_path)
    inspect_on_b(laptop_b, base, tmp_path)
    package_a = laptop_a.export(tmp_path / "周雯.meihao")
    package_b = laptop_b.export(tmp_path / "孙嘉树.meihao")
    import_into(bureau, package_a)
    import_into(bureau, package_b)
    return package_a, package_b, a_ids


def test_bureau_compiles_the_hand_computed_aggregates(
    exchanged: object, base: Base, bureau: Laptop
) -> None:
    compiled = CompileService(bureau.db, bureau.services.catalog).compile(base.campaign_id)
    rows = {row.community: row for row in compiled.rows}
    assert list(rows) == ["东方瑞园", "新海花园"]  # ranked; 苍梧小区 was never inspected
    dongfang, xinhai = rows["东方瑞园"], rows["新海花园"]
    assert {s.inspector: s.total for s in dongfang.scores} == {"周雯": 84, "孙嘉树": 92}
    assert dongfang.aggregate is not None
    assert (dongfang.total, dongfang.aggregate.minimum, dongfang.aggregate.maximum) == (88, 84, 92)
    assert dongfang.sections == {"1": 17, "2": 17, "3": 36, "4": 18}
    assert (dongfang.rank, dongfang.gates_passed, dongfang.eligible) == (1, True, True)
    assert {s.inspector: s.total for s in xinhai.scores} == {"周雯": 70, "孙嘉树": Decimal("61.6")}
    assert xinhai.total == Decimal("65.8")
    assert (xinhai.rank, xinhai.gates_passed) == (None, False)  # 一票否决: not ranked
    assert [(g.code, g.inspectors) for g in xinhai.failed_gates] == [("R7", ("周雯",))]
    lists = red_black_lists(compiled, Decimal(85), Decimal(70))
    assert [e.row.community for e in lists.red] == ["东方瑞园"]
    assert [e.row.community for e in lists.black] == ["新海花园"]


def test_photos_land_once_with_their_screen_copies(exchanged: object, bureau: Laptop) -> None:
    with bureau.db.session() as session:
        photos = session.exec(select(Photo)).all()
    assert len(photos) == 3
    hashes = {photo.sha256 for photo in photos}
    assert len(hashes) == 2  # the shared picture is stored once
    for photo in photos:
        assert bureau.store.original_path(photo.sha256, "jpg").is_file()
        assert bureau.store.has_derivatives(photo.sha256)


def test_importing_again_changes_nothing(
    exchanged: tuple[Path, Path, object], bureau: Laptop
) -> None:
    before = snapshot(bureau.db)
    for package in exchanged[:2]:
        preview = read_package(package, bureau.db)
        assert set(preview.totals) == {Action.UNCHANGED}
        result = apply_package(preview, bureau.db, bureau.store, BUREAU, {})
        assert not result.changed
    assert snapshot(bureau.db) == before


def edit_both_sides(
    laptop_a: Laptop, bureau: Laptop, inspection_id: str, tmp_path: Path
) -> tuple[Path, str]:
    """周雯 revises 1.1 and 1.2 on her laptop; the bureau changes 1.1 on its copy."""
    laptop_a.services.inspections.record_finding(
        inspection_id, "1.1", points="6", text="复核后调整"
    )
    laptop_a.services.inspections.record_finding(inspection_id, "1.2", points="7.5")
    finding = bureau.services.inspections.record_finding(inspection_id, "1.1", points="9")
    return laptop_a.export(tmp_path / "周雯-第二次.meihao"), finding.id


@pytest.mark.parametrize("choice", ["incoming", "local"])
def test_an_edit_on_both_sides_is_a_conflict_and_nothing_is_lost(
    exchanged: tuple[Path, Path, tuple[str, str]],
    laptop_a: Laptop,
    bureau: Laptop,
    tmp_path: Path,
    choice: str,
) -> None:
    package, finding_id = edit_both_sides(laptop_a, bureau, exchanged[2][0], tmp_path)
    preview = read_package(package, bureau.db)

    [conflict] = preview.conflicts
    assert conflict.key == f"finding:{finding_id}"
    assert {(d.field, d.local, d.incoming) for d in conflict.differences} == {
        ("points", "9", "6"),
        ("text", "", "复核后调整"),
    }
    assert (conflict.local_by, conflict.incoming_by) == (BUREAU.name, "周雯")
    assert preview.counts["finding"] == {Action.CONFLICT: 1, Action.UPDATE: 1, Action.UNCHANGED: 48}
    with pytest.raises(PackageError, match="冲突未选择"):
        apply_package(preview, bureau.db, bureau.store, BUREAU, {})

    apply_package(preview, bureau.db, bureau.store, BUREAU, {conflict.key: choice})

    with bureau.db.session() as session:
        finding = session.get(Finding, finding_id)
        assert finding is not None
        revised = session.exec(select(Finding).where(Finding.item_code == "1.2")).all()
        audit = session.exec(
            select(AuditEntry)
            .where(AuditEntry.entity_id == finding_id)
            .order_by(col(AuditEntry.at), col(AuditEntry.created_at))
        ).all()
    expected = Decimal(6) if choice == "incoming" else Decimal(9)
    assert finding.points == expected
    assert Decimal("7.5") in {f.points for f in revised}  # the one-sided edit came in
    # The bureau's own edit (8 → 9) and both sides of the conflict are in the audit log.
    assert ("update", "points", "8", "9") in [(e.action, e.field, e.old, e.new) for e in audit]
    conflict_entries = [e for e in audit if e.action == f"conflict:{choice}"]
    assert ("points", "9", "6") in [(e.field, e.old, e.new) for e in conflict_entries]
    assert all(e.source == f"package:{package.name}" for e in conflict_entries)
    # Once decided, the same package is a no-op.
    again = read_package(package, bureau.db)
    assert not again.conflicts
    assert not apply_package(again, bureau.db, bureau.store, BUREAU, {}).changed


def test_an_edit_made_on_the_laptop_only_updates_the_bureau(
    exchanged: tuple[Path, Path, tuple[str, str]], laptop_a: Laptop, bureau: Laptop, tmp_path: Path
) -> None:
    inspection_id = exchanged[2][0]
    edited = laptop_a.services.inspections.record_finding(inspection_id, "2.1", points="5")
    package = laptop_a.export(tmp_path / "周雯-修改.meihao")
    preview = read_package(package, bureau.db)
    assert not preview.conflicts
    apply_package(preview, bureau.db, bureau.store, BUREAU, {})
    with bureau.db.session() as session:
        finding = session.get(Finding, edited.id)
    assert finding is not None
    assert (finding.points, finding.version) == (Decimal(5), edited.version)


def test_an_older_copy_never_overwrites_a_newer_one(
    exchanged: tuple[Path, Path, tuple[str, str]], laptop_a: Laptop, bureau: Laptop, tmp_path: Path
) -> None:
    first_package = exchanged[0]
    inspection_id = exchanged[2][0]
    laptop_a.services.inspections.record_finding(inspection_id, "2.2", points="4")
    import_into(bureau, laptop_a.export(tmp_path / "新.meihao"))
    preview = read_package(first_package, bureau.db)  # the first, older package again
    assert Action.KEEP_LOCAL in preview.totals
    assert not preview.changes_anything
    apply_package(preview, bureau.db, bureau.store, BUREAU, {})
    with bureau.db.session() as session:
        points = session.exec(select(Finding.points).where(Finding.item_code == "2.2")).all()
    assert Decimal(4) in points
