"""What signing a PDF needs, as a plain value the GUI and the export service pass along.

No pyHanko here: the request is built and carried (into a worker process, too) long
before any signing code is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SignRequest:
    """Sign with the key in ``key_file`` (PKCS#12), opened with ``passphrase``.

    The visible signature shows ``signature_png`` (a drawn signature) and/or ``seal_png``
    (the unit's seal, transparent PNG) beside the signer's name and the signing time.
    """

    key_file: Path
    passphrase: str = field(repr=False)
    reason: str = ""  # e.g. "考察评分表签名"
    location: str = ""  # e.g. "连云港市海州区"
    signature_png: bytes | None = field(default=None, repr=False)
    seal_png: bytes | None = field(default=None, repr=False)
