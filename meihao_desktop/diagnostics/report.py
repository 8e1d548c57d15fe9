"""The text of an error report: what a user copies and sends to whoever supports them."""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from meihao_desktop import __version__
from meihao_desktop.diagnostics.logs import current_log_file, last_lines

LOG_LINES = 50


def crash_report(
    error: BaseException | None = None,
    *,
    crash_log: str = "",
    environment: Mapping[str, str] | None = None,
    log_file: Path | None = None,
) -> str:
    """Version, platform, the traceback (or a crash log's text) and the last log lines."""
    lines = [
        f"meihao_desktop {__version__} error report",
        f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Python: {platform.python_version()} ({sys.executable})",
        f"Platform: {platform.platform()}",
        *(f"{key}: {value}" for key, value in (environment or {}).items()),
        "",
    ]
    if error is not None:
        lines += ["".join(traceback.format_exception(error)).rstrip(), ""]
    if crash_log:
        lines += ["Crash log:", crash_log.rstrip(), ""]
    log_file = log_file or current_log_file()
    if log_file is None:
        lines.append("Log: none (logging was not set up yet)")
    else:
        recent = last_lines(log_file, LOG_LINES)
        lines += [f"Log ({log_file}, last {len(recent)} lines):", *recent]
    return "\n".join(lines) + "\n"
