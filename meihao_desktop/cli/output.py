"""Turning domain and service results into the CLI's stable JSON shapes.

Decimals are strings rounded half-up to 2 places ("87.50"), so scripts never see floats.
"""

from __future__ import annotations

from typing import Any

from meihao_desktop.domain.numbers import shown_str
from meihao_desktop.domain.scoring import ScoreResult
from meihao_desktop.domain.standards import Standard
from meihao_desktop.services.inspections import InspectionDetail, InspectionSummary
from meihao_desktop.store.models import Community


def standard_json(standard: Standard) -> dict[str, Any]:
    return {
        "id": standard.id,
        "title": standard.title,
        "version": standard.version,
        "source": standard.source,
        "requirements": [{"code": r.code, "text": r.text} for r in standard.requirements],
        "sections": [
            {
                "code": s.code,
                "title": s.title,
                "weight": str(s.weight),
                "items": [
                    {
                        "code": i.code,
                        "text": i.text,
                        "max_points": str(i.max_points),
                        "scale": i.scale.id,
                        "na_allowed": i.na_allowed,
                    }
                    for i in s.items
                ],
            }
            for s in standard.sections
        ],
        "eligibility": [
            {
                "code": r.code,
                "text": r.text,
                "field": r.field,
                "op": str(r.op),
                "value": list(r.value)
                if isinstance(r.value, tuple)
                else (None if r.value is None else str(r.value)),
            }
            for r in standard.eligibility
        ],
        "components": [
            {"code": c.code, "title": c.title, "weight": str(c.weight), "source": str(c.source)}
            for c in standard.components
        ],
        "aggregation": {"trim_min_scorers": standard.aggregation.trim_min_scorers},
    }


COMMUNITY_FIELDS = (
    "name",
    "district",
    "street",
    "admin_community",
    "address",
    "property_company",
    "manager_name",
    "households",
    "buildings",
    "year_built",
    "occupancy_rate",
    "fee_collection_rate",
    "contact_name",
    "contact_phone",
    "red_property_stars",
    "cross_appointment",
    "joint_party_org",
    "demonstration_level",
)


def community_json(community: Community) -> dict[str, Any]:
    data: dict[str, Any] = {"id": community.id}
    for field in COMMUNITY_FIELDS:
        value = getattr(community, field)
        data[field] = str(value) if field.endswith("_rate") and value is not None else value
    return data


def inspection_summary_json(summary: InspectionSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "community_id": summary.community_id,
        "community": summary.community,
        "district": summary.district,
        "inspector": summary.inspector,
        "campaign_id": summary.campaign_id,
        "standard": summary.standard_id,
        "visit_date": summary.visit_date.isoformat(),
        "status": summary.status,
    }


def inspection_detail_json(detail: InspectionDetail) -> dict[str, Any]:
    data = inspection_summary_json(detail.summary)
    findings = []
    for item in detail.standard.items:
        finding = detail.findings.get(item.code)
        findings.append(
            {
                "item_code": item.code,
                "points": None
                if finding is None or finding.points is None
                else str(finding.points),
                "level": None if finding is None else finding.level,
                "na": bool(finding and finding.na),
                "text": "" if finding is None else finding.text,
            }
        )
    data["findings"] = findings
    data["requirements"] = [
        {
            "code": r.code,
            "passed": c.passed if (c := detail.requirement_checks.get(r.code)) else None,
            "note": c.note if c else "",
        }
        for r in detail.standard.requirements
    ]
    return data


def score_json(result: ScoreResult) -> dict[str, Any]:
    return {
        "total": shown_str(result.total),
        "sections": [
            {
                "code": s.section.code,
                "title": s.section.title,
                "score": shown_str(s.score),
                "weight": str(s.section.weight),
                "effective_weight": shown_str(s.effective_weight),
                "na": s.na,
                "earned": str(s.earned),
                "possible": str(s.possible),
            }
            for s in result.sections
        ],
        "gates_passed": result.gates_passed,
        "failed_requirements": [r.code for r in result.failed_requirements],
        "unchecked_requirements": [r.code for r in result.unchecked_requirements],
        "eligible": result.eligible,
        "failed_eligibility": [
            {"code": r.rule.code, "reason": r.reason, "status": str(r.status)}
            for r in result.failed_eligibility
        ],
        "completeness": result.completeness,
        "verdict": result.verdict,
    }
