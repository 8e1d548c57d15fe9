"""Keys and signed exports for the signing tests (the demo fixtures come from tests.reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from meihao_desktop.signing.keys import KeyInfo, create_key
from meihao_desktop.signing.request import SignRequest
from tests.reports.conftest import Demo, demo, demo_folder  # noqa: F401 — shared fixtures
from tests.reports.pdftools import handwriting_png, seal_png

PASSPHRASE = "海州区2024!"


@pytest.fixture(scope="session")
def key(tmp_path_factory: pytest.TempPathFactory) -> KeyInfo:
    """One RSA key for the session (key generation is the slow part of these tests)."""
    return create_key(tmp_path_factory.mktemp("keys"), "刘赟", "海州区住房和城乡建设局", PASSPHRASE)


@pytest.fixture
def request_for(key: KeyInfo) -> SignRequest:
    return SignRequest(
        key.path,
        PASSPHRASE,
        reason="考察评分表签名",
        signature_png=handwriting_png("刘赟"),
        seal_png=seal_png("海州区住房和城乡建设局"),
    )


@pytest.fixture
def signed_sheet(demo: Demo, request_for: SignRequest, tmp_path: Path) -> Path:  # noqa: F811
    dest = tmp_path / "signed.pdf"
    demo.exports.export_score_sheet(demo.inspection_id, dest, sign=request_for)
    return dest
