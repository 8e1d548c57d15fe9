"""Taking a valid package apart and putting it together again the way an attacker would.

A forger holds no laptop's key, but can sign with a key of their own: the package
then verifies as signed by someone else. So most hostile packages here are *re-signed*,
to reach the checks behind the signature.
"""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519

from meihao_desktop.exchange.keys import PackageSigner
from meihao_desktop.exchange.layout import DATA, MANIFEST, SIGNATURE

Members = list[tuple[zipfile.ZipInfo | str, bytes]]


def unpack(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def pack(path: Path, members: Members, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: we mean them
        with zipfile.ZipFile(path, "w", compression) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return path


def manifest_of(members: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(members[MANIFEST])


def data_of(members: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(members[DATA])


def with_data(members: dict[str, bytes], data: dict[str, Any]) -> dict[str, bytes]:
    return {**members, DATA: json.dumps(data, ensure_ascii=False).encode("utf-8")}


def resign(
    members: dict[str, bytes],
    edit: Callable[[dict[str, Any]], None] | None = None,
    *,
    relist: bool = True,
) -> dict[str, bytes]:
    """Recompute the manifest's hashes and sizes (``relist``), apply ``edit`` to it, and
    sign it with a forger's key."""
    manifest = manifest_of(members)
    if relist:
        manifest["members"] = [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
            if name not in (MANIFEST, SIGNATURE)
        ]
    signer = PackageSigner("伪造者", ed25519.Ed25519PrivateKey.generate())
    manifest["signer"] = {"name": signer.name, "fingerprint": signer.fingerprint}
    if edit is not None:
        edit(manifest)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    signature = json.dumps(signer.signature_document(manifest_bytes)).encode("utf-8")
    return {**members, MANIFEST: manifest_bytes, SIGNATURE: signature}


def lie_about_size(path: Path, name: str, declared: int) -> None:
    """Patch the zip so that member ``name`` claims ``declared`` uncompressed bytes."""
    _patch(path, name, local_at=22, central_at=24, value=declared.to_bytes(4, "little"))


def set_flags(path: Path, name: str, flags: int) -> None:
    """Patch the general-purpose flags of member ``name`` (zipfile resets them on write)."""
    _patch(path, name, local_at=6, central_at=8, value=flags.to_bytes(2, "little"))


def _patch(path: Path, name: str, *, local_at: int, central_at: int, value: bytes) -> None:
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    assert raw[local : local + 4] == b"PK\x03\x04"
    raw[local + local_at : local + local_at + len(value)] = value
    central = raw.find(b"PK\x01\x02")
    while central >= 0:
        name_length = int.from_bytes(raw[central + 28 : central + 30], "little")
        if raw[central + 46 : central + 46 + name_length] == name.encode():
            raw[central + central_at : central + central_at + len(value)] = value
            break
        central = raw.find(b"PK\x01\x02", central + 4)
    else:
        raise AssertionError(f"{name} not in the central directory")
    path.write_bytes(bytes(raw))


def info(name: str, *, mode: int = 0o100644) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=(2024, 9, 3, 0, 0, 0))
    entry.external_attr = mode << 16
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry
