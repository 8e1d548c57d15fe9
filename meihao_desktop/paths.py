"""Where the user's data lives: the per-user data folder and the database file.

Only QtCore is imported (QStandardPaths knows each platform's conventions); no
QApplication is needed, so the command line can use this too.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION_NAME = "meihao"
APPLICATION_NAME = "meihao_desktop"
DB_ENV_VAR = "MEIHAO_DB"
DB_FILE_NAME = "meihao.sqlite"


def configure_application_identity() -> None:
    """Set the names Qt builds per-user paths and QSettings from; safe to call twice."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)


def data_dir() -> Path:
    """The per-user data folder, e.g. ``~/.local/share/meihao/meihao_desktop`` on Linux."""
    configure_application_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``MEIHAO_DB`` names one."""
    return data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | None) -> Path:
    """The ``--db`` option wins, then the ``MEIHAO_DB`` environment variable, then the default."""
    chosen = cli_value or os.environ.get(DB_ENV_VAR)
    if chosen:
        # Absolute, so the window and the logs show the file actually meant.
        return Path(chosen).expanduser().absolute()
    return default_db_path()
