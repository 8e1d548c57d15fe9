"""What a package holds, who signed it, the merge rule, and the import's one transaction."""

from __future__ import annotations

import json
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.exchange import (
    Action,
    PackageError,
    apply_package,
    device_key,
    device_signer,
    export_package,
    key_file_signer,
    read_package,
)
from meihao_desktop.exchange.keys import DEVICE_KEY_FILE
from meihao_desktop.exchange.layout import DATA, MANIFEST, SIGNATURE
from meihao_desktop.exchange.merge import Seen, classify
from meihao_desktop.exchange.rows import BY_NAME, from_wire, record, to_wire
from meihao_desktop.store.migrate import head_revision
from tests.exchange.conftest import (
    BUREAU,
    Base,
    Laptop,
    add_photos,
    picture,
    score,
    start,
    tree_digest,
)


@pytest.fixture
def scored(laptop_a: Laptop, base: Base, tmp_path: Path) -> str:
    inspection = start(laptop_a, base, base.dongfang, base.zhou)
    score(laptop_a.services, inspection, "8")
    add_photos(laptop_a, inspection, [picture(300), picture(301)], tmp_path / "camera")
    laptop_a.services.rectifications.record(
        inspection, "4.4", "楼道堆放杂物", datetime(2024, 10, 3).date()
    )
    return inspection


def test_a_package_lists_every_member_and_is_signed(
    laptop_a: Laptop, scored: str, tmp_path: Path
) -> None:
    package = laptop_a.export(tmp_path / "out.meihao")
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read(MANIFEST))
        data = json.loads(archive.read(DATA))
        photos = [i for i in archive.infolist() if i.filename.startswith("photos/")]
    listed = {m["name"] for m in manifest["members"]}
    assert names == listed | {MANIFEST, SIGNATURE}
    assert len(photos) == 2
    assert all(p.compress_type == zipfile.ZIP_STORED for p in photos)
    assert manifest["format_version"] == 1
    assert manifest["schema_revision"] == head_revision()
    assert manifest["exported_by"]["inspector"] == "周雯"
    assert manifest["inspections"] == [scored]
    assert [len(data[t]) for t in ("community", "campaign", "inspector", "inspection")] == [
        1,
        1,
        1,
        1,
    ]
    assert (len(data["finding"]), len(data["requirement_check"]), len(data["rectification"])) == (
        25,
        8,
        1,
    )
    assert data["finding"][0]["points"] == "8"  # decimals travel as text
    assert {row["edited_by"] for row in data["finding"]} == {"周雯"}


def test_the_preview_names_the_signer_and_what_comes_in(
    laptop_a: Laptop, bureau: Laptop, scored: str, tmp_path: Path
) -> None:
    package = laptop_a.export(tmp_path / "out.meihao")
    preview = read_package(package, bureau.db)
    key = device_key(laptop_a.keys)
    assert preview.signer.name == "周雯"
    assert preview.signer.fingerprint == device_signer(laptop_a.keys, "x").fingerprint
    assert len(preview.signer.fingerprint.split()) == 16
    assert key is not None
    [entry] = preview.inspections
    assert (entry.community, entry.inspector, entry.findings, entry.photos) == (
        "东方瑞园",
        "周雯",
        25,
        2,
    )
    assert entry.action is Action.ADD
    assert preview.counts["community"] == {Action.UNCHANGED: 1}  # from the shared base
    assert preview.counts["finding"] == {Action.ADD: 25}


