"""Automatic rotating backups of workshop files, and restoring them.

Backups are made with SQLite's online backup API (`sqlite3.Connection.backup`),
which copies a consistent snapshot even while the file is open and being
written; never with a plain file copy. They live in a per-user folder:

    <data folder>/backups/<file stem>-<8 hex digits of the file's absolute path>/
        20261127T231500123456Z-open.samla

where the data folder is `workshop_app.core.data_dir.data_dir()` (override with the
environment variable SAMLA_DATA_DIR). Old backups are thinned (`thin`): in the last
hour the newest `RECENT` and one per five minutes, then one per hour for a day, one per
day for two weeks, one per week beyond; a burst of backups (a file reopened again and
again) never pushes the older tiers out. At most `MAX_BACKUPS` are kept: beyond that
the oldest weekly ones go.

Restoring writes the backup's rows into the file in one transaction, under SQLite's
write lock, after keeping the file as it was: another program that has the file open
keeps working on the restored file (its later notes land there, never on a replaced
copy), and a note it writes during the restore is in one of the two.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workshop_app.core import errors, inspection, migrations
from workshop_app.core.connection import connect, friendly_errors
from workshop_app.core.copy import copy_database
from workshop_app.core.data_dir import data_dir
from workshop_app.core.store import WorkshopFile

MAX_BACKUPS = 200
#: Backups of the last hour kept whatever their spacing (the newest ones).
RECENT = 30
SUFFIX = ".samla"
_STAMP = "%Y%m%dT%H%M%S%fZ"
#: Buckets count from a Monday, so weeks run Monday to Sunday (UTC).
_EPOCH = datetime(1970, 1, 5, tzinfo=UTC)
#: Backups made by Samla 0.1 end in .workshop; they are listed and restored all the same.
_NAME = re.compile(r"^(\d{8}T\d{12}Z)-([a-z0-9-]+)\.(?:samla|workshop)$")
#: (age below which the tier applies, bucket width): the oldest backup of each bucket is kept.
TIERS: tuple[tuple[timedelta, timedelta], ...] = (
    (timedelta(hours=1), timedelta(minutes=5)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=14), timedelta(days=1)),
    (timedelta.max, timedelta(weeks=1)),
)


@dataclass(frozen=True, order=True)
class Backup:
    when: datetime
    path: Path
    reason: str
    size: int


def backup_dir(path: str | os.PathLike) -> Path:
    """The folder holding the backups of the workshop file at `path`."""
    path = Path(path).resolve()
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem}-{digest}"


def _reason(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:32] or "manual"


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    when = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return Backup(when, path, match.group(2), path.stat().st_size)


def list_backups(path: str | os.PathLike) -> list[Backup]:
    """Backups of the file at `path`, newest first (one being made is waited for)."""
    with _BACKING_UP:
        return _list_backups(path)


def _list_backups(path: str | os.PathLike) -> list[Backup]:
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    found = (_parse(p) for p in folder.iterdir() if p.is_file())
    return sorted((b for b in found if b is not None), reverse=True)


def _new_path(folder: Path, when: datetime, reason: str) -> Path:
    when = when.astimezone(UTC)
    while True:
        target = folder / f"{when.strftime(_STAMP)}-{_reason(reason)}{SUFFIX}"
        if not target.exists():
            return target
        when += timedelta(microseconds=1)


#: One backup at a time, and none being written while the backups are listed: the app
#: makes some on a thread of their own (gui/autobackup.py), and an erasure must see every
#: backup whose snapshot was taken before it (core/erasure.py `backups_holding`).
_BACKING_UP = threading.RLock()


def make_backup(wf: WorkshopFile, reason: str = "manual", now: datetime | None = None) -> Backup:
    """Back up the open file with the online backup API, then thin its old backups."""
    return _backup(wf.conn, wf.path, reason, now)


def _backup(conn: sqlite3.Connection, path: Path, reason: str, now: datetime | None) -> Backup:
    with _BACKING_UP:
        return _locked_backup(conn, path, reason, now)


def _locked_backup(conn, path: Path, reason: str, now: datetime | None) -> Backup:
    now = now or datetime.now(UTC)
    folder = backup_dir(path)
    with friendly_errors(path):
        folder.mkdir(parents=True, exist_ok=True)
        target = _new_path(folder, now, reason)
        # A backup is a closed, self-contained file: no -wal beside it.
        copy_database(conn, target, "DELETE")
        prune(path, now)
    found = _parse(target)
    assert found is not None
    return found


def thin(backups: Iterable[Backup], now: datetime) -> list[Backup]:
    """The backups to keep (newest first): a pure function of the list and the clock.

    Within each bucket (five minutes, an hour, a day, a week) the oldest backup is
    kept, and the newest `RECENT` of the last hour too. A bucket's tier follows from
    when the bucket ended, and the buckets nest, so a backup once thinned away would
    never have been kept later: thinning again later gives the same result as
    thinning the full list then. Each tier holds a bounded number of backups, so a
    burst of new ones cannot push out the older tiers; over `MAX_BACKUPS`, the oldest
    go first.
    """
    ordered = sorted(backups)  # oldest first: the oldest of each bucket is kept
    kept: list[Backup] = []
    buckets: set[tuple[int, int]] = set()
    for backup in ordered:
        if now - backup.when < TIERS[0][0]:  # the last hour: five-minute buckets
            tier, index = 0, (backup.when - _EPOCH) // TIERS[0][1]
        else:
            for tier in range(1, len(TIERS)):
                limit, width = TIERS[tier]
                index = (backup.when - _EPOCH) // width
                if now - (_EPOCH + (index + 1) * width) < limit or tier == len(TIERS) - 1:
                    break
        if (tier, index) not in buckets:
            buckets.add((tier, index))
            kept.append(backup)
    recent = [b for b in ordered if now - b.when < TIERS[0][0]][-RECENT:]
    kept = sorted(set(kept) | set(recent), reverse=True)
    return kept[:MAX_BACKUPS]


def prune(path: str | os.PathLike, now: datetime | None = None) -> list[Backup]:
    """Delete the backups `thin` does not keep; returns the deleted ones."""
    now = now or datetime.now(UTC)
    backups = list_backups(path)
    keep = set(thin(backups, now))
    removed = [b for b in backups if b not in keep]
    for backup in removed:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
    return removed


def is_good(path: str | os.PathLike) -> bool:
    """Whether the file passes the inspection every open runs."""
    return inspection.is_good(path)


def newest_good_backup(path: str | os.PathLike) -> Backup | None:
    """The newest backup of the file at `path` that passes the integrity check."""
    for backup in list_backups(path):
        if is_good(backup.path):
            return backup
    return None


def restore(
    backup: str | os.PathLike | Backup, path: str | os.PathLike, now: datetime | None = None
) -> Backup | None:
    """Put a backup in place of the file at `path`; returns the backup of what was there.

    The current file is kept first as another backup (reason "before-restore"); a
    damaged file that does not open is kept as it is (reason "damaged"), so that
    nothing is ever lost. A sound current file gets the backup's rows written into it
    (`_restore_into`): another program that has it open keeps writing to the restored
    file. A damaged or missing one is replaced by a copy, moved into place whole.
    """
    source = Path(backup.path if isinstance(backup, Backup) else backup)
    path = Path(path)
    try:
        inspection.inspect(source)
    except errors.WorkshopFileError as exc:
        raise type(exc)(f"The backup cannot be restored: {exc}") from None
    now = now or datetime.now(UTC)
    src = inspection.read_connection(source)
    try:
        with friendly_errors(path):
            if path.exists() and is_good(path):
                version = inspection.identify(src, source.name)
                if version < migrations.SCHEMA_VERSION:
                    src = migrations.migrated_copy(src, version)  # its rows as we write them
                with WorkshopFile.open(path) as current:
                    return _restore_into(src, current, now)
            kept = _keep_damaged(path, now) if path.exists() else None
            for suffix in ("-wal", "-shm"):
                # The old file's write-ahead log must not be replayed over the restored
                # file; it is kept with the damaged copy above.
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{path}{suffix}").unlink()
            copy_database(src, path, "WAL", replace=True)
            WorkshopFile.open(path).close()  # brought up to date now, not by the next reader
            return kept
    finally:
        src.close()


def _tables() -> list[str]:
    """The tables a restore writes: every table of the schema but the search index's."""
    return sorted(
        name
        for kind, name, _table, _sql in migrations.expected_schema()
        if kind == "table" and not name.startswith(("notes_fts", "sqlite_"))
    )


