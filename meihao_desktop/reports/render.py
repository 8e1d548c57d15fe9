"""Producing one form: render it, sign it if asked, and put it in place atomically.

``produce`` is what a worker process runs for a district export as well as what a
single export runs in-process: it takes only plain values (picklable) and imports
reportlab and pyHanko when it is first called.
"""

from __future__ import annotations

from pathlib import Path

from meihao_desktop.reports.files import atomic_output
from meihao_desktop.reports.model import FormData, RenderInfo, ScoreSheetData
from meihao_desktop.signing.request import SignRequest


def render(data: FormData, path: Path, *, signature_box: bool = False) -> RenderInfo:
    """Write the form ``data`` describes to ``path`` (no atomic placement here)."""
    if isinstance(data, ScoreSheetData):
        from meihao_desktop.reports.score_sheet import render_score_sheet

        return render_score_sheet(data, path, signature_box=signature_box)
    from meihao_desktop.reports.recommendation import render_recommendation

    return render_recommendation(data, path, signature_box=signature_box)


def produce(data: FormData, dest: Path, sign: SignRequest | None = None) -> RenderInfo:
    """Render ``data`` into ``dest``, signed with ``sign`` if given.

    ``dest`` holds its old content (or nothing) until the finished file replaces it in
    one step; on any error the partial file is removed.
    """
    if sign is not None:  # a wrong passphrase should not wait for the rendering
        from meihao_desktop.signing.keys import open_key

        open_key(sign.key_file, sign.passphrase)
    with atomic_output(Path(dest)) as temp:
        info = render(data, temp, signature_box=sign is not None)
        if sign is not None:
            from meihao_desktop.signing.pades import sign_pdf

            sign_pdf(temp, temp, sign, placement=info.signature_box)
    return info
