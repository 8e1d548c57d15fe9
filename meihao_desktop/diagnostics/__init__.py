"""When things go wrong: the log file, the crash log, the report a user can send.

* ``logs``: logging into ``<data folder>/logs/meihao.log`` (rotating, 1 MB × 5), and
  WARNING and worse on stderr for the command line;
* ``crash_log``: ``faulthandler`` writing into ``logs/crash-<pid>.log`` while the program
  runs; a non-empty one left by a process that died is offered at the next start and
  then moved to ``logs/reported/``;
* ``hooks``: ``sys.excepthook`` and ``threading.excepthook`` handing uncaught exceptions
  (bugs, not ``MeihaoError``) to whoever shows them (the GUI's crash dialog);
* ``report``: the text of an error report (version, platform, traceback, recent log).

None of these import Qt. The Qt parts live apart: ``qt_messages`` routes Qt's own
messages into logging, ``startup_probe`` measures start-up for the benchmark.

Start-up cost matters (the window must show at once): the crash log and the routing of
Qt's messages start before the window and cost next to nothing (messages wait in a
buffer); the logging module, its file and the exception hooks follow the first paint.
"""

from pathlib import Path

LOGS_DIR_NAME = "logs"


def logs_dir(data_dir: Path) -> Path:
    """``<data folder>/logs``: the log files and the crash logs."""
    return Path(data_dir) / LOGS_DIR_NAME
