"""Merging another workshop file (or an interchange document) into an open one.

Workshops run on several laptops come together here. The source is untrusted:
it is opened read-only and checked in full (header, integrity, application id,
schema version, then every row's field types and sizes) before anything is
written, and the whole merge is one transaction of the target.

Rules (docs/merging.md):

- Rows are the same record when they have the same id. Perspectives with the
  same name (trimmed, case-insensitive) and questions with the same text under
  the same perspective are the same record too even when their ids differ: the
  source's ids are mapped to the target's everywhere, and the mapping is kept
  (`id_map`) so merging again finds the same rows.
- The target's series row is kept.
- When a record differs, the version with the latest `updated_at` wins (a tie
  goes to the version whose content sorts last, so every laptop decides the
  same). The losing version is kept in `conflicts` unless it is only older in
  time, or is the version an earlier merge brought in (nothing was lost then).
- Where each merged row came from is kept in `origins` (with `merges`: source
  file, its series, when).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from workshop_app.core import errors, interchange
from workshop_app.core.changes import Changes
from workshop_app.core.migrations import SCHEMA_VERSION
from workshop_app.core.schema import APPLICATION_ID, JSON, TABLES
from workshop_app.core.store import SQLITE_HEADER, WorkshopFile, check_header, new_id

#: Tables a merge brings in, parents before children.
MERGED = interchange.EXPORTED
#: Limits for untrusted sources; far above any real workshop series.
MAX_ROWS = 1_000_000
MAX_TEXT = 100_000
MAX_ID = 64
MAX_JSON_BYTES = 512 * 1024 * 1024
#: Timestamp given to rows of a document that has none (they lose to any dated version).
EPOCH = "1970-01-01T00:00:00.000000+00:00"

Progress = Callable[[int, int, str], None]


class SourceRefused(errors.WorkshopFileError):
    """The file or document to merge is damaged, foreign, too new or malformed."""


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class MergeReport:
    """What one merge did: counts per table, conflicts, and the changed rows."""

    source: str
    source_series_id: str
    source_title: str
    counts: dict[str, TableCounts] = field(default_factory=dict)
    #: Perspectives and questions recognised by name or text although their ids differ.
    matched: dict[str, int] = field(default_factory=dict)
    #: New conflicts: table, row_id, the version not kept, where it came from.
    conflicts: list[dict] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    #: Id of the `merges` row; None when nothing changed (then nothing was written).
    merge_id: str | None = None

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.counts.values())

    @property
    def changed(self) -> bool:
        return self.merge_id is not None

    def lines(self) -> list[str]:
        """A plain-words summary, one line per table that has rows."""
        out = [
            f"{self.source} ({self.source_title or 'untitled'}): "
            f"{self.total('added')} added, {self.total('updated')} updated, "
            f"{self.total('unchanged')} unchanged, {self.total('conflicts')} conflicts"
        ]
        for table, c in self.counts.items():
            if c.added or c.updated or c.unchanged or c.conflicts:
                out.append(
                    f"  {table:<12} {c.added:>6} added {c.updated:>6} updated "
                    f"{c.unchanged:>6} unchanged {c.conflicts:>4} conflicts"
                )
        for table, n in self.matched.items():
            if n:
                out.append(
                    f"  {n} {table} recognised by {'name' if table == 'perspectives' else 'text'}"
                )
        return out


# ------------------------------------------------------------------ reading


def _refuse(name: str, reason: str) -> SourceRefused:
    return SourceRefused(f"{name} cannot be merged: {reason}")


def _allowed_types(table: str, column: str) -> tuple[str, ...]:
    if column in ("id", "created_at", "updated_at"):
        return ("text",)
    if column == "deleted_at":
        return ("text", "null")
    kind = TABLES[table].columns[column]
    types = {str: ("text",), JSON: ("text",), int: ("integer",), bool: ("integer",)}.get(
        kind, ("integer", "real")
    )
    required = column in TABLES[table].required
    return types if required else (*types, "null")


def _problem_sql(table: str, column: str) -> str:
    types = ", ".join(f"'{t}'" for t in _allowed_types(table, column))
    cond = f"typeof([{column}]) NOT IN ({types})"
    kind = TABLES[table].columns.get(column, str)
    if column in ("id", "created_at", "updated_at", "deleted_at"):
        cond += f" OR length([{column}]) > {MAX_ID} OR length([{column}]) = 0"
    elif kind in (str, JSON):
        cond += f" OR length([{column}]) > {MAX_TEXT}"
    elif kind is bool:
        cond += f" OR [{column}] NOT IN (0, 1)"
    return cond


def _columns(table: str) -> list[str]:
    return ["id", *TABLES[table].columns, "created_at", "updated_at", "deleted_at"]


def _inspect(conn: sqlite3.Connection, name: str) -> None:
    """The checks every open runs: quick_check, application id, schema version."""
    result = conn.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        problems = "; ".join(str(r[0]) for r in result[:3])
        raise _refuse(name, f"it is damaged ({problems})")
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise _refuse(name, "it is an SQLite file, but not a workshop file")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _refuse(
            name,
            f"it was made by a newer version of Samla (file version {version}, this version "
            f"reads up to {SCHEMA_VERSION}). Update Samla to merge it.",
        )


def read_workshop_file(path: str | os.PathLike) -> dict:
    """Read another workshop file, read-only, into a document; refuse anything malformed.

    The file is never written: without a write-ahead log beside it, it is opened
    `immutable` (no -wal or -shm files are created next to it); with one, read-only.
    """
    path = Path(path)
    name = path.name
    try:
        check_header(path)
    except errors.WorkshopFileError as exc:
        raise _refuse(name, str(exc).replace(" Restore it from a backup.", "")) from exc
    has_wal = Path(f"{path}-wal").exists()
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("" if has_wal else "&immutable=1")
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        _inspect(conn, name)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        doc: dict = {}
        for table in ("series", *MERGED):
            doc[table] = _read_table(conn, name, table, tables)
    except sqlite3.DatabaseError as exc:  # includes text that is not valid UTF-8
        raise _refuse(name, f"it is damaged ({exc})") from exc
    finally:
        conn.close()
    if len(doc["series"]) != 1:
        raise _refuse(name, f"it holds {len(doc['series'])} series, expected 1")
    doc["series"] = doc["series"][0]
    _check_document(name, doc)
    return doc


def _read_table(conn: sqlite3.Connection, name: str, table: str, tables: set[str]) -> list[dict]:
    if table not in tables:
        raise _refuse(name, f"it has no {table} table")
    present = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
    columns = _columns(table)
    missing = [c for c in columns if c not in present]
    if missing:
        raise _refuse(name, f"the {table} table has no {missing[0]} column")
    count = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    if count > MAX_ROWS:
        raise _refuse(name, f"it has {count} {table} rows (at most {MAX_ROWS} are accepted)")
    cases = " ".join(f"WHEN {_problem_sql(table, c)} THEN '{c}'" for c in columns)
    bad = conn.execute(
        f"SELECT rowid, problem FROM (SELECT rowid, CASE {cases} END AS problem "
        f"FROM [{table}]) WHERE problem IS NOT NULL LIMIT 1"
    ).fetchone()
    if bad is not None:
        rowid, column = bad
        kind, size, row_id = conn.execute(
            f"SELECT typeof([{column}]), length([{column}]), "
            f"CASE WHEN typeof(id) = 'text' AND length(id) <= {MAX_ID} THEN id END "
            f"FROM [{table}] WHERE rowid = ?",
            [rowid],
        ).fetchone()
        where = f"{table} row {row_id!r}" if row_id else f"a {table} row"
        expected = " or ".join(_allowed_types(table, column))
        if kind not in _allowed_types(table, column):
            reason = f"{where} has {kind} in {column}, where {expected} is expected"
        elif kind == "text":
            reason = f"{where} has a {column} of {size} characters (too long or empty)"
        else:
            reason = f"{where} has an invalid {column}"
        raise _refuse(name, reason)
    select = ", ".join(f"[{c}]" for c in columns)
    return [
        dict(zip(columns, r, strict=True)) for r in conn.execute(f"SELECT {select} FROM [{table}]")
    ]


def _normalise(name: str, table: str, row: dict) -> dict:
    """Python types as the core API returns them; refuse values the types cannot hold."""
    out = {}
    for column, kind in TABLES[table].columns.items():
        value = row.get(column)
        if value is not None:
            if kind is bool:
                value = bool(value)
            elif kind is float:
                value = float(value)
                if not math.isfinite(value):
                    raise _refuse(
                        name, f"{table} row {row['id']!r} has a {column} that is not a number"
                    )
            elif kind is JSON:
                if isinstance(value, str):
                    try:
                        value = json.loads(value)
                    except ValueError:
                        value = None
                ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
                if not ok:
                    raise _refuse(name, f"{table} row {row['id']!r} has an invalid {column}")
                if sum(len(v) for v in value) > MAX_TEXT:
                    raise _refuse(
                        name, f"{table} row {row['id']!r} has a {column} that is too long"
                    )
            elif kind is str and len(value) > MAX_TEXT:
                raise _refuse(name, f"{table} row {row['id']!r} has a {column} that is too long")
        out[column] = value
    out["id"] = row["id"]
    out["created_at"] = row.get("created_at") or EPOCH
    out["updated_at"] = row.get("updated_at") or out["created_at"]
    out["deleted_at"] = row.get("deleted_at")
    for column in ("id", "created_at", "updated_at", "deleted_at"):
        value = out[column]
        if value is not None and (not isinstance(value, str) or len(value) > MAX_ID):
            raise _refuse(name, f"{table} has a row with an invalid {column}")
    return out


def _check_document(name: str, doc: dict) -> None:
    """Sizes, value ranges and references, shared by files and documents."""
    seen: dict[str, set[str]] = {}
    for table in MERGED:
        rows = doc[table]
        if len(rows) > MAX_ROWS:
            raise _refuse(name, f"it has {len(rows)} {table} rows (at most {MAX_ROWS})")
        doc[table] = rows = [_normalise(name, table, r) for r in rows]
        ids = {r["id"] for r in rows}
        if len(ids) != len(rows):
            raise _refuse(name, f"two {table} rows share one id")
        seen[table] = ids
    for table in MERGED:
        for row in doc[table]:
            for column, parent in TABLES[table].foreign_keys.items():
                ref = row.get(column)
                if ref is not None and ref not in seen[parent]:
                    raise _refuse(
                        name, f"{table} row {row['id']!r} points to a missing {parent} row {ref!r}"
                    )
            if table == "votes" and row["count"] < 0:
                raise _refuse(name, f"votes row {row['id']!r} has a negative count")


def read_source(source: str | os.PathLike | dict) -> tuple[dict, str]:
    """The document to merge and a name for it: a workshop file, a JSON file or a parsed dict."""
    if isinstance(source, dict):
        name = "document"
        try:
            doc = interchange.validate(source)
        except errors.InvalidDocument as exc:
            raise _refuse(name, str(exc)) from exc
        doc = {k: (list(v) if isinstance(v, list) else v) for k, v in doc.items()}
        _check_document(name, doc)
        return doc, name
    path = Path(source)
    if not path.is_file():
        raise errors.FileMissing(f"No such file: {path}")
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER or path.suffix.lower() != ".json":
        return read_workshop_file(path), path.name
    if path.stat().st_size > MAX_JSON_BYTES:
        raise _refuse(path.name, f"it is larger than {MAX_JSON_BYTES // 2**20} MB")
    try:
        doc = interchange.load(path)
    except errors.InvalidDocument as exc:
        raise _refuse(path.name, str(exc)) from exc
    doc = dict(doc)
    _check_document(path.name, doc)
    return doc, path.name


# ------------------------------------------------------------------ merging


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _payload(table: str, row: dict) -> list:
    return [row.get(c) for c in TABLES[table].columns] + [row["updated_at"], row["deleted_at"]]


def _canon(table: str, row: dict) -> str:
    return json.dumps(_payload(table, row), ensure_ascii=False, separators=(",", ":"))


def version_hash(table: str, row: dict) -> str:
    """Hash of one version of a row (its fields and update time, not its id)."""
    return hashlib.sha256(_canon(table, row).encode()).hexdigest()[:32]


def _same_content(table: str, a: dict, b: dict) -> bool:
    columns = TABLES[table].columns
    return all(a.get(c) == b.get(c) for c in columns) and a["deleted_at"] == b["deleted_at"]


def _map_matched(
    table: str,
    source_rows: list[dict],
    target_rows: dict[str, dict],
    id_map: dict[tuple[str, str], str],
    key: Callable[[dict], object],
) -> dict[str, str]:
    """Map source ids of perspectives or questions onto the target's (id, id_map, then key)."""
    source_ids = {r["id"] for r in source_rows}
    claimed = source_ids & set(target_rows)
    order = sorted(
        target_rows.values(),
        key=lambda r: (
            r["deleted_at"] is not None,
            r.get("position") or 0,
            r["created_at"],
            r["id"],
        ),
    )
    by_key: dict[object, list[str]] = {}
    for row in order:
        by_key.setdefault(key(row), []).append(row["id"])
    mapping: dict[str, str] = {}
    for row in source_rows:
        sid = row["id"]
        if sid in target_rows:
            mapping[sid] = sid
            continue
        known = id_map.get((table, sid))
        if known in target_rows and known not in claimed:
            mapping[sid] = known
            claimed.add(known)
            continue
        for candidate in by_key.get(key(row), []):
            if candidate not in claimed:
                mapping[sid] = candidate
                claimed.add(candidate)
                break
        else:
            mapping[sid] = sid
    return mapping


