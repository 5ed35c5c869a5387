"""Answering an erasure request: a note's text gone for good, and the backups that still hold it.

`WorkshopFile.erase_notes` erases the text from the file (a tombstone stays, so no merge
brings it back). This module adds what the command and the app do around it: a backup
first (an erasure cannot be undone, so a mistaken one must be recoverable until the
facilitator has checked it), then the backups of the file that still hold the erased
text, which the facilitator deletes once sure (docs/privacy.md).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.core import connection, errors
from workshop_app.core.backups import Backup, list_backups, make_backup
from workshop_app.core.changes import Changes
from workshop_app.core.store import WorkshopFile

#: Shorter texts are not looked for in a backup's raw bytes (they would match anything).
MIN_SEARCHED = 8


@dataclass
class ErasureReport:
    changes: Changes
    #: The backup made just before the erasure (it holds the text).
    backup: Backup | None
    #: Every backup of the file that still holds some of the erased text, newest first.
    holding: list[Backup] = field(default_factory=list)


def notes_matching(wf: WorkshopFile, query: str) -> list[dict]:
    """Notes, removed ones too, not yet erased, whose text contains `query` (any case)."""
    wanted = query.casefold().strip()
    return [
        n
        for n in wf.rows("notes", include_deleted=True)
        if not n.get("erased_at") and wanted in (n["text"] or "").casefold()
    ]


def erase(wf: WorkshopFile, note_ids: Iterable[str], *, backup: bool = True) -> ErasureReport:
    """Back the file up, erase the notes' text for good, and find the backups holding it."""
    ids = list(dict.fromkeys(note_ids))
    texts = []
    for note_id in ids:
        note = wf.get("notes", note_id)
        if note is None:
            raise errors.InvalidValue(f"No note {note_id!r} in {wf.path.name}.")
        if note["text"]:
            texts.append(note["text"])
    made = make_backup(wf, "before-erase") if backup and texts else None
    changes = wf.erase_notes(ids)
    return ErasureReport(changes, made, backups_holding(wf.path, ids, texts))


def backups_holding(path: str | Path, note_ids: list[str], texts: list[str]) -> list[Backup]:
    """The backups of the file at `path` in which any of these notes still has its text
    (as a row, or as bytes left in the file)."""
    return [b for b in list_backups(path) if _holds(b.path, note_ids, texts)]


def _holds(path: Path, note_ids: list[str], texts: list[str]) -> bool:
    try:
        conn = connection.connect(path, immutable=True)
    except (errors.WorkshopFileError, sqlite3.Error):
        conn = None
    if conn is not None:
        try:
            marks = ", ".join("?" * len(note_ids))
            found = conn.execute(
                f"SELECT 1 FROM notes WHERE id IN ({marks}) AND text <> '' LIMIT 1", note_ids
            ).fetchone()
            if found:
                return True
        except sqlite3.Error:
            pass  # not a readable workshop file: its bytes are searched below
        finally:
            conn.close()
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(t.encode("utf-8") in data for t in texts if len(t) >= MIN_SEARCHED)


def delete_backups(backups: Iterable[Backup]) -> list[Path]:
    """Delete these backup files (and a -wal kept beside one); returns what was deleted."""
    deleted = []
    for backup in backups:
        for leftover in (backup.path, Path(f"{backup.path}-wal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
                deleted.append(leftover)
    return deleted
