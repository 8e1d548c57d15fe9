"""Problems with keys, passphrases and PDFs to sign or check, in words a reviewer understands.

Each error names the file it concerns in ``where``; they pickle (signing may run in a
worker process).
"""

from __future__ import annotations

from meihao_desktop.domain.errors import MeihaoError


class SigningError(MeihaoError):
    """A key or a PDF cannot be used for signing or verification."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message, where=f"文件 {path}")
        self.path = path

    def __reduce__(self) -> tuple[type[SigningError], tuple[str, str]]:
        return (type(self), (self.message, self.path))


class WrongPassphraseError(SigningError):
    """The key file is sound but the passphrase does not open it."""

    def __init__(self, path: str, message: str = "口令不正确，无法打开密钥文件") -> None:
        super().__init__(message, path)

    def __reduce__(self) -> tuple[type[SigningError], tuple[str, str]]:
        return (type(self), (self.path, self.message))


class KeyFileError(SigningError):
    """The file is not a usable PKCS#12 key file (damaged, wrong kind, no private key)."""


class PdfFileError(SigningError):
    """The file to sign or verify is not a readable PDF."""
