"""Why a form could not be written, in words a reviewer understands, naming the file."""

from __future__ import annotations

import errno

from meihao_desktop.domain.errors import MeihaoError


class ExportError(MeihaoError):
    """A PDF could not be written: full disk, no permission, a folder that is gone…

    ``where`` names the file the user chose (or the folder), so the dialog says which.
    """

    def __init__(self, message: str, path: str, label: str = "文件") -> None:
        super().__init__(message, where=f"{label} {path}")
        self.path = path
        self.label = label

    def __reduce__(self) -> tuple[type[ExportError], tuple[str, str, str]]:
        # Crosses process boundaries (district exports run in a pool); the default
        # pickling would call __init__ with the formatted message only.
        return (ExportError, (self.message, self.path, self.label))


_MESSAGES = {
    errno.ENOSPC: "磁盘空间不足，无法写入",
    errno.EDQUOT: "磁盘配额已满，无法写入",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "磁盘为只读，无法写入",
    errno.ENOENT: "文件夹不存在",
    errno.ENOTDIR: "文件夹不存在",
    errno.EISDIR: "该名称是一个文件夹",
    errno.ENAMETOOLONG: "文件名过长",
}


def export_error(error: OSError, path: str, label: str = "文件") -> ExportError:
    """The ``ExportError`` a failed write of ``path`` (a file or folder) means to the user."""
    message = _MESSAGES.get(error.errno or 0)
    if message is None:
        message = f"无法写入（{error.strerror or error}）"
    return ExportError(message, path, label)
