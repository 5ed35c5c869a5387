"""Save a copy of an open workshop file ("Save a copy as")."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workshop_app.core.atomic import atomic_path
from workshop_app.core.store import WorkshopFile, friendly_errors


def save_copy(wf: WorkshopFile, path: str | os.PathLike) -> Path:
    """Write a consistent copy of `wf` to `path` with SQLite's online backup API.

    The copy is written beside the target and moved into place, so a failure
    (a full disk, say) leaves no partial file and keeps any earlier file there.
    The open file is not touched and stays the one being edited.
    """
    target = Path(path)
    with friendly_errors(target), atomic_path(target) as tmp:
        dest = sqlite3.connect(str(tmp))
        try:
            wf.db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    return target
