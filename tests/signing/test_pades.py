"""Signed exports checked by poppler's pdfsig, by pyHanko and by our own verdicts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from meihao_desktop.signing import verify
from meihao_desktop.signing.errors import PdfFileError, WrongPassphraseError
from meihao_desktop.signing.pades import sign_pdf
from meihao_desktop.signing.request import SignRequest
from tests.reports import pdftools
from tests.reports.conftest import Demo
from tests.reports.pdftools import flat


def pdfsig(pdf: Path) -> str:
    """pdfsig's report. Its exit status is 0 even for a broken signature: read the text."""
    return pdftools.run("pdfsig", pdf).stdout


def signed_ranges(pdf: Path) -> list[tuple[int, int]]:
    found = re.search(r"Signed Ranges: \[(\d+) - (\d+)\], \[(\d+) - (\d+)\]", pdfsig(pdf))
    assert found is not None
    a, b, c, d = map(int, found.groups())
    return [(a, b), (c, d)]


def tamper(pdf: Path, dest: Path) -> Path:
    """Change one byte inside the first signed range: a letter of the producer's name."""
    data = bytearray(pdf.read_bytes())
    position = data.index(b"ReportLab") + 2
    start, end = signed_ranges(pdf)[0]
    assert start <= position < end
    data[position] ^= 0x20  # "ReportLab" → "ReportlAb"-like: one byte, same length
    dest.write_bytes(bytes(data))
    return dest


def test_pdfsig_finds_a_valid_signature_over_the_whole_file(signed_sheet: Path) -> None:
    report = pdfsig(signed_sheet)
    assert "Signature is Valid" in report, report
    assert "Total document signed" in report, report
    assert "ETSI.CAdES.detached" in report  # PAdES
    assert "SHA-256" in report
    assert "Signer Certificate Common Name: 刘赟" in report


def test_signed_file_stays_sound(signed_sheet: Path) -> None:
    assert pdftools.run("qpdf", "--check", signed_sheet).returncode == 0
    fonts = pdftools.fonts(signed_sheet)
    assert all(font["emb"] == "yes" for font in fonts), fonts
    content = flat(pdftools.text(signed_sheet))
    assert "第1页共" in content  # the form itself is untouched


def test_our_verdict_for_an_intact_signature(signed_sheet: Path) -> None:
    report = verify.verify_pdf(signed_sheet)
    assert report.ok
    (check,) = report.signatures
    assert check.verdict == verify.VALID
    assert (check.signer, check.unit) == ("刘赟", "海州区住房和城乡建设局")
    assert check.intact
    assert check.covers_whole_file
    assert check.signed_at is not None
    assert not check.trusted  # self-signed: reported, not failed
    assert check.trust_note == verify.UNTRUSTED


def test_one_changed_byte_is_caught_by_everyone(signed_sheet: Path, tmp_path: Path) -> None:
    altered = tamper(signed_sheet, tmp_path / "altered.pdf")
    report = pdfsig(altered)
    assert "Digest Mismatch" in report or "Signature is Invalid" in report, report
    assert "Signature is Valid" not in report

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with altered.open("rb") as stream:
        embedded = PdfFileReader(stream, strict=False).embedded_signatures[0]
        context = ValidationContext(trust_roots=[embedded.signer_cert])
        assert not validate_pdf_signature(embedded, context).intact

    ours = verify.verify_pdf(altered)
    assert not ours.ok
    assert ours.summary == verify.ALTERED


def test_damaged_signature_value_is_broken(signed_sheet: Path, tmp_path: Path) -> None:
    data = bytearray(signed_sheet.read_bytes())
    (_, first_end), _ = signed_ranges(signed_sheet)
    # The /Contents hex string lies between the ranges; spoil a stretch of the CMS in it.
    for offset in range(first_end + 400, first_end + 480):
        data[offset] = ord("0")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    report = verify.verify_pdf(damaged)
    assert report.summary == verify.BROKEN


def test_a_second_signature_leaves_the_first_valid(
    signed_sheet: Path, request_for: SignRequest, tmp_path: Path
) -> None:
    twice = tmp_path / "twice.pdf"
    info = sign_pdf(signed_sheet, twice, request_for)
    assert info.field_name == "Signature2"
    first, second = verify.verify_pdf(twice).signatures
    assert first.verdict == verify.VALID_THEN_SIGNED
    assert second.verdict == verify.VALID
    assert verify.verify_pdf(twice).ok
    assert pdfsig(twice).count("Signature is Valid") == 2


def test_unsigned_and_non_pdf_files(demo: Demo, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    demo.exports.export_score_sheet(demo.inspection_id, plain)
    report = verify.verify_pdf(plain)
    assert report.signatures == ()
    assert not report.ok
    assert report.summary == "文件中没有数字签名"
    note = tmp_path / "note.pdf"
    note.write_text("这不是 PDF", "utf-8")
    with pytest.raises(PdfFileError, match="不是有效的 PDF 文件"):
        verify.verify_pdf(note)


def test_wrong_passphrase_leaves_no_file(
    demo: Demo, request_for: SignRequest, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    wrong = SignRequest(request_for.key_file, "wrong-passphrase")
    with pytest.raises(WrongPassphraseError, match="口令不正确"):
        demo.exports.export_score_sheet(demo.inspection_id, folder / "signed.pdf", sign=wrong)
    assert list(folder.iterdir()) == []


def test_visible_field_sits_in_the_reserved_box(demo: Demo, signed_sheet: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with signed_sheet.open("rb") as stream:
        reader = PdfFileReader(stream, strict=False)
        field = reader.embedded_signatures[0].sig_field
        rect = [float(v) for v in field["/Rect"]]
        assert "/AP" in field  # a visible appearance
    width, height = rect[2] - rect[0], rect[3] - rect[1]
    assert width > 150
    assert height > 60
    text = flat(pdftools.text(signed_sheet))
    assert "数字签名：" in text  # the label above the reserved box
