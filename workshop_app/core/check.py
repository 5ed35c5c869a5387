"""`check`: everything wrong with a workshop file, named, without changing it.

The same steps as every open (core/inspection.py) and the same content check as
import and merge (core/document.py), but reporting every problem instead of stopping
at the first: so `check` says "ok" exactly when a merge of the file would be accepted.
A file whose schema is not the expected one gets its unexpected objects named and
nothing else run on it (a planted CHECK constraint would run in an integrity check).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workshop_app.core import connection, document, errors, inspection, migrations


@dataclass(frozen=True)
class CheckReport:
    version: int
    problems: list[str]


def integrity(conn, path: Path) -> list[str]:
    """SQLite's full integrity check, bounded in time."""
    with connection.bounded(conn, connection.check_seconds(path), f"Checking {path.name}"):
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if result == ["ok"] else [f"integrity: {' '.join(str(r).split())}" for r in result]


def _bookkeeping(conn) -> list[str]:
    """Conflicts a merge could not have written (opening the file would refuse them)."""
    from workshop_app.core.merge.conflicts import _set_aside

    found = []
    for row in conn.execute("SELECT id, table_name, version FROM conflicts"):
        try:
            _set_aside(dict(zip(("id", "table_name", "version"), row, strict=True)))
        except errors.WorkshopFileError as exc:
            found.append(f"bookkeeping: {str(exc).split(':')[0]}")
            if len(found) >= document.MAX_PROBLEMS:
                break
    return found


def check_file(path: str | os.PathLike, now: datetime | None = None) -> CheckReport:
    """Every problem of the file at `path`; raises only when it is not a workshop file at all."""
    path = Path(path)
    inspection.check_header(path)
    with (
        inspection.private_copy(path, only_with_log=True) as copy,
        connection.friendly_errors(path),
    ):
        conn = inspection.read_connection(copy)
        try:
            version = inspection.identify(conn, path.name)
            differences = inspection.schema_differences(conn, version)
            if differences:
                return CheckReport(version, differences)
            problems = integrity(conn, path)
            if not problems and version < migrations.SCHEMA_VERSION:
                conn = migrations.migrated_copy(conn, version)  # read as this Samla would
            if not problems:
                try:
                    rows = document.read_rows(conn)
                except errors.InvalidValue as exc:
                    problems.append(f"content: {exc}")
                else:
                    found = document.problems(rows, now or datetime.now(UTC))
                    problems += [f"content: {p}" for p in found]
                    if len(found) >= document.MAX_PROBLEMS:
                        problems.append(f"content: (stopped after {document.MAX_PROBLEMS})")
                    problems += _bookkeeping(conn)
        finally:
            conn.close()
    return CheckReport(version, problems)
