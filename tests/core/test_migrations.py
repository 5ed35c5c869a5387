"""Schema history is frozen: files written by the released app open, migrate and keep every
row; a file at any earlier version opens; an error mid-migration leaves the file as it was.

The files under tests/fixtures/released_0_1_0/ were written by Samla 0.1.0 itself (commit
08e78a0, with make_fixtures.py beside them): a demo, a merged file with a conflict and a
deleted note, a file with a PIN, and one of its automatic backups.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from workshop_app.core import migrations
from workshop_app.core.interchange import export_json
from workshop_app.core.migrations import MIGRATIONS, SCHEMA_VERSION, expected_schema
from workshop_app.core.schema import APPLICATION_ID
from workshop_app.core.store import WorkshopFile

RELEASED = Path(__file__).resolve().parents[1] / "fixtures" / "released_0_1_0"
RELEASED_FILES = ("demo", "merged", "pin", "pin-backup")
#: The schema version Samla 0.1.0 wrote.
RELEASED_VERSION = 2

#: The SHA-256 of every migration's statements. A released migration never changes: a new
#: need is a new migration. Add a line here for a new one; never edit a line.
FROZEN = {
    1: "736dd73de69219a34463fdb8e034ae483ecf009bb8fe0d051b526a778f435832",
    2: "95f979951d9cbc4e66dbf9bf8da21f10d397f822c2467efec08e7725a79db50a",
    3: "4964e0144ff8eaf1d7759f28840ca27b37c4715ca50e056a767befa0b68fbc34",
    4: "26a3501b6a6cc67df72b6819ca563b908357a89c12b6f81e82b9dd26355b79b2",
    5: "9ad4a562ece3c3ed1202108dad5532cffd0f7386975b216cd175d6188c988799",
    6: "b338528fd8f3fc65dfa79df01edfe92a17e209af370f69b9c2f3272eb78d4a7d",
}


#: Fields added since 0.1.0, with the value every row of an older file has.
ADDED_SINCE_0_1_0 = {
    "notes": {"erased_at": None},
    "series": {"accent": "", "logo": "", "logo_alt": ""},
    # Every released file's questions read exactly as their templates made them, so they
    # follow the template (not edited); a question reworded by hand does not (test below).
    "questions": {"text_edited": False},
}


def digest(statements: tuple[str, ...]) -> str:
    return hashlib.sha256("\n;\n".join(statements).encode()).hexdigest()


def test_no_released_migration_was_edited():
    assert len(MIGRATIONS) == len(FROZEN), "a new migration needs its line in FROZEN"
    for number, statements in enumerate(MIGRATIONS, start=1):
        assert digest(statements) == FROZEN[number], f"migration {number} was edited"


def raw_rows(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every ordinary table (FTS5's own tables aside), read with plain sqlite3:
    all columns, or for each table the `columns` given (those a file had before migrating)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"
            )
            if not name.startswith("notes_fts")
        ]
        out = {}
        for t in tables:
            names = (columns or {}).get(t) or [
                r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')
            ]
            select = ", ".join(f'"{n}"' for n in names)
            out[t] = sorted(conn.execute(f'SELECT {select} FROM "{t}"').fetchall())
        return out
    finally:
        conn.close()


def column_names(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        conn.close()


def schema_of(path: Path) -> frozenset:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return frozenset(migrations.schema_objects(conn))
    finally:
        conn.close()


@pytest.fixture(params=RELEASED_FILES)
def released(request, tmp_path) -> Path:
    """A copy of one file the released 0.1.0 wrote (the fixture itself stays untouched)."""
    path = tmp_path / f"{request.param}.samla"
    shutil.copyfile(RELEASED / f"{request.param}.samla", path)
    return path


def test_migrations_1_and_2_build_exactly_what_the_released_app_wrote(released):
    assert schema_of(released) == expected_schema(RELEASED_VERSION)


def test_a_released_file_opens_migrates_passes_check_and_keeps_every_row(released):
    columns = column_names(released)
    before = raw_rows(released)
    with WorkshopFile.open(released) as wf:
        assert wf.schema_version() == SCHEMA_VERSION
        assert wf.integrity_problems() == []
    assert schema_of(released) == expected_schema()
    assert raw_rows(released, columns) == before
    for table, added in ADDED_SINCE_0_1_0.items():
        for name, default in added.items():
            assert {r for (r,) in raw_rows(released, {table: [name]})[table]} == {default}


def test_a_released_file_exports_the_same_document_as_the_released_app(released, tmp_path):
    """Every row the released app exported comes out the same; new fields have their default."""
    with WorkshopFile.open(released) as wf:
        export_json(wf, tmp_path / "now.json")
    now = json.loads((tmp_path / "now.json").read_text("utf-8"))
    then = json.loads((RELEASED / f"{released.stem}.json").read_text("utf-8"))
    assert then.pop("exported_by") == "Samla 0.1.0"
    now.pop("exported_by")
    for table, added in ADDED_SINCE_0_1_0.items():
        rows = now[table] if isinstance(now[table], list) else [now[table]]  # series: one
        for row in rows:
            for name, default in added.items():
                assert row.pop(name) == default
    assert now == then


def test_search_in_a_released_file_still_finds_its_notes(released):
    with WorkshopFile.open(released) as wf:
        note = wf.notes()[0]
        word = max(note["text"].split(), key=len)
        assert note["id"] in wf.search_notes(word)


SAMPLE = {"TEXT": "Gammal text åäö", "INTEGER": 3, "REAL": 1.5}


def make_file_at_version(path: Path, version: int) -> dict[str, dict]:
    """A workshop file as an app with schema `version` left it, holding one row per table
    that can stand alone; returns those rows by table."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for index in range(version):
        conn.execute("BEGIN")
        migrations.apply(conn, index)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {index + 1}")
        conn.execute("COMMIT")
    if version == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    written = {}
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith("notes_fts")
    ]
    for table in tables:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        columns = {r[1]: r[2] for r in info}
        has_fk = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        if "id" not in columns or has_fk:
            continue
        row = {name: SAMPLE.get(kind, "x") for name, kind in columns.items()}
        row["id"] = f"old-{table}"
        for stamp in ("created_at", "updated_at"):
            if stamp in row:
                row[stamp] = "2026-01-02T03:04:05.000000+00:00"
        if "deleted_at" in columns:
            row["deleted_at"] = None
        names = ", ".join(f'"{n}"' for n in row)
        conn.execute(
            f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
            list(row.values()),
        )
        written[table] = row
    conn.close()
    return written


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_file_from_every_earlier_schema_opens_and_keeps_its_rows(tmp_path, version):
    path = tmp_path / f"v{version}.samla"
    written = make_file_at_version(path, version)
    with WorkshopFile.open(path) as wf:
        assert wf.schema_version() == SCHEMA_VERSION
        for table, row in written.items():
            now = wf.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', [row["id"]])
            names = [d[0] for d in now.description]
            got = dict(zip(names, now.fetchone(), strict=True))
            assert {name: got[name] for name in row} == row, table
            # columns added by later migrations: the value every older row has
            for name, default in ADDED_SINCE_0_1_0.get(table, {}).items():
                if name not in row:
                    assert got[name] == default, (table, name)
            assert set(got) <= set(row) | set(ADDED_SINCE_0_1_0.get(table, {})), table
    assert schema_of(path) == expected_schema()
    with WorkshopFile.open(path) as wf:  # opening again changes nothing
        assert wf.schema_version() == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_an_error_mid_migration_leaves_the_file_as_it_was(tmp_path, version, sha256, monkeypatch):
    path = tmp_path / f"v{version}.samla"
    make_file_at_version(path, version)
    before = sha256(path)
    # All of the migration's work is done, then one more statement fails (a power cut).
    broken = (*MIGRATIONS[version], "CREATE TABLE half_done (x)", "INSERT INTO missing VALUES (1)")
    patched = MIGRATIONS[:version] + (broken,) + MIGRATIONS[version + 1 :]
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    with pytest.raises(sqlite3.OperationalError, match="missing"):
        WorkshopFile.open(path)
    monkeypatch.undo()
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
    finally:
        conn.close()
    with WorkshopFile.open(path) as wf:  # and the real migration still works afterwards
        assert wf.schema_version() == SCHEMA_VERSION


def test_a_new_file_has_exactly_the_schema_the_migrations_build(tmp_path):
    with WorkshopFile.create(tmp_path / "made.samla"):
        pass
    assert schema_of(tmp_path / "made.samla") == expected_schema()


def test_the_search_index_is_not_rewritten_when_a_note_only_moves(tmp_path):
    """Migration 3: the store keeps the index; moving or quoting a note leaves it alone."""
    with WorkshopFile.create(tmp_path / "s.samla") as wf:
        q = wf.add("questions", text="Hur?").rows[0].id
        w = wf.add("workshops", title="W").rows[0].id
        note = wf.add_note(q, w, "cykelvägar").rows[0].id
        data = wf.conn.execute("SELECT count(*) FROM notes_fts_data").fetchone()[0]
        wf.update("notes", note, x=10.0, y=20.0, is_quote=True)
        assert wf.conn.execute("SELECT count(*) FROM notes_fts_data").fetchone()[0] == data
        wf.update("notes", note, text="gångvägar")
        assert wf.search_notes("gångvägar") == [note]
        assert wf.search_notes("cykelvägar") == []
