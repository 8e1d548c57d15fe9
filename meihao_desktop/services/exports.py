"""Exporting the forms as PDF: gather what they say from the store, then render and sign.

Gathering reads the database and produces the plain frozen values of
``reports.model``; rendering takes nothing else, so a district's forms are drawn in
worker processes (``reports.batch``). Every PDF is written under a temporary name in
the destination folder and renamed into place when complete. reportlab and pyHanko are
imported only when a form is rendered or signed.

The recommendation form states the campaign's results as the compiled table does
(``CompileService``: the same aggregate, gates, eligibility and rank).

Call the exports from a background job: a score sheet with 40 photos takes a fraction
of a second, a few seconds if the photos' display copies must be made first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session, col, select

from meihao_desktop.domain.aggregation import AggregateMethod
from meihao_desktop.domain.community import eligibility_facts
from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.domain.scoring import ItemScore, ScoreResult, score_inspection
from meihao_desktop.domain.standards import Standard
from meihao_desktop.media.formats import extension_for
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.reports import assemble, model
from meihao_desktop.reports.batch import BatchResult, Cancelled, Job, Progress, RenderPool
from meihao_desktop.reports.files import unique_names, writable_folder
from meihao_desktop.reports.render import produce
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.services.compile import Compilation, CompiledRow, CompileService
from meihao_desktop.services.signatures import current_signatures, find_recommendation
from meihao_desktop.signing.request import SignRequest
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import (
    Campaign,
    Community,
    Finding,
    Inspection,
    Inspector,
    Photo,
    Rectification,
    RequirementCheck,
    Signature,
)
from meihao_desktop.store.types import utcnow

Row = TypeVar("Row", Inspection, Community, Campaign, Inspector)
Detail = TypeVar("Detail", Finding, RequirementCheck, Rectification)
BureauImages = tuple[bytes | None, bytes | None]  # drawn signature, seal


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    code: str  # the verification code printed on every page
    signed: bool


def _get(session: Session, table: type[Row], key: str, what: str) -> Row:
    row = session.get(table, key)
    if row is None:
        raise NotFoundError(f"没有编号为 {key} 的{what}")
    return row


def _signature(row: Signature) -> model.SignatureEntry:
    return model.SignatureEntry(row.signer_name, row.role, row.signed_at, row.image_png)


def _evaluation(row: CompiledRow | None, compilation: Compilation) -> model.Evaluation:
    """The compiled table's row, as the recommendation form states it."""
    # Only the communities that take part: excluded (一票否决) and pending ones have no rank.
    ranked = sum(1 for r in compilation.rows if r.rank is not None)
    if row is None:  # the community has no inspection, score or decision in the campaign
        return model.Evaluation(
            None, False, 0, None, ranked, None, (), True, (), standing="unscored"
        )
    combined = row.aggregate
    composite = row.composite
    return model.Evaluation(
        aggregate=combined.value if combined else None,
        trimmed=combined is not None and combined.method is AggregateMethod.TRIMMED_MEAN,
        inspector_count=combined.count if combined else 0,
        rank=row.rank,
        ranked_count=ranked,
        gates_passed=row.gates_passed,
        failed_requirements=tuple(f"{g.code} {g.text}" for g in row.failed_gates),
        eligible=row.eligible,
        eligibility_problems=tuple(r.reason for r in row.failed_eligibility),
        composite=()
        if composite is None
        else tuple(
            model.ScorePart(p.component.title, p.component.weight, p.value) for p in composite.parts
        ),
        composite_total=None if composite is None else composite.total,
        standing=str(row.standing),
        unranked_reasons=row.unranked_reasons,
    )