def merge_into(
    target: WorkshopFile,
    source: str | os.PathLike | dict,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge a workshop file or interchange document into `target`, in one transaction.

    `progress(done, total, what)` is called between steps; raising from it
    cancels the merge (nothing is written).
    """
    report_progress = progress or (lambda done, total, what: None)
    total = len(MERGED) + 2
    report_progress(0, total, "checking")
    if target.readonly:
        raise errors.ReadOnlyFile(f"{target.path.name} is open read-only.")
    if not isinstance(source, dict) and Path(source).resolve() == target.path.resolve():
        raise _refuse(Path(source).name, "it is the file it would be merged into")
    doc, name = read_source(source)
    report_progress(1, total, "comparing")

    db = target.db
    id_map = {
        (t, s): d for t, s, d in db.execute("SELECT table_name, source_id, target_id FROM id_map")
    }
    bases = {
        (t, r): h for t, r, h in db.execute("SELECT table_name, row_id, version_hash FROM origins")
    }
    known_conflicts = {
        (t, r, h)
        for t, r, h in db.execute("SELECT table_name, row_id, version_hash FROM conflicts")
    }
    report = MergeReport(name, doc["series"]["id"], doc["series"].get("title") or "")
    target_name = target.path.name
    remap: dict[str, dict[str, str]] = {}
    new_id_map: list[tuple[str, str, str]] = []
    puts: dict[str, list[dict]] = {}
    origins: list[tuple[str, str, str]] = []
    conflicts: list[dict] = []

    for step, table in enumerate(MERGED, start=2):
        existing = {r["id"]: r for r in target.rows(table, include_deleted=True)}
        rows = doc[table]
        if table in ("perspectives", "questions"):
            keyed = rows
            if table == "perspectives":

                def key(r: dict) -> object:
                    return _key(r["name"])

            else:
                keyed = [
                    {**r, "perspective_id": remap["perspectives"].get(r["perspective_id"])}
                    for r in rows
                ]

                def key(r: dict) -> object:
                    return (r["perspective_id"], _key(r["text"]))

            remap[table] = _map_matched(table, keyed, existing, id_map, key)
            report.matched[table] = sum(1 for s, t in remap[table].items() if s != t)
            new_id_map += [
                (table, s, t)
                for s, t in remap[table].items()
                if s != t and id_map.get((table, s)) != t
            ]
        counts = report.counts.setdefault(table, TableCounts())
        for source_row in rows:
            row = dict(source_row)
            for column, parent in TABLES[table].foreign_keys.items():
                if parent in remap and row.get(column) is not None:
                    row[column] = remap[parent].get(row[column], row[column])
            if table in remap:
                row["id"] = remap[table][row["id"]]
            ours = existing.get(row["id"])
            if ours is None:
                counts.added += 1
                puts.setdefault(table, []).append(row)
                continue
            row["created_at"] = ours["created_at"]
            recognised = row["id"] != source_row["id"]
            if _same_content(table, row, ours) and (
                recognised or row["updated_at"] == ours["updated_at"]
            ):
                # A perspective or question recognised by name keeps this file's time stamps.
                counts.unchanged += 1
                continue
            theirs_wins = (row["updated_at"], _canon(table, row)) > (
                ours["updated_at"],
                _canon(table, ours),
            )
            loser, loser_from = (ours, target_name) if theirs_wins else (row, name)
            if not _same_content(table, row, ours):
                lost = version_hash(table, loser)
                if (
                    lost != bases.get((table, row["id"]))
                    and (table, row["id"], lost) not in known_conflicts
                ):
                    known_conflicts.add((table, row["id"], lost))
                    counts.conflicts += 1
                    conflicts.append(
                        {
                            "table": table,
                            "row_id": row["id"],
                            "version": loser,
                            "version_hash": lost,
                            "version_from": loser_from,
                        }
                    )
            if theirs_wins:
                counts.updated += 1
                puts.setdefault(table, []).append(row)
            else:
                counts.unchanged += 1
        report_progress(step, total, table)

    if not puts and not conflicts and not new_id_map:
        report_progress(total, total, "done")
        return report

    merge_id = new_id()
    now = target.now()
    report_progress(total - 1, total, "writing")
    with target.transaction():
        db.execute(
            "INSERT INTO merges (id, source_file, source_series_id, source_title, merged_at, "
            "added, updated, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                merge_id,
                name,
                report.source_series_id,
                report.source_title,
                now,
                report.total("added"),
                report.total("updated"),
                report.total("conflicts"),
            ],
        )
        changes = Changes()
        for table in MERGED:
            if table in puts:
                changes += target.put_rows(table, puts[table])
                origins += [(table, r["id"], version_hash(table, r)) for r in puts[table]]
        db.conn.executemany(
            "INSERT INTO origins (table_name, row_id, merge_id, version_hash) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET merge_id = excluded.merge_id, "
            "version_hash = excluded.version_hash",
            [(t, r, merge_id, h) for t, r, h in origins],
        )
        db.conn.executemany(
            "INSERT INTO id_map (table_name, source_id, target_id) VALUES (?, ?, ?) "
            "ON CONFLICT (table_name, source_id) DO UPDATE SET target_id = excluded.target_id",
            new_id_map,
        )
        for c in conflicts:
            c["id"] = new_id()
            _insert_conflict(db.conn, c, merge_id, now)
        # Last call inside the transaction: a cancel raised from here still rolls back, so
        # "cancelled" never hides a merge that was in fact written.
        report_progress(total, total, "done")
    report.changes = changes
    report.conflicts = conflicts
    report.merge_id = merge_id
    return report


def _insert_conflict(
    conn: sqlite3.Connection, c: dict, merge_id: str | None, now: str, resolution: str | None = None
) -> None:
    conn.execute(
        "INSERT INTO conflicts (id, table_name, row_id, version, version_hash, version_from, "
        "merge_id, detected_at, resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            c["id"],
            c["table"],
            c["row_id"],
            json.dumps(c["version"], ensure_ascii=False),
            c["version_hash"],
            c["version_from"],
            merge_id,
            now,
            now if resolution else None,
            resolution,
        ],
    )


# ---------------------------------------------------------------- conflicts


def conflicts(wf: WorkshopFile, *, include_resolved: bool = False) -> list[dict]:
    """Conflicts for the organizer: the kept version (`ours`) beside the other (`theirs`)."""
    sql = (
        "SELECT c.*, m.source_file FROM conflicts c LEFT JOIN merges m ON m.id = c.merge_id"
        + ("" if include_resolved else " WHERE c.resolved_at IS NULL")
        + " ORDER BY c.detected_at, c.id"
    )
    out = []
    for row in wf.db.query(sql):
        out.append(
            {
                "id": row["id"],
                "table": row["table_name"],
                "row_id": row["row_id"],
                "ours": wf.get(row["table_name"], row["row_id"]),
                "theirs": json.loads(row["version"]),
                "theirs_from": row["version_from"],
                "source_file": row["source_file"],
                "detected_at": row["detected_at"],
                "resolved_at": row["resolved_at"],
                "resolution": row["resolution"],
            }
        )
    return out


def resolve_conflict(wf: WorkshopFile, conflict_id: str, keep: str = "ours") -> Changes:
    """Settle a conflict: keep the version in the file ("ours"), or put the other one back.

    Keeping "theirs" writes that version with a new update time (so later merges
    keep it) and keeps the replaced version as a settled conflict.
    """
    if keep not in ("ours", "theirs"):
        raise ValueError(keep)
    found = list(wf.db.query("SELECT * FROM conflicts WHERE id = ?", [conflict_id]))
    if not found:
        raise errors.InvalidValue(f"No conflict {conflict_id}")
    c = found[0]
    if c["resolved_at"] is not None:
        raise errors.InvalidValue("This conflict is already settled.")
    now = wf.now()
    with wf.transaction():
        changes = Changes()
        if keep == "theirs":
            table, row_id = c["table_name"], c["row_id"]
            current = wf.get(table, row_id)
            version = {
                **json.loads(c["version"]),
                "id": row_id,
                "created_at": current["created_at"],
                "updated_at": now,
            }
            changes = wf.put_rows(table, [version])
            replaced = {
                "id": new_id(),
                "table": table,
                "row_id": row_id,
                "version": current,
                "version_hash": version_hash(table, current),
                "version_from": wf.path.name,
            }
            _insert_conflict(wf.db.conn, replaced, c["merge_id"], now, resolution="replaced")
        wf.db.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
            [now, keep, conflict_id],
        )
    return changes


# ----------------------------------------------------------------- checking


def content_digest(wf: WorkshopFile, *, by_name: bool = False) -> str:
    """A hash of the series' content (every merged table, removed rows included).

    With `by_name`, perspectives and questions are identified by their name and
    text rather than their ids and time stamps (and the series row is left out):
    two files that merged each other then have the same digest although each
    kept its own.
    """
    names: dict[str, dict[str, object]] = {"perspectives": {}, "questions": {}}
    if by_name:
        for p in wf.rows("perspectives", include_deleted=True):
            names["perspectives"][p["id"]] = _key(p["name"])
        for q in wf.rows("questions", include_deleted=True):
            names["questions"][q["id"]] = [
                names["perspectives"].get(q["perspective_id"]),
                _key(q["text"]),
            ]
    digest = hashlib.sha256()
    if not by_name:
        digest.update(json.dumps(wf.series(), sort_keys=True, ensure_ascii=False).encode())
    for table in MERGED:
        lines = []
        for row in wf.rows(table, include_deleted=True):
            if by_name:
                for column, parent in TABLES[table].foreign_keys.items():
                    if parent in names and row.get(column) is not None:
                        row[column] = names[parent].get(row[column])
                if table in names:
                    row["id"] = names[table][row["id"]]
                    row.pop("created_at")
                    row.pop("updated_at")
            lines.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
        digest.update(table.encode())
        digest.update("\n".join(sorted(lines)).encode())
    return digest.hexdigest()


def row_counts(wf: WorkshopFile) -> dict[str, int]:
    """Rows per table, bookkeeping included (for checking that a merge changed nothing)."""
    tables = ["series", *MERGED, "merges", "origins", "id_map", "conflicts"]
    return {t: wf.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
