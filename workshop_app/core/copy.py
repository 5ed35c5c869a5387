"""Save a copy of an open workshop file ("Save a copy as")."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workshop_app.core import connection
from workshop_app.core.atomic import atomic_path
from workshop_app.core.connection import friendly_errors
from workshop_app.core.store import WorkshopFile


def copy_database(
    conn: sqlite3.Connection, path: str | os.PathLike, journal_mode: str, *, replace: bool = False
) -> Path:
    """Write a consistent copy of the database behind `conn` to `path`, atomically.

    SQLite's online backup API reads a live file safely (never a plain file copy);
    the copy is written beside the target and moved into place, so a failure leaves
    no partial file and keeps whatever was there. `journal_mode` is the copy's own:
    DELETE for a closed, self-contained file, WAL for a file that will be worked on.
    `replace` lets it replace a workshop file (a restore over a damaged one, kept first).
    """
    target = Path(path)
    with atomic_path(target, replace=replace) as tmp:
        dest = connection.connect(tmp, create=True)
        try:
            conn.backup(dest)
            dest.execute(f"PRAGMA journal_mode = {journal_mode}")
        finally:
            dest.close()
    return target


def save_copy(wf: WorkshopFile, path: str | os.PathLike) -> Path:
    """ "Save a copy as": a consistent copy of `wf` at `path`; `wf` stays the open file."""
    target = Path(path)
    with friendly_errors(target):
        return copy_database(wf.conn, target, "DELETE")
