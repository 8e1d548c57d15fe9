"""Importing a package: ``read_package`` verifies and previews, ``apply_package`` merges.

``read_package`` checks everything (see ``reader``) and compares every row with the
database (see ``merge`` and ``plan``); it does not touch the database or the photo
store, but stages the checked photos the store lacks beside it (``staging``), so the
import moves them in without reading them again. ``discard_preview`` (or applying it)
removes the staging folder. The GUI shows the preview —
signer and fingerprint, inspections, counts, conflicts side by side — and the user picks
"local" or "incoming" for each conflict. ``apply_package`` then merges in ONE
transaction: photo originals first (removed again if the transaction fails), rows after.
Importing the same package twice changes nothing the second time (but puts back photo
originals the store has lost since).

Both do file and database work: run them on the background job helper.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from alembic.script import ScriptDirectory

from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.merge import Action, RowPlan
from meihao_desktop.exchange.photos import (
    DerivativeReport,
    LandedPhotos,
    Progress,
    land_originals,
    remove_landed,
    render_missing_derivatives,
)
from meihao_desktop.exchange.plan import PACKAGE_SOURCE_PREFIX, local_editors, plan_merge
from meihao_desktop.exchange.preview import (
    PackagePreview,
    describe_conflict,
    inspection_entries,
    row_titles,
)
from meihao_desktop.exchange.reader import VerifiedPackage, verify_package
from meihao_desktop.exchange.staging import Staging
from meihao_desktop.exchange.writer import Choice, WriteContext, WriteCounts, write_plans
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services.audit import Actor
from meihao_desktop.store.backup import backup_before
from meihao_desktop.store.db import Database
from meihao_desktop.store.engine import BEGIN_IMMEDIATE
from meihao_desktop.store.migrate import alembic_config

CHOICES: tuple[Choice, ...] = ("local", "incoming")


def known_revisions() -> frozenset[str]:
    """The schema revisions this program knows; packages from newer ones are refused."""
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


def read_package(
    path: Path,
    db: Database,
    photo_store: PhotoStore | None = None,
    progress: Progress | None = None,
) -> PackagePreview:
    """Verify the package at ``path`` and compare it with ``db`` (and its photo store,
    by default the one beside it); changes neither.

    Raises ``PackageError`` (in Chinese, ``where`` = the file name) for anything
    damaged, altered, hostile or not fitting this database. ``progress(done, total,
    member)`` follows the photos' checking, from worker threads.
    """
    store = photo_store or PhotoStore.beside(db.path)
    staging = Staging(store)
    try:
        return _preview(
            verify_package(
                Path(path),
                known_revisions(),
                staging,
                in_store=lambda sha256, extension: store.original_path(sha256, extension).is_file(),
                progress=progress,
            ),
            db,
        )
    except BaseException:
        staging.discard()
        raise


def discard_preview(preview: PackagePreview) -> None:
    """Drop a preview that will not be applied: its staged photos are removed."""
    if preview.package.staging is not None:
        preview.package.staging.discard()


def _preview(package: VerifiedPackage, db: Database) -> PackagePreview:
    with db.engine.connect() as connection:
        plans = plan_merge(connection, package)
        editors = local_editors(connection, plans)
    titles = row_titles(package.rows)
    conflicts = tuple(
        describe_conflict(
            plan,
            titles,
            editors.get(plan.incoming.id, ""),
            plan.incoming.edited_by or package.manifest.inspector,
        )
        for plan in plans
        if plan.action is Action.CONFLICT
    )
    return PackagePreview(package, plans, conflicts, inspection_entries(package.rows, plans))


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    counts: WriteCounts = field(default_factory=WriteCounts)
    photos_added: int = 0  # originals written to the photo store
    photos_present: int = 0  # already there (same content)
    derivatives: DerivativeReport | None = None  # None: not made during the import

    @property
    def changed(self) -> bool:
        return bool(self.counts.audit_entries or self.counts.states or self.photos_added)


def apply_package(
    preview: PackagePreview,
    db: Database,
    photo_store: PhotoStore,
    actor: Actor,
    resolutions: Mapping[str, str] | None = None,
    *,
    derivatives: bool = True,
    progress: Progress | None = None,
) -> ImportResult:
    """Merge the previewed package into ``db`` and ``photo_store`` in one transaction.

    ``resolutions`` maps each conflict's key to "local" or "incoming"; all conflicts
    must be resolved. If the database changed since the preview, nothing
    is written and a ``PackageError`` asks for a new preview. ``derivatives``: also make
    the display copies of the photos added (after the commit; see ``photos``).
    ``progress(done, total, member)`` follows the photo originals as they are moved in.
    """
    package = preview.package
    where = package.file_name
    chosen = _checked_resolutions(preview, resolutions or {}, where)
    if package.staging is not None and package.staging.discarded:
        raise PackageError("这次预览已关闭，请重新打开数据包", where=where, kind="stale")
    if all(_is_noop(plan) for plan in preview.plans):
        # Nothing to merge; but photos the store lost since (a damaged disk, a folder
        # restored from an old copy) come back from the package: importing it again repairs.
        landed = land_originals(package, photo_store, progress)
        discard_preview(preview)
        return ImportResult(where, photos_added=len(landed.added))
    # A copy to go back to if the merge turns out wrong; no copy, no import.
    backup_before(db, "package-import")
    context = WriteContext(
        actor=Actor(actor.name, f"{PACKAGE_SOURCE_PREFIX}{where}"),
        titles=row_titles(package.rows),
        incoming_by=package.manifest.inspector,
        local_by={c.row_id: c.local_by for c in preview.conflicts},
    )
    counts, landed = _merge(preview, db, photo_store, chosen, context, progress)
    discard_preview(preview)  # what is left there the store had already
    report = None
    if derivatives and landed.added:
        report = render_missing_derivatives(
            photo_store, [(p.sha256, p.extension) for p in landed.added]
        )
    return ImportResult(where, counts, len(landed.added), len(landed.present), report)


def _merge(
    preview: PackagePreview,
    db: Database,
    photo_store: PhotoStore,
    chosen: Mapping[str, Choice],
    context: WriteContext,
    progress: Progress | None,
) -> tuple[WriteCounts, LandedPhotos]:
    """The one transaction: re-plan (the database may have changed since the preview),
    land the originals, write the rows; on any failure, take the originals back out."""
    package = preview.package
    landed = LandedPhotos()
    with db.engine.connect().execution_options(**{BEGIN_IMMEDIATE: True}) as connection:
        try:
            with connection.begin():
                plans = plan_merge(connection, package)
                if _signature(plans) != _signature(preview.plans):
                    raise PackageError(
                        "预览之后数据库已有变化，请重新预览后再导入",
                        where=package.file_name,
                        kind="stale",
                    )
                landed = land_originals(package, photo_store, progress)
                counts = write_plans(connection, plans, chosen, context)
        except BaseException:
            remove_landed(photo_store, landed, package)
            raise
    return counts, landed


def _is_noop(plan: RowPlan) -> bool:
    if plan.action in (Action.ADD, Action.UPDATE, Action.CONFLICT):
        return False
    return plan.action is Action.KEEP_LOCAL or plan.state_is_current


def _signature(plans: tuple[RowPlan, ...]) -> list[tuple[str, Action]]:
    return [(plan.key, plan.action) for plan in plans]


def _checked_resolutions(
    preview: PackagePreview, resolutions: Mapping[str, str], where: str
) -> dict[str, Choice]:
    keys = {conflict.key for conflict in preview.conflicts}
    unknown = sorted(set(resolutions) - keys)
    if unknown:
        raise PackageError(f"没有这一处冲突：{unknown[0]}", where=where, kind="resolution")
    chosen: dict[str, Choice] = {}
    for key in sorted(keys):
        choice = resolutions.get(key)
        if choice not in CHOICES:
            raise PackageError(
                f"还有 {len(keys - set(resolutions))} 处冲突未选择保留本机或采用包中的内容"
                if choice is None
                else f"冲突 {key} 的处理方式 {choice!r} 无效（应为 local 或 incoming）",
                where=where,
                kind="resolution",
            )
        chosen[key] = "local" if choice == "local" else "incoming"
    return chosen
