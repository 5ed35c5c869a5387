"""The one inspection of a file before use: opening, merging, restoring and `check` run it.

In this order, so that nothing inside an untrusted file runs before it is known:

1. the header: an SQLite file, not truncated (`check_header`);
2. the application id ("SAML") and the schema version (not newer than this Samla);
3. the schema: exactly the tables, indexes, triggers and views the migrations build for
   that version (`migrations.expected_schema`), compared as text; any other object
   (a planted trigger, view or CHECK constraint) is named and the file refused;
4. only then `quick_check`, bounded in time (`connection.bounded`).

Every connection here is read-only and has `trusted_schema` off (core/connection.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workshop_app.core import connection, errors, migrations
from workshop_app.core.schema import APPLICATION_ID

SQLITE_HEADER = b"SQLite format 3\x00"


class UnexpectedSchema(errors.NotAWorkshopFile):
    """The file's schema is not the one its version must have (a planted object, a change)."""


def check_header(path: Path) -> None:
    """Refuse missing, non-SQLite and truncated files before SQLite touches them."""
    if not path.exists():
        raise errors.FileMissing(f"No such file: {path}")
    if path.is_dir():
        raise errors.NotAWorkshopFile(f"{path} is a folder, not a workshop file.")
    if not path.is_file():
        raise errors.NotAWorkshopFile(f"{path} is not a regular file.")
    size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise errors.NotAWorkshopFile(f"{path.name} is not a workshop file.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    if page_size < 512 or size % page_size:
        raise errors.CorruptFile(f"{path.name} is truncated or damaged. Restore it from a backup.")
    if header_size_valid and size < page_count * page_size and not wal.exists():
        raise errors.CorruptFile(f"{path.name} is truncated. Restore it from a backup.")


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` is a regular file that starts like an SQLite database."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def read_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` and leaves nothing beside it when it can.

    Without a write-ahead log beside it the file is opened `immutable` (no -wal or -shm
    is made); with one, the log must be read too, so it is opened normally but
    `query_only`.
    """
    has_wal = Path(f"{path}-wal").exists()
    return connection.connect(path, readonly=True, immutable=not has_wal)


def describe(obj: migrations.SchemaObject) -> str:
    kind, name, table, _sql = obj
    return f"{kind} {name}" + (f" on {table}" if table != name else "")


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """Each object the file has that its version must not have, and each one missing."""
    found = set(migrations.schema_objects(conn))
    expected = migrations.expected_schema(version)
    names = {(kind, name) for kind, name, _table, _sql in expected}
    problems = []
    for obj in sorted(found - expected, key=lambda o: (o[0], o[1])):
        changed = (obj[0], obj[1]) in names
        problems.append(f"schema: {'changed' if changed else 'unexpected'} {describe(obj)}")
    found_names = {(kind, name) for kind, name, _table, _sql in found}
    for obj in sorted(expected - found, key=lambda o: (o[0], o[1])):
        if (obj[0], obj[1]) not in found_names:
            problems.append(f"schema: missing {describe(obj)}")
    return problems


@contextlib.contextmanager
def private_copy(path: Path, *, only_with_log: bool = False) -> Iterator[Path]:
    """A file from elsewhere (and its write-ahead log, if one lies beside it) copied into
    a private folder, under the same name: reading the copy writes nothing beside the
    file (reading a log would make an -shm file there), and what is checked and read is
    one moment of it, whatever another program does to the file meanwhile.

    `only_with_log`: the file itself when no log lies beside it (it is then read
    `immutable`, which makes nothing beside it either); for `check` of a big file.
    """
    wal = Path(f"{path}-wal")
    if only_with_log and not wal.exists():
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="samla-source-") as folder:
        copy = Path(folder) / path.name
        with connection.friendly_errors(path):
            shutil.copyfile(path, copy)
            if wal.is_file():
                shutil.copyfile(wal, Path(f"{copy}-wal"))
        yield copy


@dataclass(frozen=True)
class Inspection:
    """What the inspection learnt of a file it accepted."""

    version: int


def identify(conn: sqlite3.Connection, name: str) -> int:
    """Application id and schema version; refuses foreign and newer files. Returns the version."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise errors.NotAWorkshopFile(f"{name} is an SQLite file, but not a workshop file.")
    if version > migrations.SCHEMA_VERSION:
        raise errors.NewerSchema(
            f"{name} was made by a newer version of Samla (file version {version}, "
            f"this version reads up to {migrations.SCHEMA_VERSION}). Update Samla to open it."
        )
    return version


def quick_check(conn: sqlite3.Connection, path: Path) -> list[str]:
    """SQLite's quick_check, bounded in time; its report as one line per problem."""
    with connection.bounded(conn, connection.check_seconds(path), f"Checking {path.name}"):
        result = conn.execute("PRAGMA quick_check").fetchall()
    if result == [("ok",)]:
        return []
    return [" ".join(str(r[0]).split()) for r in result]


def inspect(path: str | os.PathLike) -> Inspection:
    """Check a file before it is used; raise a `WorkshopFileError` in plain words if unusable."""
    path = Path(path)
    check_header(path)
    with connection.friendly_errors(path):
        conn = read_connection(path)
        try:
            version = identify(conn, path.name)
            differences = schema_differences(conn, version)
            if differences:
                shown = "; ".join(p.removeprefix("schema: ") for p in differences[:3])
                more = f" and {len(differences) - 3} more" if len(differences) > 3 else ""
                raise UnexpectedSchema(
                    f"{path.name} is not a workshop file as Samla writes it ({shown}{more}). "
                    f"See `workshop-app check {path.name}`."
                )
            problems = quick_check(conn, path)
            if problems:
                raise errors.CorruptFile(
                    f"{path.name} is damaged ({'; '.join(problems[:3])}). Restore it from a backup."
                )
        finally:
            conn.close()
    return Inspection(version)


def is_good(path: str | os.PathLike) -> bool:
    """Whether the file passes the inspection every open runs."""
    try:
        inspect(path)
    except (errors.WorkshopFileError, sqlite3.DatabaseError):
        return False
    return True
