"""Clustering by hand on the demo's board, with real mouse and keyboard events."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest


def stored(wf, note_id):
    return wf.get("notes", note_id)


def loose_notes(widget):
    scene = widget.scene
    return sorted(
        (n for n in scene.notes.values() if n.theme_id is None), key=lambda n: (n.y(), n.x())
    )


def title_point(theme):
    return theme.title_rect().center()


def test_drag_a_note_into_a_theme_and_undo(board, drag):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    note = loose_notes(widget)[0]
    theme = scene.ordered_themes()[1]
    before_count = theme.count
    start = (note.x(), note.y())
    drag(view, note.sceneBoundingRect().center(), theme.frame().center())

    row = stored(wf, note.note_id)
    assert row["theme_id"] == theme.theme_id
    assert theme.count == before_count + 1
    # The note sits inside the theme's frame, where the file says it is.
    assert theme.frame().contains(note.sceneBoundingRect())
    assert (note.x(), note.y()) == (row["x"], row["y"])
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert stored(wf, note.note_id)["theme_id"] is None
    assert scene.notes[note.note_id].theme_id is None
    assert theme.count == before_count
    assert (note.x(), note.y()) == start  # back where it was before the drag


def test_drag_a_note_from_one_theme_to_another(board, drag):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    first, second = scene.ordered_themes()[:2]
    note = first.members[0]
    drag(view, note.sceneBoundingRect().center(), second.frame().center())
    assert stored(wf, note.note_id)["theme_id"] == second.theme_id
    assert note in second.members and note not in first.members


def test_rubber_band_three_notes_then_n_makes_a_theme(board, qtbot, drag):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    notes = loose_notes(widget)
    assert len(notes) == 3
    box = notes[0].sceneBoundingRect()
    for n in notes[1:]:
        box = box.united(n.sceneBoundingRect())
    # From empty board above-left of the notes to below-right of them.
    drag(view, box.topLeft() - QPointF(20, 20), box.bottomRight() + QPointF(10, 10))
    assert set(scene.selected_notes()) == set(notes)

    QTest.keyClick(view, Qt.Key.Key_N)
    editor = view.editor()
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(editor, "Turism och unga")
    QTest.keyClick(editor, Qt.Key.Key_Return)

    themes = [t for t in wf.themes(session.question_id) if t["title"] == "Turism och unga"]
    assert len(themes) == 1
    members = {n["id"] for n in wf.notes(session.question_id) if n["theme_id"] == themes[0]["id"]}
    assert members == {n.note_id for n in notes}
    frame = scene.themes[themes[0]["id"]].frame()
    assert all(frame.contains(n.sceneBoundingRect()) for n in notes)

    session.undo_stack.undo()  # the rename
    assert wf.get("themes", themes[0]["id"])["title"] != "Turism och unga"
    session.undo_stack.undo()  # the new theme
    assert wf.get("themes", themes[0]["id"])["deleted_at"] is not None
    assert all(stored(wf, n.note_id)["theme_id"] is None for n in notes)
    assert themes[0]["id"] not in scene.themes


def test_merge_two_themes_by_clicking_their_titles(board, click):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    a, b = scene.ordered_themes()[:2]
    count_a, count_b = a.count, b.count
    b_notes = [n.note_id for n in b.members]
    click(view, title_point(a))
    click(view, title_point(b), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_themes() == [a, b]
    QTest.keyClick(view, Qt.Key.Key_M)

    assert wf.get("themes", b.theme_id)["deleted_at"] is not None
    assert all(stored(wf, nid)["theme_id"] == a.theme_id for nid in b_notes)
    assert a.count == count_a + count_b
    assert b.theme_id not in scene.themes

    session.undo_stack.undo()
    assert wf.get("themes", b.theme_id)["deleted_at"] is None
    assert all(stored(wf, nid)["theme_id"] == b.theme_id for nid in b_notes)
    assert scene.themes[b.theme_id].count == count_b

    session.undo_stack.redo()
    assert wf.get("themes", b.theme_id)["deleted_at"] is not None
    assert all(stored(wf, nid)["theme_id"] == a.theme_id for nid in b_notes)
    assert scene.themes[a.theme_id].count == count_a + count_b


def test_split_selected_notes_into_a_new_theme(board, click):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    source = scene.ordered_themes()[0]
    count = source.count
    first, second = source.members[0], source.members[1]
    click(view, first.sceneBoundingRect().center())
    click(view, second.sceneBoundingRect().center(), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_S)
    QTest.keyClick(view.editor(), Qt.Key.Key_Escape)  # keep the proposed name

    new_id = stored(wf, first.note_id)["theme_id"]
    assert new_id not in (None, source.theme_id)
    assert stored(wf, second.note_id)["theme_id"] == new_id
    assert source.title() in wf.get("themes", new_id)["title"]
    assert source.count == count - 2
    assert scene.themes[new_id].count == 2

    session.undo_stack.undo()
    assert stored(wf, first.note_id)["theme_id"] == source.theme_id
    assert new_id not in scene.themes
    assert source.count == count


def test_dissolve_a_theme_and_undo(board, click):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    theme = scene.ordered_themes()[2]
    members = [n.note_id for n in theme.members]
    click(view, title_point(theme))
    QTest.keyClick(view, Qt.Key.Key_D)
    assert wf.get("themes", theme.theme_id)["deleted_at"] is not None
    assert all(stored(wf, nid)["theme_id"] is None for nid in members)
    assert theme.theme_id not in scene.themes

    session.undo_stack.undo()
    assert all(stored(wf, nid)["theme_id"] == theme.theme_id for nid in members)
    assert scene.themes[theme.theme_id].count == len(members)


def test_rename_a_theme_by_double_clicking_its_title(board):
    wf, session, widget = board
    view = widget.view
    theme = widget.scene.ordered_themes()[0]
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(title_point(theme)),
    )
    editor = view.editor()
    editor.selectAll()
    QTest.keyClicks(editor, "Relationer")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert wf.get("themes", theme.theme_id)["title"] == "Relationer"
    assert theme.title() == "Relationer"


def test_quote_edit_and_delete_a_note_by_keyboard(board, click):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    note = scene.ordered_themes()[0].members[0]
    click(view, note.sceneBoundingRect().center())
    QTest.keyClick(view, Qt.Key.Key_Q)
    assert stored(wf, note.note_id)["is_quote"] is True
    QTest.keyClick(view, Qt.Key.Key_Q)
    assert stored(wf, note.note_id)["is_quote"] is False

    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.editor()
    editor.selectAll()
    QTest.keyClicks(editor, "Ny text")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert stored(wf, note.note_id)["text"] == "Ny text"

    click(view, note.sceneBoundingRect().center())
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert stored(wf, note.note_id)["deleted_at"] is not None
    assert note.note_id not in scene.notes
    session.undo_stack.undo()
    assert stored(wf, note.note_id)["deleted_at"] is None
    assert note.note_id in scene.notes


def test_arrow_keys_move_the_selection_to_the_neighbour(board, click):
    _, _, widget = board
    scene, view = widget.scene, widget.view
    theme = scene.ordered_themes()[0]
    left = min(theme.members, key=lambda n: (n.y(), n.x()))
    click(view, left.sceneBoundingRect().center())
    QTest.keyClick(view, Qt.Key.Key_Right)
    (chosen,) = scene.selectedItems()
    assert chosen.y() == left.y() and chosen.x() > left.x()


def test_the_board_is_the_same_after_reopening(qtbot, demo_path, open_board, drag):
    wf, session, widget = open_board(qtbot, demo_path)
    scene, view = widget.scene, widget.view
    note = loose_notes(widget)[0]
    target = scene.ordered_themes()[3]
    drag(view, note.sceneBoundingRect().center(), target.frame().center())
    moved = scene.ordered_themes()[0].members[0]
    drag(
        view,
        moved.sceneBoundingRect().center(),
        moved.sceneBoundingRect().center() + QPointF(0, 60),
    )
    layout = {k: (n.x(), n.y(), n.theme_id) for k, n in scene.notes.items()}
    frames = {k: t.frame() for k, t in scene.themes.items()}
    widget.close()
    wf.close()

    wf2, _, widget2 = open_board(qtbot, demo_path)
    try:
        again = {k: (n.x(), n.y(), n.theme_id) for k, n in widget2.scene.notes.items()}
        assert again == layout
        assert {k: t.frame() for k, t in widget2.scene.themes.items()} == frames
    finally:
        widget2.close()
        wf2.close()


def test_t_files_selected_notes_in_the_selected_theme_and_u_takes_them_out(board, click):
    wf, session, widget = board
    scene, view = widget.scene, widget.view
    note = loose_notes(widget)[0]
    theme = scene.ordered_themes()[2]
    click(view, note.sceneBoundingRect().center())
    click(view, title_point(theme), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_T)
    assert stored(wf, note.note_id)["theme_id"] == theme.theme_id
    assert theme.frame().contains(note.sceneBoundingRect())

    click(view, note.sceneBoundingRect().center())
    QTest.keyClick(view, Qt.Key.Key_U)
    assert stored(wf, note.note_id)["theme_id"] is None
    assert not theme.frame().intersects(note.sceneBoundingRect())


def test_hostile_texts_are_shown_as_plain_text_on_cards(board):
    wf, session, widget = board
    texts = [
        "x" * 20000,
        "<b>fet</b> & <img src='file:///etc/passwd'>",
        "🌾🚌 landsbygd",
        "שלום עולם",
        "農村 スマート",
        "e\u0301\u200b",
    ]
    workshop = wf.workshops()[0]["id"]
    for text in texts:
        session.record(wf.add_note(session.question_id, workshop, text))
    cards = {n.row["text"]: n for n in widget.scene.notes.values()}
    long_card = cards["x" * 20000].static_text()
    assert long_card.text().endswith("…") and len(long_card.text()) < 400
    markup = cards[texts[1]].static_text()
    assert markup.text() == texts[1]  # shown as typed, not as markup
    image = widget.scene.render_image(scale=1.0)
    assert not image.isNull()
