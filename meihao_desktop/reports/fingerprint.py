"""The verification code printed on every page: a short hash of what the form says.

The same content always gives the same code, whenever and wherever it is printed, so a
reader holding a paper copy can ask the bureau to recompute it from the database and
compare. The code covers the form's content only: the print time, where the photo
files happen to lie on disk and similar circumstances are left out. Images count by
their SHA-256.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from meihao_desktop.reports.model import FormData

CODE_LENGTH = 12  # hex characters: 48 bits, plenty to catch a retyped or altered page
_LEFT_OUT = frozenset({"generated_at", "path"})


def _plain(value: Any) -> Any:
    """``value`` as JSON-able data with one spelling per value (Decimal "90.50" ≠ "90.5")."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _LEFT_OUT
        }
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def canonical_json(data: FormData) -> str:
    """The form's content as JSON with sorted keys and no insignificant whitespace."""
    content = {"form": type(data).__name__, "content": _plain(data)}
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def verification_code(data: FormData) -> str:
    """The first 12 hex characters of SHA-256 over ``canonical_json(data)``, upper case."""
    digest = hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
    return digest[:CODE_LENGTH].upper()


def grouped(code: str) -> str:
    """The code in groups of four, as printed: ``3F2A-9C01-77BE``."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
