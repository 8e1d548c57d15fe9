"""The shipped standards match the source documents, word for word."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from meihao_desktop.domain.standards import ComponentSource, EligibilityOp, Standard
from tests.needs import needs

SEED_001 = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "001_8d366b25c7741c2e.txt"


def seed_texts() -> tuple[list[str], list[str]]:
    """Requirement and item texts of 附件1/附件2, list numbering stripped."""
    seed = SEED_001.read_text(encoding="utf-8")
    annex1 = seed.split("“美好家园”小区原则要求\n")[-1].split("附件2")[0]
    annex2 = seed.split("“美好家园”小区选树参考标准")[-1]
    requirements = [t.strip() for t in re.findall(r"^\d\. (.+)$", annex1, re.MULTILINE)]
    items = [t.strip() for t in re.findall(r"^\t\d\.(.+)$", annex2, re.MULTILINE)]
    return requirements, items


def test_meihao_2024_shape(meihao: Standard) -> None:
    assert meihao.id == "meihao-2024"
    assert len(meihao.requirements) == 8
    assert [s.weight for s in meihao.sections] == [Decimal(w) for w in (20, 20, 40, 20)]
    assert [len(s.items) for s in meihao.sections] == [5, 4, 9, 7]
    assert [s.title for s in meihao.sections] == [
        "党建引领机制完善",
        "业主委员会和物业管理委员会等运行规范",
        "物业管理服务规范高效",
        "部门执法和专项服务进小区",
    ]


def test_meihao_2024_texts_equal_seed_001(meihao: Standard) -> None:
    needs(SEED_001.exists(), f"the seed documents beside this checkout ({SEED_001})")
    requirements, items = seed_texts()
    assert len(requirements) == 8
    assert len(items) == 25
    assert [r.text for r in meihao.requirements] == requirements
    assert [i.text for i in meihao.items] == items


def test_meihao_2024_eligibility(meihao: Standard) -> None:
    rules = {r.field: r for r in meihao.eligibility}
    assert rules["red_property_stars"].value == Decimal(4)
    assert rules["occupancy_rate"].value == Decimal(60)
    assert rules["fee_collection_rate"].value == Decimal(95)
    assert rules["cross_appointment"].op is EligibilityOp.TRUE
    assert rules["joint_party_org"].op is EligibilityOp.TRUE
    assert rules["demonstration_level"].value == ("省级", "市级")


def test_meihao_2024_defaults_are_explicit(meihao: Standard) -> None:
    assert all(item.max_points == Decimal(10) for item in meihao.items)
    assert all(item.na_allowed for item in meihao.items)
    assert meihao.aggregation.trim_min_scorers == 5
    assert {s.id for s in meihao.scales} >= {"points10", "levels4"}


def test_wenming_2019_is_composite(wenming: Standard) -> None:
    weights = {c.code: (c.weight, c.source) for c in wenming.components}
    assert weights == {
        "survey": (Decimal(30), ComponentSource.ENTERED),
        "vote": (Decimal(30), ComponentSource.ENTERED),
        "expert": (Decimal(40), ComponentSource.CHECKLIST),
    }
    assert sum(s.weight for s in wenming.sections) == 100
    assert [s.title for s in wenming.sections] == [
        "环境秩序提升",
        "文明宣传提升",
        "设备维护提升",
        "物业服务提升",
        "志愿服务提升",
    ]
    assert any("步行200米看到至少5处宣传内容" in i.text for i in wenming.items)
