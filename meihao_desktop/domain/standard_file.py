"""Reading and validating standards definition files (TOML) into ``Standard`` objects.

The file format is documented in ``resources/standards/README.md``. Validation collects
every problem with its key path (``sections[2].items[3].text``) so that whoever edits a
file sees all mistakes at once, not one per attempt.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from meihao_desktop.domain.errors import StandardFileError
from meihao_desktop.domain.standards import (
    AggregationRule,
    Component,
    ComponentSource,
    EligibilityOp,
    EligibilityRule,
    Item,
    Level,
    Requirement,
    Scale,
    ScaleKind,
    Section,
    Standard,
)

HUNDRED = Decimal(100)
DEFAULT_SCALES: tuple[Scale, ...] = (
    Scale("points10", "0–10 分，0.5 分一档", ScaleKind.POINTS, Decimal("0.5")),
)


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.items.append(f"{key}：{message}")


def _decimal(value: Any, key: str, problems: _Problems) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        problems.add(key, f"应为数字，实际为 {value!r}")
        return None
    try:
        result = Decimal(str(value))
    except InvalidOperation:
        problems.add(key, f"应为数字，实际为 {value!r}")
        return None
    if not result.is_finite():
        problems.add(key, f"应为有限数字，实际为 {value!r}")
        return None
    return result


def _text(table: Mapping[str, Any], name: str, key: str, problems: _Problems) -> str:
    value = table.get(name)
    if not isinstance(value, str) or not value.strip():
        problems.add(
            f"{key}.{name}" if key else name, "不能为空" if value in (None, "") else "应为文字"
        )
        return ""
    return value


def _tables(data: Mapping[str, Any], name: str, key: str, problems: _Problems) -> list[Any]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.add(f"{key}{name}", "应为表格数组（[[...]]）")
        return []
    return value


def _parse_scales(data: Mapping[str, Any], problems: _Problems) -> dict[str, Scale]:
    scales = {s.id: s for s in DEFAULT_SCALES}
    raw = data.get("scales", {})
    if not isinstance(raw, dict):
        problems.add("scales", "应为表格")
        return scales
    for scale_id, body in raw.items():
        key = f"scales.{scale_id}"
        if not isinstance(body, dict):
            problems.add(key, "应为表格")
            continue
        kind_raw = body.get("kind")
        try:
            kind = ScaleKind(str(kind_raw))
        except ValueError:
            problems.add(f"{key}.kind", f"未知的评分方式 {kind_raw!r}（应为 points 或 levels）")
            continue
        title = _text(body, "title", key, problems)
        step = _decimal(body.get("step", "0.5"), f"{key}.step", problems) or Decimal("0.5")
        if step <= 0:
            problems.add(f"{key}.step", "档差必须大于 0")
        levels: list[Level] = []
        if kind is ScaleKind.LEVELS:
            raw_levels = _tables(body, "levels", f"{key}.", problems)
            if not raw_levels:
                problems.add(f"{key}.levels", "等级评分至少需要一个等级")
            seen: set[str] = set()
            for i, lv in enumerate(raw_levels):
                lkey = f"{key}.levels[{i + 1}]"
                label = _text(lv, "label", lkey, problems)
                fraction = _decimal(lv.get("fraction"), f"{lkey}.fraction", problems)
                if label in seen:
                    problems.add(f"{lkey}.label", f"等级 {label!r} 重复")
                seen.add(label)
                if fraction is not None and not Decimal(0) <= fraction <= 1:
                    problems.add(f"{lkey}.fraction", "应在 0 到 1 之间")
                if fraction is not None:
                    levels.append(Level(label, fraction))
        scales[scale_id] = Scale(scale_id, title, kind, step, tuple(levels))
    return scales


def _parse_requirements(
    data: Mapping[str, Any], codes: set[str], p: _Problems
) -> list[Requirement]:
    result = []
    for i, raw in enumerate(_tables(data, "requirements", "", p)):
        key = f"requirements[{i + 1}]"
        code = _unique_code(raw, key, codes, p)
        text = _text(raw, "text", key, p)
        for forbidden in ("max_points", "weight", "scale"):
            if forbidden in raw:
                p.add(f"{key}.{forbidden}", "原则要求是合格/不合格的门槛，不能设分值或权重")
        result.append(Requirement(code, text))
    return result


def _unique_code(raw: Mapping[str, Any], key: str, codes: set[str], p: _Problems) -> str:
    code = raw.get("code")
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)
    if not isinstance(code, str) or not code.strip():
        p.add(f"{key}.code", "编号不能为空")
        return ""
    if code in codes:
        p.add(f"{key}.code", f"编号 {code!r} 重复")
    codes.add(code)
    return code


def _parse_sections(
    data: Mapping[str, Any], scales: dict[str, Scale], codes: set[str], p: _Problems
) -> list[Section]:
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        p.add("defaults", "应为表格")
        defaults = {}
    default_scale = defaults.get("scale", "points10")
    default_max = defaults.get("max_points", 10)
    default_na = defaults.get("na_allowed", True)
    sections = []
    for i, raw in enumerate(_tables(data, "sections", "", p)):
        key = f"sections[{i + 1}]"
        code = _unique_code(raw, key, codes, p)
        title = _text(raw, "title", key, p)
        weight = _decimal(raw.get("weight"), f"{key}.weight", p)
        if weight is not None and weight <= 0:
            p.add(f"{key}.weight", "权重必须大于 0")
        items = []
        raw_items = _tables(raw, "items", f"{key}.", p)
        if not raw_items:
            p.add(f"{key}.items", "每个部分至少要有一个评分项")
        for j, raw_item in enumerate(raw_items):
            ikey = f"{key}.items[{j + 1}]"
            items.append(
                _parse_item(
                    raw_item, ikey, scales, codes, p, default_scale, default_max, default_na
                )
            )
        sections.append(Section(code, title, weight or Decimal(0), tuple(items)))
    if not sections:
        p.add("sections", "至少需要一个评分部分")
    total = sum((s.weight for s in sections), Decimal(0))
    if sections and total != HUNDRED:
        p.add("sections.weight", f"各部分权重之和应为 100，实际为 {total}")
    return sections


def _parse_item(
    raw: Mapping[str, Any],
    key: str,
    scales: dict[str, Scale],
    codes: set[str],
    p: _Problems,
    default_scale: Any,
    default_max: Any,
    default_na: Any,
) -> Item:
    code = _unique_code(raw, key, codes, p)
    text = _text(raw, "text", key, p)
    scale_id = raw.get("scale", default_scale)
    scale = scales.get(scale_id) if isinstance(scale_id, str) else None
    if scale is None:
        p.add(f"{key}.scale", f"未知的评分方式 {scale_id!r}（已定义：{', '.join(sorted(scales))}）")
        scale = DEFAULT_SCALES[0]
    max_points = _decimal(raw.get("max_points", default_max), f"{key}.max_points", p)
    if max_points is not None and max_points <= 0:
        p.add(f"{key}.max_points", "满分必须大于 0")
    elif max_points is not None and scale.kind is ScaleKind.POINTS and max_points % scale.step != 0:
        p.add(f"{key}.max_points", f"满分 {max_points} 不是档差 {scale.step} 的整数倍")
    na_allowed = raw.get("na_allowed", default_na)
    if not isinstance(na_allowed, bool):
        p.add(f"{key}.na_allowed", "应为 true 或 false")
        na_allowed = True
    guidance = raw.get("guidance", "")
    if not isinstance(guidance, str):
        p.add(f"{key}.guidance", "应为文字")
        guidance = ""
    return Item(code, text, max_points or Decimal(10), scale, na_allowed, guidance)


def _parse_eligibility(
    data: Mapping[str, Any], codes: set[str], p: _Problems
) -> list[EligibilityRule]:
    rules = []
    for i, raw in enumerate(_tables(data, "eligibility", "", p)):
        key = f"eligibility[{i + 1}]"
        code = _unique_code(raw, key, codes, p)
        text = _text(raw, "text", key, p)
        fld = _text(raw, "field", key, p)
        try:
            op = EligibilityOp(str(raw.get("op")))
        except ValueError:
            p.add(f"{key}.op", f"未知的条件 {raw.get('op')!r}（应为 min、true 或 in）")
            continue
        value: Decimal | tuple[str, ...] | None = None
        if op is EligibilityOp.MIN:
            value = _decimal(raw.get("value"), f"{key}.value", p)
        elif op is EligibilityOp.IN:
            raw_value = raw.get("value")
            if (
                not isinstance(raw_value, list)
                or not raw_value
                or not all(isinstance(v, str) for v in raw_value)
            ):
                p.add(f"{key}.value", "应为非空的文字列表")
            else:
                value = tuple(raw_value)
        source = raw.get("source", "")
        rules.append(
            EligibilityRule(code, text, fld, op, value, source if isinstance(source, str) else "")
        )
    return rules


def _parse_components(data: Mapping[str, Any], codes: set[str], p: _Problems) -> list[Component]:
    components = []
    for i, raw in enumerate(_tables(data, "components", "", p)):
        key = f"components[{i + 1}]"
        code = _unique_code(raw, key, codes, p)
        title = _text(raw, "title", key, p)
        weight = _decimal(raw.get("weight"), f"{key}.weight", p) or Decimal(0)
        try:
            source = ComponentSource(str(raw.get("source")))
        except ValueError:
            p.add(f"{key}.source", f"未知的来源 {raw.get('source')!r}（应为 checklist 或 entered）")
            continue
        components.append(Component(code, title, weight, source))
    if components:
        total = sum((c.weight for c in components), Decimal(0))
        if total != HUNDRED:
            p.add("components.weight", f"各组成部分权重之和应为 100，实际为 {total}")
        if sum(1 for c in components if c.source is ComponentSource.CHECKLIST) != 1:
            p.add("components", "必须恰好有一个来源为 checklist 的组成部分（现场评分）")
    return components


def parse_standard(data: Mapping[str, Any], *, origin: str) -> Standard:
    """Validate a parsed TOML document; raise ``StandardFileError`` listing every problem."""
    p = _Problems()
    header = {name: _text(data, name, "", p) for name in ("id", "version", "title")}
    source = data.get("source", "")
    notes = data.get("notes", "")
    scales = _parse_scales(data, p)
    codes: set[str] = set()
    requirements = _parse_requirements(data, codes, p)
    sections = _parse_sections(data, scales, codes, p)
    eligibility = _parse_eligibility(data, codes, p)
    components = _parse_components(data, codes, p)
    aggregation = AggregationRule()
    raw_agg = data.get("aggregation", {})
    if isinstance(raw_agg, dict) and "trim_min_scorers" in raw_agg:
        n = raw_agg["trim_min_scorers"]
        if not isinstance(n, int) or isinstance(n, bool) or n < 3:
            p.add("aggregation.trim_min_scorers", "应为不小于 3 的整数")
        else:
            aggregation = AggregationRule(n)
    if p.items:
        raise StandardFileError(origin, p.items)
    return Standard(
        id=header["id"],
        version=header["version"],
        title=header["title"],
        source=source if isinstance(source, str) else "",
        requirements=tuple(requirements),
        sections=tuple(sections),
        eligibility=tuple(eligibility),
        components=tuple(components),
        aggregation=aggregation,
        scales=tuple(scales.values()),
        notes=notes if isinstance(notes, str) else "",
    )


def load_standard_text(text: str, *, origin: str) -> Standard:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StandardFileError(origin, [f"TOML 语法错误：{exc}"]) from None
    return parse_standard(data, origin=origin)


def load_standard_file(path: Path) -> Standard:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise StandardFileError(str(path), ["文件不是 UTF-8 编码的文本"]) from None
    except OSError as exc:
        raise StandardFileError(str(path), [f"无法读取：{exc.strerror}"]) from None
    return load_standard_text(text, origin=path.name)
