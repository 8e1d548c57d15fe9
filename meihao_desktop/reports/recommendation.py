"""The recommendation form (推荐表) of one community in a campaign.

Shaped after the 2019 申报表 (附件1 of the Lianyungang notice): basic information, a
description of about 1000 characters, the two opinion boxes with 签章 and date, and a
photo of the main gate and one of the interior. Between description and opinions it
adds what the bureau decides on: the inspectors' aggregated score, the rank in the
campaign (among the communities taking part; 不参与排名 with the reason for one that fails
a principle requirement or prerequisite), the principle requirements and the
eligibility prerequisites.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from meihao_desktop.domain.names import DECISION_NAMES
from meihao_desktop.reports import text
from meihao_desktop.reports.fingerprint import verification_code
from meihao_desktop.reports.flowables import PhotoFrame, SignatureBox, bold, para, vertical
from meihao_desktop.reports.fonts import styles
from meihao_desktop.reports.model import (
    Evaluation,
    Opinions,
    PhotoEntry,
    RecommendationData,
    RenderInfo,
)
from meihao_desktop.reports.opinion import OpinionBox, SignOff
from meihao_desktop.reports.page import FRAME_WIDTH, Furniture, build_pdf
from meihao_desktop.reports.tables import SHADE, Command, grid_table, plain_table

# group label | field label | value | field label | value
WIDTHS = (14 * mm, 27 * mm, 51 * mm, 25 * mm, FRAME_WIDTH - 117 * mm)
VALUE_WIDTH = FRAME_WIDTH - 41 * mm  # columns 2–4 joined
INNER = VALUE_WIDTH - 8  # inside the cell padding
BASIC_ONE_VALUE = (1, 3)  # rows of the basic information with one value across
BASIC_LABELS_RIGHT = (0, 2, 4, 5)  # rows with a second label in column 3
DESCRIPTION_CHUNK = 1300  # characters a row: the form asks for about 1000
Row = list[object]


def _basic_rows(data: RecommendationData) -> list[Row]:
    s = styles()
    c = data.community

    def label(name: str) -> Flowable:
        return para(name, s.head_cell)

    def value(content: str) -> Flowable:
        return para(content, s.cell)

    size = " / ".join(
        part
        for part in (
            f"{c.buildings} 栋" if c.buildings is not None else "",
            f"{c.households} 户" if c.households is not None else "",
        )
        if part
    )
    built = f"{c.year_built}年" if c.year_built is not None else ""
    where = " ".join(part for part in (c.district, c.street) if part)
    return [
        [vertical("基本信息"), label("小区全称"), value(c.name), label("所在区县"), value(where)],
        ["", label("管理服务单位"), value(c.property_company), "", ""],
        ["", label("负责人"), value(c.manager_name), label("联系电话"), value(c.contact_phone)],
        ["", label("地址"), value(c.address), "", ""],
        ["", label("建成年份"), value(built), label("楼栋 / 户数"), value(size)],
        [
            "",
            label("入住率"),
            value(text.percent(c.occupancy_rate)),
            label("物业费收缴率"),
            value(text.percent(c.fee_collection_rate)),
        ],
    ]


def _score_text(e: Evaluation) -> str:
    if e.aggregate is None:
        return "尚无考察评分"
    how = "去掉一个最高分和一个最低分后的平均分" if e.trimmed else "平均分"
    return f"{text.score(e.aggregate)} 分（{e.inspector_count} 名考察人员评分，{how}）"


def _rank_text(e: Evaluation) -> str:
    """The rank among the communities taking part, or why there is none."""
    if e.rank is not None:
        return f"第 {e.rank} 名（共 {e.ranked_count} 个参与排名的小区）"
    reasons = "；".join(e.unranked_reasons)
    if e.standing == "excluded":
        return f"不参与排名（{reasons}）"
    if e.standing == "pending":
        return f"暂不排名（{reasons}）"
    return "—"


def _evaluation_rows(e: Evaluation) -> list[Row]:
    s = styles()
    rank = _rank_text(e)
    gates = {True: "全部通过", None: "尚未全部核查"}.get(e.gates_passed, "")
    if e.gates_passed is False:
        gates = "未通过：" + "；".join(e.failed_requirements)
    eligible = "符合" if e.eligible else "不符合：" + "；".join(e.eligibility_problems)
    lines = [("考察得分", _score_text(e)), ("活动排名", rank)]
    if e.composite:
        parts = "；".join(
            f"{p.title} {text.number(p.weight)}%：{text.score(p.value)}" for p in e.composite
        )
        lines.append(("综合得分", f"{text.score(e.composite_total)} 分（{parts}）"))
    lines += [("原则要求", gates), ("申报条件", eligible)]
    rows: list[Row] = []
    for index, (name, content) in enumerate(lines):
        group = vertical("考察评价") if index == 0 else ""
        rows.append([group, para(name, s.head_cell), para(content, s.cell), "", ""])
    return rows


def _photo_cell(photo: PhotoEntry | None, caption: str) -> list[Flowable]:
    width = (INNER - 4 * mm) / 2
    return [PhotoFrame(photo, width, width * 0.75), para(caption, styles().cell_center)]


def _opinion_rows(o: Opinions, box: SignatureBox | None) -> list[Row]:
    s = styles()
    company_signature = o.company_signatures[-1] if o.company_signatures else None
    company = OpinionBox(
        [o.company_opinion],
        SignOff(
            INNER,
            text.day(company_signature.signed_at.astimezone().date())
            if company_signature
            else text.BLANK_DATE,
            signature_png=company_signature.image_png if company_signature else None,
        ),
        min_height=48 * mm,
    )
    decision = DECISION_NAMES.get(o.decision or "", "")
    bureau = OpinionBox(
        [f"推荐结论：{decision}" if decision else "", o.bureau_opinion],
        SignOff(
            INNER,
            text.day(o.bureau_signed_on) or text.BLANK_DATE,
            signature_png=o.bureau_signature_png,
            seal_png=o.bureau_seal_png,
            box=box,
        ),
    )
    return [
        [para("申报小区管理服务单位意见", s.label), "", company, "", ""],
        [para("属地区物业管理主管部门意见", s.label), "", bureau, "", ""],
    ]


def _form_table(data: RecommendationData, box: SignatureBox | None) -> Table:
    s = styles()
    basic = _basic_rows(data)
    description = text.chunks(data.community.description or "（未填写）", DESCRIPTION_CHUNK)
    rows: list[Row] = [*basic]
    for index, part in enumerate(description):
        label = "小区简介" if index == 0 else "小区简介（续）"
        rows.append([para(label, s.label), "", para(part, s.body), "", ""])
    evaluation_start = len(rows)
    rows += _evaluation_rows(data.evaluation)
    opinions_start = len(rows)
    rows += _opinion_rows(data.opinions, box)
    photos = plain_table(
        [
            [
                _photo_cell(data.gate_photo, "小区主大门"),
                _photo_cell(data.interior_photo, "小区内环境"),
            ]
        ],
        [INNER / 2, INNER / 2],
    )
    rows.append([para("照片", s.label), "", photos, "", ""])
    commands: list[Command] = [
        ("SPAN", (0, 0), (0, len(basic) - 1)),  # 基本信息
        ("SPAN", (0, evaluation_start), (0, opinions_start - 1)),  # 考察评价
        ("BACKGROUND", (0, 0), (1, -1), SHADE),
        *[("BACKGROUND", (3, row), (3, row), SHADE) for row in BASIC_LABELS_RIGHT],
        *[("SPAN", (2, row), (4, row)) for row in BASIC_ONE_VALUE],
    ]
    for row in range(len(basic), len(rows)):
        commands.append(("SPAN", (2, row), (4, row)))
        if not evaluation_start <= row < opinions_start:
            commands.append(("SPAN", (0, row), (1, row)))
    return grid_table(rows, WIDTHS, commands=commands)


def render_recommendation(
    data: RecommendationData, path: Path, *, signature_box: bool = False
) -> RenderInfo:
    """Write the recommendation form to ``path``; with ``signature_box``, reserve room in the
    bureau's box for a digital signature's visible field and report where it landed."""
    s = styles()
    code = verification_code(data)
    box = SignatureBox(58 * mm, 24 * mm) if signature_box else None
    title = f"{data.year}年度“美好家园”小区推荐表"
    subtitle = (
        data.campaign if data.district in data.campaign else f"{data.district}　{data.campaign}"
    )
    story: list[Flowable] = [
        bold(title, s.title),
        para(subtitle, s.subtitle),
        _form_table(data, box),
    ]
    furniture = Furniture(
        running_head=f"小区推荐表 · {data.community.name}",
        code=code,
        generated=text.local_time(data.generated_at),
    )
    pages = build_pdf(
        path,
        story,
        furniture=furniture,
        title=f"{title} {data.community.name}",
        author=data.district,
    )
    return RenderInfo(pages=pages, code=code, signature_box=None if box is None else box.placement)
