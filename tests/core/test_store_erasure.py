"""Erasing a note's text for good (WorkshopFile.erase_notes): gone from the file's bytes,
the search index and the merge bookkeeping, kept as a tombstone that no undo or merge undoes."""

from __future__ import annotations

import pytest

from workshop_app.core import connection, errors
from workshop_app.core.copy import save_copy
from workshop_app.core.interchange import export_json, import_json
from workshop_app.core.merge import merge_into
from workshop_app.core.store import WorkshopFile

SECRET = "Kalle Svensson ringer 070-1234567 om bygget"


def file_bytes(path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def with_secret(wf, ids):
    note = wf.add_note(ids["question"], ids["workshop"], SECRET, theme_id=ids["themes"][0])
    note_id = note.rows[0].id
    wf.update("notes", note_id, is_quote=True)
    return wf, note_id


def test_the_text_is_gone_from_the_table_the_index_and_the_bytes(with_secret):
    wf, note_id = with_secret
    edit = wf.update("notes", note_id, text=SECRET + " igen")
    assert SECRET.encode() in file_bytes(wf.path)
    changes = wf.erase_notes([note_id])
    row = wf.get("notes", note_id)
    assert (row["text"], row["theme_id"], row["is_quote"]) == ("", None, False)
    assert row["erased_at"] and row["deleted_at"]
    assert wf.search_notes("Kalle") == [] and wf.search_notes("bygget") == []
    for word in (b"Kalle", b"070-1234567", b"bygget"):
        assert word not in file_bytes(wf.path), word
    assert all(SECRET not in str(r.before) + str(r.after) for r in changes.rows)
    with pytest.raises(errors.InvalidValue, match="erased"):
        wf.revert(edit)  # undoing an older edit would bring the text back
    wf.revert(changes)  # the erasure itself is not taken back
    assert wf.get("notes", note_id)["text"] == ""


def test_a_merge_never_brings_the_text_back_and_carries_the_tombstone(with_secret, tmp_path):
    wf, note_id = with_secret
    laptop = tmp_path / "laptop.samla"
    save_copy(wf, laptop)  # another laptop still has the text
    with WorkshopFile.open(laptop) as other:
        other.update("notes", note_id, text=SECRET + ", ändrad senare")
    wf.erase_notes([note_id])
    report = merge_into(wf, laptop)
    assert report.total("conflicts") == 0
    assert wf.get("notes", note_id)["text"] == ""
    assert SECRET.encode() not in file_bytes(wf.path)
    # The other way round: the tombstone erases the text on the other laptop.
    with WorkshopFile.open(laptop) as other:
        assert merge_into(other, wf.path).erased == 1
        assert other.get("notes", note_id)["text"] == ""
        assert other.search_notes("Kalle") == []
    assert b"Kalle" not in file_bytes(laptop)


def test_the_tombstone_travels_through_json(with_secret, tmp_path):
    wf, note_id = with_secret
    wf.erase_notes([note_id])
    export_json(wf, tmp_path / "s.json")
    assert b"Kalle" not in (tmp_path / "s.json").read_bytes()
    with import_json(tmp_path / "s.json", tmp_path / "copy.samla") as copy:
        assert copy.get("notes", note_id)["erased_at"] == wf.get("notes", note_id)["erased_at"]


def test_a_conflict_that_kept_the_text_is_dropped(with_secret, tmp_path):
    wf, note_id = with_secret
    laptop = tmp_path / "laptop.samla"
    save_copy(wf, laptop)
    with WorkshopFile.open(laptop) as other:
        other.update("notes", note_id, text="Kalle på laptopen")
    wf.update("notes", note_id, text="Kalle i målfilen")
    merge_into(wf, laptop)
    assert wf.merge_conflicts(), "the two edits made a conflict that holds a text"
    wf.erase_notes([note_id])
    assert wf.merge_conflicts(include_resolved=True) == []
    assert b"Kalle" not in file_bytes(wf.path)


def test_a_long_text_leaves_nothing_in_the_free_pages(series_file, ids, monkeypatch):
    """A text longer than a page lives on overflow pages, which are freed, not rewritten.

    Some builds of SQLite zero freed space by default; Windows' and macOS' do not. The
    test opens the file as those would (secure_delete off until the store turns it on).
    """
    real_harden = connection.harden

    def platform_default_off(conn):
        real_harden(conn)
        conn.execute("PRAGMA secure_delete = OFF")

    monkeypatch.setattr(connection, "harden", platform_default_off)
    wf = WorkshopFile.open(series_file[0])
    long_secret = " ".join(f"hemlighet{i:05d}" for i in range(800))  # about 12 KB
    note = wf.put_rows(
        "notes",
        [
            {
                "id": "lang",
                "question_id": ids["question"],
                "workshop_id": ids["workshop"],
                "text": long_secret,
                "is_quote": False,
                "x": 0.0,
                "y": 0.0,
                "created_at": "2026-11-01T09:00:00+00:00",
                "updated_at": "2026-11-01T09:00:00+00:00",
            }
        ],
    )
    wf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"hemlighet00400" in file_bytes(wf.path)
    wf.erase_notes([note.rows[0].id])
    assert b"hemlighet" not in file_bytes(wf.path)
    wf.close()
