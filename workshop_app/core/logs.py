"""Where bugs are logged: one log file per user, its place shown in Help → About."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from workshop_app.core.data_dir import data_dir


def log_file() -> Path:
    return data_dir() / "samla.log"


def logger() -> logging.Logger:
    log = logging.getLogger("samla")
    if not log.handlers:
        try:
            data_dir().mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8")
        except OSError:
            handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return log


def log_exception(exc: BaseException) -> Path:
    logger().error("unexpected error", exc_info=exc)
    return log_file()
