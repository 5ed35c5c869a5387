"""Honest undo: an undo or redo whose write fails leaves the undo stack where the file is,
and the facilitator is told; once the file can be written again, the same step works.

The failures are real: another program holding the file's write lock, and a file that
may not grow (SQLite's max_page_count, as on a full disk).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_app.core.demo import write_demo
from workshop_app.core.errors import DiskFull


def visible_message(window, name):
    boxes = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
    return boxes[-1] if boxes else None


@contextmanager
def locked_by_another_program(path):
    """Another connection holds the write lock (as a second app or a sync tool might)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def _open(window, tmp_path):
    path = tmp_path / "undo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    session = window.session
    session.wf.db.execute("PRAGMA busy_timeout = 50")  # give up on a lock quickly
    return path, session


def test_an_undo_the_file_refuses_keeps_the_stack_and_says_so(window, qtbot, tmp_path):
    path, session = _open(window, tmp_path)
    stack = session.undo_stack
    note = (
        session.do(
            "Add note",
            lambda wf: wf.add_note(
                session.question_id, session.workshop_id, "Behålls tills ångrad"
            ),
        )
        .rows[0]
        .id
    )
    assert window.action_undo.text() == "Undo: add note"

    with locked_by_another_program(path):
        with qtbot.waitSignal(session.undo_failed):
            window.action_undo.trigger()
        # The note is still in the file, and the stack still offers to undo it.
        assert session.wf.get("notes", note)["deleted_at"] is None
        assert (stack.index(), stack.canUndo(), stack.canRedo()) == (1, True, False)
        assert window.action_undo.isEnabled() and window.action_undo.text() == "Undo: add note"
        box = visible_message(window, "error_message")
        assert box.text() == "The file is in use by another program."
        assert "“Undo: add note” was not done" in box.informativeText()
        box.close()

    window.action_undo.trigger()  # the lock is gone: the same undo now happens
    assert session.wf.get("notes", note)["deleted_at"] is not None
    assert (stack.index(), stack.canRedo()) == (0, True)
    assert window.action_redo.text() == "Redo: add note"


def test_a_redo_on_a_full_disk_keeps_the_stack_and_says_so(window, qtbot, tmp_path):
    path, session = _open(window, tmp_path)
    stack = session.undo_stack
    long_intro = "Inledning som fyller sidor. " * 2000  # about 56 kB: needs new pages
    session.do("Edit", lambda wf: wf.update_series(intro=long_intro))
    window.action_undo.trigger()
    assert session.wf.series()["intro"] != long_intro
    # The disk fills up: the file may not grow, and the room left in it (the pages the
    # long introduction used) is taken by notes written meanwhile.
    pages = session.wf.db.execute("PRAGMA page_count").fetchone()[0]
    session.wf.db.execute(f"PRAGMA max_page_count = {pages}")
    filler = " ".join(f"anteckning{i}" for i in range(38))
    with pytest.raises(DiskFull):
        for _ in range(5000):
            session.wf.add_note(session.question_id, session.workshop_id, filler)

    with qtbot.waitSignal(session.undo_failed):
        window.action_redo.trigger()
    assert session.wf.series()["intro"] != long_intro
    assert (stack.index(), stack.canRedo()) == (0, True)
    assert window.action_redo.isEnabled() and window.action_redo.text() == "Redo: edit"
    box = visible_message(window, "error_message")
    assert box.text() == "The disk is full."
    assert "“Redo: edit” was not done" in box.informativeText()
    box.close()

    session.wf.db.execute("PRAGMA max_page_count = 1073741823")  # space again
    window.action_redo.trigger()
    assert session.wf.series()["intro"] == long_intro
    assert (stack.index(), stack.canRedo(), stack.canUndo()) == (1, False, True)


def test_a_failed_undo_from_the_board_keeps_the_stack_too(window, qtbot, tmp_path):
    """Code that calls the session's stack directly (the board's tests, the participant
    screens) gets the same honesty as the Edit menu."""
    path, session = _open(window, tmp_path)
    note = session.wf.notes(session.question_id, [session.workshop_id])[0]
    session.do("Quote note", lambda wf: wf.update("notes", note["id"], is_quote=True))
    with locked_by_another_program(path):
        with qtbot.waitSignal(session.undo_failed):
            session.undo_stack.undo()
        assert session.undo_stack.index() == 1
    assert session.wf.get("notes", note["id"])["is_quote"]
    session.undo_stack.undo()
    assert not session.wf.get("notes", note["id"])["is_quote"]
    assert session.undo_stack.index() == 0
