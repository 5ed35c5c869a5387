"""The ordered migrations of a workshop file: frozen history, literal SQL.

MIGRATIONS[i] takes a file from schema version i to i + 1 (`PRAGMA user_version`).
A migration that was released never changes (docs/decisions/0004-frozen-migrations.md):
each is the exact SQL that version of Samla ran, and tests open files written by the
released app and compare their schema with what these statements build. A new need
gets a new migration at the end.

The schema a file of version v must have is derived from these statements alone
(`expected_schema`), never from today's table definitions in `schema.py`.
"""

from __future__ import annotations

import functools
import sqlite3

#: Migration 1 (Samla 0.1.0): the domain tables, their indexes, and note search
#: (an FTS5 index kept up to date by triggers), as sqlite-utils wrote them then.
MIGRATION_1 = (
    """CREATE TABLE "series" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "title" TEXT,
   "subtitle" TEXT,
   "organization" TEXT,
   "goal" TEXT,
   "language" TEXT,
   "intro" TEXT,
   "published" TEXT,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE TABLE "perspectives" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "name" TEXT NOT NULL,
   "plural" TEXT,
   "colour" TEXT,
   "position" INTEGER,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE TABLE "workshops" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "title" TEXT NOT NULL,
   "date" TEXT,
   "place" TEXT,
   "facilitator" TEXT,
   "participants" INTEGER,
   "position" INTEGER,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE TABLE "questions" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "perspective_id" TEXT REFERENCES "perspectives"("id"),
   "kind" TEXT,
   "text" TEXT NOT NULL,
   "position" INTEGER,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE INDEX "idx_questions_perspective_id"
    ON "questions" ("perspective_id")""",
    """CREATE TABLE "themes" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "question_id" TEXT NOT NULL REFERENCES "questions"("id"),
   "title" TEXT,
   "synthesis" TEXT,
   "divided" INTEGER,
   "divided_note" TEXT,
   "position" INTEGER,
   "x" REAL,
   "y" REAL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE INDEX "idx_themes_question_id"
    ON "themes" ("question_id")""",
    """CREATE TABLE "notes" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "question_id" TEXT NOT NULL REFERENCES "questions"("id"),
   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),
   "perspective_id" TEXT REFERENCES "perspectives"("id"),
   "theme_id" TEXT REFERENCES "themes"("id"),
   "text" TEXT NOT NULL,
   "is_quote" INTEGER,
   "x" REAL,
   "y" REAL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE INDEX "idx_notes_question_id"
    ON "notes" ("question_id")""",
    """CREATE INDEX "idx_notes_workshop_id"
    ON "notes" ("workshop_id")""",
    """CREATE INDEX "idx_notes_perspective_id"
    ON "notes" ("perspective_id")""",
    """CREATE INDEX "idx_notes_theme_id"
    ON "notes" ("theme_id")""",
    """CREATE TABLE "vote_rounds" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "question_id" TEXT NOT NULL REFERENCES "questions"("id"),
   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),
   "dots" INTEGER,
   "max_per_theme" INTEGER,
   "revealed" INTEGER,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE INDEX "idx_vote_rounds_question_id"
    ON "vote_rounds" ("question_id")""",
    """CREATE INDEX "idx_vote_rounds_workshop_id"
    ON "vote_rounds" ("workshop_id")""",
    """CREATE TABLE "votes" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "theme_id" TEXT NOT NULL REFERENCES "themes"("id"),
   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),
   "round_id" TEXT REFERENCES "vote_rounds"("id"),
   "ballot" TEXT,
   "count" INTEGER NOT NULL,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE INDEX "idx_votes_theme_id"
    ON "votes" ("theme_id")""",
    """CREATE INDEX "idx_votes_workshop_id"
    ON "votes" ("workshop_id")""",
    """CREATE INDEX "idx_votes_round_id"
    ON "votes" ("round_id")""",
    """CREATE TABLE "examples" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "title" TEXT NOT NULL,
   "body" TEXT,
   "url" TEXT,
   "link_text" TEXT,
   "position" INTEGER,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE TABLE "lessons" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "expert" TEXT NOT NULL,
   "affiliation" TEXT,
   "intro" TEXT,
   "items" TEXT,
   "position" INTEGER,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE TABLE "settings" (
   "id" TEXT PRIMARY KEY NOT NULL,
   "key" TEXT NOT NULL,
   "value" TEXT,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL,
   "deleted_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_settings_key"
    ON "settings" ("key")""",
    """CREATE VIRTUAL TABLE "notes_fts" USING FTS5 (
    "text",
    tokenize='unicode61',
    content="notes"
)""",
    """CREATE TRIGGER "notes_ai" AFTER INSERT ON "notes" BEGIN
  INSERT INTO "notes_fts" (rowid, "text") VALUES (new.rowid, new."text");
END""",
    """CREATE TRIGGER "notes_ad" AFTER DELETE ON "notes" BEGIN
  INSERT INTO "notes_fts" ("notes_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
END""",
    """CREATE TRIGGER "notes_au" AFTER UPDATE ON "notes" BEGIN
  INSERT INTO "notes_fts" ("notes_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
  INSERT INTO "notes_fts" (rowid, "text") VALUES (new.rowid, new."text");
END""",
)

#: Migration 2 (Samla 0.1.0): merge bookkeeping (merges, origins, id_map, conflicts)
#: and views that make the file readable in Datasette or the sqlite3 shell.
MIGRATION_2 = (
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
    """CREATE INDEX origins_merge_id ON origins(merge_id)""",
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
    """CREATE INDEX conflicts_row ON conflicts(table_name, row_id)""",
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

#: Migration 3 (Samla 0.2): the search index is kept by the store, not by triggers. With
#: `trusted_schema` off (core/connection.py) no trigger of a file may write to a virtual
#: table, and no trigger of a file is to be obeyed at all; the store now updates the
#: index only when a note's text changes (moving, filing or quoting a note no longer
#: re-indexes it).
MIGRATION_3 = (
    'DROP TRIGGER "notes_ai"',
    'DROP TRIGGER "notes_ad"',
    'DROP TRIGGER "notes_au"',
)

#: Migration 4 (Samla 0.2): a note whose text was erased for good (a participant's
#: withdrawal, an erasure request) keeps the time of its erasure: a tombstone that
#: merges respect, so the text never comes back from another laptop.
MIGRATION_4 = ('ALTER TABLE "notes" ADD COLUMN "erased_at" TEXT',)

#: Migration 5 (Samla 0.2): a series' branding for its report: an accent colour
#: ("#RRGGBB"), a logo (a PNG image, base64-encoded) and the logo's alternative text.
MIGRATION_5 = (
    """ALTER TABLE "series" ADD COLUMN "accent" TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE "series" ADD COLUMN "logo" TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE "series" ADD COLUMN "logo_alt" TEXT NOT NULL DEFAULT ''""",
)

#: Migration 6 (Samla 0.3): a question made from a template follows the series' goal and
#: its perspective's names until its text is edited by hand (`text_edited` 0 while it
#: follows). A question of an older file counts as edited unless its text is exactly what
#: the templates of 0.1 and 0.2 made of today's goal and names (their wording is written
#: out here, as history, so this stays true when the templates change).
MIGRATION_6 = (
    """ALTER TABLE "questions" ADD COLUMN "text_edited" INTEGER NOT NULL DEFAULT 1""",
    """UPDATE "questions" SET "text_edited" = 0
WHERE "kind" IN ('how_can', 'what_is_needed')
  AND "text" = (
    SELECT CASE s."language" || ' ' || "questions"."kind" || ' '
                || (COALESCE(p."plural", '') <> '')
      WHEN 'sv how_can 1' THEN 'Hur kan ' || p."plural" || ' möjliggöra ' || s."goal" || '?'
      WHEN 'sv how_can 0' THEN 'Hur kan en ' || p."name" || ' möjliggöra ' || s."goal" || '?'
      WHEN 'sv what_is_needed 1'
        THEN 'Vad behöver ' || p."plural" || ' för att möjliggöra ' || s."goal" || '?'
      WHEN 'sv what_is_needed 0'
        THEN 'Vad behöver en ' || p."name" || ' för att möjliggöra ' || s."goal" || '?'
      WHEN 'en how_can 1' THEN 'How can ' || p."plural" || ' enable ' || s."goal" || '?'
      WHEN 'en how_can 0' THEN 'How can a ' || p."name" || ' enable ' || s."goal" || '?'
      WHEN 'en what_is_needed 1'
        THEN 'What do ' || p."plural" || ' need to enable ' || s."goal" || '?'
      WHEN 'en what_is_needed 0'
        THEN 'What does a ' || p."name" || ' need to enable ' || s."goal" || '?'
    END
    FROM "perspectives" AS p, "series" AS s
    WHERE p."id" = "questions"."perspective_id"
    ORDER BY s."deleted_at" IS NOT NULL
    LIMIT 1
  )""",
)

#: Every migration in order: MIGRATIONS[i] takes a file from version i to i + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    MIGRATION_1,
    MIGRATION_2,
    MIGRATION_3,
    MIGRATION_4,
    MIGRATION_5,
    MIGRATION_6,
)

#: The schema version this Samla writes.
SCHEMA_VERSION = len(MIGRATIONS)


def apply(conn: sqlite3.Connection, version: int) -> None:
    """Run migration `version` (0-based: the one from `version` to `version + 1`).

    The caller owns the transaction: each statement runs as it is, none commits.
    """
    for statement in MIGRATIONS[version]:
        conn.execute(statement)


def migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An in-memory copy of the database behind `conn` (at `version`), brought up to date.

    For reading an older file without changing it: a read-only open, `check`, a merge
    source. `conn` is closed; the copy is returned.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        memory.execute("PRAGMA trusted_schema = OFF")
        conn.backup(memory)
        memory.execute("BEGIN")
        for index in range(version, SCHEMA_VERSION):
            apply(memory, index)
        memory.execute("COMMIT")
    except BaseException:
        memory.close()
        raise
    finally:
        conn.close()
    return memory


#: One schema object as SQLite lists it: (type, name, table it belongs to, its SQL).
SchemaObject = tuple[str, str, str, str | None]


@functools.cache
def expected_schema(version: int = SCHEMA_VERSION) -> frozenset[SchemaObject]:
    """Every table, index, trigger and view a sound file of `version` holds.

    Built by running the migrations on an empty in-memory database, so it is
    exactly what this SQLite makes of the frozen statements (FTS5's own tables too).
    """
    conn = sqlite3.connect(":memory:")
    try:
        for index in range(version):
            apply(conn, index)
        return frozenset(schema_objects(conn))
    finally:
        conn.close()


def schema_objects(conn: sqlite3.Connection, schema: str = "main") -> list[SchemaObject]:
    """The schema objects of an open database, as `expected_schema` lists them."""
    return [
        (kind, name, table, sql)
        for kind, name, table, sql in conn.execute(
            f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master"
        )
    ]
