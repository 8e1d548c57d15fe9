"""Signing a package's manifest, and checking the signature of one received.

Every laptop has a device key (Ed25519), created on its first export in the keys folder
(``device-ed25519.pem``, readable by its owner only). A personal PKCS#12 key made or
imported with ``signing.keys`` may sign instead; its certificate then travels in the
package.

What a signature proves: that the package was not changed after it was signed by the
holder of the key whose fingerprint the preview shows. The key travels with the
package, so it does not prove *who* that holder is; the bureau compares the fingerprint
with the one the inspector's laptop shows (``meihao package key``) when it first meets it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.exchange.errors import PackageError

DEVICE_KEY_FILE = "device-ed25519.pem"
SIGNATURE_FORMAT = "meihao-exchange-signature"
ED25519 = "ed25519"
RSA_SHA256 = "rsa-pkcs1v15-sha256"
ECDSA_SHA256 = "ecdsa-sha256"
PrivateKey = ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
PublicKey = ed25519.Ed25519PublicKey | rsa.RSAPublicKey | ec.EllipticCurvePublicKey


@dataclass(frozen=True)
class SignerInfo:
    """Who signed a package, as far as the package itself can tell."""

    name: str
    fingerprint: str  # SHA-256 of the public key, in groups of four hex digits
    algorithm: str
    certificate_subject: str = ""  # for a PKCS#12 key: the certificate's subject


def fingerprint(public_key: PublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashlib.sha256(der).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


class PackageSigner:
    """A private key ready to sign manifests, with the name it signs under."""

    def __init__(
        self, name: str, key: PrivateKey, certificate: x509.Certificate | None = None
    ) -> None:
        self.name = name
        self._key = key
        self._certificate = certificate

    @property
    def algorithm(self) -> str:
        if isinstance(self._key, ed25519.Ed25519PrivateKey):
            return ED25519
        return RSA_SHA256 if isinstance(self._key, rsa.RSAPrivateKey) else ECDSA_SHA256

    @property
    def fingerprint(self) -> str:
        return fingerprint(self._key.public_key())

    def sign(self, data: bytes) -> bytes:
        if isinstance(self._key, ed25519.Ed25519PrivateKey):
            return self._key.sign(data)
        if isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return self._key.sign(data, ec.ECDSA(hashes.SHA256()))

    def signature_document(self, manifest: bytes) -> dict[str, Any]:
        """The content of signature.json for the manifest bytes ``manifest``."""
        public_pem = self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        certificate = (
            None
            if self._certificate is None
            else self._certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
        )
        return {
            "format": SIGNATURE_FORMAT,
            "algorithm": self.algorithm,
            "signer": self.name,
            "public_key": public_pem.decode("ascii"),
            "certificate": certificate,
            "signature": base64.b64encode(self.sign(manifest)).decode("ascii"),
        }


def device_key(keys_dir: Path) -> ed25519.Ed25519PrivateKey:
    """This laptop's Ed25519 key; created (owner-only) on first use."""
    path = keys_dir / DEVICE_KEY_FILE
    if not path.exists():
        _create_device_key(path)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise MeihaoError("设备密钥文件无法读取或已损坏", where=str(path)) from error
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise MeihaoError("设备密钥文件不是 Ed25519 密钥", where=str(path))
    return key


def _create_device_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    temporary = path.with_name(f".tmp-{path.name}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(pem)
        file.flush()
        os.fsync(file.fileno())
    os.chmod(temporary, 0o600)  # O_CREAT's mode is filtered by the umask
    # link() fails if another export created the key meanwhile: the first key wins.
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)


def device_signer(keys_dir: Path, name: str) -> PackageSigner:
    """A signer with this laptop's device key, signing as ``name`` (the inspector)."""
    return PackageSigner(name, device_key(keys_dir))


def key_file_signer(path: Path, passphrase: str) -> PackageSigner:
    """A signer with a personal PKCS#12 key (see ``signing.keys``), named by its certificate."""
    from cryptography.x509.oid import NameOID

    from meihao_desktop.signing.keys import open_key

    material = open_key(path, passphrase)
    names = material.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    name = str(names[0].value) if names else Path(path).stem
    return PackageSigner(name, material.private_key, material.certificate)


# ── verifying ──────────────────────────────────────────────────────────────────────


def verify_signature(document: object, manifest: bytes, where: str) -> SignerInfo:
    """Check signature.json (parsed) against the manifest bytes; raise ``PackageError``."""
    if not isinstance(document, dict) or document.get("format") != SIGNATURE_FORMAT:
        raise PackageError("签名文件格式不正确", where=where, kind="signature")
    fields = {name: document.get(name) for name in ("algorithm", "signer", "signature")}
    if not all(isinstance(value, str) for value in fields.values()):
        raise PackageError("签名文件缺少签名算法、签名人或签名值", where=where, kind="signature")
    public_key, subject = _public_key(document, where)
    try:
        signature = base64.b64decode(str(fields["signature"]), validate=True)
    except (binascii.Error, ValueError):
        raise PackageError("签名值不是有效的 Base64", where=where, kind="signature") from None
    algorithm = str(fields["algorithm"])
    try:
        _verify(public_key, algorithm, signature, manifest)
    except InvalidSignature:
        raise PackageError(
            "签名无效：包在导出后被修改过，或签名不属于此包", where=where, kind="signature"
        ) from None
    except _WrongAlgorithmError:
        raise PackageError(
            f"签名算法 {algorithm!r} 与密钥不符或不受支持", where=where, kind="signature"
        ) from None
    return SignerInfo(str(fields["signer"]), fingerprint(public_key), algorithm, subject)


class _WrongAlgorithmError(Exception):
    pass


def _public_key(document: dict[str, Any], where: str) -> tuple[PublicKey, str]:
    certificate_pem, public_pem = document.get("certificate"), document.get("public_key")
    try:
        if isinstance(certificate_pem, str):
            certificate = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
            key: Any = certificate.public_key()
            subject = certificate.subject.rfc4514_string()
        elif isinstance(public_pem, str):
            key, subject = serialization.load_pem_public_key(public_pem.encode("ascii")), ""
        else:
            raise PackageError("签名文件缺少公钥", where=where, kind="signature")
    except (ValueError, UnicodeEncodeError):
        raise PackageError(
            "签名文件中的公钥或证书无法读取", where=where, kind="signature"
        ) from None
    if not isinstance(key, ed25519.Ed25519PublicKey | rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise PackageError("签名密钥的类型不受支持", where=where, kind="signature")
    return key, subject


def _verify(key: PublicKey, algorithm: str, signature: bytes, data: bytes) -> None:
    if algorithm == ED25519 and isinstance(key, ed25519.Ed25519PublicKey):
        key.verify(signature, data)
    elif algorithm == RSA_SHA256 and isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    elif algorithm == ECDSA_SHA256 and isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    else:
        raise _WrongAlgorithmError
