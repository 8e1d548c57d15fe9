"""Signing a PDF: PAdES baseline B-B with pyHanko, a visible field, written atomically.

The signature is an incremental update over the document, so every earlier byte stays
as it was and a second signature can follow. Its field shows the drawn signature and/or
the seal, the signer's name and unit and the signing time (see ``appearance``). The
form renderers reserve a box for it and report where it landed; without one, the field
goes to the bottom right of the last page.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from meihao_desktop.reports.files import atomic_output
from meihao_desktop.reports.model import Placement
from meihao_desktop.signing.appearance import Appearance, draw_appearance
from meihao_desktop.signing.errors import PdfFileError
from meihao_desktop.signing.keys import describe, open_key
from meihao_desktop.signing.request import SignRequest

DEFAULT_WIDTH, DEFAULT_HEIGHT = 170.0, 68.0  # points: 60 × 24 mm
FIELD_PREFIX = "Signature"

if TYPE_CHECKING:  # pyHanko is imported when a document is signed, not before
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.signers import PdfSigner, SimpleSigner


@dataclass(frozen=True)
class SignedInfo:
    """What was signed: the field, the signer's certificate name and the signing time."""

    field_name: str
    signer: str
    unit: str
    signed_at: datetime


def _free_field_name(reader: PdfFileReader) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    taken = {name for name, _, _ in enumerate_sig_fields(reader)}
    number = 1
    while f"{FIELD_PREFIX}{number}" in taken:
        number += 1
    return f"{FIELD_PREFIX}{number}"


def _default_placement(reader: PdfFileReader) -> Placement:
    last = reader.root["/Pages"]["/Count"] - 1
    page = reader.find_page_for_modification(last)[0]  # type: ignore[no-untyped-call]
    box = page.get_object()["/MediaBox"]
    right = float(box[2]) - 45  # clear of the margin
    return Placement(last, right - DEFAULT_WIDTH, 100, DEFAULT_WIDTH, DEFAULT_HEIGHT)


def _load_signer(request: SignRequest) -> SimpleSigner:
    from pyhanko.sign import signers

    with open(request.key_file, "rb") as stream:
        data = stream.read()
    signer: SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
        data, other_certs=[], passphrase=request.passphrase.encode("utf-8")
    )
    return signer


def sign_pdf(
    source: Path, dest: Path, request: SignRequest, *, placement: Placement | None = None
) -> SignedInfo:
    """Sign ``source`` into ``dest`` (may be the same file) with the key of ``request``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    # Opening the key first gives a clear message for a wrong passphrase or a bad file.
    key = describe(open_key(request.key_file, request.passphrase).certificate, request.key_file)
    signer = _load_signer(request)
    signed_at = datetime.now(UTC)
    look = Appearance(
        signer=key.name,
        unit=key.unit,
        time_text=signed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        signature_png=request.signature_png,
        seal_png=request.seal_png,
    )
    try:
        with open(source, "rb") as stream, tempfile.TemporaryDirectory() as scratch:
            writer = IncrementalPdfFileWriter(stream, strict=False)
            field = _free_field_name(writer.prev)
            where = placement or _default_placement(writer.prev)
            appearance = Path(scratch) / "appearance.pdf"
            draw_appearance(appearance, where.width, where.height, look)
            pdf_signer = _pdf_signer(request, signer, field, where, appearance)
            with atomic_output(dest) as temp, open(temp, "wb") as output:
                pdf_signer.sign_pdf(writer, output=output)
    except (PdfError, ValueError, KeyError) as error:
        raise PdfFileError(f"不是可签名的 PDF 文件（{error}）", str(source)) from error
    return SignedInfo(field, key.name, key.unit, signed_at)


def _pdf_signer(
    request: SignRequest, signer: SimpleSigner, field: str, where: Placement, appearance: Path
) -> PdfSigner:
    from pyhanko.pdf_utils import layout
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    meta = signers.PdfSignatureMetadata(
        field_name=field,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=request.reason or None,
        location=request.location or None,
    )
    box = (where.x, where.y, where.x + where.width, where.y + where.height)
    spec = fields.SigFieldSpec(sig_field_name=field, on_page=where.page, box=box)  # type: ignore[arg-type]
    style = StaticStampStyle.from_pdf_file(
        str(appearance),
        border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(0, 0, 0, 0),
        ),
    )
    return signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec)
