"""File → Merge a workshop file: off the GUI thread, conflicts shown, refusals change nothing."""

from __future__ import annotations

import threading

import pytest
from merge_helpers import NOTES_PER_QUESTION, content_digest, open_file
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from workshop_app.core import merge as core_merge
from workshop_app.gui import merge_dialog
from workshop_app.gui.session import Session

pytestmark = pytest.mark.gui


@pytest.fixture
def session(laptops):
    wf = open_file(laptops["a"])
    s = Session(wf)
    yield s
    s.wf.close()


def test_merge_runs_off_the_gui_thread_and_the_session_sees_the_notes(
    qtbot, session, laptops, monkeypatch
):
    threads = []
    real = core_merge.merge_into

    def spy(target, source, progress=None):
        threads.append(threading.get_ident())
        return real(target, source, progress)

    monkeypatch.setattr(merge_dialog, "merge_into", spy)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(laptops["b"]), ""))
    before = session.wf.note_count()
    with qtbot.waitSignal(session.changed, timeout=10_000) as changed:
        dialog = merge_dialog.merge_workshop_file(None, session)
        qtbot.addWidget(dialog)
    assert threads and threads[0] != threading.get_ident(), "the merge ran on a worker thread"
    assert set(changed.args[0].ids("notes")) == {
        n["id"] for n in session.wf.notes() if n["text"].startswith("b:")
    }
    assert session.wf.note_count() == before + 4 * NOTES_PER_QUESTION
    assert len(session.wf.questions()) == 4
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert "Merged b.workshop: 13 added" in dialog.label.text()
    assert "notes" in dialog.details.toPlainText()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_merge_shows_conflicts(qtbot, session, laptops, clock):
    # One clock for both laptops: a time ahead of the target's clock counts as the oldest.
    session.wf.clock = clock
    with open_file(laptops["b"], clock) as b:
        core_merge.merge_into(b, laptops["a"])
        note = next(n["id"] for n in b.notes() if n["text"].startswith("a:"))
        clock.tick(minutes=1)
        session.wf.update("notes", note, text="a rewrote it too")  # earlier than b's edit
        clock.tick(minutes=10)
        b.update("notes", note, text="b rewrote a's note")
    dialog = merge_dialog.MergeDialog(session, laptops["b"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.start()
    assert "1 conflicts" in dialog.label.text()
    assert "“a rewrote it too” from a.workshop" in dialog.details.toPlainText()
    assert session.wf.get("notes", note)["text"] == "b rewrote a's note"
    qtbot.waitUntil(lambda: not dialog.is_running())


def test_a_refused_file_is_reported_and_changes_nothing(qtbot, session, tmp_path):
    broken = tmp_path / "broken.workshop"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x01" * 3000)
    digest = content_digest(session.wf)
    dialog = merge_dialog.MergeDialog(session, broken)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.start()
    assert "broken.workshop cannot be merged" in failed.args[0]
    assert "Nothing was merged" in dialog.label.text()
    assert content_digest(session.wf) == digest
    qtbot.waitUntil(lambda: not dialog.is_running())


def test_merging_into_a_file_open_read_only_is_refused(qtbot, laptops):
    from workshop_app.core.store import WorkshopFile

    readonly = Session(WorkshopFile.open(laptops["a"], readonly=True))
    dialog = merge_dialog.MergeDialog(readonly, laptops["b"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed) as failed:
        dialog.start()
    assert "read-only" in failed.args[0]
    assert readonly.wf.note_count() == 4 * NOTES_PER_QUESTION
    readonly.wf.close()
