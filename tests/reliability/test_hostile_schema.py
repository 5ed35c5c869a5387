"""Issue cases 7 and 8: nothing in a file's schema runs, and no check of it can hang.

7. A trigger planted in a target soft-deleted all its notes and wrote to the attacker's
   table during a merge, and `check` said "ok".
8. A CHECK constraint set through `PRAGMA writable_schema` made `check`, `export` and
   opening run for half an hour: the schema must be refused before any check runs,
   and every check is bounded in time.
"""

from __future__ import annotations

import sqlite3

import pytest
from hostile_files import digest, run, set_table_sql, table_sql, tamper

from workshop_app.core import check, connection, errors, inspection
from workshop_app.core.merge import SourceRefused, merge_into
from workshop_app.core.store import WorkshopFile

#: What the attacker plants: a table to collect notes in, and triggers that remove every
#: note and copy its text out when a note is added or changed.
PLANTED = (
    "CREATE TABLE loot (text TEXT)",
    "CREATE TRIGGER steal AFTER UPDATE ON notes BEGIN "
    "UPDATE notes SET deleted_at = '2030-01-01'; INSERT INTO loot VALUES (new.text); END",
    "CREATE TRIGGER steal_new AFTER INSERT ON notes BEGIN "
    "UPDATE notes SET deleted_at = '2030-01-01'; INSERT INTO loot VALUES (new.text); END",
)
#: A CHECK constraint that costs about 5 ms per note when evaluated; with bigger numbers,
#: hours. quick_check and integrity_check evaluate it for every row on a writable
#: connection (SQLite 3.40 skips CHECK constraints on a read-only one; other versions
#: may not), and every write to the table does.
SLOW_CHECK = "CHECK (length(hex(randomblob(2000000))) > 0)"


