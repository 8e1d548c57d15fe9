"""The score sheet (考察评分表) of one inspection, laid out with reportlab's platypus.

Order: header, principle requirements, the scored items section by section (the table
breaks across pages with its header row repeated; a very long finding is split inside
its row), score summary, eligibility, problems to rectify, signatures, and the photos
as an appendix, two to a page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from meihao_desktop.reports import text
from meihao_desktop.reports.fingerprint import verification_code
from meihao_desktop.reports.flowables import PhotoFrame, SignatureBox, bold, heading, para
from meihao_desktop.reports.fonts import styles
from meihao_desktop.reports.model import (
    PhotoEntry,
    RenderInfo,
    ScoreSheetData,
    SectionBlock,
)
from meihao_desktop.reports.page import FRAME_WIDTH, Furniture, build_pdf
from meihao_desktop.reports.parts import signature_block
from meihao_desktop.reports.tables import SECTION_SHADE, grid_table, label_value_table

ITEM_WIDTHS = (13 * mm, 62 * mm, 12 * mm, 16 * mm, FRAME_WIDTH - 103 * mm)
ITEMS_HEADER = ("编号", "评分项", "满分", "得分", "考察发现")
PHOTO_HEIGHT = 98 * mm


def _header(data: ScoreSheetData) -> list[Flowable]:
    s = styles()
    c = data.community
    where = " ".join(part for part in (c.district, c.street) if part)
    inspector = data.inspector + (f"（{data.inspector_unit}）" if data.inspector_unit else "")
    standard = f"{data.standard_title}　版本 {data.standard_version}"

    def cell(value: str) -> Flowable:
        return para(value, s.cell)

    def label(name: str) -> Flowable:
        return para(name, s.head_cell)

    rows = [
        [label("小区名称"), cell(c.name), label("所在区县"), cell(where)],
        [label("地址"), cell(c.address), "", ""],
        [
            label("物业服务企业"),
            cell(c.property_company),
            label("项目负责人"),
            cell(c.manager_name),
        ],
        [label("评选活动"), cell(data.campaign), "", ""],
        [label("评分标准"), cell(standard), "", ""],
        [label("考察日期"), cell(text.day(data.visit_date)), label("考察人员"), cell(inspector)],
        [
            label("记录状态"),
            cell(text.STATUS_NAMES.get(data.status, data.status)),
            label("记录编号"),
            cell(data.inspection_id[:8]),
        ],
    ]
    widths = (24 * mm, 61 * mm, 24 * mm, FRAME_WIDTH - 109 * mm)
    table = label_value_table(rows, widths, one_value=(1, 3, 4))
    title = "考察评分表" + ("（草稿）" if data.status == "draft" else "")
    return [bold(title, s.title), para(data.campaign, s.subtitle), table]


def _requirements(data: ScoreSheetData) -> list[Flowable]:
    s = styles()
    rows: list[list[object]] = [
        [para(h, s.head_cell) for h in ("编号", "原则要求", "结果", "说明")]
    ]
    for r in data.requirements:
        result = text.passed(r.passed)
        rows.append(
            [
                para(r.code, s.cell_center),
                para(r.text, s.cell),
                para(result, s.cell_center),
                para(r.note, s.cell),
            ]
        )
    widths = (13 * mm, 101 * mm, 16 * mm, FRAME_WIDTH - 130 * mm)
    return [*heading("一、原则要求"), grid_table(rows, widths, header_rows=1)]


def _section_rows(section: SectionBlock) -> list[list[object]]:
    """The rows of one section: its title, its items and its subtotal."""
    s = styles()
    title = f"{section.code}、{section.title}（权重 {text.number(section.weight)}%）"
    rows: list[list[object]] = [[para(title, s.cell), "", "", "", ""]]
    for item in section.items:
        first, *more = text.chunks(item.finding)
        rows.append(
            [
                para(item.code, s.cell_center),
                para(item.text, s.cell),
                para(text.number(item.max_points), s.cell_center),
                para(text.points(item), s.cell_center),
                para(first, s.cell),
            ]
        )
        rows += [
            [para(f"{item.code}\n（续）", s.cell_center), "", "", "", para(part, s.cell)]
            for part in more
        ]
    if section.score is None:
        subtotal = "本部分小计：全部不适用，权重按比例分配给其他部分"
    else:
        subtotal = (
            f"本部分小计：得 {text.number(section.earned)} 分 / 可得 "
            f"{text.number(section.possible)} 分，折合 {text.score(section.score)} 分"
            f"（满分 {text.number(section.weight)}）"
        )
    rows.append([para(subtotal, s.cell_right), "", "", "", ""])
    return rows


def _items(data: ScoreSheetData) -> list[Flowable]:
    s = styles()
    rows: list[list[object]] = [[para(h, s.head_cell) for h in ITEMS_HEADER]]
    commands: list[tuple[object, ...]] = []
    for section in data.sections:
        section_rows = _section_rows(section)
        first, last = len(rows), len(rows) + len(section_rows) - 1
        commands += [
            ("SPAN", (0, first), (-1, first)),
            ("BACKGROUND", (0, first), (-1, first), SECTION_SHADE),
            ("SPAN", (0, last), (-1, last)),
        ]
        rows += section_rows
    table = grid_table(rows, ITEM_WIDTHS, header_rows=1, commands=commands)
    return [*heading("二、评分项目"), table]


def _summary(data: ScoreSheetData) -> list[Flowable]:
    s = styles()
    rows: list[list[object]] = [[para(h, s.head_cell) for h in ("部分", "权重", "得分")]]
    for section in data.sections:
        value = "不适用" if section.score is None else text.score(section.score)
        rows.append(
            [
                para(f"{section.code}、{section.title}", s.cell),
                para(f"{text.number(section.weight)}%", s.cell_center),
                para(value, s.cell_center),
            ]
        )
    rows.append([para("总分（百分制）", s.cell), "", para(text.score(data.total), s.cell_center)])
    rows.append([para(f"结论：{data.verdict}；评分完成 {data.completeness}", s.cell), "", ""])
    widths = (FRAME_WIDTH - 60 * mm, 25 * mm, 35 * mm)
    commands = [("SPAN", (0, -2), (1, -2)), ("SPAN", (0, -1), (-1, -1))]
    table = grid_table(rows, widths, header_rows=1, commands=commands)
    return [KeepTogether([bold("三、得分汇总", s.heading), table])]


def _eligibility(data: ScoreSheetData) -> list[Flowable]:
    s = styles()
    if not data.eligibility:
        return []
    rows: list[list[object]] = [[para(h, s.head_cell) for h in ("申报条件", "记录情况", "结论")]]
    for line in data.eligibility:
        rows.append(
            [
                para(line.text, s.cell),
                para(line.recorded or "未填写", s.cell_center),
                para(text.ELIGIBILITY_NAMES.get(line.status, line.status), s.cell_center),
            ]
        )
    widths = (FRAME_WIDTH - 50 * mm, 28 * mm, 22 * mm)
    return [*heading("四、申报条件"), grid_table(rows, widths, header_rows=1)]


def _rectifications(data: ScoreSheetData) -> list[Flowable]:
    s = styles()
    title = heading("五、需整改问题")
    if not data.rectifications:
        return [*title, para("无。", s.body)]
    header = ("序号", "评分项", "问题", "整改期限", "状态")
    rows: list[list[object]] = [[para(h, s.head_cell) for h in header]]
    for number, r in enumerate(data.rectifications, start=1):
        first, *more = text.chunks(r.problem)
        rows.append(
            [
                para(str(number), s.cell_center),
                para(r.item_code or "—", s.cell_center),
                para(first, s.cell),
                para(text.day(r.deadline), s.cell_center),
                para(text.RECTIFICATION_NAMES.get(r.status, r.status), s.cell_center),
            ]
        )
        rows += [
            [para(f"{number}\n（续）", s.cell_center), "", para(part, s.cell), "", ""]
            for part in more
        ]
    widths = (12 * mm, 16 * mm, FRAME_WIDTH - 82 * mm, 34 * mm, 20 * mm)
    return [*title, grid_table(rows, widths, header_rows=1)]


def _photo_block(photo: PhotoEntry, number: int, count: int) -> Flowable:
    s = styles()
    parts = [f"照片 {number}/{count}", photo.caption or "（无说明）"]
    if photo.item_code:
        parts.append(f"评分项 {photo.item_code} {photo.item_text}".strip())
    if photo.taken_at is not None:
        parts.append(f"拍摄时间 {text.local_time(photo.taken_at)}")
    frame = PhotoFrame(photo, FRAME_WIDTH, PHOTO_HEIGHT)
    caption = para("　".join(parts), s.caption)
    return KeepTogether([frame, Spacer(1, 2 * mm), caption, Spacer(1, 6 * mm)])


def _photos(data: ScoreSheetData) -> list[Flowable]:
    if not data.photos:
        return []
    s = styles()
    count = len(data.photos)
    story: list[Flowable] = [PageBreak(), bold(f"附：现场照片（共 {count} 张）", s.heading)]
    story += [_photo_block(p, n, count) for n, p in enumerate(data.photos, start=1)]
    return story


def render_score_sheet(
    data: ScoreSheetData, path: Path, *, signature_box: bool = False
) -> RenderInfo:
    """Write the score sheet to ``path``; with ``signature_box``, reserve room for a
    digital signature's visible field and report where it landed."""
    code = verification_code(data)
    box = SignatureBox(78 * mm, 26 * mm) if signature_box else None
    signatures = [(text.day(x.signed_at.astimezone().date()), x) for x in data.signatures]
    story: list[Flowable] = [
        *_header(data),
        *_requirements(data),
        *_items(data),
        *_summary(data),
        *_eligibility(data),
        *_rectifications(data),
        *signature_block("六、签名", signatures, box, blank_role="考察人员"),
        *_photos(data),
    ]
    furniture = Furniture(
        running_head=f"考察评分表 · {data.community.name} · {data.inspector}",
        code=code,
        generated=text.local_time(data.generated_at),
    )
    title = f"考察评分表 {data.community.name} {data.inspector}"
    pages = build_pdf(path, story, furniture=furniture, title=title, author=data.inspector)
    placement = None if box is None else box.placement
    return RenderInfo(pages=pages, code=code, signature_box=placement)
