"""Untrusted files to merge: checked in full before anything is written."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from merge_helpers import open_file

from workshop_app.core import errors
from workshop_app.core.interchange import to_document
from workshop_app.core.merge import SourceRefused, merge_into
from workshop_app.core.store import WorkshopFile
from workshop_app.core.validation import MAX_TEXT

RELEASED = Path(__file__).resolve().parents[2] / "fixtures" / "released_0_1_0"


def file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_and_untouched(target_path, source, *words: str) -> str:
    """Merging `source` is refused, naming the problem; the target stays byte-identical."""
    before = file_hash(target_path)
    with open_file(target_path) as target, pytest.raises(errors.WorkshopFileError) as refused:
        merge_into(target, source)
    assert file_hash(target_path) == before
    assert not target_path.with_name(target_path.name + "-wal").exists()
    message = str(refused.value)
    for word in words:
        assert word in message, message
    return message


def tamper(path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_truncated_file_is_refused(laptops, tmp_path):
    data = laptops["b"].read_bytes()
    broken = tmp_path / "truncated.workshop"
    broken.write_bytes(data[: len(data) // 2 + 100])
    assert_refused_and_untouched(laptops["a"], broken, "truncated.workshop", "truncated")


def test_a_file_from_a_newer_samla_is_refused(laptops):
    tamper(laptops["b"], "PRAGMA user_version = 99")
    message = assert_refused_and_untouched(
        laptops["a"], laptops["b"], "b.workshop", "newer version"
    )
    assert "99" in message


def test_a_note_whose_text_is_a_blob_is_refused(laptops):
    tamper(laptops["b"], "UPDATE notes SET text = X'00FF10' WHERE rowid = 2")
    assert_refused_and_untouched(laptops["a"], laptops["b"], "notes row", "blob in text")


def test_a_number_field_holding_text_is_refused(laptops):
    tamper(laptops["b"], "UPDATE workshops SET participants = 'many'")
    assert_refused_and_untouched(laptops["a"], laptops["b"], "text in participants")


def test_a_note_position_holding_a_blob_is_refused(laptops):
    tamper(laptops["b"], "UPDATE notes SET x = X'01' WHERE rowid = 3")
    assert_refused_and_untouched(laptops["a"], laptops["b"], "blob in x")


def test_an_absurdly_long_note_is_refused(laptops):
    tamper(
        laptops["b"], f"UPDATE notes SET text = printf('%.*c', {MAX_TEXT + 1}, 'x') WHERE rowid = 1"
    )
    assert_refused_and_untouched(laptops["a"], laptops["b"], "text of 100001 characters")


def test_a_note_pointing_to_a_missing_question_is_refused(laptops):
    tamper(
        laptops["b"],
        "PRAGMA foreign_keys = OFF",
        "UPDATE notes SET question_id = 'nowhere' WHERE rowid = 1",
    )
    assert_refused_and_untouched(
        laptops["a"], laptops["b"], "question_id = 'nowhere' points to a questions row"
    )


def test_an_sqlite_file_of_another_program_is_refused(laptops, tmp_path):
    other = tmp_path / "other.workshop"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused_and_untouched(laptops["a"], other, "not a workshop file")


def test_a_json_with_a_missing_field_is_refused(laptops, tmp_path):
    with open_file(laptops["b"]) as b:
        doc = to_document(b)
    del doc["notes"][3]["text"]
    path = tmp_path / "b.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert_refused_and_untouched(laptops["a"], path, "b.json", "notes/3", "must contain ['text']")


def test_a_json_with_an_infinite_coordinate_is_refused(laptops, tmp_path):
    with open_file(laptops["b"]) as b:
        doc = to_document(b)
    text = json.dumps(doc).replace('"x": 0.0', '"x": Infinity', 1)
    path = tmp_path / "b.json"
    path.write_text(text, encoding="utf-8")
    assert_refused_and_untouched(laptops["a"], path, "not a number")


def test_a_failure_while_writing_rolls_everything_back(laptops, monkeypatch):
    from workshop_app.core.store import WorkshopFile

    real = WorkshopFile.put_rows

    def failing(self, table, rows):
        if table == "notes":
            raise errors.DiskFull("The disk is full")
        return real(self, table, rows)

    monkeypatch.setattr(WorkshopFile, "put_rows", failing)
    before = file_hash(laptops["a"])
    with open_file(laptops["a"]) as target:
        with pytest.raises(errors.DiskFull):
            merge_into(target, laptops["b"])
        assert len(target.workshops()) == 1, "the workshop written before the failure is gone"
        assert target.db.execute("SELECT count(*) FROM merges").fetchone()[0] == 0
    assert file_hash(laptops["a"]) == before


def test_a_file_cannot_be_merged_into_itself(laptops):
    assert_refused_and_untouched(laptops["a"], laptops["a"], "the file it would be merged into")


def test_the_refusal_is_a_source_problem_not_a_target_problem(laptops, tmp_path):
    broken = tmp_path / "x.workshop"
    broken.write_bytes(b"not sqlite at all" * 100)
    with open_file(laptops["a"]) as target, pytest.raises(SourceRefused):
        merge_into(target, broken)


def test_a_file_written_by_the_released_0_1_0_merges_and_is_only_read(laptops, tmp_path):
    """A laptop still on Samla 0.1.0 (schema 2): its notes merge, its file stays as it was."""
    old = tmp_path / "old.samla"
    old.write_bytes((RELEASED / "merged.samla").read_bytes())
    before = file_hash(old)
    with WorkshopFile.open(old, readonly=True) as source:
        texts = {n["text"] for n in source.notes()}
    with open_file(laptops["a"]) as target:
        merge_into(target, old)
        assert texts and texts <= {n["text"] for n in target.notes()}
    assert file_hash(old) == before, "the source is only read"
    assert not list(tmp_path.glob("old.samla?*")), "nothing left beside it"


def test_the_cli_refuses_a_bad_file_in_one_line(laptops, tmp_path, capsys):
    from workshop_app.cli import main

    data = laptops["b"].read_bytes()
    broken = tmp_path / "half.workshop"
    broken.write_bytes(data[: len(data) // 2 + 100])
    before = file_hash(laptops["a"])
    assert main(["merge", str(laptops["a"]), str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "half.workshop cannot be merged" in err
    assert file_hash(laptops["a"]) == before
