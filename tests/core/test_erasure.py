"""Erasure requests: the text gone from the file, a backup first, and the backups that hold it."""

from __future__ import annotations

import shutil

import pytest
from privacy_helpers import make_planted_series

from workshop_app.core import errors
from workshop_app.core.backups import list_backups, make_backup
from workshop_app.core.erasure import backups_holding, delete_backups, erase, notes_matching
from workshop_app.core.merge import merge_into
from workshop_app.core.store import WorkshopFile

TEXT = "Ring Anna Lindqvist på 070-123 45 67 om hyrbilen."


def file_bytes(path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def test_erase_backs_up_first_then_the_text_is_gone_from_the_file(tmp_path):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    note = ids["notes"][0]
    older = shutil.copy(path, tmp_path / "copy.workshop")  # a copy elsewhere is not ours
    with WorkshopFile.open(path) as wf:
        early = make_backup(wf, "manual")
        report = erase(wf, [note])
        assert wf.get("notes", note)["text"] == "" and wf.get("notes", note)["erased_at"]
        assert wf.search_notes("hyrbilen") == []
        assert TEXT.encode() not in file_bytes(path)
        later = make_backup(wf, "after")
    assert report.backup is not None and report.backup.reason == "before-erase"
    assert {b.path for b in report.holding} == {early.path, report.backup.path}
    assert TEXT.encode() not in later.path.read_bytes()  # erased from backups made afterwards
    assert TEXT.encode() in report.backup.path.read_bytes()
    assert backups_holding(path, [note], []) == report.holding  # found by row, not bytes
    delete_backups(report.holding)
    assert [b.path for b in list_backups(path)] == [later.path]
    assert TEXT.encode() in older.read_bytes()


def test_an_erased_note_stays_erased_when_another_laptops_copy_is_merged(tmp_path):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    other = tmp_path / "other.workshop"
    shutil.copy(path, other)
    with WorkshopFile.open(path) as wf:
        erase(wf, [ids["notes"][0]], backup=False)
        merge_into(wf, other)
        assert wf.get("notes", ids["notes"][0])["text"] == ""
        assert TEXT.encode() not in file_bytes(path)


def test_an_unknown_note_changes_nothing(tmp_path, sha256):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    before = sha256(path)
    with WorkshopFile.open(path) as wf, pytest.raises(errors.InvalidValue):
        erase(wf, [ids["notes"][1], "no-such-note"])
    assert sha256(path) == before and list_backups(path) == []


def test_notes_matching_finds_removed_notes_too_but_not_erased_ones(tmp_path):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    with WorkshopFile.open(path) as wf:
        assert [n["id"] for n in notes_matching(wf, "zebulonvägen")] == [ids["deleted_note"]]
        erase(wf, [ids["deleted_note"]], backup=False)
        assert notes_matching(wf, "zebulonvägen") == []
