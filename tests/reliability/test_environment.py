"""QUALITY.md 2: a full disk, a read-only file and a locked file give a clear message and
lose nothing that was saved before."""

from __future__ import annotations

import os
import sqlite3
import stat
import time

import pytest

from workshop_app.core import errors
from workshop_app.core.interchange import to_document
from workshop_app.core.store import WorkshopFile


def _ids(wf: WorkshopFile) -> set[str]:
    return {n["id"] for n in wf.notes(include_deleted=True)}


def test_a_full_disk_gives_a_clear_message_and_keeps_earlier_notes(demo_copy):
    with WorkshopFile.open(demo_copy) as wf:
        q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
        saved = wf.add_note(q, w, "Sparad före full disk").rows[0].id
        before = to_document(wf)
        # Let the file grow by only two pages, as if the disk were nearly full.
        pages = wf.db.execute("PRAGMA page_count").fetchone()[0]
        wf.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(errors.DiskFull) as caught:
            for i in range(200):
                wf.add_note(q, w, f"Lång anteckning {i} " + "å" * 4000)
        message = str(caught.value)
        assert "disk is full" in message and demo_copy.name in message and "\n" not in message
        # The note that failed is not half-written: the file holds exactly the committed ones.
        committed = i
        assert wf.note_count() == len(before["notes"]) + committed
        # The file stays usable for small changes and for reading.
        assert wf.get("notes", saved)["text"] == "Sparad före full disk"
    with WorkshopFile.open(demo_copy) as wf:
        assert wf.integrity_problems() == []
        assert {n["id"] for n in before["notes"]} <= _ids(wf)
        assert wf.get("notes", saved)["text"] == "Sparad före full disk"


def test_a_file_without_write_permission_is_refused_for_writing_and_opens_read_only(
    demo_copy, monkeypatch, sha256
):
    os.chmod(demo_copy, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0444
    if os.access(demo_copy, os.W_OK):
        # Running as root: permissions do not stop root, so report what a normal user's
        # system reports for this file (the mode bits), and run the same code path.
        monkeypatch.setattr(
            "workshop_app.core.store.os.access",
            lambda path, mode: not (mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR),
        )
    before = sha256(demo_copy)
    with pytest.raises(errors.ReadOnlyFile) as caught:
        WorkshopFile.open(demo_copy)
    assert "read-only" in str(caught.value) and demo_copy.name in str(caught.value)
    with WorkshopFile.open(demo_copy, readonly=True) as wf:
        assert wf.note_count() == 145
        q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
        with pytest.raises(errors.ReadOnlyFile):
            wf.add_note(q, w, "Får inte sparas")
    assert sha256(demo_copy) == before


def test_a_file_opened_read_only_cannot_be_written_even_past_the_api_guard(demo_copy, sha256):
    """query_only is the second lock: SQLite itself refuses a write on a read-only open."""
    before = sha256(demo_copy)
    with WorkshopFile.open(demo_copy, readonly=True) as wf:
        q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
        wf.readonly = False  # as if a code path forgot to check
        with pytest.raises(errors.ReadOnlyFile) as caught:
            wf.add_note(q, w, "Får inte sparas")
        assert "read-only" in str(caught.value)
        assert wf.note_count() == 145
    assert sha256(demo_copy) == before


def test_a_file_locked_by_another_program_waits_then_says_so_and_loses_nothing(demo_copy):
    other = sqlite3.connect(demo_copy, isolation_level=None)
    try:
        with WorkshopFile.open(demo_copy, busy_timeout_ms=300) as wf:
            q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
            saved = wf.add_note(q, w, "Sparad före låset").rows[0].id
            other.execute("BEGIN EXCLUSIVE")
            start = time.monotonic()
            with pytest.raises(errors.FileLocked) as caught:
                wf.add_note(q, w, "Under låset")
            waited = time.monotonic() - start
            assert waited >= 0.25, "gave up without waiting for the other program"
            assert "in use by another program" in str(caught.value)
            assert demo_copy.name in str(caught.value)
            other.execute("ROLLBACK")
            # Once the other program lets go, saving works again and nothing was lost.
            after = wf.add_note(q, w, "Sparad efter låset").rows[0].id
            assert wf.get("notes", saved) is not None and wf.get("notes", after) is not None
            assert "Under låset" not in {n["text"] for n in wf.notes()}
    finally:
        other.close()
    with WorkshopFile.open(demo_copy) as wf:
        assert wf.integrity_problems() == []


def test_a_short_lock_is_waited_out_and_the_note_is_saved(demo_copy):
    """A lock released within the busy timeout costs a short wait, not an error."""
    import threading

    other = sqlite3.connect(demo_copy, isolation_level=None, check_same_thread=False)
    try:
        with WorkshopFile.open(demo_copy, busy_timeout_ms=5000) as wf:
            q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
            other.execute("BEGIN EXCLUSIVE")
            release = threading.Timer(0.2, lambda: other.execute("ROLLBACK"))
            release.start()
            note = wf.add_note(q, w, "Väntade på låset").rows[0].id
            release.join()
            assert wf.get("notes", note)["text"] == "Väntade på låset"
    finally:
        other.close()
