"""The tables of a workshop file, and the ordered migrations that build them.

Every table has a UUID text primary key `id`, `created_at`, `updated_at` and
`deleted_at` (soft delete: NULL while the row is alive). The domain columns are
declared once in `TABLES`; the core API validates values against these types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

#: `PRAGMA application_id` of a workshop file ("SAML"): tells our files from other SQLite files.
APPLICATION_ID = 0x53414D4C

#: Python type of each kind of column. "json" is a list of strings stored as JSON text.
JSON = "json"


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, object]
    foreign_keys: dict[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    defaults: dict[str, object] = field(default_factory=dict)
    #: Column whose value orders siblings (None for unordered tables).
    ordered_within: tuple[str, ...] | None = None


TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table(
            "series",
            {
                "title": str,
                "subtitle": str,
                "organization": str,
                "goal": str,
                "language": str,
                "intro": str,
                "published": str,
            },
            defaults={
                "title": "",
                "subtitle": "",
                "organization": "",
                "goal": "",
                "language": "sv",
                "intro": "",
                "published": "",
            },
        ),
        Table(
            "perspectives",
            {"name": str, "plural": str, "colour": str, "position": int},
            required=("name",),
            defaults={"plural": "", "colour": "#F9E27D"},
            ordered_within=(),
        ),
        Table(
            "workshops",
            {
                "title": str,
                "date": str,
                "place": str,
                "facilitator": str,
                "participants": int,
                "position": int,
            },
            required=("title",),
            defaults={"date": "", "place": "", "facilitator": "", "participants": 0},
            ordered_within=(),
        ),
        Table(
            "questions",
            {"perspective_id": str, "kind": str, "text": str, "position": int},
            foreign_keys={"perspective_id": "perspectives"},
            required=("text",),
            defaults={"kind": "custom", "perspective_id": None},
            ordered_within=(),
        ),
        Table(
            "themes",
            {
                "question_id": str,
                "title": str,
                "synthesis": str,
                "divided": bool,
                "divided_note": str,
                "position": int,
                "x": float,
                "y": float,
            },
            foreign_keys={"question_id": "questions"},
            required=("question_id",),
            defaults={
                "title": "",
                "synthesis": "",
                "divided": False,
                "divided_note": "",
                "x": 0.0,
                "y": 0.0,
            },
            ordered_within=("question_id",),
        ),
        Table(
            "notes",
            {
                "question_id": str,
                "workshop_id": str,
                "perspective_id": str,
                "theme_id": str,
                "text": str,
                "is_quote": bool,
                "x": float,
                "y": float,
            },
            foreign_keys={
                "question_id": "questions",
                "workshop_id": "workshops",
                "perspective_id": "perspectives",
                "theme_id": "themes",
            },
            required=("question_id", "workshop_id", "text"),
            defaults={
                "perspective_id": None,
                "theme_id": None,
                "is_quote": False,
                "x": 0.0,
                "y": 0.0,
            },
        ),
        Table(
            "vote_rounds",
            {
                "question_id": str,
                "workshop_id": str,
                "dots": int,
                "max_per_theme": int,
                "revealed": bool,
            },
            foreign_keys={"question_id": "questions", "workshop_id": "workshops"},
            required=("question_id", "workshop_id"),
            defaults={"dots": 3, "max_per_theme": 3, "revealed": False},
        ),
        Table(
            "votes",
            {
                "theme_id": str,
                "workshop_id": str,
                "round_id": str,
                "ballot": str,
                "count": int,
            },
            foreign_keys={
                "theme_id": "themes",
                "workshop_id": "workshops",
                "round_id": "vote_rounds",
            },
            required=("theme_id", "workshop_id", "count"),
            defaults={"round_id": None, "ballot": None},
        ),
        Table(
            "examples",
            {"title": str, "body": str, "url": str, "link_text": str, "position": int},
            required=("title",),
            defaults={"body": "", "url": "", "link_text": ""},
            ordered_within=(),
        ),
        Table(
            "lessons",
            {
                "expert": str,
                "affiliation": str,
                "intro": str,
                "items": JSON,
                "position": int,
            },
            required=("expert",),
            defaults={"affiliation": "", "intro": "", "items": []},
            ordered_within=(),
        ),
        Table("settings", {"key": str, "value": str}, required=("key",)),
    ]
}

SQL_TYPES = {str: str, int: int, float: float, bool: int, JSON: str}


def _migration_1(db: sqlite_utils.Database) -> None:
    """The first schema: every table in `TABLES`, note search, and indexes."""
    for table in TABLES.values():
        columns: dict[str, type] = {"id": str}
        columns.update({name: SQL_TYPES[kind] for name, kind in table.columns.items()})
        columns.update({"created_at": str, "updated_at": str, "deleted_at": str})
        db[table.name].create(
            columns,
            pk="id",
            not_null={"id", "created_at", "updated_at", *table.required},
            foreign_keys=[(col, ref, "id") for col, ref in table.foreign_keys.items()],
        )
        for col in table.foreign_keys:
            db[table.name].create_index([col])
    db["settings"].create_index(["key"], unique=True)
    db["notes"].enable_fts(["text"], create_triggers=True, tokenize="unicode61")


#: Ordered migrations: MIGRATIONS[i] takes a file from version i to i + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migration_1]

SCHEMA_VERSION = len(MIGRATIONS)


#: Bookkeeping of merges (not domain tables: not in `TABLES`, not exported).
_MERGE_TABLES = (
    """CREATE TABLE merges (
        id TEXT PRIMARY KEY,
        source_file TEXT NOT NULL,
        source_series_id TEXT,
        source_title TEXT,
        merged_at TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        conflicts INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE origins (
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        merge_id TEXT NOT NULL REFERENCES merges(id),
        version_hash TEXT NOT NULL,
        PRIMARY KEY (table_name, row_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX origins_merge_id ON origins(merge_id)",
    """CREATE TABLE id_map (
        table_name TEXT NOT NULL,
        source_id TEXT NOT NULL,
        target_id TEXT NOT NULL,
        PRIMARY KEY (table_name, source_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        version TEXT NOT NULL,
        version_hash TEXT NOT NULL,
        version_from TEXT NOT NULL,
        merge_id TEXT REFERENCES merges(id),
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT
    )""",
    "CREATE INDEX conflicts_row ON conflicts(table_name, row_id)",
)

#: Views that make a file readable as it is in Datasette or the sqlite3 shell.
_VIEWS = (
    """CREATE VIEW notes_overview AS
    SELECT n.id, n.text, q.text AS question, t.title AS theme,
        w.title AS workshop, w.date AS workshop_date, w.place AS workshop_place,
        coalesce(np.name, qp.name) AS perspective, n.is_quote,
        n.deleted_at IS NOT NULL AS deleted, n.created_at, n.updated_at
    FROM notes n
    JOIN questions q ON q.id = n.question_id
    JOIN workshops w ON w.id = n.workshop_id
    LEFT JOIN themes t ON t.id = n.theme_id
    LEFT JOIN perspectives np ON np.id = n.perspective_id
    LEFT JOIN perspectives qp ON qp.id = q.perspective_id""",
    """CREATE VIEW themes_overview AS
    SELECT t.id, t.title, q.text AS question, p.name AS perspective, t.synthesis,
        t.divided, t.divided_note,
        (SELECT count(*) FROM notes n
            WHERE n.theme_id = t.id AND n.deleted_at IS NULL) AS notes,
        (SELECT coalesce(sum(v.count), 0) FROM votes v
            WHERE v.theme_id = t.id AND v.deleted_at IS NULL) AS votes,
        t.deleted_at IS NOT NULL AS deleted
    FROM themes t
    JOIN questions q ON q.id = t.question_id
    LEFT JOIN perspectives p ON p.id = q.perspective_id""",
    """CREATE VIEW workshops_overview AS
    SELECT w.id, w.title, w.date, w.place, w.facilitator, w.participants,
        (SELECT count(*) FROM notes n
            WHERE n.workshop_id = w.id AND n.deleted_at IS NULL) AS notes,
        w.deleted_at IS NOT NULL AS deleted
    FROM workshops w""",
    """CREATE VIEW origins_overview AS
    SELECT o.table_name, o.row_id, m.source_file, m.source_title, m.source_series_id,
        m.merged_at, w.title AS workshop
    FROM origins o
    JOIN merges m ON m.id = o.merge_id
    LEFT JOIN notes n ON o.table_name = 'notes' AND n.id = o.row_id
    LEFT JOIN workshops w ON w.id = CASE o.table_name
        WHEN 'workshops' THEN o.row_id ELSE n.workshop_id END""",
)


def _migration_2(db: sqlite_utils.Database) -> None:
    """Merge bookkeeping (merges, origins, id_map, conflicts) and readable views."""
    for statement in _MERGE_TABLES + _VIEWS:
        db.execute(statement)


MIGRATIONS.append(_migration_2)
SCHEMA_VERSION = len(MIGRATIONS)
