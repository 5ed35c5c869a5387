"""Opening the demo, saving a copy, and known problems shown in plain words."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from workshop_app.core.copy import save_copy
from workshop_app.core.demo import write_demo
from workshop_app.core.errors import DiskFull, ReadOnlyFile, WorkshopFileError
from workshop_app.core.store import WorkshopFile
from workshop_app.core.templates import new_series_from_preset


def visible_message(window, name: str) -> QMessageBox | None:
    for box in window.findChildren(QMessageBox):
        if box.objectName() == name and box.isVisible():
            return box
    return None


def test_demo_opens_from_the_start_screen(window, qtbot, tmp_path):
    assert window.central.currentWidget() is window.start_screen
    button = window.start_screen.findChild(QPushButton, "open_demo")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    session = window.session
    assert session is not None
    assert window.central.currentWidget() is window.workspace
    assert str(session.wf.path).startswith(str(tmp_path / "data" / "demo"))
    assert session.wf.note_count() == 145
    agenda = window.workspace.agenda
    assert agenda.topLevelItemCount() == 1 + 3  # the series, then three workshops
    assert "Smarta landsbygder" in window.workspace.header.question_label.text()
    # A second click writes a fresh demo: what was explored before is kept.
    first = session.wf.path
    window.close_file()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.session.wf.path != first and first.exists()


def test_read_only_file_is_refused_in_plain_words(window, tmp_path, monkeypatch):
    path = tmp_path / "locked.samla"
    new_series_from_preset(path, "smarta-landsbygder").close()
    before = path.read_bytes()
    os.chmod(path, stat.S_IRUSR)
    # root may write anywhere: make the check see the file as others would
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: (
            False if mode == os.W_OK and str(p) == str(path) else real_access(p, mode, **kw)
        ),
    )
    try:
        assert not window.open_file(path)
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    box = visible_message(window, "error_message")
    assert box is not None
    assert box.text() == "The file cannot be changed (it is read-only)."
    assert "Save a copy" in box.informativeText()
    assert window.session is None
    assert window.central.currentWidget() is window.start_screen
    assert path.read_bytes() == before


def test_disk_full_shows_a_message_and_changes_nothing(window, qtbot, tmp_path):
    path = tmp_path / "full.samla"
    write_demo(path).close()
    assert window.open_file(path)
    session = window.session
    window.session.step_by(+1)  # Write
    write = window.workspace.pages["write"]
    # The disk fills up: SQLite may not grow the file any more, and the room left in
    # its last pages is taken (a note may be at most 500 characters, so one note alone
    # would often still fit).
    pages = session.wf.db.execute("PRAGMA page_count").fetchone()[0]
    session.wf.db.execute(f"PRAGMA max_page_count = {pages}")
    text = " ".join(f"anteckning{i}" for i in range(38))
    assert len(text) <= 500
    with pytest.raises(DiskFull):
        for _ in range(5000):
            session.wf.add_note(session.question_id, session.workshop_id, text)
    write.refresh()
    count = session.wf.note_count()
    shown = write.notes.count()
    write.input.setPlainText(text)
    with qtbot.waitSignal(session.failed):
        qtbot.mouseClick(write.add_button, Qt.MouseButton.LeftButton)
    box = visible_message(window, "error_message")
    assert box is not None
    assert box.text() == "The disk is full."
    assert "Free some space" in box.informativeText()
    assert session.wf.note_count() == count
    assert write.notes.count() == shown
    assert write.input.toPlainText() == text  # the typed text is not lost
    assert not window.action_undo.isEnabled()  # nothing to undo: nothing happened


def test_failed_edit_shows_the_stored_value_again(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "series.samla"
    write_demo(path).close()
    window.open_file(path)
    session = window.session
    dialog = window.show_setup()
    title = dialog.series.fields["title"].field
    stored = session.wf.series()["title"]

    def refuse(**_values):
        raise ReadOnlyFile("series.samla is read-only.")

    monkeypatch.setattr(session.wf, "update_series", refuse)
    title.setFocus()
    title.setText("A new title")
    title.editingFinished.emit()
    assert visible_message(window, "error_message").text().startswith("The file cannot be changed")
    assert title.text() == stored
    dialog.close()


def test_save_a_copy_keeps_working_on_the_original(window, tmp_path):
    path = tmp_path / "series.samla"
    write_demo(path).close()
    window.open_file(path)
    copy = tmp_path / "copy.samla"
    assert window.save_copy(copy)
    assert window.session.wf.path == path
    with WorkshopFile.open(copy, readonly=True) as wf:
        assert wf.note_count() == 145
        assert wf.integrity_problems() == []


def test_save_copy_failure_leaves_no_partial_file(tmp_path):
    wf = write_demo(tmp_path / "series.samla")
    with pytest.raises((OSError, WorkshopFileError)):
        save_copy(wf, tmp_path / "missing-folder" / "copy.samla")
    assert not (tmp_path / "missing-folder").exists()
    wf.close()


def test_recent_files_are_offered_on_the_start_screen(window, tmp_path):
    path = tmp_path / "series.samla"
    write_demo(path).close()
    window.open_file(path)
    window.close_file()
    recent = window.start_screen.recent
    assert recent.count() == 1
    item = recent.item(0)
    window.start_screen.open_path.emit(item.data(Qt.ItemDataRole.UserRole))
    assert window.session is not None and window.session.wf.path.resolve() == path.resolve()


def test_about_shows_where_the_log_file_is(window, tmp_path):
    window.show_about()
    box = window.findChild(QMessageBox, "about_dialog")
    assert str(tmp_path / "data" / "samla.log") in box.informativeText()
    box.close()
