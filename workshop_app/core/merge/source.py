"""Reading what is merged: another laptop's workshop file, a JSON document, or a parsed dict.

The source is untrusted. A workshop file is copied into a private folder first (nothing
is then written beside it, and it cannot change while it is read), then goes through the
same inspection as every open (header, id, version, exact schema, bounded quick_check;
core/inspection.py) through a connection that cannot write; an older file is read
through an up-to-date copy in memory. Its rows, like a document's, then go through the
one content check (core/document.py). Nothing in the source is run or obeyed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from workshop_app.core import connection, document, errors, inspection, interchange, migrations


class SourceRefused(errors.WorkshopFileError):
    """The file or document to merge is damaged, foreign, too new or malformed."""


@dataclass
class Source:
    """A source read and checked: its rows by table, a name for it, the reader's warnings."""

    rows: dict
    name: str
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)


def _refuse(name: str, reason: str) -> SourceRefused:
    return SourceRefused(f"{name} cannot be merged: {reason}")


def _reason(exc: errors.WorkshopFileError, name: str) -> str:
    text = str(exc).replace(" Restore it from a backup.", "")
    return text.removeprefix(f"{name} ").removeprefix("is ").rstrip(".") or text


def read_workshop_file(path: Path, now: datetime) -> Source:
    name = path.name
    try:
        with inspection.private_copy(path) as copy:
            found = inspection.inspect(copy)
            with connection.friendly_errors(copy):
                conn = inspection.read_connection(copy)
                try:
                    if found.version < migrations.SCHEMA_VERSION:
                        conn = migrations.migrated_copy(conn, found.version)
                    raw = document.read_rows(conn)
                finally:
                    conn.close()
        rows = document.checked(raw, now)
    except errors.InvalidValue as exc:
        raise _refuse(name, str(exc)) from None
    except errors.WorkshopFileError as exc:
        raise _refuse(name, _reason(exc, name)) from None
    return Source(rows, name, path)


def read_source(source: str | os.PathLike | dict, now: datetime | None = None) -> Source:
    """The source to merge, read and checked; raises `SourceRefused` naming the problem."""
    from workshop_app.core.store import utc_now

    now = now or utc_now()
    if isinstance(source, dict):
        try:
            doc = interchange.read(source, "the document", now)
        except errors.InvalidDocument as exc:
            raise _refuse("the document", str(exc)) from None
        return Source(doc.rows, "document", None, doc.warnings)
    path = Path(source)
    if not path.is_file():
        raise errors.FileMissing(f"No such file: {path}")
    if inspection.is_sqlite_file(path) or path.suffix.lower() != ".json":
        return read_workshop_file(path, now)
    try:
        doc = interchange.load(path, now)
    except errors.InvalidDocument as exc:
        raise _refuse(path.name, str(exc).removeprefix(f"{path.name}: ")) from None
    return Source(doc.rows, path.name, path, doc.warnings)
