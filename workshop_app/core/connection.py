"""How Samla opens SQLite: one URI builder, one connect, safe settings on every connection.

Every connection to a workshop file, a backup or another laptop's file is made here:

- `trusted_schema = OFF` (and, where Python offers it, SQLite's defensive mode and the
  same setting through `setconfig`): nothing the file's own schema holds (a view, a
  trigger, a CHECK or DEFAULT expression) may call an SQL function with side effects,
  and `writable_schema` cannot be used to change the schema;
- autocommit mode (`isolation_level=None`): transactions are begun and ended explicitly
  by the store (`BEGIN IMMEDIATE` … `COMMIT`), never implicitly by the sqlite3 module;
- `bounded(conn, seconds)`: a progress handler that interrupts long checks, so that a
  hostile or huge file cannot hang the app.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from workshop_app.core import errors

#: Interval of the progress handler (SQLite virtual-machine steps between calls): small,
#: because a small file's whole quick_check is a few thousand steps and one step (a CHECK
#: constraint evaluated for a row) can be slow; a call costs about a microsecond.
_PROGRESS_STEPS = 100


def uri(path: str | os.PathLike, *, readonly: bool = False, immutable: bool = False) -> str:
    """The SQLite URI of an existing file.

    `readonly` opens it with mode=ro (it cannot be written through this connection);
    `immutable` also tells SQLite that nothing else changes the file, so that no -wal
    or -shm file is made beside it (for files we only read: another laptop's file,
    a backup). A writable file opened for reading is kept from writes by
    `PRAGMA query_only` instead: a mode=ro connection leaves empty -wal and -shm files
    behind when the file is in WAL mode.
    """
    params = []
    if readonly or immutable or not os.access(path, os.W_OK):
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    query = f"?{'&'.join(params)}" if params else ""
    return f"file:{quote(str(Path(path).resolve()))}{query}"


def connect(
    path: str | os.PathLike,
    *,
    readonly: bool = False,
    immutable: bool = False,
    create: bool = False,
) -> sqlite3.Connection:
    """A connection with Samla's safe settings (module docstring).

    `create` allows a new file (only the store makes new files, through the atomic
    writer); otherwise the file must exist.
    """
    target = Path(path)
    if create:
        conn = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
    else:
        if not target.exists():
            raise errors.FileMissing(f"No such file: {target}")
        conn = sqlite3.connect(
            uri(target, readonly=readonly, immutable=immutable),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    try:
        harden(conn)
        if readonly or immutable:
            conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def harden(conn: sqlite3.Connection) -> None:
    """The settings every connection gets, whatever opened it (backup targets too)."""
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    conn.execute("PRAGMA trusted_schema = OFF")


class TooSlow(errors.WorkshopFileError):
    """A check took longer than its bound and was stopped."""


class DiskError(errors.WorkshopFileError):
    """SQLite could not read or write the disk (SQLITE_IOERR): full, limited or failing."""


@contextlib.contextmanager
def bounded(conn: sqlite3.Connection, seconds: float, what: str) -> Iterator[None]:
    """Interrupt whatever runs on `conn` inside this block after `seconds`.

    The interrupted statement raises; it is turned into `TooSlow`, naming `what`.
    """
    deadline = time.monotonic() + seconds
    stopped = []

    def check() -> int:
        if time.monotonic() > deadline:
            stopped.append(True)
            return 1  # non-zero interrupts the statement
        return 0

    conn.set_progress_handler(check, _PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if stopped:
            raise TooSlow(
                f"{what} took longer than {seconds:.0f} seconds and was stopped; "
                "the file may be damaged or made to hang the app."
            ) from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def check_seconds(path: str | os.PathLike) -> float:
    """How long a full check of a file may take: generous for its size, never unbounded."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0
    return 30.0 + size / 2**20  # 30 s, plus a second per MB


@contextlib.contextmanager
def friendly_errors(path: str | os.PathLike) -> Iterator[None]:
    """Turn SQLite's and the file system's errors into `WorkshopFileError`s in plain words."""
    path = Path(path)
    try:
        yield
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        if "disk is full" in message or "database or disk is full" in message:
            raise errors.DiskFull(
                f"The disk is full: {path.name} could not be saved. "
                "Free some space; nothing was changed."
            ) from exc
        if "locked" in message or "busy" in message:
            raise errors.FileLocked(
                f"{path.name} is in use by another program. Close it there and try again."
            ) from exc
        if "readonly" in message or "read-only" in message:
            raise errors.ReadOnlyFile(
                f"{path.name} is read-only. Save a copy somewhere you can write to."
            ) from exc
        if "unable to open" in message:
            raise errors.FileMissing(f"{path} cannot be opened: {exc}") from exc
        if "interrupted" in message:
            raise TooSlow(f"Working on {path.name} took too long and was stopped.") from exc
        if "disk i/o error" in message:  # also a file size limit (EFBIG), a removed stick
            raise DiskError(
                f"{path.name} could not be written or read: the disk reported an error "
                "(it may be full, removed or failing). Nothing was changed."
            ) from exc
        raise
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.IntegrityError):
            raise
        raise errors.CorruptFile(
            f"{path.name} is damaged ({exc}). Restore it from a backup."
        ) from exc
    except OSError as exc:  # files written beside the database: backups, copies, exports
        where = exc.filename or path
        if exc.errno == errno.ENOSPC:
            raise errors.DiskFull(
                f"The disk is full: {where} could not be written. Free some space."
            ) from exc
        if exc.errno in (errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise errors.DiskFull(
                f"There is no room for {where} ({exc.strerror}). Free some space."
            ) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise errors.ReadOnlyFile(f"{where} cannot be written to ({exc.strerror}).") from exc
        raise errors.WorkshopFileError(f"{where}: {exc.strerror or exc}") from exc
