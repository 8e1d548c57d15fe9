"""Chinese line breaking in the forms: no line starts with closing punctuation (标点避头)."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from meihao_desktop.reports.fonts import CHINESE_CANNOT_START, styles

TEXT = "小区党支部与社区党组织、业主委员会、物业服务企业每月召开联席会议，" * 6


def line_starts(text: str, width: float) -> list[str]:
    para = Paragraph(text, styles().body)
    para.wrap(width, 10_000)
    # plain text in one style: each line is (extra space, [its text])
    return ["".join(words)[0] for _space, words in para.blPara.lines if "".join(words)]


@pytest.mark.parametrize("width", [float(w) for w in range(100, 400, 7)])
def test_no_line_starts_with_a_comma_or_a_closing_mark(width: float) -> None:
    starts = line_starts(TEXT, width)
    assert len(starts) > 1
    assert not [s for s in starts if s in CHINESE_CANNOT_START], starts


def test_the_widths_tried_do_break_before_punctuation_without_the_rule() -> None:
    """The test above can fail: at some of its widths a comma or 、 would start a line."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    kept = {module: module.ALL_CANNOT_START for module in (textsplit, paragraph)}
    try:
        for module, chars in kept.items():
            module.ALL_CANNOT_START = "".join(c for c in chars if c not in "，、")
        hits = [w for w in range(100, 400, 7) if {"，", "、"} & set(line_starts(TEXT, w))]
    finally:
        for module, chars in kept.items():
            module.ALL_CANNOT_START = chars
    assert hits
