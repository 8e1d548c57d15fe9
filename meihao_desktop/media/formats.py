"""Which kind of file a photo is, judged from its first bytes, not from its name.

Inspectors' phones and cameras produce JPEG, HEIC/HEIF and (screenshots) PNG; only those
are accepted. The file name's extension is not trusted: a PDF renamed ``.jpg`` is still
a PDF. Sniffing first also lets the decoder open a file with only the one Pillow plug-in
it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class PhotoFormat:
    """An accepted format: Pillow's name for it, the media type stored, the file suffix."""

    pillow_name: str
    media_type: str
    extension: str

    @property
    def is_heif(self) -> bool:
        return self.pillow_name == "HEIF"


JPEG: Final = PhotoFormat("JPEG", "image/jpeg", "jpg")
PNG: Final = PhotoFormat("PNG", "image/png", "png")
HEIC: Final = PhotoFormat("HEIF", "image/heic", "heic")
HEIF: Final = PhotoFormat("HEIF", "image/heif", "heif")
ACCEPTED: Final = (JPEG, PNG, HEIC, HEIF)

# HEVC-coded HEIF brands (iPhones write "heic"); "mif1"/"msf1" are the generic ones.
_HEIC_BRANDS: Final = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"})
_HEIF_BRANDS: Final = frozenset({b"mif1", b"msf1"})
_AVIF_BRANDS: Final = frozenset({b"avif", b"avis"})

# Formats people commonly mistake for photos; named so the message says what they chose.
_OTHER_SIGNATURES: Final = (
    (b"%PDF", "PDF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"8BPS", "PSD"),
    (b"PK\x03\x04", "ZIP"),
)


def extension_for(media_type: str) -> str:
    """The file suffix the photo store uses for an original of ``media_type``."""
    for photo_format in ACCEPTED:
        if photo_format.media_type == media_type:
            return photo_format.extension
    raise ValueError(f"not a photo media type: {media_type!r}")


def sniff(data: bytes | memoryview) -> PhotoFormat | str | None:
    """The accepted format of ``data``; else the name of a known other format, or None."""
    data = bytes(data[:256])  # all the signatures are in the first bytes
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[4:8] == b"ftyp":
        return _sniff_ftyp(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:2] == b"BM" and data[6:10] == bytes(4):  # "BM", file size, 4 reserved zeros
        return "BMP"
    for signature, name in _OTHER_SIGNATURES:
        if data.startswith(signature):
            return name
    return None


def _sniff_ftyp(data: bytes) -> PhotoFormat | str:
    """HEIC, HEIF, AVIF or video from the ISO-BMFF ``ftyp`` box's major and compatible brands."""
    size = int.from_bytes(data[0:4], "big")
    end = min(max(size, 16), len(data), 256)
    brands = {data[8:12]} | {data[i : i + 4] for i in range(16, end - 3, 4)}
    if brands & _HEIC_BRANDS:
        return HEIC
    if brands & _AVIF_BRANDS:
        return "AVIF"
    if brands & _HEIF_BRANDS:
        return HEIF
    return "MP4/MOV 视频"  # other ftyp files are movies (phones put Live Photos beside stills)
