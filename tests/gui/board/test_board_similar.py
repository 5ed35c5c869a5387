""" "Show similar" (L): select a note, the board highlights the notes most like it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app.core.suggest import similar_notes


def test_show_similar_highlights_the_notes_most_like_the_selected_one(board, click, qtbot):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    note = scene.ordered_themes()[0].members[0]
    click(view, note.sceneBoundingRect().center())
    with qtbot.waitSignal(widget.similar_shown, timeout=10_000):
        QTest.keyClick(view, Qt.Key.Key_L)
    rows = [dict(r) for r in wf.notes(session.question_id)]
    question = wf.get("questions", session.question_id)["text"]
    expected = {nid for nid, _ in similar_notes(rows, note.note_id, "sv", ignore=question)}
    assert expected  # the demo has notes like it
    assert scene.matches == expected | {note.note_id}
    for note_id, item in scene.notes.items():
        hit = note_id in scene.matches
        assert item.matched == hit and item.opacity() == (1.0 if hit else 0.35)
    assert str(len(expected)) in widget.match_label.text()

    # Esc goes back to the plain board; a search replaces the highlight too.
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert scene.similar_to is None and not scene.matches
    assert all(item.opacity() == 1.0 for item in scene.notes.values())


def test_show_similar_asks_for_one_note(board):
    wf, session, widget = board
    widget.scene.clearSelection()
    widget.show_similar()
    assert widget.match_label.text()  # says what to do
    assert widget.scene.similar_to is None
