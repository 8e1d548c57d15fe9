"""Reading the signing keys and files the export dialogs need, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.paths import data_dir

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.signing.keys import KeyInfo


def user_keys_dir() -> Path:
    """The keys folder in the user's data folder."""
    from meihao_desktop.signing.keys import keys_folder

    return keys_folder(data_dir())


def load_keys(jobs: JobRunner, keys_dir: Path, then: Callable[[list[KeyInfo]], object]) -> None:
    """List the keys in ``keys_dir`` in the background and hand them to ``then``."""

    def work(_progress: object) -> list[KeyInfo]:
        from meihao_desktop.signing.keys import list_keys

        return list_keys(keys_dir)

    jobs.run(
        QCoreApplication.translate("Signing", "Reading the keys"),
        work,
        then,
        cancellable=False,
        show_progress=False,
    )


def read_optional(path: Path) -> bytes | None:
    """The bytes of ``path``, or None if it does not exist (for worker threads)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise MeihaoError(f"无法读取文件（{error.strerror}）", where=f"文件 {path}") from error
