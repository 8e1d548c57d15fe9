"""What the import dialog shows before the user confirms: who signed the package, what
it holds, what importing it will add, update or leave, every conflict side by side, and
the communities and campaigns it pairs with ours by name (``natural_keys``), or could
not pair because several of ours share the name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from meihao_desktop.domain.community import FIELD_LABELS as COMMUNITY_LABELS
from meihao_desktop.exchange.keys import SignerInfo
from meihao_desktop.exchange.manifest import Manifest
from meihao_desktop.exchange.merge import Action, RowPlan
from meihao_desktop.exchange.natural_keys import MATCHED_TABLES, KeyMatch, MatchKind
from meihao_desktop.exchange.reader import PhotoFile, VerifiedPackage
from meihao_desktop.exchange.rows import BY_NAME, META, TABLES, RowRecord, display

FIELD_LABELS: dict[str, str] = {
    **COMMUNITY_LABELS,
    "points": "得分",
    "level": "等级",
    "na": "不适用",
    "text": "考察发现",
    "passed": "是否符合",
    "note": "备注",
    "status": "状态",
    "summary": "考察小结",
    "visit_date": "考察日期",
    "signed_at": "签名时间",
    "caption": "照片说明",
    "item_code": "评分项",
    "position": "照片顺序",
    "deleted_at": "移入回收站时间",
    "problem": "问题描述",
    "deadline": "整改期限",
    "rectified_at": "整改完成时间",
    "rectified_note": "整改说明",
    "after_photo_id": "整改后照片",
    "verified_at": "销号时间",
    "verified_by": "销号人",
    "decision": "推荐决定",
    "bureau_opinion": "主管部门意见",
    "company_opinion": "物业服务单位意见",
    "rank": "排名",
    "value": "分数",
    "unit": "单位",
    "role": "角色",
    "phone": "电话",
    "year": "年度",
    "trim_min_scorers": "去掉最高最低分的最少人数",
    "image_png": "签名图片",
    "signer_name": "签名人",
    "purpose": "用途",
}


@dataclass(frozen=True)
class InspectionEntry:
    """One inspection the package carries, as the preview lists it."""

    id: str
    community: str
    district: str
    inspector: str
    visit_date: date
    status: str
    findings: int
    photos: int
    action: Action


@dataclass(frozen=True)
class FieldDifference:
    field: str
    label: str
    local: str | None
    incoming: str | None


@dataclass(frozen=True)
class Conflict:
    """A row changed on both sides since they last exchanged it; the user picks one."""

    key: str  # the key of ``resolutions``: "finding:<id>"
    table: str
    table_label: str
    row_id: str
    title: str  # e.g. "东方瑞园 / 周雯 / 评分项 3.2"
    differences: tuple[FieldDifference, ...]
    local_version: int
    local_updated_at: datetime
    local_by: str
    incoming_version: int
    incoming_updated_at: datetime
    incoming_by: str


@dataclass(frozen=True)
class PackagePreview:
    package: VerifiedPackage
    plans: tuple[RowPlan, ...]
    conflicts: tuple[Conflict, ...]
    inspections: tuple[InspectionEntry, ...]

    @property
    def path(self) -> Path:
        return self.package.path

    @property
    def file_name(self) -> str:
        return self.package.file_name

    @property
    def manifest(self) -> Manifest:
        return self.package.manifest

    @property
    def signer(self) -> SignerInfo:
        return self.package.signer

    @property
    def photos(self) -> tuple[PhotoFile, ...]:
        return tuple(self.package.photos.values())

    @property
    def counts(self) -> dict[str, Counter[Action]]:
        """Per table: how many rows each action applies to."""
        counts: dict[str, Counter[Action]] = {spec.name: Counter() for spec in TABLES}
        for plan in self.plans:
            counts[plan.incoming.table][plan.action] += 1
        return counts

    @property
    def totals(self) -> Counter[Action]:
        return Counter(plan.action for plan in self.plans)

    @property
    def matches(self) -> tuple[KeyMatch, ...]:
        """Communities and campaigns of the package taken as ours (made apart on the
        laptop, same name and district), the new pairings first."""
        return tuple(m for m in self._key_matches() if m.merged)

    @property
    def ambiguous(self) -> tuple[KeyMatch, ...]:
        """Communities and campaigns not paired because several rows share their name:
        they come in as new ones, and the user should be warned."""
        return tuple(m for m in self._key_matches() if not m.merged)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the user is warned of, each once (two twins of the package give one)."""
        return tuple(dict.fromkeys(match.message for match in self.ambiguous))

    def _key_matches(self) -> list[KeyMatch]:
        found = [plan.match for plan in self.plans if plan.match is not None]
        order = {kind: n for n, kind in enumerate(MatchKind)}
        return sorted(
            found,
            key=lambda m: (order[m.kind], MATCHED_TABLES.index(m.table), m.name, m.district),
        )

    @property
    def changes_anything(self) -> bool:
        if any(m.kind is MatchKind.MERGED for m in self.matches):
            return True  # the pairing itself is remembered
        return any(p.action in (Action.ADD, Action.UPDATE, Action.CONFLICT) for p in self.plans)


