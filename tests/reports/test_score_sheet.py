"""The score sheet as a reader's tools see it: text, fonts, structure, pages, photos."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image

from meihao_desktop.reports.fingerprint import grouped, verification_code
from tests.reports import pdftools
from tests.reports.conftest import CAPTIONS, Demo
from tests.reports.pdftools import MARK, flat

SENTENCE = "楼道内堆放杂物，电动自行车在楼道充电，消防通道被占用；"
LONG_FINDING = SENTENCE * 72  # 2016 characters


def export(demo: Demo, tmp_path: Path, inspection_id: str | None = None) -> Path:
    dest = tmp_path / "考察评分表.pdf"
    demo.exports.export_score_sheet(inspection_id or demo.inspection_id, dest)
    return dest


def test_items_and_rare_names_come_back_as_text(demo: Demo, tmp_path: Path) -> None:
    pdf = export(demo, tmp_path)
    content = flat(pdftools.text(pdf))
    standard = demo.services.catalog.get("meihao-2024")
    for code in ("1.1", "2.3", "3.6", "4.7"):
        item = standard.item(code)
        assert item is not None
        assert flat(item.text) in content, code
    for requirement in standard.requirements[:3]:
        assert flat(requirement.text) in content
    assert "周喆" in content  # the manager of 瑞金新村, a rare character
    assert "王堃" in content  # a co-signer
    assert "考察评分表" in content


def test_every_font_is_embedded_and_none_is_base14(demo: Demo, tmp_path: Path) -> None:
    fonts = pdftools.fonts(export(demo, tmp_path))
    assert fonts
    assert all(font["emb"] == "yes" for font in fonts), fonts
    assert all("WenQuanYiMicroHei" in font["name"] for font in fonts), fonts


def test_qpdf_finds_the_file_sound(demo: Demo, tmp_path: Path) -> None:
    result = pdftools.run("qpdf", "--check", export(demo, tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_long_finding_wraps_and_the_table_header_repeats(demo: Demo, tmp_path: Path) -> None:
    inspection = demo.services.inspections.start(
        demo.community_id, demo.campaign_id, demo.services.inspectors.list()[0].id
    )
    demo.services.inspections.record_finding(inspection.id, "1.2", points="6", text=LONG_FINDING)
    pdf = export(demo, tmp_path, inspection.id)
    pages = pdftools.page_count(pdf)
    header = re.compile(r"编号\s+评分项\s+满分\s+得分\s+考察发现")
    with_header = [
        n for n in range(1, pages + 1) if header.search(pdftools.text(pdf, n, layout=True))
    ]
    assert len(with_header) >= 2, with_header
    assert with_header == list(range(with_header[0], with_header[-1] + 1))  # consecutive
    # Nothing lost in the wrapping: every sentence is there, whole.
    assert flat(pdftools.text(pdf)).count(SENTENCE) == 72


def test_every_page_says_which_of_how_many(demo: Demo, tmp_path: Path) -> None:
    pdf = export(demo, tmp_path)
    pages = pdftools.page_count(pdf)
    assert pages >= 3
    for number in range(1, pages + 1):
        # pdftotext drops the spaces beside Chinese characters; they are only spacing.
        assert f"第{number}页共{pages}页" in flat(pdftools.text(pdf, number))


def test_verification_code_on_every_page_and_stable(demo: Demo, tmp_path: Path) -> None:
    data = demo.exports.score_sheet_data(demo.inspection_id)
    code = grouped(verification_code(data))
    pdf = export(demo, tmp_path)
    for number in range(1, pdftools.page_count(pdf) + 1):
        assert f"校验码：{code}" in pdftools.text(pdf, number)
    again = demo.exports.score_sheet_data(demo.inspection_id)
    assert again.generated_at != data.generated_at or again == data
    assert verification_code(again) == verification_code(data)  # print time is left out


def test_signatures_and_photos_are_printed(demo: Demo, tmp_path: Path) -> None:
    pdf = export(demo, tmp_path)
    content = flat(pdftools.text(pdf))
    for caption in CAPTIONS:
        assert flat(caption) in content
    assert "附：现场照片（共4张）" in content
    assert "评分项3.4" in content  # the photo linked to an item says so
    listed = pdftools.images(pdf)
    photos = [row for row in listed if row["enc"] == "jpeg"]
    assert len(photos) == 4
    signatures = [row for row in listed if row["type"] == "image" and row["enc"] != "jpeg"]
    assert len(signatures) == 2  # two drawn signatures (each with its transparency mask)


def test_photos_are_upright(demo: Demo, tmp_path: Path) -> None:
    """Photos held sideways (EXIF orientation 6, 8, 3) print with their top edge on top."""
    pdf = export(demo, tmp_path)
    out = tmp_path / "img"
    out.mkdir()
    subprocess.run(["pdfimages", "-j", str(pdf), str(out / "i")], check=True)
    jpegs = sorted(out.glob("*.jpg"))
    assert len(jpegs) == 4
    for path in jpegs:
        with Image.open(path) as image:
            assert image.width > image.height, path.name  # landscape, as taken
            top = image.convert("RGB").getpixel((image.width // 2, 10))
            bottom = image.convert("RGB").getpixel((image.width // 2, image.height - 10))
        assert _near(top, MARK), (path.name, top)
        assert not _near(bottom, MARK), (path.name, bottom)


def _near(colour: object, target: tuple[int, int, int]) -> bool:
    assert isinstance(colour, tuple)
    return all(abs(a - b) < 40 for a, b in zip(colour, target, strict=False))


def test_draft_is_marked_and_has_no_signatures(demo: Demo, tmp_path: Path) -> None:
    demo.signatures.unlock_inspection(demo.inspection_id, "补充考察发现")
    content = flat(pdftools.text(export(demo, tmp_path)))
    assert "考察评分表（草稿）" in content
    assert "王堃" not in content  # the signatures of before the unlock are not printed
