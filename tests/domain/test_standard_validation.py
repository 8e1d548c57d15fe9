"""A malformed standards file is refused with every problem named by key path."""

from __future__ import annotations

import pytest

from meihao_desktop.domain.errors import StandardFileError
from meihao_desktop.domain.standard_file import load_standard_text

GOOD = """
id = "t"
version = "1"
title = "测试标准"
[[requirements]]
code = "R1"
text = "门槛"
[[sections]]
code = "1"
title = "甲"
weight = "60"
[[sections.items]]
code = "1.1"
text = "项目一"
[[sections]]
code = "2"
title = "乙"
weight = "40"
[[sections.items]]
code = "2.1"
text = "项目二"
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(StandardFileError) as info:
        load_standard_text(text, origin="bad.toml")
    assert "bad.toml" in str(info.value)
    return info.value.problems


def test_good_file_loads() -> None:
    standard = load_standard_text(GOOD, origin="good.toml")
    assert [i.code for i in standard.items] == ["1.1", "2.1"]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (('weight = "40"', 'weight = "30"'), "sections.weight：各部分权重之和应为 100，实际为 90"),
        (('code = "2.1"', 'code = "1.1"'), "sections[2].items[1].code：编号 '1.1' 重复"),
        (('text = "项目二"', 'text = ""'), "sections[2].items[1].text：不能为空"),
        (
            ('text = "项目二"', 'text = "项目二"\nscale = "stars"'),
            "sections[2].items[1].scale：未知的评分方式 'stars'",
        ),
        (
            ('text = "门槛"', 'text = "门槛"\nmax_points = 5'),
            "requirements[1].max_points：原则要求是合格/不合格的门槛",
        ),
        (('weight = "60"', 'weight = "abc"'), "sections[1].weight：应为数字"),
        (
            ('title = "测试标准"', 'title = "测试标准"\n[scales.x]\ntitle="x"\nkind="stars"'),
            "scales.x.kind：未知的评分方式 'stars'",
        ),
        (('id = "t"', ""), "id：不能为空"),
        (
            ('text = "项目一"', 'text = "项目一"\nmax_points = -1'),
            "sections[1].items[1].max_points：满分必须大于 0",
        ),
    ],
)
def test_each_problem_is_named(edit: tuple[str, str], expected: str) -> None:
    old, new = edit
    assert old in GOOD
    problems = problems_of(GOOD.replace(old, new, 1))
    assert any(p.startswith(expected) for p in problems), problems


def test_all_problems_are_collected() -> None:
    text = GOOD.replace('weight = "40"', 'weight = "30"').replace('text = "项目二"', 'text = ""')
    assert len(problems_of(text)) == 2


def test_syntax_error_names_the_line() -> None:
    problems = problems_of(GOOD.replace('title = "乙"', 'title = "乙'))
    assert "TOML 语法错误" in problems[0]
    assert "line 17" in problems[0]


def test_components_must_sum_to_100() -> None:
    text = (
        GOOD
        + """
[[components]]
code = "survey"
title = "调查"
weight = "30"
source = "entered"
[[components]]
code = "expert"
title = "专家"
weight = "40"
source = "checklist"
"""
    )
    assert any(p.startswith("components.weight：") for p in problems_of(text))