def _opinions(
    session: Session, campaign_id: str, community_id: str, bureau_images: BureauImages
) -> model.Opinions:
    """The saved opinions and signatures; images passed in are the bureau's, signing today."""
    recommendation, signatures = find_recommendation(session, campaign_id, community_id)
    company = [s for s in signatures if s.purpose == "company"]
    bureau = [s for s in signatures if s.purpose != "company"]
    signature_png, seal_png = bureau_images
    signed_on: date | None = None
    if signature_png is None and bureau:  # a seal alone is stamped beside the stored one
        signature_png, signed_on = bureau[-1].image_png, bureau[-1].signed_at.astimezone().date()
    if bureau_images != (None, None):
        signed_on = date.today()
    return model.Opinions(
        decision=recommendation.decision if recommendation else None,
        company_opinion=recommendation.company_opinion if recommendation else "",
        bureau_opinion=recommendation.bureau_opinion if recommendation else "",
        company_signatures=tuple(_signature(s) for s in company),
        bureau_signature_png=signature_png,
        bureau_seal_png=seal_png,
        bureau_signed_on=signed_on,
    )


def _photo_rows(session: Session, inspection_ids: Sequence[str]) -> list[Photo]:
    """The photos of the inspections (not in the trash), by visit date and position.

    After-photos of rectifications are left out: they came after the inspection was
    signed and are not part of what the inspector saw and signed.
    """
    after_photos = select(Rectification.after_photo_id).where(
        col(Rectification.after_photo_id).is_not(None)
    )
    query = (
        select(Photo)
        .join(Inspection, col(Photo.inspection_id) == Inspection.id)
        .where(col(Photo.inspection_id).in_(inspection_ids), col(Photo.deleted_at).is_(None))
        .where(col(Photo.id).not_in(after_photos))
        .order_by(col(Inspection.visit_date), col(Photo.position), col(Photo.created_at))
    )
    return list(session.exec(query).all())


def _score(
    standard: Standard,
    community: Community,
    findings: Sequence[Finding],
    checks: Sequence[RequirementCheck],
) -> ScoreResult:
    scores = [
        ItemScore(f.item_code, f.points, f.na) for f in findings if standard.item(f.item_code)
    ]
    gates = {c.requirement_code: c.passed for c in checks}
    return score_inspection(standard, scores, gates, eligibility_facts(community.model_dump()))


@dataclass
class _SheetRows:
    """The rows one score sheet is made of."""

    inspection: Inspection
    community: Community
    campaign: Campaign
    inspector: Inspector
    findings: list[Finding]
    checks: list[RequirementCheck]
    problems: list[Rectification]
    photos: list[Photo]
    signatures: list[Signature]


def _of_inspection(session: Session, table: type[Detail], inspection_id: str) -> list[Detail]:
    return list(session.exec(select(table).where(table.inspection_id == inspection_id)))


def _read_sheet(session: Session, inspection_id: str) -> _SheetRows:
    inspection = _get(session, Inspection, inspection_id, "考察记录")
    problems = sorted(
        _of_inspection(session, Rectification, inspection_id),
        key=lambda r: (r.deadline or date.max, r.created_at),
    )
    return _SheetRows(
        inspection=inspection,
        community=_get(session, Community, inspection.community_id, "小区"),
        campaign=_get(session, Campaign, inspection.campaign_id, "评选活动"),
        inspector=_get(session, Inspector, inspection.inspector_id, "考察人员"),
        findings=_of_inspection(session, Finding, inspection_id),
        checks=_of_inspection(session, RequirementCheck, inspection_id),
        problems=problems,
        photos=_photo_rows(session, [inspection_id]),
        signatures=current_signatures(session, inspection),
    )


