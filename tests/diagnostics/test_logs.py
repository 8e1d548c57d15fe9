"""The log file: where it is, that it rotates, that it can be closed, the report's tail."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from meihao_desktop.diagnostics import logs
from meihao_desktop.diagnostics.report import crash_report


def test_logging_goes_to_a_rotating_file_in_the_data_folder(tmp_path: Path) -> None:
    setup = logs.setup_logging(tmp_path, stderr_level=None)
    try:
        logging.getLogger("meihao_desktop.test").warning("考察记录已保存")
        logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
        assert setup.log_file == tmp_path / "logs" / "meihao.log"
        assert logs.current_log_file() == setup.log_file
        [handler] = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
        assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
        lines = logs.last_lines(setup.log_file)
    finally:
        setup.close()
    assert len(lines) == 1  # alembic's chatter is left out
    assert "WARNING meihao_desktop.test [MainThread] 考察记录已保存" in lines[0]
    assert logs.current_log_file() is None
    assert not [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_a_second_setup_replaces_the_first(tmp_path: Path) -> None:
    first = logs.setup_logging(tmp_path / "a", stderr_level=logging.WARNING)
    second = logs.setup_logging(tmp_path / "b", stderr_level=logging.WARNING)
    try:
        ours = [h for h in logging.getLogger().handlers if getattr(h, "_meihao_handler", False)]
        assert len(ours) == 2  # one file, one stderr
        assert logs.current_log_file() == tmp_path / "b" / "logs" / "meihao.log"
    finally:
        second.close()
        first.close()


def test_the_command_line_shows_warnings_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = logs.setup_logging(tmp_path)
    try:
        logging.getLogger("meihao_desktop.test").info("only in the file")
        logging.getLogger("meihao_desktop.test").warning("on stderr too")
    finally:
        setup.close()
    err = capsys.readouterr().err
    assert "on stderr too" in err
    assert "only in the file" not in err


def test_without_a_writable_data_folder_the_program_still_logs(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the data folder should be")
    setup = logs.setup_logging(blocker, stderr_level=logging.ERROR)
    try:
        assert setup.log_file is None
    finally:
        setup.close()


def test_the_report_has_version_platform_traceback_and_the_last_log_lines(tmp_path: Path) -> None:
    setup = logs.setup_logging(tmp_path, stderr_level=None)
    try:
        for n in range(60):
            logging.getLogger("meihao_desktop.test").warning("line %d", n)
        try:
            {}["missing"]
        except KeyError as error:
            report = crash_report(error, environment={"Qt": "6.x"})
    finally:
        setup.close()
    assert report.startswith("meihao_desktop 0.1.0 error report")
    assert "Platform: " in report
    assert "Qt: 6.x" in report
    assert "KeyError: 'missing'" in report
    assert "line 59" in report
    assert "line 10\n" in report
    assert "line 9\n" not in report  # 50 lines only
