"""The recommendation form (推荐表): what it says, and that it matches the campaign's results."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from meihao_desktop.domain.aggregation import aggregate
from meihao_desktop.domain.numbers import shown
from meihao_desktop.reports.render import produce
from tests.reports import pdftools
from tests.reports.conftest import Demo
from tests.reports.pdftools import flat, handwriting_png, seal_png

DESCRIPTION = (
    "瑞金新村始建于上世纪70年代，2019年完成老旧小区改造，改造后经业委会公开招聘选聘物业。"
    "物业服务企业践行“先服务，后收费，不满意，不收费”的服务承诺，建立居委会、业委会、"
    "物业服务企业三方协调机制，每月召开联席会议，物业费收缴率由20%提高到96%。"
) * 7  # about 1000 characters, as the form asks


def export(demo: Demo, tmp_path: Path, **images: bytes | None) -> Path:
    dest = tmp_path / "推荐表.pdf"
    demo.exports.export_recommendation(demo.campaign_id, demo.community_id, dest, **images)
    return dest


def test_form_shape_and_rare_names(demo: Demo, tmp_path: Path) -> None:
    demo.services.communities.update(demo.community_id, description=DESCRIPTION)
    demo.signatures.save_recommendation(
        demo.campaign_id, demo.community_id, "recommend", "同意推荐。", "材料真实有效。"
    )
    pdf = export(demo, tmp_path)
    content = flat(pdftools.text(pdf))
    year = demo.exports.recommendation_data(demo.campaign_id, demo.community_id).year
    for words in (
        f"{year}年度“美好家园”小区推荐表",
        "小区全称",
        "瑞金新村",
        "管理服务单位",
        "明商集团恒兆公司",
        "负责人",
        "周喆",  # a rare character
        "申报小区管理服务单位意见",
        "属地区物业管理主管部门意见",
        "推荐结论：推荐",
        "同意推荐。",
        "材料真实有效。",
        "小区主大门",
        "小区内环境",
    ):
        assert words in content, words
    assert content.count("签章：") == 2
    assert content.count("年月日") >= 1  # a blank date to fill in by hand
    assert flat(DESCRIPTION) in content  # the ~1000 characters wrap inside their box
    assert all(font["emb"] == "yes" for font in pdftools.fonts(pdf))
    assert pdftools.run("qpdf", "--check", pdf).returncode == 0


def test_aggregate_and_rank_match_the_campaign(demo: Demo) -> None:
    forms = demo.exports.district_data(demo.campaign_id)
    ranks = [f.evaluation.rank for f in forms]
    assert ranks == [*range(1, 13), None, None]  # in ranking order; 2 communities vetoed
    ours = next(f.evaluation for f in forms if f.community.name == "瑞金新村")
    totals = [
        demo.services.inspections.score(s.id).total
        for s in demo.services.inspections.list(demo.community_id)
    ]
    expected = aggregate([t for t in totals if t is not None], trim_min_scorers=5)
    assert expected is not None
    assert ours.aggregate == expected.value
    assert ours.inspector_count == len(totals)
    assert ours.trimmed == (len(totals) >= 5)
    better = {
        f.community.name
        for f in forms
        if f.evaluation.aggregate is not None
        and f.evaluation.standing == "ranked"
        and shown(f.evaluation.aggregate) > shown(expected.value)
    }
    assert ours.rank == len(better) + 1
    assert (ours.ranked_count, len(forms)) == (12, 14)  # only the communities that take part


def test_gate_failure_and_ineligibility_are_stated(demo: Demo) -> None:
    forms = {f.community.name: f.evaluation for f in demo.exports.district_data(demo.campaign_id)}
    assert forms["蔷薇湖畔"].gates_passed is False
    assert forms["蔷薇湖畔"].failed_requirements[0].startswith("R7 ")
    assert forms["锦屏家园"].eligible is False
    assert any("红色物业" in p for p in forms["锦屏家园"].eligibility_problems)
    for name, reason in (("蔷薇湖畔", "原则要求 R7 未通过"), ("锦屏家园", "申报条件 E1 不满足")):
        assert (forms[name].rank, forms[name].standing) == (None, "excluded")
        assert forms[name].unranked_reasons == (reason,)


def test_a_vetoed_community_is_printed_as_not_ranked(demo: Demo, tmp_path: Path) -> None:
    vetoed = next(c for c in demo.services.communities.list() if c.name == "蔷薇湖畔")
    dest = tmp_path / "蔷薇湖畔.pdf"
    demo.exports.export_recommendation(demo.campaign_id, vetoed.id, dest)
    content = flat(pdftools.text(dest))
    assert "活动排名不参与排名（原则要求R7未通过）" in content
    pdf = export(demo, tmp_path)  # 瑞金新村, ranked among the 12 that take part
    assert "名（共12个参与排名的小区）" in flat(pdftools.text(pdf))


def test_score_is_printed_rounded_half_up(demo: Demo, tmp_path: Path) -> None:
    data = demo.exports.recommendation_data(demo.campaign_id, demo.community_id)
    pinned = replace(data, evaluation=replace(data.evaluation, aggregate=Decimal("88.125")))
    pdf = tmp_path / "pinned.pdf"
    produce(pinned, pdf)
    assert str(shown(Decimal("88.125"))) == "88.13"
    assert "88.13分" in flat(pdftools.text(pdf))


def test_bureau_signature_and_seal_fill_its_box(demo: Demo, tmp_path: Path) -> None:
    pdf = export(
        demo, tmp_path, signature_png=handwriting_png("刘赟"), seal_png=seal_png("海州区住建局")
    )
    pngs = [row for row in pdftools.images(pdf) if row["type"] == "image" and row["enc"] != "jpeg"]
    assert len(pngs) == 2  # signature and seal, each with its transparency mask
    content = flat(pdftools.text(pdf))
    today = date.today()
    assert f"{today.year}年{today.month}月{today.day}日" in content  # the bureau signed today
    assert content.count("年月日") == 1  # only the company's date is left blank


def test_without_photos_the_frames_say_so(demo: Demo, tmp_path: Path) -> None:
    other = demo.services.communities.create(name="新建小区", district="海州区", street="新南街道")
    dest = tmp_path / "新建小区.pdf"
    demo.exports.export_recommendation(demo.campaign_id, other.id, dest)
    assert flat(pdftools.text(dest)).count("照片未提供") == 2
