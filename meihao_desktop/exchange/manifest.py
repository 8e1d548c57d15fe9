"""manifest.json: what a package says about itself, written on export and checked on import.

The manifest is the signed part of a package: it names the format and schema revision,
who exported it on which laptop and when, and every other member with its sha256 and
size. JSON from a package is parsed strictly (UTF-8, no duplicate keys, no NaN).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.layout import FORMAT_NAME, FORMAT_VERSION, MANIFEST

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class MemberEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    schema_revision: str
    created_at: datetime
    inspector: str  # who exported (the inspector's name)
    device: str  # the exporting laptop's host name
    program: str  # program and version that wrote the package
    signer_name: str
    signer_fingerprint: str
    inspections: tuple[str, ...]
    members: tuple[MemberEntry, ...]
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "schema_revision": self.schema_revision,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "exported_by": {
                "inspector": self.inspector,
                "device": self.device,
                "program": self.program,
            },
            "signer": {"name": self.signer_name, "fingerprint": self.signer_fingerprint},
            "inspections": list(self.inspections),
            "members": [{"name": m.name, "sha256": m.sha256, "size": m.size} for m in self.members],
        }
        return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def strict_json(data: bytes, name: str, where: str) -> Any:
    """Parse JSON from a package: UTF-8, no duplicate keys, no NaN or Infinity."""
    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise PackageError(f"{name} 不是 UTF-8 文本", where=where, kind="json") from None
    except (ValueError, RecursionError) as error:
        detail = str(error) if isinstance(error, _DuplicateKeyError) else "格式错误"
        raise PackageError(
            f"{name} 不是有效的 JSON（{detail}）", where=where, kind="json"
        ) from None


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(f"键 {key!r} 重复")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"不允许 {name}")


def parse_manifest(data: bytes, where: str, known_revisions: frozenset[str]) -> Manifest:
    """Check manifest.json; the format and schema come first, so that a package from a
    newer program says so instead of failing on some field."""
    document = strict_json(data, MANIFEST, where)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise PackageError("不是美好家园数据包（清单格式不符）", where=where, kind="format")
    version = document.get("format_version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise PackageError(
            f"数据包格式版本 {version!r} 不受支持（本程序支持版本 {FORMAT_VERSION}），"
            "请使用相同版本的程序导出",
            where=where,
            kind="format_version",
        )
    revision = document.get("schema_revision")
    if not isinstance(revision, str) or revision not in known_revisions:
        raise PackageError(
            f"数据包的数据库版本 {revision!r} 不是本程序已知的版本（由更新版本的程序导出？），"
            "请先升级本程序",
            where=where,
            kind="schema",
        )
    return _typed_manifest(document, revision, where)


def _typed_manifest(document: dict[str, Any], revision: str, where: str) -> Manifest:
    exported = _object(document, "exported_by", where)
    signer = _object(document, "signer", where)
    inspections = document.get("inspections")
    if not isinstance(inspections, list) or not all(isinstance(i, str) for i in inspections):
        raise _bad("inspections", where)
    return Manifest(
        schema_revision=revision,
        created_at=_moment(document.get("created_at"), where),
        inspector=_string(exported, "inspector", where),
        device=_string(exported, "device", where),
        program=_string(exported, "program", where),
        signer_name=_string(signer, "name", where),
        signer_fingerprint=_string(signer, "fingerprint", where),
        inspections=tuple(inspections),
        members=_members(document.get("members"), where),
    )


def _bad(key: str, where: str) -> PackageError:
    return PackageError(f"{MANIFEST} 中的 {key} 缺失或类型不对", where=where, kind="types")


def _object(document: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = document.get(key)
    if not isinstance(value, dict):
        raise _bad(key, where)
    return value


def _string(document: dict[str, Any], key: str, where: str) -> str:
    value = document.get(key)
    if not isinstance(value, str):
        raise _bad(key, where)
    return value


def _moment(value: object, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise _bad("created_at", where)
    return moment.astimezone(UTC)


def _members(value: object, where: str) -> tuple[MemberEntry, ...]:
    if not isinstance(value, list):
        raise _bad("members", where)
    entries = []
    for raw in value:
        if not isinstance(raw, dict) or set(raw) != {"name", "sha256", "size"}:
            raise _bad("members", where)
        name, digest, size = raw["name"], raw["sha256"], raw["size"]
        if (
            not isinstance(name, str)
            or not isinstance(digest, str)
            or not _SHA256.fullmatch(digest)
        ):
            raise _bad("members", where)
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise _bad("members", where)
        entries.append(MemberEntry(name, digest, size))
    names = [entry.name for entry in entries]
    if len(set(names)) != len(names):
        raise PackageError(f"{MANIFEST} 中有重复列出的文件", where=where, kind="duplicate")
    return tuple(entries)
