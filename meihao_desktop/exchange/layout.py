"""The ``.meihao`` exchange package: member names, format version and the limits a reader
enforces.

A package is a zip file::

    manifest.json        format, schema revision, who exported it and when, and every
                         other member with its sha256 and size (except signature.json)
    data.json            the rows: inspections with their community, campaign, inspector,
                         findings, requirement checks, photo records, rectifications,
                         signatures, entered scores and recommendations
    photos/<sha256>.<ext>  the photo originals, byte for byte as the photo store keeps them
    signature.json       a signature over the exact bytes of manifest.json, with the
                         signer's public key (or certificate) and name

The signature covers the manifest, and the manifest covers every other member by hash,
so changing any byte of the package after export is detected.
"""

from __future__ import annotations

import re
from typing import Final

FORMAT_NAME: Final = "meihao-exchange"
FORMAT_VERSION: Final = 1
SUFFIX: Final = ".meihao"

MANIFEST: Final = "manifest.json"
DATA: Final = "data.json"
SIGNATURE: Final = "signature.json"
PHOTO_NAME: Final = re.compile(r"photos/([0-9a-f]{64})\.(jpg|png|heic|heif)")

# Limits. A real package holds a few inspections: a data.json of a few hundred KB and
# up to some hundreds of photos of 1–25 MB. Everything above these is refused unread.
MAX_PACKAGE_BYTES: Final = 16 * 2**30
MAX_MEMBERS: Final = 20_000
MAX_MANIFEST_BYTES: Final = 8 * 2**20
MAX_SIGNATURE_BYTES: Final = 256 * 2**10
MAX_DATA_BYTES: Final = 256 * 2**20
MAX_PHOTO_BYTES: Final = 60 * 2**20  # the photo importer's own limit (media.processing)
MAX_TOTAL_BYTES: Final = 16 * 2**30
# Deflated JSON shrinks 5–20×; a zip bomb 1000× and more.
MAX_RATIO: Final = 200
RATIO_CHECK_FROM: Final = 2**20  # small members may compress well without harm
CHUNK: Final = 2**20


def member_limit(name: str) -> int:
    """The largest uncompressed size accepted for the member ``name``."""
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name == SIGNATURE:
        return MAX_SIGNATURE_BYTES
    if name == DATA:
        return MAX_DATA_BYTES
    return MAX_PHOTO_BYTES


def photo_member(sha256: str, extension: str) -> str:
    return f"photos/{sha256}.{extension}"