def test_the_device_key_is_created_once_and_private(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    first = device_signer(keys, "周雯").fingerprint
    assert device_signer(keys, "周雯").fingerprint == first
    mode = (keys / DEVICE_KEY_FILE).stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


def test_a_personal_pkcs12_key_can_sign(
    laptop_a: Laptop, bureau: Laptop, scored: str, tmp_path: Path
) -> None:
    from meihao_desktop.signing.keys import create_key

    info = create_key(tmp_path / "p12", "周雯", "海州区住建局", "secret-pass", kind="ec")
    signer = key_file_signer(info.path, "secret-pass")
    package = tmp_path / "p12.meihao"
    export_package(laptop_a.db, laptop_a.store, package, [scored], signer)
    preview = read_package(package, bureau.db)
    assert preview.signer.name == "周雯"
    assert preview.signer.algorithm == "ecdsa-sha256"
    assert "CN=周雯" in preview.signer.certificate_subject


def test_exporting_an_unknown_inspection_is_refused(laptop_a: Laptop, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        laptop_a.export(tmp_path / "x.meihao", ["00000000-0000-4000-8000-000000000000"])
    assert not list(tmp_path.glob("*.meihao"))
    assert not list(tmp_path.glob(".tmp-*"))


def test_a_failed_import_leaves_no_photo_behind(
    laptop_a: Laptop, bureau: Laptop, scored: str, tmp_path: Path
) -> None:
    package = laptop_a.export(tmp_path / "out.meihao")
    preview = read_package(package, bureau.db)
    before = tree_digest(bureau.store.root)
    # The bureau records something that the preview did not see: the plan is stale.
    finding, community = BY_NAME["finding"].table, BY_NAME["community"].table
    with bureau.db.engine.begin() as connection:
        connection.execute(sa.update(community).values(name="东方瑞园（改名）"))
    with pytest.raises(PackageError, match="预览之后数据库已有变化"):
        apply_package(preview, bureau.db, bureau.store, BUREAU, {})
    assert tree_digest(bureau.store.root) == before
    with bureau.db.engine.connect() as connection:
        count = connection.execute(sa.select(sa.func.count()).select_from(finding)).scalar()
    assert count == 0


def test_photo_originals_are_stored_before_the_rows(
    laptop_a: Laptop, bureau: Laptop, scored: str, tmp_path: Path
) -> None:
    package = laptop_a.export(tmp_path / "out.meihao")
    preview = read_package(package, bureau.db)
    result = apply_package(preview, bureau.db, bureau.store, BUREAU, {}, derivatives=False)
    assert (result.photos_added, result.derivatives) == (2, None)
    originals = [p for p in bureau.store.root.rglob("*.jpg") if "originals" in p.parts]
    assert len(originals) == 2
    assert not (bureau.store.root / "display").exists()  # screen copies come later


# ── the merge rule, case by case ───────────────────────────────────────────────────


def _finding(points: str, version: int) -> object:
    spec = BY_NAME["finding"]
    moment = datetime(2024, 9, 3, tzinfo=UTC).isoformat()
    raw = {
        "id": "6f1c3f5e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        "created_at": moment,
        "updated_at": moment,
        "version": version,
        "inspection_id": "1f1c3f5e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        "item_code": "1.1",
        "points": points,
        "level": None,
        "na": False,
        "text": "",
    }
    return from_wire(spec, raw, 1, "test")


@pytest.mark.parametrize(
    ("local", "incoming", "seen", "edited_here", "expected"),
    [
        (None, ("8", 1), None, False, Action.ADD),
        (("8", 1), ("8", 1), None, False, Action.UNCHANGED),
        (("8", 1), ("8.0", 3), None, False, Action.UNCHANGED),  # same score written differently
        (("8", 1), ("6", 2), None, False, Action.UPDATE),  # first contact, ours untouched
        (("9", 2), ("6", 2), None, True, Action.CONFLICT),  # first contact, both edited
        (("8", 2), ("6", 3), ("8", 2), False, Action.UPDATE),  # ours as last exchanged
        (("9", 3), ("8", 2), ("8", 2), True, Action.KEEP_LOCAL),  # theirs as last exchanged
        (("9", 3), ("6", 3), ("8", 2), True, Action.CONFLICT),  # both changed since
        (("8", 3), ("6", 2), ("8", 3), False, Action.KEEP_LOCAL),  # an older copy arrives
    ],
)
def test_merge_rule(
    local: tuple[str, int] | None,
    incoming: tuple[str, int],
    seen: tuple[str, int] | None,
    edited_here: bool,
    expected: Action,
) -> None:
    ours = None if local is None else _finding(*local)
    theirs = _finding(*incoming)
    last = None if seen is None else Seen(seen[1], _finding(*seen).content_hash)  # type: ignore[attr-defined]
    assert classify(ours, theirs, last, edited_here) is expected  # type: ignore[arg-type]


def test_rows_round_trip_through_json(laptop_a: Laptop, scored: str) -> None:
    spec = BY_NAME["photo"]
    with laptop_a.db.engine.connect() as connection:
        row = dict(connection.execute(sa.select(spec.table)).first()._mapping)  # type: ignore[union-attr]
    local = record(spec, row)
    again = from_wire(spec, json.loads(json.dumps(to_wire(spec, row))), 1, "test")
    assert again.values == local.values
    assert again.content_hash == local.content_hash


def test_an_after_photo_from_a_later_inspection_travels_with_it(
    laptop_a: Laptop, bureau: Laptop, base: Base, scored: str, tmp_path: Path
) -> None:
    from meihao_desktop.services.photos import PhotoService

    revisit = start(laptop_a, base, base.dongfang, base.zhou)
    add_photos(laptop_a, revisit, [picture(333)], tmp_path / "after")
    [after] = PhotoService(laptop_a.db, laptop_a.actor, laptop_a.store).list(revisit)
    [problem] = laptop_a.services.rectifications.list()
    laptop_a.services.rectifications.mark_rectified(problem.id, "已清理", after.id)

    package = laptop_a.export(tmp_path / "out.meihao", [scored])
    preview = read_package(package, bureau.db)
    assert {entry.id for entry in preview.inspections} == {scored, revisit}
    apply_package(preview, bureau.db, bureau.store, BUREAU, {})
    [imported] = bureau.services.rectifications.list()
    assert (imported.status, imported.after_photo_id) == ("rectified", after.id)


def test_an_import_that_changes_something_is_preceded_by_a_backup(
    laptop_a: Laptop, bureau: Laptop, scored: str, tmp_path: Path
) -> None:
    from meihao_desktop.store.backup import list_backups

    package = laptop_a.export(tmp_path / "out.meihao")
    apply_package(read_package(package, bureau.db), bureau.db, bureau.store, BUREAU)
    backups = [b for b in list_backups(bureau.db.path) if b.reason == "package-import"]
    assert len(backups) == 1
    # The copy holds the state from before the import: the bureau had no findings yet.
    assert backups[0].preview is not None
    assert backups[0].preview.findings == 0
    # A second import of the same package changes nothing and makes no second copy.
    apply_package(read_package(package, bureau.db), bureau.db, bureau.store, BUREAU)
    assert len([b for b in list_backups(bureau.db.path) if b.reason == "package-import"]) == 1
