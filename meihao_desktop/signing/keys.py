"""Personal signing keys: create, import and list them in the ``keys/`` folder.

A key is a private key and a self-signed X.509 certificate naming its holder (CN) and
unit (O), kept as a passphrase-protected PKCS#12 file (``.p12``) readable by its owner
only. Beside it lies the certificate alone (``.pem``, public) so the keys can be listed
without asking for every passphrase. A self-signed certificate proves that a document
was not changed after signing; it does not prove to a stranger who signed it — that
needs a certificate from a recognised authority, which can be imported the same way.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.signing.errors import KeyFileError, WrongPassphraseError

KEYS_FOLDER = "keys"  # under the per-user data folder
KEY_SUFFIX = ".p12"
CERT_SUFFIX = ".pem"
VALID_DAYS = 3 * 365
MIN_PASSPHRASE = 8  # these keys sign for a person: the same floor in the GUI and the CLI
KeyKind = str  # "rsa" (RSA 2048, the default: every PDF reader knows it) or "ec" (P-256)
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def keys_folder(data_dir: Path) -> Path:
    """Where the keys of the user with data folder ``data_dir`` are kept."""
    return Path(data_dir) / KEYS_FOLDER


@dataclass(frozen=True)
class KeyInfo:
    """A key in the keys folder, as the key list shows it."""

    path: Path
    name: str  # the certificate's CN
    unit: str  # its O, or ""
    subject: str  # the whole subject, RFC 4514
    serial: str  # hex
    not_before: datetime
    not_after: datetime
    self_signed: bool

    def valid_at(self, moment: datetime) -> bool:
        return self.not_before <= moment <= self.not_after


@dataclass(frozen=True)
class KeyMaterial:
    """An opened key file: what signing needs."""

    private_key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    found = name.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""


def describe(certificate: x509.Certificate, path: Path) -> KeyInfo:
    return KeyInfo(
        path=path,
        name=_attribute(certificate.subject, NameOID.COMMON_NAME),
        unit=_attribute(certificate.subject, NameOID.ORGANIZATION_NAME),
        subject=certificate.subject.rfc4514_string(),
        serial=format(certificate.serial_number, "x"),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        self_signed=certificate.issuer == certificate.subject,
    )


def _self_signed(key: PrivateKey, name: str, unit: str, now: datetime) -> x509.Certificate:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, unit))
    subject = x509.Name(attributes)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,  # non-repudiation: what PDF validators ask of a signer
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))  # tolerate a clock a little behind
        .not_valid_after(now + timedelta(days=VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )


def _file_stem(name: str, serial: str) -> str:
    safe = re.sub(r"[\\/:*?\"<>|\s]+", "_", name).strip("._") or "key"
    return f"{safe}-{serial[:8]}"


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` readable by the owner only, created so from the first byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
    os.chmod(path, 0o600)  # O_CREAT's mode is filtered by the umask


def _store(keys_dir: Path, p12: bytes, certificate: x509.Certificate, name: str) -> KeyInfo:
    keys_dir.mkdir(parents=True, exist_ok=True)
    stem = _file_stem(name, format(certificate.serial_number, "x"))
    key_path = keys_dir / f"{stem}{KEY_SUFFIX}"
    if key_path.exists():
        raise InvalidValueError("同一证书已在密钥文件夹中", where=f"文件 {key_path}")
    _write_private(key_path, p12)
    pem = certificate.public_bytes(serialization.Encoding.PEM)
    (keys_dir / f"{stem}{CERT_SUFFIX}").write_bytes(pem)
    return describe(certificate, key_path)


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidValueError(f"口令至少需要 {MIN_PASSPHRASE} 个字符", where="密钥口令")


def create_key(
    keys_dir: Path, name: str, unit: str, passphrase: str, *, kind: KeyKind = "rsa"
) -> KeyInfo:
    """Create a key and self-signed certificate for ``name`` of ``unit``; store it."""
    name, unit = name.strip(), unit.strip()
    if not name:
        raise InvalidValueError("不能为空", where="签名人姓名")
    _check_passphrase(passphrase)
    key: PrivateKey
    if kind == "ec":
        key = ec.generate_private_key(ec.SECP256R1())
    elif kind == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        raise InvalidValueError(f"未知密钥类型 {kind!r}（可选：rsa、ec）", where="密钥类型")
    certificate = _self_signed(key, name, unit, datetime.now(UTC))
    p12 = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        key,
        certificate,
        None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    return _store(keys_dir, p12, certificate, name)


def open_key(path: Path, passphrase: str) -> KeyMaterial:
    """Open a PKCS#12 file; a clear error for a wrong passphrase or a damaged file."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise KeyFileError(f"无法读取密钥文件（{error.strerror}）", str(path)) from error
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError:
        if _is_pkcs12(data):
            raise WrongPassphraseError(str(path)) from None
        raise KeyFileError("不是有效的 PKCS#12（.p12/.pfx）密钥文件", str(path)) from None
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise KeyFileError("文件中没有可用于签名的私钥（支持 RSA、EC）", str(path))
    if certificate is None:
        raise KeyFileError("文件中没有证书", str(path))
    return KeyMaterial(key, certificate, tuple(chain))


def _is_pkcs12(data: bytes) -> bool:
    """Whether ``data`` is structurally a PKCS#12 file (so a failed open means the passphrase)."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        asn1_pkcs12.Pfx.load(data, strict=True).native  # noqa: B018 — parsing is the check
    except (ValueError, TypeError, KeyError):
        return False
    return True


def import_key(keys_dir: Path, source: Path, passphrase: str) -> KeyInfo:
    """Check that ``source`` opens with ``passphrase``, then copy it into the keys folder."""
    material = open_key(source, passphrase)
    name = _attribute(material.certificate.subject, NameOID.COMMON_NAME) or Path(source).stem
    return _store(keys_dir, Path(source).read_bytes(), material.certificate, name)


def list_keys(keys_dir: Path) -> list[KeyInfo]:
    """The keys in the folder, by name; a key whose certificate file is missing is skipped."""
    found = []
    for key_path in sorted(keys_dir.glob(f"*{KEY_SUFFIX}")):
        cert_path = key_path.with_suffix(CERT_SUFFIX)
        try:
            certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        except (OSError, ValueError):
            continue
        found.append(describe(certificate, key_path))
    return sorted(found, key=lambda info: (info.name, info.not_before))
