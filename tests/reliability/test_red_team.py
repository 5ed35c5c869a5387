"""What a red-team pass over the storage core found, each kept from coming back.

Hostile files of our own invention (right schema, absurd rows; bookkeeping that names
SQL; a write-ahead log beside a source; a source that changes while it is read; pipes
and links where a file should be) and clumsy restores. Each was an "unexpected error",
a hang, a wrong message or lost data before its fix.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading

import pytest
from hostile_files import digest, integrity, leftovers, run, state, tamper

from workshop_app.core import document, errors
from workshop_app.core.backups import list_backups, make_backup, restore
from workshop_app.core.merge import SourceRefused, merge_into
from workshop_app.core.store import WorkshopFile

#: A file with the right schema and a value no Samla writes (SQLite takes any type).
WRONG_TYPES = {
    "no series": "DELETE FROM series",
    "a blob as a note's text": "UPDATE notes SET text = x'00ff'",
    "text as a board place": "UPDATE notes SET x = 'far away'",
    "a blob as a time": "UPDATE notes SET created_at = x'00ff'",
    "items that are not JSON": "UPDATE lessons SET items = 'not json'",
    "items that are numbers": "UPDATE lessons SET items = '[1, 2]'",
}


def _one_line(code: int, out: str, err: str) -> str:
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1, err
    assert "unexpected error" not in err, err
    return err


@pytest.mark.parametrize("case", WRONG_TYPES)
def test_an_opened_file_with_a_value_of_the_wrong_type_is_refused_in_one_line(
    demo_copy, tmp_path, case
):
    tamper(demo_copy, WRONG_TYPES[case])
    before = digest(demo_copy)
    for args in (
        ("export", demo_copy, "--pdf", tmp_path / "r.pdf"),
        ("export", demo_copy, "--json", tmp_path / "r.json"),
    ):
        err = _one_line(*run(*args))
        assert "changed outside Samla" in err
    assert digest(demo_copy) == before
    code, out, _err = run("check", demo_copy)
    assert code == 1 and "problem(s) found" in out
    assert leftovers(tmp_path) == [] and not (tmp_path / "r.pdf").exists()


#: Merge bookkeeping of a file changed elsewhere: a table name that is SQL, a version
#: that is not JSON.
BAD_CONFLICTS = {
    "SQL as a table name": (
        "INSERT INTO conflicts VALUES ('c1', 'notes\" WHERE 0 UNION SELECT "
        "1,2,3,4,5,6,7,8,9,10,11,12,13 --', 'r', '{}', 'h', 'x.samla', NULL, "
        "'2030-01-01T00:00:00+00:00', NULL, NULL)"
    ),
    "a version that is not JSON": (
        "INSERT INTO conflicts VALUES ('c1', 'notes', (SELECT id FROM notes LIMIT 1), "
        "'not json', 'h', 'x.samla', NULL, '2030-01-01T00:00:00+00:00', NULL, NULL)"
    ),
}


@pytest.mark.parametrize("case", BAD_CONFLICTS)
def test_hostile_merge_bookkeeping_is_refused_and_named_by_check(demo_copy, case):
    tamper(demo_copy, BAD_CONFLICTS[case])
    before = digest(demo_copy)
    for args in (("conflicts", demo_copy), ("conflicts", demo_copy, "--keep", "theirs", "c1")):
        assert "conflicts row 'c1' is not one a merge writes" in _one_line(*run(*args))
    assert digest(demo_copy) == before
    code, out, _err = run("check", demo_copy)
    assert code == 1 and "bookkeeping: conflicts row 'c1' is not one a merge writes" in out


# -------------------------------------------------------------------------- restore


def _page_size_copy(source, target, page_size: int) -> None:
    """The same file with pages of another size (another SQLite, another tool)."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = DELETE")  # the page size cannot change in WAL mode
    conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == page_size
    conn.close()


def test_a_backup_with_another_page_size_restores(demo_copy, laptops, tmp_path):
    """The backup API cannot change the page size of a file in WAL mode ("read-only")."""
    backup = tmp_path / "stor-sida.workshop"
    _page_size_copy(demo_copy, backup, 65536)
    code, _out, err = run("restore", backup, laptops["a"])
    assert code == 0, err
    with WorkshopFile.open(laptops["a"], readonly=True) as wf:
        assert wf.note_count() == 145
    assert integrity(laptops["a"]) == [("ok",)]


def test_a_backup_that_is_not_a_workshop_file_is_refused_as_such(demo_copy, laptops, tmp_path):
    backup = tmp_path / "planterad.workshop"
    shutil.copyfile(demo_copy, backup)
    tamper(backup, "CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM notes; END")
    before = digest(laptops["a"])
    err = _one_line(*run("restore", backup, laptops["a"]))
    assert "unexpected trigger t on notes" in err and "damaged" not in err
    assert digest(laptops["a"]) == before


def test_a_failed_restore_over_a_damaged_file_leaves_it_in_place(demo_copy, laptops, monkeypatch):
    damaged = laptops["a"]
    data = bytearray(damaged.read_bytes())
    data[8192 : 8192 + 64] = bytes(64)  # a b-tree page overwritten
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    with WorkshopFile.open(demo_copy) as wf:
        backup = make_backup(wf, "manual")
    from workshop_app.core import copy

    def disk_gone(conn, path, journal_mode, **kw):
        raise OSError(5, "Input/output error", str(path))

    monkeypatch.setattr("workshop_app.core.backups.copy_database", disk_gone)
    with pytest.raises(errors.WorkshopFileError):
        restore(backup, damaged)
    assert digest(damaged) == before, "the damaged file is still where it was"
    assert [b.reason for b in list_backups(damaged)] == ["damaged"]
    monkeypatch.setattr("workshop_app.core.backups.copy_database", copy.copy_database)
    restore(backup, damaged)
    with WorkshopFile.open(damaged, readonly=True) as wf:
        assert wf.note_count() == 145


