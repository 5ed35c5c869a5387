"""QUALITY.md 4: a file made at any earlier schema version opens (and is brought up to date);
an error in the middle of a migration leaves the file exactly as it was.

Files at each historical version are built by running MIGRATIONS[:k] on a fresh file, the
way the app of that version wrote them, so a new migration is covered without new tests.
"""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from workshop_app.core import schema
from workshop_app.core.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from workshop_app.core.store import WorkshopFile

SAMPLE = {str: "Gammal text åäö", int: 3, float: 1.5}


def make_file_at_version(path, version: int) -> dict[str, dict]:
    """A workshop file as an app with schema `version` left it, holding one row per
    table that can stand alone; returns those rows by table."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    db = sqlite_utils.Database(conn)
    for index in range(version):
        with db.atomic():
            MIGRATIONS[index](db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {index + 1}")
    if version == 0:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    written = {}
    for table in db.table_names():
        columns = db[table].columns_dict
        if "id" not in columns or table.endswith(("_fts", "_data", "_idx", "_docsize", "_config")):
            continue
        if db[table].foreign_keys:
            continue
        row = {name: SAMPLE.get(kind, "x") for name, kind in columns.items()}
        row["id"] = f"old-{table}"
        if "deleted_at" in columns:
            row["deleted_at"] = None
        db[table].insert(row)
        written[table] = row
    conn.close()
    return written


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_file_from_every_earlier_schema_opens_and_keeps_its_rows(tmp_path, version):
    path = tmp_path / f"v{version}.workshop"
    written = make_file_at_version(path, version)
    with WorkshopFile.open(path) as wf:
        assert wf.schema_version() == SCHEMA_VERSION
        assert wf.integrity_problems() == [] or version == 0  # v0 holds no series row
        for table, row in written.items():
            now = wf.db[table].get(row["id"])
            assert {k: now[k] for k in row if k in now} == row, table
    with WorkshopFile.open(path) as wf:  # opening again changes nothing
        assert wf.schema_version() == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_an_error_mid_migration_leaves_the_file_as_it_was(tmp_path, version, sha256):
    path = tmp_path / f"v{version}.workshop"
    make_file_at_version(path, version)
    before = sha256(path)
    real = MIGRATIONS[version]

    def fails_halfway(db):
        real(db)  # all of the migration's work is done ...
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut in the middle of the migration")  # ... and then it stops

    schema.MIGRATIONS[version] = fails_halfway  # the store runs this very list
    try:
        with pytest.raises(RuntimeError, match="power cut"):
            WorkshopFile.open(path)
    finally:
        schema.MIGRATIONS[version] = real
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


def test_the_historical_files_are_built_the_way_the_app_builds_them(tmp_path):
    """The builder above matches WorkshopFile.create at the current version (same tables)."""
    built = tmp_path / "built.workshop"
    make_file_at_version(built, SCHEMA_VERSION)
    with WorkshopFile.create(tmp_path / "made.workshop"):
        pass

    def layout(p):
        conn = sqlite3.connect(p)
        try:
            return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
        finally:
            conn.close()

    assert layout(built) == layout(tmp_path / "made.workshop")
