"""No board operation leaves frames or cards on top of each other, and the board that an
operation brought up to date is the board as it is read again from the file.

After every operation (new theme, merge, split, dissolve, drags, undo, redo) done with
real mouse and key events: no two frames overlap, no card lies on a frame it is not in or
on another card, every card is inside its theme's frame, every item is where the board's
layout says, and a board loaded afresh from the file shows the same places, frames and
counts (the board updates only what each change touched, so this is what catches an
update that missed something).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from workshop_app.core.layout import overlap
from workshop_app.gui.board.scene import BoardScene


def _rect(r) -> tuple:
    return (r.left(), r.top(), r.right(), r.bottom())


def check(widget) -> None:
    scene = widget.scene
    scene.finish_loading()
    layout = scene.layout
    assert layout.overlaps() == []
    # What is drawn agrees with the layout: no card on another or on a foreign frame.
    frames = {t: _rect(item.frame()) for t, item in scene.themes.items()}
    for note_id, item in scene.notes.items():
        assert (item.x(), item.y()) == layout.cards[note_id], note_id
        card = _rect(item.sceneBoundingRect())
        own = layout.theme_of[note_id]
        for theme_id, frame in frames.items():
            inside = frame[0] <= card[0] and frame[1] <= card[1] and card[2] <= frame[2]
            inside = inside and card[3] <= frame[3]
            if theme_id == own:
                assert inside, f"{note_id} sticks out of its theme's frame"
            else:
                assert not overlap(card, frame), f"{note_id} lies on another theme"
    for theme_id, item in scene.themes.items():
        assert item.frame() == QRectF(*_xywh(layout.frame(theme_id)))
        assert item.count == len(layout.members[theme_id])
    # ... and is what the file holds: the same board, loaded afresh (places not saved
    # yet, of notes that just arrived, are the board's own until the next action).
    unsaved = scene.unsaved_places()
    fresh = BoardScene(scene.session)
    fresh.load()
    fresh.finish_loading()
    assert {k: (n.x(), n.y(), n.theme_id) for k, n in fresh.notes.items() if k not in unsaved} == {
        k: (n.x(), n.y(), n.theme_id) for k, n in scene.notes.items() if k not in unsaved
    }
    if not unsaved:
        assert {k: (t.frame(), t.count, t.title()) for k, t in fresh.themes.items()} == {
            k: (t.frame(), t.count, t.title()) for k, t in scene.themes.items()
        }


def _xywh(r):
    return (r[0], r[1], r[2] - r[0], r[3] - r[1])


def _loose(scene):
    return [scene.notes[n] for n in scene.layout.ordered(None)]


def _title(theme) -> QPointF:
    return theme.title_rect().center()


def _neighbours(scene):
    """Two themes side by side in a row (the first has one to its right)."""
    themes = scene.ordered_themes()
    for a, b in zip(themes, themes[1:], strict=False):
        if a.frame().top() == b.frame().top():
            return a, b
    pytest.fail("the demo board has no two themes side by side")


def _undo_redo_all(session, widget, steps: int) -> None:
    for _ in range(steps):
        session.undo_stack.undo()
        check(widget)
    for _ in range(steps):
        session.undo_stack.redo()
        check(widget)


def test_every_operation_leaves_no_overlaps(board, click, drag):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    check(widget)
    steps = 0

    # New theme from two unclustered notes (N).
    loose = _loose(scene)
    click(view, loose[0].sceneBoundingRect().center())
    click(view, loose[1].sceneBoundingRect().center(), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_N)
    QTest.keyClick(view.editor(), Qt.Key.Key_Escape)
    steps += 1
    check(widget)

    # Merge two neighbours (M): the merged frame grows; what it would cover moves aside.
    a, b = _neighbours(scene)
    click(view, _title(a))
    click(view, _title(b), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_M)
    steps += 1
    check(widget)

    # Split two notes of the merged theme into a theme of their own (S).
    first, second = scene.themes[a.theme_id].members[:2]
    click(view, first.sceneBoundingRect().center())
    click(view, second.sceneBoundingRect().center(), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_S)
    QTest.keyClick(view.editor(), Qt.Key.Key_Escape)
    steps += 1
    check(widget)

    # Dissolve a theme (D): its notes stay where they were, unclustered.
    third = scene.ordered_themes()[2]
    click(view, _title(third))
    QTest.keyClick(view, Qt.Key.Key_D)
    steps += 1
    check(widget)

    # Drag a note into another theme: the frame grows by a row.
    note = scene.ordered_themes()[0].members[0]
    target = scene.ordered_themes()[1]
    drag(view, note.sceneBoundingRect().center(), target.frame().center())
    steps += 1
    check(widget)

    # Drop an unclustered note on another one: it is nudged to a free place beside it.
    loose = _loose(scene)
    one, other = loose[0], loose[1]
    drag(view, one.sceneBoundingRect().center(), other.sceneBoundingRect().center())
    steps += 1
    check(widget)
    assert not one.sceneBoundingRect().intersects(other.sceneBoundingRect())

    # Drag a theme by its title bar onto another theme: it lands beside it instead.
    mover, onto = scene.ordered_themes()[-1], scene.ordered_themes()[0]
    drag(view, _title(mover), onto.frame().center())
    steps += 1
    check(widget)
    assert not mover.frame().intersects(onto.frame())

    assert session.undo_stack.count() == steps
    _undo_redo_all(session, widget, steps)


def test_merging_keeps_the_first_selected_theme_and_its_name(board, click):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    a, b = _neighbours(scene)
    title_b, place_b = b.title(), b.frame().topLeft()
    # The one to the right is clicked first: it is the one that stays.
    click(view, _title(b))
    click(view, _title(a), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_themes() == [b, a]
    QTest.keyClick(view, Qt.Key.Key_M)
    assert wf.get("themes", a.theme_id)["deleted_at"] is not None
    assert wf.get("themes", b.theme_id)["title"] == title_b
    assert scene.themes[b.theme_id].frame().topLeft() == place_b
    check(widget)


def test_a_participants_notes_arriving_on_a_worked_board_lie_on_nothing(board):
    wf, session, widget = board
    widget.scene.tidy()  # a board whose places are saved
    assert not widget.scene.unsaved_places()
    check(widget)
    workshop = wf.workshops()[0]["id"]
    for i in range(12):
        session.record(wf.add_note(session.question_id, workshop, f"Ny lapp {i}"))
    check(widget)
