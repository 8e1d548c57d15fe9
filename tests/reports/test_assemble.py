"""The plain-Python parts of the forms: photo choice, text pieces, the code, pickling."""

from __future__ import annotations

import pickle
from dataclasses import replace
from decimal import Decimal

from meihao_desktop.reports.assemble import pick_photos
from meihao_desktop.reports.errors import ExportError
from meihao_desktop.reports.fingerprint import canonical_json, grouped, verification_code
from meihao_desktop.reports.model import PhotoEntry
from meihao_desktop.reports.text import chunks
from tests.reports.conftest import Demo


def photo(caption: str) -> PhotoEntry:
    return PhotoEntry(sha256=caption, path=None, caption=caption)


def test_gate_and_interior_photos_by_caption_then_order() -> None:
    shots = [photo("楼道"), photo("小区内环境"), photo("小区主大门"), photo("公示栏")]
    assert pick_photos(shots) == (shots[2], shots[1])
    plain = [photo("一"), photo("二"), photo("三")]
    assert pick_photos(plain) == (plain[0], plain[1])
    assert pick_photos([photo("大门")]) == (photo("大门"), None)
    assert pick_photos([]) == (None, None)


def test_long_text_is_cut_after_sentences() -> None:
    sentence = "楼道内堆放杂物；"
    pieces = chunks(sentence * 100, size=100)
    assert "".join(pieces) == sentence * 100
    assert all(len(p) <= 100 and p.endswith("；") for p in pieces)
    assert chunks("短") == ["短"]
    assert chunks("") == [""]
    assert chunks("无标点" * 50, size=40)[0] == ("无标点" * 50)[:40]


def test_verification_code_follows_the_content_only(demo: Demo) -> None:
    data = demo.exports.score_sheet_data(demo.inspection_id)
    code = verification_code(data)
    assert len(code) == 12
    assert int(code, 16) >= 0
    assert grouped(code).count("-") == 2
    assert "generated_at" not in canonical_json(data)
    changed = replace(data, total=(data.total or Decimal(0)) + Decimal("0.01"))
    assert verification_code(changed) != code


def test_form_data_and_errors_cross_process_boundaries(demo: Demo) -> None:
    data = demo.exports.recommendation_data(demo.campaign_id, demo.community_id)
    assert pickle.loads(pickle.dumps(data)) == data
    error = pickle.loads(pickle.dumps(ExportError("磁盘空间不足，无法写入", "/x/推荐表.pdf")))
    assert str(error) == "文件 /x/推荐表.pdf：磁盘空间不足，无法写入"