# --------------------------------------------------------------------------- sources


def _wal_source(pristine, path, *statements) -> None:
    """A source whose last changes are still in its write-ahead log beside it."""
    shutil.copyfile(pristine, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    shutil.copyfile(f"{path}-wal", f"{path}.saved-wal")
    conn.close()  # folds the log in and removes it: put it back as it was
    shutil.copyfile(pristine, path)
    os.replace(f"{path}.saved-wal", f"{path}-wal")


def test_a_trigger_planted_in_a_sources_write_ahead_log_is_seen_and_refused(
    pristine_demo, laptops, tmp_path
):
    source = tmp_path / "källa.samla"
    _wal_source(
        pristine_demo,
        source,
        "CREATE TABLE loot (t TEXT)",
        "CREATE TRIGGER t AFTER INSERT ON notes BEGIN INSERT INTO loot VALUES (new.text); END",
    )
    before = state(source), digest(laptops["a"])
    with WorkshopFile.open(laptops["a"]) as wf, pytest.raises(SourceRefused, match="trigger t"):
        merge_into(wf, source)
    code, out, _err = run("check", source)
    assert code == 1 and "schema: unexpected trigger t on notes" in out
    assert (state(source), digest(laptops["a"])) == before, "nothing beside the source changed"


def test_another_files_write_ahead_log_beside_a_source_is_no_crash(
    pristine_demo, laptops, tmp_path
):
    source = tmp_path / "källa.samla"
    other = tmp_path / "annan.samla"
    _wal_source(pristine_demo, other, "UPDATE notes SET text = 'annan fil'")
    shutil.copyfile(laptops["b"], source)
    shutil.copyfile(f"{other}-wal", f"{source}-wal")
    before = digest(laptops["a"])
    with WorkshopFile.open(laptops["a"]) as wf:
        try:
            merge_into(wf, source)
        except errors.WorkshopFileError as exc:  # refused as damaged, in plain words
            assert "cannot be merged" in str(exc)
    assert integrity(laptops["a"]) == [("ok",)]
    if digest(laptops["a"]) != before:
        code, out, _err = run("check", laptops["a"])
        assert code == 0, out


def test_a_source_changing_while_it_is_read_is_read_at_one_moment(
    pristine_demo, laptops, tmp_path, monkeypatch
):
    """Another program adds a question and a note in it while the merge reads the source:
    the merge sees both or neither, never the note without its question."""
    source = tmp_path / "källa.samla"
    shutil.copyfile(pristine_demo, source)
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    real_read = document.read_rows
    reads = []

    def read_rows(conn):
        original = conn.execute

        def execute(sql, *args):
            if 'FROM "themes"' in sql and not reads:
                reads.append(True)  # questions are read; the other program writes now
                writer = threading.Thread(target=_add_question_and_note, args=(source,))
                writer.start()
                writer.join()
            return original(sql, *args)

        class Watched:
            def __getattr__(self, name):
                return execute if name == "execute" else getattr(conn, name)

        return real_read(Watched())

    monkeypatch.setattr(document, "read_rows", read_rows)
    with WorkshopFile.open(laptops["a"]) as wf:
        merge_into(wf, source)
        assert reads, "the other program wrote while the source was read"
        assert (wf.get("questions", "q-new") is None) == (wf.get("notes", "n-new") is None)


def _add_question_and_note(path) -> None:
    conn = sqlite3.connect(path)
    q = conn.execute("SELECT * FROM questions LIMIT 1").fetchone()
    note = conn.execute("SELECT * FROM notes LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO questions (id, perspective_id, kind, text, position, created_at, "
        "updated_at) VALUES ('q-new', ?, 'custom', 'Ny fråga', 99, ?, ?)",
        [q[1], q[5], q[6]],
    )
    conn.execute(
        "INSERT INTO notes (id, question_id, workshop_id, text, created_at, updated_at) "
        "VALUES ('n-new', 'q-new', ?, 'Ny lapp', ?, ?)",
        [note[2], note[-4], note[-3]],
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["a named pipe", "a link to a named pipe"])
def test_a_pipe_given_as_a_file_is_refused_without_waiting_for_it(laptops, tmp_path, kind):
    pipe = tmp_path / "rör.samla"
    os.mkfifo(pipe)
    given = pipe
    if kind == "a link to a named pipe":
        given = tmp_path / "länk.json"
        given.symlink_to(pipe)
    before = digest(laptops["a"])
    for args in (
        ("check", given),
        ("merge", laptops["a"], given),
        ("import", given, tmp_path / "ny.samla"),
        ("restore", given, laptops["a"]),
        ("export", given, "--json", tmp_path / "ut.json"),
    ):
        _one_line(*run(*args))  # returns: nothing opened the pipe and waited on it
    assert digest(laptops["a"]) == before
    assert not (tmp_path / "ny.samla").exists() and not (tmp_path / "ut.json").exists()
