"""Checking the digital signatures of a PDF and saying in plain Chinese what they prove.

For each signature: who signed (the certificate's CN), when (as the signer's computer
reported it), whether the signed bytes are unchanged (intact), whether the signature
covers the whole file, and a verdict:

* 签名有效，文件签名后未被修改 — intact and covering the whole file;
* 签名有效，签名后仅追加了其他签名 — intact; later revisions only add signatures;
* 文件在签名后被修改 — a signed byte changed, or content was added after signing;
* 签名已损坏 — the signature itself cannot be read or does not verify.

Integrity is checked with the signer's own certificate as the trust anchor: our keys
are self-signed, and an unknown issuer must not be reported as a changed document.
Whether a recognised authority vouches for the signer is a separate answer (``trusted``),
true only for certificates the caller names as trusted.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from meihao_desktop.signing.errors import PdfFileError

if TYPE_CHECKING:
    from pyhanko.sign.validation import EmbeddedPdfSignature

VALID = "签名有效，文件签名后未被修改"
VALID_THEN_SIGNED = "签名有效，签名后仅追加了其他签名"
ALTERED = "文件在签名后被修改"
BROKEN = "签名已损坏"
NO_SIGNATURES = "文件中没有数字签名"
UNTRUSTED = "证书未经受信任机构认证"
TRUSTED = "证书由受信任的机构签发"


@dataclass(frozen=True)
class SignatureCheck:
    """The findings about one signature."""

    field_name: str
    signer: str  # the certificate subject's CN ("" if unreadable)
    unit: str  # the certificate subject's O
    signed_at: datetime | None  # as the signer reported it
    intact: bool  # the signed bytes hash to what was signed
    valid: bool  # the cryptographic signature over that hash verifies
    covers_whole_file: bool
    trusted: bool
    verdict: str

    @property
    def ok(self) -> bool:
        return self.verdict in (VALID, VALID_THEN_SIGNED)

    @property
    def trust_note(self) -> str:
        return TRUSTED if self.trusted else UNTRUSTED


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    signatures: tuple[SignatureCheck, ...]

    @property
    def ok(self) -> bool:
        """Signed, and every signature intact with nothing but signatures added after it."""
        return bool(self.signatures) and all(s.ok for s in self.signatures)

    @property
    def summary(self) -> str:
        if not self.signatures:
            return NO_SIGNATURES
        bad = [s for s in self.signatures if not s.ok]
        return bad[0].verdict if bad else self.signatures[-1].verdict


def _name_part(signature: EmbeddedPdfSignature, attribute: str) -> str:
    try:
        return str(signature.signer_cert.subject.native.get(attribute, ""))
    except Exception:  # a damaged certificate still deserves a verdict
        return ""


def _verdict(intact: bool, valid: bool, whole: bool, only_signatures_after: bool) -> str:
    if not intact:
        return ALTERED
    if not valid:
        return BROKEN
    if whole:
        return VALID
    return VALID_THEN_SIGNED if only_signatures_after else ALTERED


def _check(signature: EmbeddedPdfSignature, trusted_sha256: Collection[str]) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    field = str(signature.field_name)
    signer, unit = _name_part(signature, "common_name"), _name_part(signature, "organization_name")
    try:
        cert = signature.signer_cert
        context = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(signature, context)
    except Exception:  # unreadable CMS, unknown algorithm, missing certificate …
        return SignatureCheck(field, signer, unit, None, False, False, False, False, BROKEN)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    later = status.modification_level
    only_signatures = bool(status.docmdp_ok) and later in (
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    )
    return SignatureCheck(
        field_name=field,
        signer=signer,
        unit=unit,
        signed_at=signature.self_reported_timestamp,
        intact=status.intact,
        valid=status.valid,
        covers_whole_file=whole,
        trusted=cert.sha256.hex() in trusted_sha256,
        verdict=_verdict(status.intact, status.valid, whole, only_signatures),
    )


def verify_pdf(path: Path, *, trusted_sha256: Collection[str] = ()) -> VerifyReport:
    """Check every signature in the PDF at ``path``.

    ``trusted_sha256`` lists SHA-256 fingerprints (hex) of certificates to report as
    trusted; by default none is.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        with open(path, "rb") as stream:
            reader = PdfFileReader(stream, strict=False)
            found = tuple(_check(s, trusted_sha256) for s in reader.embedded_signatures)
    except OSError as error:
        raise PdfFileError(f"无法读取文件（{error.strerror}）", str(path)) from error
    except (PdfError, ValueError, KeyError, TypeError) as error:
        raise PdfFileError("不是有效的 PDF 文件", str(path)) from error
    return VerifyReport(Path(path), found)
