"""Deleting an unsigned inspection through the services: what goes, what is refused, the
audit trail that can rebuild it, undo, and exchange packages made afterwards."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import select

from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.exchange import apply_package, device_signer, export_package, read_package
from meihao_desktop.exchange.importer import discard_preview
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Services
from meihao_desktop.services.inspection_deletion import TABLES
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.store.models import AuditEntry, Community, Inspection
from tests.media.photo_samples import asymmetric_picture, jpeg_bytes
from tests.services.conftest import TESTER

WEEK = timedelta(days=7)


def photo_service(services: Services) -> PhotoService:
    return PhotoService(services.db, TESTER, PhotoStore.beside(services.db.path))


def add_photos(services: Services, inspection_id: str, folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"IMG_{number:04}.jpg"
        path.write_bytes(jpeg_bytes(asymmetric_picture((300 + number, 200))))
        paths.append(path)
    result = photo_service(services).add(inspection_id, paths, item_code="3.5", workers=1)
    assert not result.failures
    return [photo.id for photo in result.added]


def table_rows(services: Services) -> dict[str, list[dict[str, Any]]]:
    """Every row of the tables an inspection deletion touches, by table, sorted by id."""
    with services.db.engine.connect() as connection:
        return {
            model.__table__.name: [  # type: ignore[attr-defined]
                dict(row._mapping)
                for row in connection.execute(
                    sa.select(model.__table__).order_by(model.__table__.c.id)  # type: ignore[attr-defined]
                )
            ]
            for model in TABLES
        }


def complete_inspection(services: Services, community: str = "东方瑞园") -> str:
    """A new inspection of a demo community, every item scored and requirement checked
    (so that it may be signed); nothing else hangs on it yet."""
    found = next((c for c in services.communities.list() if c.name == community), None)
    if found is None:
        found = services.communities.create(name=community, district="海州区")
    campaigns = services.campaigns.list()
    campaign = campaigns[0] if campaigns else services.campaigns.create("测试", 2024, "meihao-2024")
    inspector = services.inspectors.get_or_create("测试员")
    inspection_id = services.inspections.start(found.id, campaign.id, inspector.id).id
    detail = services.inspections.detail(inspection_id)
    for item in detail.standard.items:
        services.inspections.record_finding(inspection_id, item.code, points=item.max_points)
    for requirement in detail.standard.requirements:
        services.inspections.record_requirement(inspection_id, requirement.code, True)
    return inspection_id


@pytest.fixture
def full_inspection(demo_services: Services, tmp_path: Path) -> str:
    """A scored inspection with two photos (one in the trash), two problems and the
    signature of an earlier, unlocked signing."""
    services = demo_services
    inspection_id = complete_inspection(services)
    photo_ids = add_photos(services, inspection_id, tmp_path / "camera", 2)
    photo_service(services).trash(photo_ids[1])
    visit = services.inspections.summary(inspection_id).visit_date
    problem = services.rectifications.record(inspection_id, "3.5", "消防通道被占用", visit + WEEK)
    services.rectifications.record(inspection_id, None, "公示栏信息过期", visit + WEEK)
    services.rectifications.mark_rectified(problem.id, "已清理", after_photo_id=photo_ids[0])
    services.signatures.sign_inspection(inspection_id, "赵玥")
    services.signatures.unlock_inspection(inspection_id, "补录照片")
    return inspection_id


def test_preview_counts_what_goes_with_it(demo_services: Services, full_inspection: str) -> None:
    preview = demo_services.inspections.deletion_preview(full_inspection)
    summary = demo_services.inspections.summary(full_inspection)
    assert (preview.community, preview.inspector) == (summary.community, summary.inspector)
    assert preview.findings == 25
    assert preview.requirement_checks == 8
    assert (preview.photos, preview.photos_in_trash) == (1, 1)
    assert (preview.problems, preview.problems_closed, preview.signatures) == (2, 0, 1)


def test_delete_removes_every_row_of_the_inspection_and_nothing_else(
    demo_services: Services, full_inspection: str
) -> None:
    services = demo_services
    before = table_rows(services)
    services.inspections.delete(full_inspection)
    after = table_rows(services)
    for table, rows in before.items():
        kept = [
            row
            for row in rows
            if row["id"] != full_inspection and row.get("inspection_id") != full_inspection
        ]
        assert after[table] == kept, table
    assert full_inspection not in {s.id for s in services.inspections.list()}
    assert all(o.summary.id != full_inspection for o in services.inspections.overview())


def test_the_audit_trail_holds_every_deleted_row(
    demo_services: Services, full_inspection: str
) -> None:
    services = demo_services
    before = table_rows(services)
    shown = services.inspections.summary(full_inspection)
    deleted = services.inspections.delete(full_inspection)
    with services.db.session() as session:
        entries = session.exec(select(AuditEntry).where(AuditEntry.action == "delete")).all()
    logged = {(e.entity, e.entity_id): json.loads(e.old or "") for e in entries}
    for table, rows in deleted.rows:
        for values in rows:
            saved = logged[(table, values["id"])]
            assert {k: v for k, v in saved.items() if not k.startswith("_")}.keys() == set(values)
    inspection = logged[("inspection", full_inspection)]
    summary = next(r for r in before["inspection"] if r["id"] == full_inspection)
    assert inspection["visit_date"] == summary["visit_date"].isoformat()
    # Readable in the change history, where the inspection can no longer be looked up:
    assert (inspection["_community"], inspection["_inspector"]) == (
        shown.community,
        shown.inspector,
    )
    assert sum(len(rows) for _table, rows in deleted.rows) == 1 + 25 + 8 + 2 + 2 + 1


def test_photo_files_stay_in_the_store(demo_services: Services, full_inspection: str) -> None:
    photos = photo_service(demo_services)
    paths = [photos.paths(photo) for photo in photos.list(full_inspection, include_trash=True)]
    demo_services.inspections.delete(full_inspection)
    assert all(p.original.is_file() and p.thumb.is_file() for p in paths)


def test_restore_puts_back_the_very_same_rows(
    demo_services: Services, full_inspection: str
) -> None:
    services = demo_services
    before = table_rows(services)
    deleted = services.inspections.delete(full_inspection)
    summary = services.inspections.restore(deleted)
    assert summary.id == full_inspection
    assert table_rows(services) == before  # ids, versions, timestamps: unchanged
    with pytest.raises(InvalidValueError, match="无需恢复"):
        services.inspections.restore(deleted)
    with services.db.session() as session:
        restored = session.exec(
            select(AuditEntry).where(
                AuditEntry.action == "restore", AuditEntry.entity_id == full_inspection
            )
        ).one()
    assert restored.new == deleted.description


@pytest.mark.parametrize("status", ["signed", "submitted"])
def test_a_signed_inspection_is_refused_until_unlocked(
    demo_services: Services, status: str
) -> None:
    services = demo_services
    inspection_id = complete_inspection(services)
    summary = services.inspections.summary(inspection_id)
    services.signatures.sign_inspection(inspection_id, "赵玥")
    if status == "submitted":
        services.signatures.submit_inspection(inspection_id)
    for attempt in (services.inspections.deletion_preview, services.inspections.delete):
        with pytest.raises(LockedError, match="请先打开它并解锁") as raised:
            attempt(inspection_id)
        assert summary.community in str(raised.value)
    assert services.inspections.summary(inspection_id).status == status
    services.signatures.unlock_inspection(inspection_id, "录错了小区")
    services.inspections.delete(inspection_id)
    assert inspection_id not in {s.id for s in services.inspections.list()}


def test_a_photo_proving_another_inspections_rectification_is_not_lost(
    demo_services: Services, tmp_path: Path
) -> None:
    services = demo_services
    first, later = complete_inspection(services), complete_inspection(services, "新海花园")
    visit = services.inspections.summary(first).visit_date
    problem = services.rectifications.record(first, "3.5", "楼道堆物", visit + WEEK)
    (photo_id,) = add_photos(services, later, tmp_path / "camera", 1)
    services.rectifications.mark_rectified(problem.id, "已清理", after_photo_id=photo_id)
    with pytest.raises(InvalidValueError, match="楼道堆物"):
        services.inspections.delete(later)
    services.inspections.delete(first)  # the problem goes with its own inspection


def test_restore_is_refused_once_the_community_is_gone(demo_services: Services) -> None:
    services = demo_services
    community = services.communities.create(name="临时小区", district="海州区")
    campaign = services.campaigns.list()[0]
    inspector = services.inspectors.get_or_create("测试员")
    inspection_id = services.inspections.start(community.id, campaign.id, inspector.id).id
    deleted = services.inspections.delete(inspection_id)
    with services.db.session() as session:  # e.g. another database restored meanwhile
        session.delete(session.get(Community, community.id))
        session.commit()
    with pytest.raises(NotFoundError, match="小区已不存在"):
        services.inspections.restore(deleted)
    assert inspection_id not in {s.id for s in services.inspections.list()}


def test_packages_exported_after_a_deletion_leave_it_out(
    services: Services, tmp_path: Path
) -> None:
    doomed, kept = complete_inspection(services), complete_inspection(services, "新海花园")
    store = PhotoStore.beside(services.db.path)
    signer = device_signer(tmp_path / "keys", "测试员")
    add_photos(services, doomed, tmp_path / "camera", 1)
    earlier = tmp_path / "earlier.meihao"
    export_package(services.db, store, earlier, [doomed, kept], signer)
    services.inspections.delete(doomed)

    everything = export_package(services.db, store, tmp_path / "all.meihao", None, signer)
    assert everything.inspections == len(services.inspections.list())
    chosen = export_package(services.db, store, tmp_path / "one.meihao", [kept], signer)
    assert chosen.inspections == 1
    preview = read_package(tmp_path / "all.meihao", services.db)
    assert not preview.conflicts
    carried = {entry.id for entry in preview.inspections}
    assert kept in carried
    assert doomed not in carried
    assert all(row.values["inspection_id"] != doomed for row in preview.package.rows["photo"])
    discard_preview(preview)

    # Packages never delete: importing one made before the deletion brings it back.
    apply_package(read_package(earlier, services.db), services.db, store, TESTER)
    assert doomed in {s.id for s in services.inspections.list()}
    with services.db.session() as session:
        assert session.get(Inspection, doomed) is not None


def test_an_unknown_inspection_is_not_found(services: Services) -> None:
    for attempt in (services.inspections.deletion_preview, services.inspections.delete):
        with pytest.raises(NotFoundError, match="没有编号为 nope 的考察记录"):
            attempt("nope")
