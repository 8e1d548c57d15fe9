"""The CLI's subcommands: each returns (JSON-able data, human-readable text)."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meihao_desktop.cli.output import (
    community_json,
    inspection_detail_json,
    inspection_summary_json,
    score_json,
    standard_json,
)
from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.numbers import shown_str
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.catalog import default_catalog
from meihao_desktop.signing.request import SignRequest

if TYPE_CHECKING:  # the signing modules load cryptography and pyHanko: only when used
    from meihao_desktop.signing.keys import KeyInfo
    from meihao_desktop.signing.verify import SignatureCheck
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


# ── PDF forms, digital signatures, keys ─────────────────────────────────────────────


def _passphrase(path: str | None) -> str:
    """The first line of the passphrase file (so the passphrase is not on the command line)."""
    if path is None:
        raise InvalidValueError("请用 --passphrase-file 指定口令文件", where="参数")
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidValueError(f"无法读取口令文件（{error}）", where=f"文件 {path}") from None
    return lines[0] if lines else ""


def _sign_request(args: argparse.Namespace, reason: str) -> SignRequest | None:
    if args.sign is None:
        return None
    return SignRequest(Path(args.sign), _passphrase(args.passphrase_file), reason=reason)


def _campaign_of(services: Services, community_id: str, chosen: str | None) -> str:
    """The campaign named, or the only one the community was inspected in."""
    if chosen is not None:
        return chosen
    services.communities.get(community_id)  # a clear error for an unknown community
    found = sorted({s.campaign_id for s in services.inspections.list(community_id)})
    if len(found) == 1:
        return found[0]
    if not found:
        raise InvalidValueError(
            "该小区没有任何考察记录，请用 --campaign 指定评选活动", where="小区"
        )
    raise InvalidValueError(f"该小区参加了多个评选活动，请用 --campaign 指定：{'、'.join(found)}")


def export(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.media.photo_store import PhotoStore
    from meihao_desktop.reports.fingerprint import grouped
    from meihao_desktop.services.exports import ExportService

    dest = Path(args.output)
    with _services(db_path) as services:
        exports = ExportService(services.db, services.catalog, PhotoStore.beside(db_path).root)
        if args.action == "score-sheet":
            sign = _sign_request(args, "考察评分表签名")
            result = exports.export_score_sheet(args.inspection_id, dest, sign)
        else:
            sign = _sign_request(args, "小区推荐表签章")
            campaign = _campaign_of(services, args.community_id, args.campaign)
            result = exports.export_recommendation(campaign, args.community_id, dest, sign)
    data = {
        "path": str(result.path),
        "pages": result.pages,
        "code": result.code,
        "signed": result.signed,
    }
    signed = "，已数字签名" if result.signed else ""
    text = f"已导出 {result.path}（{result.pages} 页，校验码 {grouped(result.code)}{signed}）"
    return data, text


def _signature_json(check: SignatureCheck) -> dict[str, Any]:
    return {
        "field": check.field_name,
        "signer": check.signer,
        "unit": check.unit,
        "signed_at": None if check.signed_at is None else check.signed_at.isoformat(),
        "intact": check.intact,
        "valid": check.valid,
        "covers_whole_file": check.covers_whole_file,
        "trusted": check.trusted,
        "trust": check.trust_note,
        "verdict": check.verdict,
    }


def verify(args: argparse.Namespace, db_path: Path) -> tuple[Any, str, int]:
    """Exit status 0 when every signature holds, 1 when one does not or there is none."""
    from meihao_desktop.signing.verify import verify_pdf

    report = verify_pdf(Path(args.file))
    data = {
        "file": str(report.path),
        "ok": report.ok,
        "summary": report.summary,
        "signatures": [_signature_json(c) for c in report.signatures],
    }
    lines = [f"{args.file}：{report.summary}"]
    for number, c in enumerate(report.signatures, start=1):
        when = "" if c.signed_at is None else c.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        unit = f"（{c.unit}）" if c.unit else ""
        scope = "整个文件" if c.covers_whole_file else "文件的一部分"
        lines += [
            f"签名 {number}：{c.signer or '（无法读取签名人）'}{unit}",
            f"  签名时间：{when or '未知'}　签名范围：{scope}",
            f"  结论：{c.verdict}；{c.trust_note}",
        ]
    return data, "\n".join(lines), 0 if report.ok else 1


def _key_json(info: KeyInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "name": info.name,
        "unit": info.unit,
        "subject": info.subject,
        "serial": info.serial,
        "not_before": info.not_before.isoformat(),
        "not_after": info.not_after.isoformat(),
        "self_signed": info.self_signed,
    }


def _key_text(info: KeyInfo) -> str:
    valid = f"{info.not_before:%Y-%m-%d} 至 {info.not_after:%Y-%m-%d}"
    return f"{info.name}\t{info.unit or '—'}\t序列号 {info.serial}\t有效期 {valid}\t{info.path}"


def keys(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.paths import data_dir
    from meihao_desktop.signing.keys import create_key, import_key, keys_folder, list_keys

    folder = keys_folder(data_dir())
    if args.action == "list":
        found = list_keys(folder)
        return [_key_json(k) for k in found], "\n".join(map(_key_text, found)) or "（没有密钥）"
    passphrase = _passphrase(args.passphrase_file)
    if args.action == "create":
        info = create_key(folder, args.name, args.unit, passphrase, kind=args.key_type)
        return _key_json(info), f"已创建密钥：{_key_text(info)}"
    info = import_key(folder, Path(args.file), passphrase)
    return _key_json(info), f"已导入密钥：{_key_text(info)}"
