"""The board's operations in the core: one undoable action each, and only sensible ones."""

from __future__ import annotations

import pytest

from workshop_app.core import board, errors


@pytest.fixture
def themed(wf, ids):
    """The small series: six themes of one question; three notes in the first two themes."""
    q, w = ids["question"], ids["workshop"]
    first, second = ids["themes"][0], ids["themes"][1]
    notes = [wf.add_note(q, w, f"idé {i}", theme_id=first).rows[0].id for i in range(2)]
    notes.append(wf.add_note(q, w, "annan idé", theme_id=second).rows[0].id)
    return wf, q, first, second, notes


def test_a_new_theme_takes_the_notes_and_their_places_in_one_action(themed):
    wf, q, first, _second, notes = themed
    changes = board.new_theme(wf, q, "Nytt tema", (400.0, 20.0), notes[:2], {notes[0]: (410, 80)})
    theme = changes.rows[0]
    assert theme.table == "themes" and theme.after["title"] == "Nytt tema"
    assert {wf.get("notes", n)["theme_id"] for n in notes[:2]} == {theme.id}
    assert (wf.get("notes", notes[0])["x"], wf.get("notes", notes[0])["y"]) == (410.0, 80.0)
    wf.revert(changes)  # one undo takes all of it back
    assert {wf.get("notes", n)["theme_id"] for n in notes[:2]} == {first}
    assert wf.get("themes", theme.id)["deleted_at"] is not None


def test_split_needs_notes_of_one_theme(themed):
    wf, _q, first, second, notes = themed
    with pytest.raises(errors.InvalidValue):
        board.split_theme(wf, notes, "Delat", (0.0, 0.0))  # notes of two themes
    changes = board.split_theme(wf, notes[:1], "Delat", (0.0, 0.0))
    new = changes.rows[0].id
    assert wf.get("themes", new)["question_id"] == wf.get("themes", first)["question_id"]
    assert wf.get("notes", notes[0])["theme_id"] == new
    assert wf.get("notes", notes[2])["theme_id"] == second


def test_quote_toggles_the_whole_selection(themed):
    wf, *_rest, notes = themed
    board.set_quote(wf, notes[:1], True)
    board.toggle_quote(wf, notes)  # not all are quotes: all become quotes
    assert all(wf.get("notes", n)["is_quote"] for n in notes)
    board.toggle_quote(wf, notes)  # all are: none is
    assert not any(wf.get("notes", n)["is_quote"] for n in notes)


def test_merge_and_dissolve_move_notes_and_remove_themes(themed):
    wf, _q, first, second, notes = themed
    board.merge_themes(wf, first, [second])
    assert {wf.get("notes", n)["theme_id"] for n in notes} == {first}
    assert wf.get("themes", second)["deleted_at"] is not None
    board.dissolve_themes(wf, [first])
    assert {wf.get("notes", n)["theme_id"] for n in notes} == {None}


def test_a_note_cannot_be_filed_in_another_questions_theme(wf, ids):
    other = wf.add("themes", question_id=ids["other_question"], title="Annan fråga").rows[0].id
    note = wf.add_note(ids["question"], ids["workshop"], "idé").rows[0].id
    with pytest.raises(errors.InvalidValue, match="own question"):
        board.file_notes(wf, [note], other)
    assert wf.get("notes", note)["theme_id"] is None
