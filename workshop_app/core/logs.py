"""Where bugs are logged: one log file per user, its place shown in Help → About."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def log_dir() -> Path:
    """The per-user folder for logs (and backups): XDG on Linux, the usual places elsewhere."""
    if override := os.environ.get("SAMLA_DATA_DIR"):
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return base / "samla"


def log_file() -> Path:
    return log_dir() / "samla.log"


def logger() -> logging.Logger:
    log = logging.getLogger("samla")
    if not log.handlers:
        try:
            log_dir().mkdir(parents=True, exist_ok=True)
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
