"""The Write step takes notes by the same rule as participant mode (core.notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.core import turn
from workshop_app.core.notes import NOTE_LIMIT
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.participant import participant_window
from workshop_app.gui.session import Session
from workshop_app.gui.write_page import WritePage


def test_write_page_refuses_a_note_longer_than_participants_may_write(qtbot, tmp_path):
    wf = WorkshopFile.create(tmp_path / "write.samla", title="Write")
    qid = wf.add("questions", kind="custom", text="What works?").rows[0].id
    wid = wf.add("workshops", title="Kalix").rows[0].id
    session = Session(wf)
    session.set_current(workshop_id=wid, question_id=qid, step="write")
    page = WritePage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    page.input.setPlainText("  " + "x" * (NOTE_LIMIT + 1) + "  ")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert wf.notes() == [], "a note participants could not write is not added here either"
    assert page.warning.isVisible()
    assert page.warning.text() == f"The note is too long: {NOTE_LIMIT + 1} characters, at most 500."
    assert page.input.toPlainText().strip() == "x" * (NOTE_LIMIT + 1), "the text is kept to edit"

    page.input.setPlainText("  " + "y" * NOTE_LIMIT + "  ")  # blank space around does not count
    assert not page.warning.isVisible()
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [n["text"] for n in wf.notes()] == ["y" * NOTE_LIMIT]
    assert page.input.toPlainText() == ""

    page.input.setPlainText("   \n ")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(wf.notes()) == 1
    wf.close()


def test_participant_mode_uses_the_same_rule():
    from workshop_app.core import notes

    assert turn.clean_note is notes.clean_note
    assert participant_window.clean_note is notes.clean_note
    assert turn.NOTE_LIMIT == participant_window.NOTE_LIMIT == notes.NOTE_LIMIT == 500


def test_the_warning_in_swedish(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from workshop_app.core.assets import asset

    translator = QTranslator()
    assert translator.load(str(asset("translations", "workspace_sv.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        wf = WorkshopFile.create(tmp_path / "sv.samla", title="Skriv")
        qid = wf.add("questions", kind="custom", text="Vad fungerar?").rows[0].id
        wid = wf.add("workshops", title="Kalix").rows[0].id
        session = Session(wf)
        session.set_current(workshop_id=wid, question_id=qid, step="write")
        page = WritePage(session)
        qtbot.addWidget(page)
        page.input.setPlainText("x" * 501)
        assert page.warning.text() == "Lappen är för lång: 501 tecken, högst 500."
        wf.close()
    finally:
        QCoreApplication.removeTranslator(translator)
