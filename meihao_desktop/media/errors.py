"""Why a photo could not be imported, in words a reviewer understands.

A ``PhotoError`` names the file in ``where`` (the file name, not the full path: that is
what the inspector recognises) and carries a ``kind`` the GUI or tests can branch on.
It crosses process boundaries (the import runs in a process pool), so it pickles.
"""

from __future__ import annotations

from typing import Final

from meihao_desktop.domain.errors import MeihaoError

# kind → message. Kept together so the wording is consistent across the program.
EMPTY: Final = "empty"
NOT_IMAGE: Final = "not_image"
CORRUPT: Final = "corrupt"
TOO_MANY_PIXELS: Final = "too_many_pixels"
UNSUPPORTED: Final = "unsupported"
UNREADABLE: Final = "unreadable"
TOO_LARGE: Final = "too_large"
NOT_STORED: Final = "not_stored"

MESSAGES: Final = {
    EMPTY: "文件为空",
    NOT_IMAGE: "不是可识别的图片",
    CORRUPT: "图片文件已损坏或不完整",
    TOO_MANY_PIXELS: "图片像素过多（可能是恶意文件）",
    UNSUPPORTED: "不支持的图片格式：{detail}",
    UNREADABLE: "无法读取文件：{detail}",
    TOO_LARGE: "文件过大（{detail}）",
    NOT_STORED: "无法保存到照片文件夹：{detail}",
}


class PhotoError(MeihaoError):
    """A file the inspector chose cannot become a photo of an inspection."""

    def __init__(self, kind: str, name: str, detail: str = "") -> None:
        super().__init__(MESSAGES[kind].format(detail=detail), where=name)
        self.kind = kind
        self.name = name
        self.detail = detail

    def __reduce__(self) -> tuple[type[PhotoError], tuple[str, str, str]]:
        # The default pickling re-calls __init__ with self.args (the message only).
        return (PhotoError, (self.kind, self.name, self.detail))
