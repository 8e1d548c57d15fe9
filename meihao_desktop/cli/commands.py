"""The CLI's subcommands: each returns (JSON-able data, human-readable text)."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from meihao_desktop.cli.output import (
    community_json,
    inspection_detail_json,
    inspection_summary_json,
    score_json,
    standard_json,
)
from meihao_desktop.domain.numbers import shown_str
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.catalog import default_catalog
from meihao_desktop.store.db import Database

Result = tuple[Any, str]


@contextmanager
def _services(db_path: Path) -> Iterator[Services]:
    db = Database.open(db_path)
    try:
        yield Services.create(db, Actor(getpass.getuser(), "cli"))
    finally:
        db.close()


def demo(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.services.demo import load_demo

    with _services(db_path) as services:
        result = load_demo(services.db, services.catalog, Actor("演示数据", "cli"))
    data = {
        "created": result.created,
        "communities": result.communities,
        "inspections": result.inspections,
        "database": str(db_path),
    }
    if result.created:
        text = (
            f"已写入演示数据：{result.communities} 个小区，{result.inspections} 次考察（{db_path}）"
        )
    else:
        text = f"演示数据已存在，未重复写入（{db_path}）"
    return data, text


def standards(args: argparse.Namespace, db_path: Path) -> Result:
    catalog = default_catalog()
    if args.action == "list":
        found = catalog.all()
        data = [{"id": s.id, "title": s.title, "version": s.version} for s in found]
        return data, "\n".join(f"{s.id}\t{s.version}\t{s.title}" for s in found)
    if args.action == "check":
        from meihao_desktop.domain.standard_file import load_standard_file

        checked = load_standard_file(Path(args.file))
        return standard_json(checked), f"{args.file}：格式正确（{checked.id} {checked.version}）"
    standard = catalog.get(args.standard_id)
    lines = [f"{standard.title}（{standard.id} {standard.version}）", "原则要求："]
    lines += [f"  {r.code} {r.text}" for r in standard.requirements]
    for section in standard.sections:
        lines.append(f"{section.code} {section.title}（权重 {section.weight}%）")
        lines += [f"  {i.code} {i.text}（满分 {i.max_points}）" for i in section.items]
    return standard_json(standard), "\n".join(lines)


def communities(args: argparse.Namespace, db_path: Path) -> Result:
    with _services(db_path) as services:
        found = services.communities.list(args.search)
    text = "\n".join(f"{c.id}\t{c.district}\t{c.street}\t{c.name}" for c in found)
    return [community_json(c) for c in found], text or "（没有小区）"


def inspections(args: argparse.Namespace, db_path: Path) -> Result:
    with _services(db_path) as services:
        if args.action == "list":
            found = services.inspections.list()
            text = "\n".join(f"{s.id}\t{s.community}\t{s.inspector}\t{s.status}" for s in found)
            return [inspection_summary_json(s) for s in found], text or "（没有考察记录）"
        detail = services.inspections.detail(args.inspection_id)
    data = inspection_detail_json(detail)
    lines = [f"{data['community']} — {data['inspector']}（{data['status']}）"]
    for f in data["findings"]:
        value = "不适用" if f["na"] else (f["points"] if f["points"] is not None else "未评分")
        lines.append(f"  {f['item_code']}\t{value}\t{f['text']}")
    return data, "\n".join(lines)


def score(args: argparse.Namespace, db_path: Path) -> Result:
    with _services(db_path) as services:
        result = services.inspections.score(args.inspection_id)
    data = score_json(result)
    lines = [f"总分：{data['total']}（{result.verdict}，完成 {result.completeness}）"]
    for s in result.sections:
        value = "不适用" if s.na else shown_str(s.score)
        lines.append(f"  {s.section.code} {s.section.title}：{value} / {s.section.weight}")
    lines += [f"  未通过原则要求：{r.code} {r.text}" for r in result.failed_requirements]
    lines += [f"  申报条件：{r.reason}" for r in result.failed_eligibility]
    return data, "\n".join(lines)


def record(args: argparse.Namespace, db_path: Path) -> Result:
    kwargs: dict[str, Any] = {}
    if args.na:
        kwargs["na"] = True
    elif args.level is not None:
        kwargs["level"] = args.level
    else:
        kwargs["points"] = args.points
    if args.text is not None:
        kwargs["text"] = args.text
    with _services(db_path) as services:
        finding = services.inspections.record_finding(args.inspection_id, args.item_code, **kwargs)
    data = {
        "id": finding.id,
        "inspection_id": finding.inspection_id,
        "item_code": finding.item_code,
        "na": finding.na,
        "text": finding.text,
        "points": None if finding.points is None else str(finding.points),
    }
    value = "不适用" if finding.na else finding.points
    return data, f"已记录 {finding.item_code}：{value}"