def describe_conflict(
    plan: RowPlan, titles: Mapping[str, str], local_by: str, incoming_by: str
) -> Conflict:
    incoming, local = plan.incoming, plan.local
    assert local is not None
    spec = BY_NAME[incoming.table]
    # A paired row: only what both sides fill differently; ours' blanks are filled anyway
    # and the laptop's blanks never empty ours (``RowPlan.kept`` / ``taken``).
    kept, taken = plan.kept or local, plan.taken
    differences = tuple(
        FieldDifference(
            column.name,
            FIELD_LABELS.get(column.name, column.name),
            display(column.kind, kept.values[column.name]),
            display(column.kind, taken.values[column.name]),
        )
        for column in spec.columns
        if column.name not in META and kept.values[column.name] != taken.values[column.name]
    )
    return Conflict(
        key=plan.key,
        table=spec.name,
        table_label=spec.label,
        row_id=incoming.id,
        # A paired row has our id, which the package's titles do not know.
        title=titles.get(incoming.id) or row_title(incoming),
        differences=differences,
        local_version=local.version,
        local_updated_at=local.updated_at,
        local_by=local_by,
        incoming_version=incoming.version,
        incoming_updated_at=incoming.updated_at,
        incoming_by=incoming_by,
    )


def row_titles(rows: Mapping[str, tuple[RowRecord, ...]]) -> dict[str, str]:
    """A short name for each row of a package, for the conflict list."""
    names = {r.id: str(r.values["name"]) for t in ("community", "inspector") for r in rows[t]}
    context = {
        r.id: " / ".join(names.get(r.values[key], "") for key in ("community_id", "inspector_id"))
        for r in rows["inspection"]
    }
    titles: dict[str, str] = {}
    for table, table_rows in rows.items():
        for row in table_rows:
            titles[row.id] = _title(table, row.values, names, context)
    return titles


def row_title(row: RowRecord) -> str:
    """A row's short name from its own values (in full for communities, campaigns and
    inspectors; else its kind and detail without the inspection's context)."""
    return _title(row.table, row.values, {}, {})


def _title(
    table: str, values: Mapping[str, Any], names: Mapping[str, str], context: Mapping[str, str]
) -> str:
    where = context.get(str(values.get("inspection_id")), "")
    own = {
        "community": lambda: f"小区 {values['name']}",
        "inspector": lambda: f"考察人员 {values['name']}",
        "campaign": lambda: f"评选活动 {values['name']}",
        "inspection": lambda: f"{context.get(str(values['id']), '')} 的考察记录",
        "finding": lambda: f"{where} / 评分项 {values['item_code']}",
        "requirement_check": lambda: f"{where} / 原则要求 {values['requirement_code']}",
        "photo": lambda: f"{where} / 照片 {values['original_name']}",
        "rectification": lambda: f"{where} / 整改问题 {str(values['problem'])[:20]}",
        "recommendation": lambda: f"{names.get(values['community_id'], '')} 的推荐意见",
        "entered_score": lambda: (
            f"{names.get(values['community_id'], '')} 的录入分数 {values['component_code']}"
        ),
        "signature": lambda: f"签名 {values['signer_name']}",
    }
    return own[table]()


def inspection_entries(
    rows: Mapping[str, tuple[RowRecord, ...]], plans: tuple[RowPlan, ...]
) -> tuple[InspectionEntry, ...]:
    communities = {r.id: r.values for r in rows["community"]}
    inspectors = {r.id: r.values for r in rows["inspector"]}
    findings = Counter(str(r.values["inspection_id"]) for r in rows["finding"])
    photos = Counter(str(r.values["inspection_id"]) for r in rows["photo"])
    actions = {p.incoming.id: p.action for p in plans if p.incoming.table == "inspection"}
    entries = []
    for row in rows["inspection"]:
        community = communities[row.values["community_id"]]
        entries.append(
            InspectionEntry(
                id=row.id,
                community=str(community["name"]),
                district=str(community["district"]),
                inspector=str(inspectors[row.values["inspector_id"]]["name"]),
                visit_date=row.values["visit_date"],
                status=str(row.values["status"]),
                findings=findings[row.id],
                photos=photos[row.id],
                action=actions[row.id],
            )
        )
    return tuple(sorted(entries, key=lambda e: (e.community, e.inspector, e.visit_date)))
