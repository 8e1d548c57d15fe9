"""Two laptops' databases, each with a context as the main window would give it, and
file dialogs that answer with a chosen path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.services import Actor, Services
from meihao_desktop.store.db import Database

OpenContext = Callable[[Path, str], AppContext]


@pytest.fixture
def host(prepared_app: QApplication, qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def open_context(host: QWidget) -> Iterator[OpenContext]:
    """``open_context(db_path, inspector)``: a context on that database."""
    opened: list[AppContext] = []

    def open_one(path: Path, inspector: str) -> AppContext:
        db = Database.open(path)
        context = AppContext(
            services=Services.create(db, Actor(inspector, "gui")),
            jobs=JobRunner(host),
            save_state=SaveState(host),
            inspector_name=inspector,
            inspector_unit="",
            show_page=lambda _key: host,
        )
        opened.append(context)
        return context

    yield open_one
    for context in opened:
        context.jobs.wait_for_done()
        context.services.db.close()


def answer_files(monkeypatch: pytest.MonkeyPatch, save: Path | None, open_: Path | None) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(save) if save else "", "")
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(open_) if open_ else "", "")
    )


def message(parent: QWidget, name: str) -> QMessageBox | None:
    return parent.findChild(QMessageBox, name)
