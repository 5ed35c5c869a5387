"""Commit before acknowledge, proven in the app: participant mode shows "your note is
saved" only once the note can be read through a second connection to the file, and a
note the disk refused is never confirmed (issue 12, item 7)."""

from __future__ import annotations

import pytest
from participant_helpers import type_keys
from PySide6.QtCore import QEvent, QObject, Qt

from workshop_app.core import errors
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.participant.participant_window import ParticipantWindow


class ReadsFileWhenShown(QObject):
    """Opens the file anew the moment the confirmation appears, and notes what it holds."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.seen: list[list[str]] = []

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Show:
            with WorkshopFile.open(self.path, readonly=True) as other:
                self.seen.append(sorted(n["text"] for n in other.notes()))
        return False


@pytest.fixture
def window(qtbot, locked_session):
    win = ParticipantWindow(locked_session, ask_perspective=False)
    qtbot.addWidget(win)
    win.show_locked()
    qtbot.waitExposed(win)
    return win


def test_confirmed_only_once_readable_through_a_second_connection(qtbot, window, series_file):
    watch = ReadsFileWhenShown(series_file[0])
    window.confirmation.installEventFilter(watch)
    for text in ("Fiber till byarna", "Lokal service"):
        type_keys(window.editor, text)
        qtbot.keyClick(window.editor, Qt.Key_Return)
        assert window.confirmation.isVisible()
    assert watch.seen == [["Fiber till byarna"], ["Fiber till byarna", "Lokal service"]]


def test_a_full_disk_is_never_confirmed(qtbot, window, wf, monkeypatch):
    def full(*args, **kwargs):
        raise errors.DiskFull("The disk is full: the note was not saved.")

    monkeypatch.setattr(wf, "add_note", full)
    confirmed = []
    window.note_confirmed.connect(confirmed.append)
    type_keys(window.editor, "Viktig lapp")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert not window.confirmation.isVisible() and confirmed == []
    assert "could not be saved" in window.hint.text() and "disk is full" in window.hint.text()
    assert window.editor.toPlainText() == "Viktig lapp"  # kept, to try again
    assert window.turn_rows == []
    monkeypatch.undo()
    qtbot.keyClick(window.editor, Qt.Key_Return)  # the disk has room again
    assert window.confirmation.isVisible() and confirmed == ["Viktig lapp"]
