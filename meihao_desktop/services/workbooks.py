"""The bureau's summary workbook (.xlsx) of a campaign, formatted to print.

Sheets, in this order (the first is what a spreadsheet opens on):

汇总表    one row per community in rank order: sections, total, spread, gates,
          eligibility, why it is not ranked, recommendation (composite standards: the
          entered parts too); a community that fails a principle requirement or a
          prerequisite shows 不参与排名 in the rank column (暂不排名 while unchecked)
红黑榜    red list (total ≥ red threshold, principle requirements met, no prerequisite
          failed) and black list
          (total < black threshold or a requirement failed); thresholds set by the bureau
考察得分  one row per inspection: each inspector's section scores and total
考察明细  one row per item of each inspection (long format, with a filter): what a clerk
          prints or filters for one community or one inspector; a sheet per inspection
          would mean hundreds of sheets in a city campaign
问题台账  the rectification ledger of the campaign, with status, deadlines and overdue

Every sheet: a title row, a subtitle, one frozen header row repeated on every printed
page, column widths, A4 landscape fitted to the page width, page numbers in the footer.
Scores are numbers (rounded half-up to 2 decimals, shown as "0.00"), so they sort.
The file is written to a temporary name and renamed. Run it in the background.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.names import DECISION_NAMES, INSPECTION_STATUS_NAMES
from meihao_desktop.domain.numbers import shown
from meihao_desktop.domain.standards import ComponentSource, Item, Standard
from meihao_desktop.services.audit import Actor
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.services.compile import UNRANKED, Compilation, CompiledRow, CompileService
from meihao_desktop.services.rectifications import STATUS_NAMES, LedgerRow, RectificationService
from meihao_desktop.services.sheet_layout import Column, SheetSpec, new_workbook, save_atomically
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Finding

DEFAULT_RED = Decimal(90)
DEFAULT_BLACK = Decimal(70)
METHODS = {"mean": "平均分", "trimmed_mean": "去掉最高最低分"}
RANK_RULE = (
    "不符合原则要求或申报条件的小区不参与排名（一票否决）；原则要求尚未全部核查或申报条件"
    "未填写的小区暂不排名；名次只在参与排名的小区中按总分计算，总分相同名次相同。"
)
_FINDING: sa.Table = Finding.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ListEntry:
    row: CompiledRow
    reason: str


@dataclass(frozen=True)
class RedBlackLists:
    red: tuple[ListEntry, ...]
    black: tuple[ListEntry, ...]


@dataclass(frozen=True)
class WorkbookResult:
    path: Path
    communities: int
    inspections: int
    rectifications: int


def _status(code: str) -> str:
    return INSPECTION_STATUS_NAMES.get(code, code)


def red_black_lists(compilation: Compilation, red: Decimal, black: Decimal) -> RedBlackLists:
    """红黑榜: red = total ≥ ``red``, gates passed and no prerequisite failed; black = total
    < ``black`` or a gate failed. Communities without a total are on neither list."""
    if black > red:
        raise InvalidValueError(f"黑榜分数线 {black} 高于红榜分数线 {red}", where="红黑榜")
    reds, blacks = [], []
    for row in compilation.rows:
        gates = "、".join(gate.code for gate in row.failed_gates)
        if row.gates_passed is False:
            blacks.append(ListEntry(row, f"不符合原则要求 {gates}"))
        elif row.total is not None and shown(row.total) < black:
            blacks.append(ListEntry(row, f"总分低于 {black}"))
        elif (
            row.total is not None
            and shown(row.total) >= red
            and row.gates_passed
            and row.eligible is not False  # a failed prerequisite is not a model to follow
        ):
            reds.append(ListEntry(row, f"总分不低于 {red}，符合原则要求"))
    return RedBlackLists(tuple(reds), tuple(blacks))


def export_summary(
    db: Database,
    catalog: StandardsCatalog,
    path: Path,
    campaign_id: str | None = None,
    *,
    red: Decimal = DEFAULT_RED,
    black: Decimal = DEFAULT_BLACK,
    district: str | None = None,
    street: str | None = None,
    today: date | None = None,
) -> WorkbookResult:
    """Write the summary workbook of a campaign (default: the latest) to ``path``."""
    compilation = CompileService(db, catalog).compile(campaign_id, district=district, street=street)
    lists = red_black_lists(compilation, red, black)
    inspection_ids = {s.inspection_id for row in compilation.rows for s in row.scores}
    ledger = [
        row
        for row in RectificationService(db, Actor("", "")).list()
        if row.inspection_id in inspection_ids
    ]
    findings = _findings(db, inspection_ids)
    subtitle = _subtitle(compilation, district, street)
    workbook = new_workbook()
    for spec in (
        _summary_sheet(compilation, subtitle),
        _lists_sheet(compilation, lists, red, black, subtitle),
        _inspections_sheet(compilation, subtitle),
        _details_sheet(compilation, findings, subtitle),
        _ledger_sheet(compilation, ledger, subtitle, today or date.today()),
    ):
        spec.add_to(workbook)
    save_atomically(workbook, Path(path))
    return WorkbookResult(Path(path), len(compilation.rows), len(inspection_ids), len(ledger))


def _subtitle(compilation: Compilation, district: str | None, street: str | None) -> str:
    standard = compilation.standard
    parts = [f"评分标准：{standard.title}（{standard.id} {standard.version}）"]
    if district or street:
        parts.append(f"范围：{district or ''}{street or ''}")
    parts.append(
        f"汇总方法：平均分；{compilation.trim_min_scorers} 人及以上去掉一个最高分和一个最低分"
    )
    return "；".join(parts)


def _number(value: Decimal | None) -> Decimal | None:
    return None if value is None else shown(value)


def _gates_text(row: CompiledRow) -> str:
    if row.gates_passed is None:
        return "未核查完"
    if row.gates_passed:
        return "符合"
    failed = "；".join(f"{g.code}（{'、'.join(g.inspectors)}）" for g in row.failed_gates)
    return f"不符合：{failed}"


def _rank_cell(row: CompiledRow) -> int | str | None:
    """The rank, or 不参与排名 / 暂不排名 in its place (empty while there is no total)."""
    return row.rank if row.rank is not None else UNRANKED.get(row.standing)


def _unranked_text(row: CompiledRow) -> str:
    return "；".join(row.unranked_reasons)


def _eligibility_text(row: CompiledRow) -> str:
    if row.eligible:
        return "符合"
    return "不符合：" + "；".join(f"{r.rule.code} {r.reason}" for r in row.failed_eligibility)


def _section_columns(standard: Standard) -> list[Column]:
    return [Column(f"{s.code} {s.title}（{s.weight}）", 14, "0.00") for s in standard.sections]


def _summary_sheet(compilation: Compilation, subtitle: str) -> SheetSpec:
    standard = compilation.standard
    entered = [c for c in standard.components if c.source is ComponentSource.ENTERED]
    composite = bool(standard.components)
    columns = [
        Column("排名", 6, "0"),
        Column("小区", 16),
        Column("区县", 10),
        Column("街道", 12),
        *_section_columns(standard),
        Column("现场评分" if composite else "总分", 10, "0.00"),
        *[Column(f"{c.title}（{c.weight}%）", 12, "0.00") for c in entered],
        *([Column("总分", 10, "0.00")] if composite else []),
        Column("考察人数", 8, "0"),
        Column("最低分", 9, "0.00"),
        Column("最高分", 9, "0.00"),
        Column("汇总方法", 15),
        Column("原则要求", 20),
        Column("申报条件", 20),
        Column("不参与排名原因", 20),
        Column("推荐", 8),
        Column("主管部门意见", 24),
    ]
    rows = [_summary_row(standard, row) for row in compilation.rows]
    note = f"说明：{RANK_RULE}各部分得分分别按同一方法汇总，去掉最高最低分时其合计可能与总分不等。"
    return SheetSpec("汇总表", f"{compilation.campaign} 汇总表", subtitle, columns, rows, note)


def _summary_row(standard: Standard, row: CompiledRow) -> list[Any]:
    agg = row.aggregate
    entered = [c for c in standard.components if c.source is ComponentSource.ENTERED]
    parts = {p.component.code: p.value for p in row.composite.parts} if row.composite else {}
    return [
        _rank_cell(row),
        row.community,
        row.district,
        row.street,
        *[_number(row.sections.get(s.code)) for s in standard.sections],
        _number(agg.value if agg else None),
        *[_number(parts.get(c.code)) for c in entered],
        *([_number(row.total)] if standard.components else []),
        row.scorers,
        _number(agg.minimum if agg else None),
        _number(agg.maximum if agg else None),
        METHODS.get(str(agg.method), "") if agg else "",
        _gates_text(row),
        _eligibility_text(row),
        _unranked_text(row),
        DECISION_NAMES.get(row.decision or "", "未定"),
        row.bureau_opinion,
    ]


def _lists_sheet(
    compilation: Compilation, lists: RedBlackLists, red: Decimal, black: Decimal, subtitle: str
) -> SheetSpec:
    columns = [
        Column("榜单", 8),
        Column("排名", 6, "0"),
        Column("小区", 16),
        Column("区县", 10),
        Column("街道", 12),
        Column("总分", 10, "0.00"),
        Column("原则要求", 22),
        Column("原因", 30),
        Column("不参与排名原因", 20),
    ]
    rows = [
        _list_row(name, entry)
        for name, entries in (("红榜", lists.red), ("黑榜", lists.black))
        for entry in entries
    ]
    rule = (
        f"红榜：总分 ≥ {red} 且符合原则要求、不违反申报条件；黑榜：总分 < {black} 或不符合原则要求"
    )
    return SheetSpec(
        "红黑榜",
        f"{compilation.campaign} 红黑榜",
        f"{rule}。{subtitle}",
        columns,
        rows,
        f"说明：{RANK_RULE}",
    )


def _list_row(name: str, entry: ListEntry) -> list[Any]:
    row = entry.row
    return [
        name,
        _rank_cell(row),
        row.community,
        row.district,
        row.street,
        _number(row.total),
        _gates_text(row),
        entry.reason,
        _unranked_text(row),
    ]


def _inspections_sheet(compilation: Compilation, subtitle: str) -> SheetSpec:
    standard = compilation.standard
    columns = [
        Column("小区", 16),
        Column("区县", 10),
        Column("考察人员", 10),
        Column("考察日期", 11, "yyyy-mm-dd"),
        Column("状态", 8),
        *_section_columns(standard),
        Column("总分", 10, "0.00"),
        Column("完成度", 8),
        Column("未通过的原则要求", 18),
    ]
    rows = [
        [row.community, row.district, s.inspector, s.visit_date, _status(s.status)]
        + [_number(s.sections.get(section.code)) for section in standard.sections]
        + [_number(s.total), s.completeness, "、".join(s.failed_requirements)]
        for row in compilation.rows
        for s in row.scores
    ]
    return SheetSpec("考察得分", f"{compilation.campaign} 考察得分", subtitle, columns, rows)


def _findings(db: Database, inspection_ids: set[str]) -> dict[tuple[str, str], Any]:
    found: dict[tuple[str, str], Any] = {}
    ids = sorted(inspection_ids)
    with db.engine.connect() as connection:
        for start in range(0, len(ids), 500):
            query = sa.select(_FINDING).where(
                _FINDING.c.inspection_id.in_(ids[start : start + 500])
            )
            for finding in connection.execute(query):
                found[(finding.inspection_id, finding.item_code)] = finding
    return found


def _details_sheet(
    compilation: Compilation, findings: dict[tuple[str, str], Any], subtitle: str
) -> SheetSpec:
    columns = [
        Column("小区", 14),
        Column("考察人员", 10),
        Column("考察日期", 11, "yyyy-mm-dd"),
        Column("编号", 6),
        Column("评分项", 40),
        Column("满分", 6, "0.00"),
        Column("得分", 7, "0.00"),
        Column("不适用", 7),
        Column("考察发现", 30),
    ]
    rows: list[list[Any]] = []
    for row in compilation.rows:
        for s in row.scores:
            for item in compilation.standard.items:
                finding = findings.get((s.inspection_id, item.code))
                rows.append([row.community, s.inspector, s.visit_date, *_item_cells(item, finding)])
    return SheetSpec("考察明细", f"{compilation.campaign} 考察明细", subtitle, columns, rows)


def _item_cells(item: Item, finding: Any) -> list[Any]:
    na = finding is not None and finding.na
    points = None if finding is None or na or finding.points is None else shown(finding.points)
    text = "" if finding is None else finding.text
    return [item.code, item.text, shown(item.max_points), points, "是" if na else "", text]


def _ledger_sheet(
    compilation: Compilation, ledger: Sequence[LedgerRow], subtitle: str, today: date
) -> SheetSpec:
    columns = [
        Column("序号", 6, "0"),
        Column("小区", 14),
        Column("区县", 10),
        Column("考察人员", 10),
        Column("考察日期", 11, "yyyy-mm-dd"),
        Column("评分项", 7),
        Column("问题描述", 30),
        Column("整改期限", 11, "yyyy-mm-dd"),
        Column("状态", 8),
        Column("逾期", 6),
        Column("整改完成时间", 16, "yyyy-mm-dd hh:mm"),
        Column("整改说明", 24),
        Column("销号时间", 16, "yyyy-mm-dd hh:mm"),
        Column("销号人", 8),
    ]
    rows = [_ledger_row(number, r, today) for number, r in enumerate(ledger, 1)]
    return SheetSpec("问题台账", f"{compilation.campaign} 问题台账", subtitle, columns, rows)


def _ledger_row(number: int, r: LedgerRow, today: date) -> list[Any]:
    status = STATUS_NAMES.get(r.status, r.status)
    overdue = "逾期" if r.overdue(today) else ""
    return [
        number,
        r.community,
        r.district,
        r.inspector,
        r.visit_date,
        r.item_code or "",
        r.problem,
        r.deadline,
        status,
        overdue,
        r.rectified_at,
        r.rectified_note,
        r.verified_at,
        r.verified_by,
    ]
