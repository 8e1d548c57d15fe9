"""Personal keys: created, stored private, imported with a passphrase check, listed."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.signing.errors import KeyFileError, WrongPassphraseError
from meihao_desktop.signing.keys import create_key, import_key, list_keys, open_key
from tests.signing.conftest import PASSPHRASE


@pytest.mark.parametrize(
    ("kind", "key_type"), [("rsa", rsa.RSAPrivateKey), ("ec", ec.EllipticCurvePrivateKey)]
)
def test_create_stores_a_private_p12_and_lists_it(
    tmp_path: Path, kind: str, key_type: type
) -> None:
    info = create_key(tmp_path / "keys", "周喆", "海州区住房和城乡建设局", PASSPHRASE, kind=kind)
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert info.path.suffix == ".p12"
    assert (info.name, info.unit) == ("周喆", "海州区住房和城乡建设局")
    assert "CN=周喆" in info.subject
    assert info.self_signed
    assert info.valid_at(datetime.now(UTC))
    material = open_key(info.path, PASSPHRASE)
    assert isinstance(material.private_key, key_type)
    usage = material.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature
    assert usage.content_commitment  # non-repudiation, which validators ask for
    assert list_keys(tmp_path / "keys") == [info]


def test_wrong_passphrase_and_broken_files_say_so(tmp_path: Path) -> None:
    info = create_key(tmp_path / "keys", "王堃", "", PASSPHRASE, kind="ec")
    with pytest.raises(WrongPassphraseError) as caught:
        open_key(info.path, "not-it-at-all")
    assert str(caught.value) == f"文件 {info.path}：口令不正确，无法打开密钥文件"
    broken = tmp_path / "broken.p12"
    broken.write_bytes(info.path.read_bytes()[:200])
    with pytest.raises(KeyFileError, match="不是有效的 PKCS#12"):
        open_key(broken, PASSPHRASE)
    text_file = tmp_path / "note.pfx"
    text_file.write_text("这不是证书", "utf-8")
    with pytest.raises(KeyFileError, match="不是有效的 PKCS#12"):
        import_key(tmp_path / "other", text_file, PASSPHRASE)
    with pytest.raises(KeyFileError, match="无法读取"):
        open_key(tmp_path / "missing.p12", PASSPHRASE)


def test_import_checks_the_passphrase_then_copies(tmp_path: Path) -> None:
    source = create_key(
        tmp_path / "elsewhere", "陈珺", "连云港市物业管理协会", PASSPHRASE, kind="ec"
    )
    with pytest.raises(WrongPassphraseError):
        import_key(tmp_path / "keys", source.path, "wrong-passphrase")
    assert list_keys(tmp_path / "keys") == []
    imported = import_key(tmp_path / "keys", source.path, PASSPHRASE)
    assert imported.path.parent == tmp_path / "keys"
    assert imported.path.read_bytes() == source.path.read_bytes()
    assert stat.S_IMODE(imported.path.stat().st_mode) == 0o600
    assert (imported.name, imported.serial) == ("陈珺", source.serial)
    with pytest.raises(InvalidValueError, match="已在密钥文件夹中"):
        import_key(tmp_path / "keys", source.path, PASSPHRASE)


def test_weak_passphrase_and_empty_name_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match="口令至少需要 8 个字符"):
        create_key(tmp_path, "刘赟", "", "1234567")
    with pytest.raises(InvalidValueError, match="签名人姓名"):
        create_key(tmp_path, "  ", "", PASSPHRASE)
