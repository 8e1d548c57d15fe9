"""What a printed form says, as plain frozen values: no database rows, no reportlab.

The export service gathers these from the store; the renderers take nothing else. They
pickle, so a form can be rendered in a worker process, and they are hashed into the
verification code printed on every page (see ``fingerprint``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class PhotoEntry:
    """One photo as the form shows it; ``path`` is the upright display copy (None: missing)."""

    sha256: str
    path: str | None
    caption: str
    item_code: str | None = None
    item_text: str = ""
    taken_at: datetime | None = None


@dataclass(frozen=True)
class SignatureEntry:
    """A handwritten signature: who, in which role, when, and the drawn image (PNG)."""

    signer_name: str
    role: str
    signed_at: datetime
    image_png: bytes | None = None


@dataclass(frozen=True)
class RequirementLine:
    """A principle requirement (原则要求) and what the inspector found: pass, fail or unchecked."""

    code: str
    text: str
    passed: bool | None
    note: str = ""


@dataclass(frozen=True)
class ItemLine:
    """One scored item: points earned, or N/A, or not yet scored (``points`` None, not N/A)."""

    code: str
    text: str
    max_points: Decimal
    points: Decimal | None
    na: bool
    level: str | None
    finding: str


@dataclass(frozen=True)
class SectionBlock:
    code: str
    title: str
    weight: Decimal
    items: tuple[ItemLine, ...]
    score: Decimal | None  # on the section's own weight; None when every item is N/A
    earned: Decimal
    possible: Decimal


@dataclass(frozen=True)
class EligibilityLine:
    """A prerequisite (申报条件) checked against the community's facts: met/failed/unknown."""

    text: str
    status: str  # met / failed / unknown
    recorded: str  # the community's fact as recorded ("3", "是"), "" if not recorded


@dataclass(frozen=True)
class RectificationLine:
    item_code: str | None
    problem: str
    deadline: date | None
    status: str


@dataclass(frozen=True)
class CommunityFacts:
    """The community as the forms describe it."""

    name: str
    district: str
    street: str
    address: str
    property_company: str
    manager_name: str
    contact_phone: str = ""
    year_built: int | None = None
    buildings: int | None = None
    households: int | None = None
    occupancy_rate: Decimal | None = None
    fee_collection_rate: Decimal | None = None
    description: str = ""


@dataclass(frozen=True)
class ScoreSheetData:
    """Everything on one inspection's score sheet (考察评分表)."""

    inspection_id: str
    community: CommunityFacts
    campaign: str
    standard_title: str
    standard_version: str
    visit_date: date
    inspector: str
    inspector_unit: str
    status: str  # draft / signed / submitted
    requirements: tuple[RequirementLine, ...]
    sections: tuple[SectionBlock, ...]
    total: Decimal | None
    verdict: str
    completeness: str
    eligibility: tuple[EligibilityLine, ...]
    rectifications: tuple[RectificationLine, ...]
    photos: tuple[PhotoEntry, ...]
    signatures: tuple[SignatureEntry, ...]
    generated_at: datetime  # printed, but not part of the verification code


@dataclass(frozen=True)
class ScorePart:
    """One part of a composite total (调查 30% …); ``value`` None while not entered."""

    title: str
    weight: Decimal
    value: Decimal | None


@dataclass(frozen=True)
class Evaluation:
    """The inspectors' verdict on a community in a campaign, as the bureau compiled it."""

    aggregate: Decimal | None  # the inspectors' totals combined; None: nobody scored yet
    trimmed: bool  # 去掉一个最高分和一个最低分
    inspector_count: int
    rank: int | None  # among the communities that take part in the ranking
    ranked_count: int  # how many take part (not excluded, not pending, scored)
    gates_passed: bool | None
    failed_requirements: tuple[str, ...]  # "R7 环境整洁……"
    eligible: bool
    eligibility_problems: tuple[str, ...]
    composite: tuple[ScorePart, ...] = ()  # composite standards only
    composite_total: Decimal | None = None
    # Why ``rank`` is None though the community was scored: services.compile.Standing
    # ("excluded": 不参与排名, "pending": 暂不排名, "unscored", "ranked") and its reasons.
    standing: str = "ranked"
    unranked_reasons: tuple[str, ...] = ()  # "原则要求 R7 未通过", "申报条件 E1 不满足"


@dataclass(frozen=True)
class Opinions:
    """The two opinion boxes: the property company's and the district bureau's."""

    decision: str | None  # recommend / not_recommend / None
    company_opinion: str
    bureau_opinion: str
    company_signatures: tuple[SignatureEntry, ...]
    bureau_signature_png: bytes | None
    bureau_seal_png: bytes | None
    bureau_signed_on: date | None


@dataclass(frozen=True)
class RecommendationData:
    """Everything on one community's recommendation form (推荐表)."""

    campaign: str
    year: int
    district: str
    community: CommunityFacts
    evaluation: Evaluation
    opinions: Opinions
    gate_photo: PhotoEntry | None
    interior_photo: PhotoEntry | None
    generated_at: datetime  # printed, but not part of the verification code


FormData = ScoreSheetData | RecommendationData


@dataclass(frozen=True)
class Placement:
    """Where a box landed in a rendered PDF: 0-based page and rectangle in points."""

    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class RenderInfo:
    """What rendering a form produced besides the file."""

    pages: int
    code: str  # the verification code printed on every page
    signature_box: Placement | None  # the box reserved for a digital signature, if any
