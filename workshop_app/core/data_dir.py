"""The app's own per-user folder: logs, backups, participant-mode locks, demo files.

Never inside a workshop file's folder, so nothing in it travels with the file. The
environment variable SAMLA_DATA_DIR overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The per-user folder of Samla: XDG state on Linux, the usual places elsewhere."""
    if override := os.environ.get("SAMLA_DATA_DIR"):
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return base / "samla"