def _loot(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM loot").fetchall()
    finally:
        conn.close()


def _plant_slow_check(path) -> None:
    sql = table_sql(path, "notes")
    set_table_sql(
        path, "notes", sql.replace('"text" TEXT NOT NULL', f'"text" TEXT NOT NULL {SLOW_CHECK}')
    )


# --------------------------------------------------------------------- case 7


def test_a_trigger_planted_in_the_target_never_runs_and_the_target_is_untouched(laptops):
    target, source = laptops["a"], laptops["b"]
    tamper(target, *PLANTED)
    before = digest(target)
    code, out, err = run("merge", target, source)
    assert code == 2, out
    assert "unexpected trigger steal on notes" in err and "unexpected table loot" in err
    assert digest(target) == before
    assert _loot(target) == []
    with pytest.raises(inspection.UnexpectedSchema):
        WorkshopFile.open(target)
    assert digest(target) == before


def test_a_trigger_planted_in_the_source_never_runs_and_nothing_is_merged(laptops):
    target, source = laptops["a"], laptops["b"]
    tamper(source, *PLANTED)
    before = digest(target), digest(source)
    with WorkshopFile.open(target) as wf, pytest.raises(SourceRefused, match="steal"):
        merge_into(wf, source)
    assert (digest(target), digest(source)) == before
    assert _loot(source) == []


def test_check_names_every_unexpected_object(laptops):
    path = laptops["a"]
    tamper(
        path,
        *PLANTED,
        "CREATE VIEW everything AS SELECT text FROM notes",
        "CREATE INDEX by_length ON notes (length(text))",
        "CREATE VIRTUAL TABLE spy USING fts5 (text)",
    )
    before = digest(path)
    code, out, _err = run("check", path)
    assert code == 1
    for named in (
        "schema: unexpected table loot",
        "schema: unexpected trigger steal on notes",
        "schema: unexpected trigger steal_new on notes",
        "schema: unexpected view everything",
        "schema: unexpected index by_length on notes",
        "schema: unexpected table spy",
    ):
        assert named in out, out
    assert "ok" not in out.split("\n")[-2]
    assert digest(path) == before


def test_every_connection_distrusts_the_schema(laptops):
    """Second lock behind the schema comparison: SQL in the file's own schema (here a
    view over a virtual table) is not run by our connections even when it is there."""
    path = laptops["a"]
    tamper(path, "CREATE VIEW peek AS SELECT text FROM notes_fts")
    for conn in (
        connection.connect(path),
        connection.connect(path, readonly=True),
        inspection.read_connection(path),
    ):
        try:
            assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
            with pytest.raises(sqlite3.OperationalError, match="unsafe use of virtual table"):
                conn.execute("SELECT * FROM peek").fetchall()
        finally:
            conn.close()


# --------------------------------------------------------------------- case 8


def test_a_slow_check_constraint_is_refused_by_the_schema_before_any_check_runs(
    demo_copy, laptops, monkeypatch
):
    path = demo_copy
    _plant_slow_check(path)
    before = digest(path)
    checked: list = []
    real_quick, real_full = inspection.quick_check, check.integrity
    monkeypatch.setattr(
        inspection, "quick_check", lambda conn, p: checked.append(p) or real_quick(conn, p)
    )
    monkeypatch.setattr(check, "integrity", lambda conn, p: checked.append(p) or real_full(conn, p))

    with pytest.raises(inspection.UnexpectedSchema, match="changed table notes"):
        WorkshopFile.open(path)
    with pytest.raises(inspection.UnexpectedSchema):
        WorkshopFile.open(path, readonly=True)
    report = check.check_file(path)
    assert report.problems == ["schema: changed table notes"]
    with WorkshopFile.open(laptops["b"]) as target, pytest.raises(SourceRefused):
        merge_into(target, path)
    assert path not in checked, "a check ran on a file whose schema is not ours"
    assert digest(path) == before


@pytest.mark.parametrize("command", ["check", "export"])
def test_the_cli_refuses_a_slow_check_constraint_by_name(demo_copy, tmp_path, command):
    path = demo_copy
    _plant_slow_check(path)
    args = (command, path) if command == "check" else (command, path, "--json", tmp_path / "o.json")
    code, out, err = run(*args)
    assert code == (1 if command == "check" else 2)
    assert "changed table notes" in out + err
    assert not (tmp_path / "o.json").exists()


@pytest.mark.parametrize("which", ["quick_check", "integrity_check"])
def test_every_check_is_bounded_in_time(demo_copy, monkeypatch, which):
    """Were a slow file to get past the schema comparison, its check is stopped, also
    when it is small (the demo's whole quick_check is about 6,000 SQLite steps) and each
    row is slow."""
    path = demo_copy
    _plant_slow_check(path)
    monkeypatch.setattr(connection, "check_seconds", lambda path: 0.2)
    conn = connection.connect(path)  # writable: SQLite evaluates the CHECK in the check
    try:
        with pytest.raises(connection.TooSlow, match="longer than 0 seconds"):
            if which == "quick_check":
                inspection.quick_check(conn, path)
            else:
                check.integrity(conn, path)
    finally:
        conn.close()
    assert isinstance(connection.TooSlow("x"), errors.WorkshopFileError)


#: Objects of our own invention, each planted in an otherwise sound file.
PLANTS = {
    "view": ["CREATE VIEW v AS SELECT randomblob(100)"],
    "trigger on a view": [
        "CREATE TRIGGER t INSTEAD OF INSERT ON notes_overview BEGIN DELETE FROM notes; END"
    ],
    "virtual table": ["CREATE VIRTUAL TABLE r USING rtree(id, a, b)"],
    "index on an expression": ["CREATE INDEX ie ON notes (length(hex(zeroblob(1000000)) || text))"],
    "partial index": ["CREATE INDEX ip ON notes (text) WHERE deleted_at IS NULL"],
    "statistics (ANALYZE)": ["ANALYZE"],
}


@pytest.mark.parametrize("kind", PLANTS)
def test_every_command_refuses_a_planted_object_and_changes_nothing(laptops, tmp_path, kind):
    hostile, other = laptops["a"], laptops["b"]
    tamper(hostile, *PLANTS[kind])
    before = digest(hostile), digest(other)
    code, out, _err = run("check", hostile)
    assert code == 1 and "schema: unexpected" in out
    for args in (
        ("merge", other, hostile),  # as the source
        ("merge", hostile, other),  # as the target
        ("export", hostile, "--json", tmp_path / "ut.json"),
        ("restore", hostile, other),  # as the backup
    ):
        code, out, err = run(*args)
        assert code == 2 and len(err.strip().splitlines()) == 1, (args, out, err)
        assert "not a workshop file as Samla writes it" in err, err
    assert (digest(hostile), digest(other)) == before
    assert not (tmp_path / "ut.json").exists()
