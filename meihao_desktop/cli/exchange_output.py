"""JSON shapes and text of the package, compile commands (decimals as "87.50" strings)."""

from __future__ import annotations

from typing import Any

from meihao_desktop.domain.numbers import shown_str
from meihao_desktop.exchange import ACTION_NAMES, Conflict, ImportResult, PackagePreview
from meihao_desktop.exchange.natural_keys import KeyMatch
from meihao_desktop.exchange.rows import BY_NAME
from meihao_desktop.services.compile import Compilation, CompiledRow


def preview_json(preview: PackagePreview) -> dict[str, Any]:
    manifest = preview.manifest
    return {
        "file": preview.file_name,
        "signer": {
            "name": preview.signer.name,
            "fingerprint": preview.signer.fingerprint,
            "algorithm": preview.signer.algorithm,
            "certificate_subject": preview.signer.certificate_subject,
        },
        "exported_by": {"inspector": manifest.inspector, "device": manifest.device},
        "created_at": manifest.created_at.isoformat(),
        "inspections": [
            {
                "id": e.id,
                "community": e.community,
                "inspector": e.inspector,
                "visit_date": e.visit_date.isoformat(),
                "status": e.status,
                "findings": e.findings,
                "photos": e.photos,
                "action": str(e.action),
            }
            for e in preview.inspections
        ],
        "counts": {
            table: {str(action): n for action, n in sorted(counter.items())}
            for table, counter in preview.counts.items()
            if counter
        },
        "conflicts": [_conflict_json(c) for c in preview.conflicts],
        "matches": [_match_json(m) for m in (*preview.matches, *preview.ambiguous)],
        "warnings": list(preview.warnings),
    }


def _match_json(m: KeyMatch) -> dict[str, Any]:
    """A community or campaign paired with ours by name (or not: "ambiguous")."""
    return {
        "table": m.table,
        "kind": str(m.kind),
        "package_id": m.incoming_id,
        "local_id": m.local_id,
        "name": m.name,
        "district": m.district,
        "year": m.year,
        "message": m.message,
    }


def _conflict_json(c: Conflict) -> dict[str, Any]:
    return {
        "key": c.key,
        "table": c.table,
        "title": c.title,
        "fields": [
            {"field": d.field, "label": d.label, "local": d.local, "incoming": d.incoming}
            for d in c.differences
        ],
        "local": {
            "version": c.local_version,
            "updated_at": c.local_updated_at.isoformat(),
            "by": c.local_by,
        },
        "incoming": {
            "version": c.incoming_version,
            "updated_at": c.incoming_updated_at.isoformat(),
            "by": c.incoming_by,
        },
    }


def preview_text(preview: PackagePreview) -> list[str]:
    manifest, signer = preview.manifest, preview.signer
    lines = [
        f"数据包 {preview.file_name}：{manifest.inspector} 于 {manifest.created_at:%Y-%m-%d %H:%M} "
        f"在 {manifest.device} 导出",
        f"签名人：{signer.name}；密钥指纹：{signer.fingerprint}（签名有效，导出后未被修改）",
    ]
    lines += [
        f"  {e.community}\t{e.inspector}\t{e.visit_date}\t{ACTION_NAMES[e.action]}"
        for e in preview.inspections
    ]
    for table, counter in preview.counts.items():
        if counter:
            parts = "，".join(f"{ACTION_NAMES[a]} {n}" for a, n in sorted(counter.items()))
            lines.append(f"  {BY_NAME[table].label}：{parts}")
    lines += [f"合并：{match.message}" for match in preview.matches]
    lines += [f"注意：{warning}" for warning in preview.warnings]
    for conflict in preview.conflicts:
        lines.append(
            f"冲突 {conflict.key}：{conflict.title}（本机 v{conflict.local_version} "
            f"{conflict.local_by}；包中 v{conflict.incoming_version} {conflict.incoming_by}）"
        )
        lines += [
            f"    {d.label}：本机 {d.local!r} ↔ 包中 {d.incoming!r}" for d in conflict.differences
        ]
    return lines


def result_json(result: ImportResult) -> dict[str, Any]:
    counts = result.counts
    return {
        "changed": result.changed,
        "added": counts.added,
        "updated": counts.updated,
        "conflicts_took_incoming": counts.took_incoming,
        "conflicts_kept_local": counts.kept_local,
        "photos_added": result.photos_added,
        "photos_present": result.photos_present,
        "derivative_failures": list(result.derivatives.failures) if result.derivatives else [],
    }


def compilation_json(compilation: Compilation) -> dict[str, Any]:
    return {
        "campaign": {
            "id": compilation.campaign_id,
            "name": compilation.campaign,
            "year": compilation.year,
            "standard": compilation.standard.id,
            "trim_min_scorers": compilation.trim_min_scorers,
        },
        "rows": [_row_json(row) for row in compilation.rows],
    }


def _row_json(row: CompiledRow) -> dict[str, Any]:
    agg = row.aggregate
    return {
        "rank": row.rank,
        "standing": str(row.standing),
        "unranked_reasons": list(row.unranked_reasons),
        "community_id": row.community_id,
        "community": row.community,
        "district": row.district,
        "street": row.street,
        "total": shown_str(row.total),
        "aggregate": shown_str(agg.value) if agg else None,
        "method": str(agg.method) if agg else None,
        "scorers": row.scorers,
        "min": shown_str(agg.minimum) if agg else None,
        "max": shown_str(agg.maximum) if agg else None,
        "sections": {code: shown_str(value) for code, value in row.sections.items()},
        "gates_passed": row.gates_passed,
        "failed_requirements": [
            {"code": g.code, "inspectors": list(g.inspectors)} for g in row.failed_gates
        ],
        "eligible": row.eligible,
        "failed_eligibility": [
            {"code": r.rule.code, "reason": r.reason} for r in row.failed_eligibility
        ],
        "composite": None
        if row.composite is None
        else {p.component.code: shown_str(p.value) for p in row.composite.parts},
        "decision": row.decision,
        "inspectors": [
            {
                "inspection_id": s.inspection_id,
                "inspector": s.inspector,
                "total": shown_str(s.total),
                "status": s.status,
                "completeness": s.completeness,
            }
            for s in row.scores
        ],
    }