def _restore_into(src: sqlite3.Connection, current: WorkshopFile, now: datetime) -> Backup:
    """Keep the open file as a backup, then replace its rows by the backup's, in one
    transaction under the write lock.

    Another program's note is in the kept copy or, written after, in the restored file;
    none is lost in between (the backup API, writing into a live file, needed a copy
    made before it and left a moment between the two). `src` is at this version.
    """
    conn = current.conn
    with current.transaction():  # the write lock: nothing else is committed until the end
        # Kept through a second connection: it reads the last committed state, which
        # cannot change now (a connection holding the write lock cannot be a backup's
        # source: SQLite answers "locked", and Python retries that for ever).
        reader = connect(current.path, readonly=True)
        try:
            kept = _backup(reader, current.path, "before-restore", now)
        finally:
            reader.close()
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for table in _tables():
            conn.execute(f'DELETE FROM "{table}"')
            rows = src.execute(f'SELECT * FROM "{table}"')
            marks = ", ".join("?" * len(rows.description))
            conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')")
    return kept


def _keep_damaged(path: Path, now: datetime) -> Backup | None:
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _new_path(folder, now, "damaged")
    shutil.copyfile(path, target)  # a damaged file is not live: a copy keeps it as it is
    wal = Path(f"{path}-wal")
    if wal.exists():  # its write-ahead log may hold the latest notes: keep it beside
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return _parse(target)