class ExportService:
    """Score sheets, recommendation forms and a district's forms as PDF files.

    ``photo_root`` is the photo store beside the database (``PhotoStore.beside(db.path)
    .root``); photos are printed from its upright display copies, made from the
    originals first where missing.
    """

    def __init__(self, db: Database, catalog: StandardsCatalog, photo_root: Path) -> None:
        self._db = db
        self._catalog = catalog
        self._store = PhotoStore(Path(photo_root))

    def export_score_sheet(
        self, inspection_id: str, dest: Path, sign: SignRequest | None = None
    ) -> ExportResult:
        """Write the score sheet of one inspection to ``dest``, signed if ``sign`` is given."""
        info = produce(self.score_sheet_data(inspection_id), Path(dest), sign)
        return ExportResult(Path(dest), info.pages, info.code, sign is not None)

    def export_recommendation(
        self,
        campaign_id: str,
        community_id: str,
        dest: Path,
        sign: SignRequest | None = None,
        *,
        signature_png: bytes | None = None,
        seal_png: bytes | None = None,
    ) -> ExportResult:
        """Write one community's recommendation form to ``dest``.

        ``signature_png``/``seal_png``: the bureau's drawn signature and seal, printed in
        its opinion box and dated today (default: the latest bureau signature stored).
        """
        data = self.recommendation_data(
            campaign_id, community_id, signature_png=signature_png, seal_png=seal_png
        )
        info = produce(data, Path(dest), sign)
        return ExportResult(Path(dest), info.pages, info.code, sign is not None)

    def export_district(
        self,
        campaign_id: str,
        folder: Path,
        workers: int = 2,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        sign: SignRequest | None = None,
        pool: RenderPool | None = None,
        seal_png: bytes | None = None,
    ) -> BatchResult:
        """One recommendation form per community of the campaign, in worker processes.

        ``progress(done, total, path)`` follows each file written; once ``cancelled()``
        is true no further form is started. Files are named 推荐表-区县-小区.pdf.
        ``pool``: a long-lived, warm ``RenderPool`` to draw in (``workers`` is then its
        own); without one, a pool of ``workers`` processes is started for this export.
        ``seal_png``: the bureau's seal, stamped on every form today (beside the bureau's
        stored drawn signature, if any).
        """
        folder = Path(folder)
        writable_folder(folder)
        if pool is not None:
            jobs = self._district_jobs(campaign_id, folder, sign, seal_png)
            return pool.run(jobs, progress, cancelled)
        # The workers start (and import reportlab) while the forms' data is gathered.
        with RenderPool(workers) as temporary:
            jobs = self._district_jobs(campaign_id, folder, sign, seal_png)
            return temporary.run(jobs, progress, cancelled)

    def _district_jobs(
        self, campaign_id: str, folder: Path, sign: SignRequest | None, seal_png: bytes | None
    ) -> list[Job]:
        """One job per community's form, named 推荐表-区县-小区.pdf (numbered if repeated)."""
        forms = self.district_data(campaign_id, seal_png=seal_png)
        names = unique_names([f"推荐表-{f.community.district}-{f.community.name}" for f in forms])
        return [
            Job(data, folder / f"{name}.pdf", sign) for data, name in zip(forms, names, strict=True)
        ]

    def score_sheet_data(self, inspection_id: str) -> model.ScoreSheetData:
        """What the score sheet of one inspection says."""
        with self._db.session() as session:
            rows = _read_sheet(session, inspection_id)
        standard = self._catalog.get(rows.campaign.standard_id)
        result = _score(standard, rows.community, rows.findings, rows.checks)
        texts = {
            f.item_code: assemble.FindingText(f.points, f.na, f.level, f.text)
            for f in rows.findings
        }
        checks = {c.requirement_code: (c.passed, c.note) for c in rows.checks}
        return model.ScoreSheetData(
            inspection_id=rows.inspection.id,
            community=assemble.community_facts(rows.community.model_dump()),
            campaign=rows.campaign.name,
            standard_title=standard.title,
            standard_version=rows.campaign.standard_version,
            visit_date=rows.inspection.visit_date,
            inspector=rows.inspector.name,
            inspector_unit=rows.inspector.unit,
            status=rows.inspection.status,
            requirements=assemble.requirements(result, checks),
            sections=assemble.sections(result, texts),
            total=result.total,
            verdict=result.verdict,
            completeness=result.completeness,
            eligibility=assemble.eligibility(result.eligibility),
            rectifications=tuple(
                model.RectificationLine(r.item_code, r.problem, r.deadline, r.status)
                for r in rows.problems
            ),
            photos=self._photo_entries(rows.photos, standard),
            signatures=tuple(_signature(s) for s in rows.signatures),
            generated_at=utcnow(),
        )

    def recommendation_data(
        self,
        campaign_id: str,
        community_id: str,
        *,
        signature_png: bytes | None = None,
        seal_png: bytes | None = None,
    ) -> model.RecommendationData:
        """What one community's recommendation form says."""
        compilation = CompileService(self._db, self._catalog).compile(campaign_id)
        with self._db.session() as session:
            community = _get(session, Community, community_id, "小区")
            return self._recommendation(session, compilation, community, (signature_png, seal_png))

    def district_data(
        self, campaign_id: str, *, seal_png: bytes | None = None
    ) -> list[model.RecommendationData]:
        """The recommendation form of every community in the campaign, in ranking order
        (with the bureau's ``seal_png`` stamped, if given)."""
        compilation = CompileService(self._db, self._catalog).compile(campaign_id)
        ids = [row.community_id for row in compilation.rows]
        with self._db.session() as session:
            found = {
                c.id: c for c in session.exec(select(Community).where(col(Community.id).in_(ids)))
            }
            return [
                self._recommendation(session, compilation, found[key], (None, seal_png))
                for key in ids
            ]

    def _recommendation(
        self,
        session: Session,
        compilation: Compilation,
        community: Community,
        bureau_images: BureauImages,
    ) -> model.RecommendationData:
        campaign_id = compilation.campaign_id
        row = next((r for r in compilation.rows if r.community_id == community.id), None)
        inspections = session.exec(
            select(Inspection.id).where(
                Inspection.campaign_id == campaign_id, Inspection.community_id == community.id
            )
        ).all()
        photos = self._photo_entries(_photo_rows(session, inspections), compilation.standard)
        gate, interior = assemble.pick_photos(photos)
        district = session.exec(select(Campaign.district).where(Campaign.id == campaign_id)).one()
        return model.RecommendationData(
            campaign=compilation.campaign,
            year=compilation.year,
            district=district or community.district,
            community=assemble.community_facts(community.model_dump()),
            evaluation=_evaluation(row, compilation),
            opinions=_opinions(session, campaign_id, community.id, bureau_images),
            gate_photo=gate,
            interior_photo=interior,
            generated_at=utcnow(),
        )

    def _photo_entries(
        self, photos: Sequence[Photo], standard: Standard
    ) -> tuple[model.PhotoEntry, ...]:
        """The photos as forms print them, from display copies (made first where missing)."""
        self._make_missing_display_copies(photos)
        entries = []
        for photo in photos:
            display = self._store.display_path(photo.sha256)
            item = standard.item(photo.item_code) if photo.item_code else None
            entries.append(
                model.PhotoEntry(
                    sha256=photo.sha256,
                    path=str(display) if display.is_file() else None,
                    caption=photo.caption,
                    item_code=photo.item_code,
                    item_text=item.text if item else "",
                    taken_at=photo.taken_at,
                )
            )
        return tuple(entries)

    def _make_missing_display_copies(self, photos: Sequence[Photo]) -> None:
        originals = set()
        for photo in photos:
            if self._store.display_path(photo.sha256).is_file():
                continue
            try:
                original = self._store.original_path(photo.sha256, extension_for(photo.media_type))
            except ValueError:  # no known format recorded: nothing to make a copy from
                continue
            if original.is_file():
                originals.add(original)
        if originals:
            from meihao_desktop.media.importer import import_photos

            # A photo that fails here is printed as "照片文件缺失"; the export goes on.
            import_photos(sorted(originals), self._store)
