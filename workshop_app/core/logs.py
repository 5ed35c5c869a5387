"""Where bugs are logged: one log file per user, its place shown in Help → About.

The log is bounded: it is rotated at `MAX_LOG_BYTES` (`LOG_BACKUPS` older files kept),
and no record is longer than `MAX_RECORD` characters (a value of 50 MB in an error's
message is cut in the middle, so the beginning and the end of a traceback stay). A log
that cannot be written (a full disk) is skipped without a word: it never disturbs the
user or hides the error it was about.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from workshop_app.core.data_dir import data_dir

#: Size at which the log file is rotated (bytes), and how many rotated files are kept.
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
#: Longest record written (characters).
MAX_RECORD = 4_000


def log_file() -> Path:
    return data_dir() / "samla.log"


def shorten(text: str, limit: int = MAX_RECORD) -> str:
    """`text` cut in the middle to at most about `limit` characters, saying how much went."""
    if len(text) <= limit:
        return text
    keep = limit // 2
    return f"{text[:keep]} [… {len(text) - 2 * keep} characters left out …] {text[-keep:]}"


class _Bounded(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return shorten(super().format(record))


class _QuietRotatingFile(logging.handlers.RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A log that cannot be written is skipped (no "--- Logging error ---" on stderr)."""


def logger() -> logging.Logger:
    log = logging.getLogger("samla")
    if not log.handlers:
        try:
            data_dir().mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = _QuietRotatingFile(
                log_file(), maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError:
            handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_Bounded("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return log


def log_exception(exc: BaseException) -> Path:
    logger().error("unexpected error", exc_info=exc)
    return log_file()
