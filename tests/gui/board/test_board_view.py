"""Search, filters, zoom, suggestions and pictures of the board."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest

from workshop_app.gui.board.items import MATCH


def render(scene, rect: QRectF) -> QImage:
    image = QImage(round(rect.width()), round(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def test_search_highlights_the_matching_notes(board, qtbot):
    wf, session, widget = board
    scene = widget.scene
    QTest.keyClick(widget.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert widget.search_box.hasFocus()
    QTest.keyClicks(widget.search_box, "samverk")
    expected = set(wf.search_notes("samverk", session.question_id))
    assert expected  # the demo has such notes
    qtbot.waitUntil(lambda: scene.matches == expected)
    for note_id, note in scene.notes.items():
        assert note.matched == (note_id in expected)
        assert note.opacity() == (1.0 if note_id in expected else 0.35)
    assert str(len(expected)) in widget.match_label.text()
    # The highlight is visible: the card's edge is drawn in the match colour.
    note = scene.notes[next(iter(expected))]
    image = render(scene, note.sceneBoundingRect())
    edge = QColor(image.pixel(image.width() // 2, 1))
    assert abs(edge.red() - MATCH.red()) < 30 and abs(edge.green() - MATCH.green()) < 30

    widget.search_box.clear()
    qtbot.waitUntil(lambda: not scene.matches)
    assert all(n.opacity() == 1.0 and not n.matched for n in scene.notes.values())


def test_filters_hide_and_show_notes(board):
    wf, session, widget = board
    scene = widget.scene
    workshop = wf.workshops()[1]
    widget.workshop_filter.setCurrentIndex(widget.workshop_filter.findData(workshop["id"]))
    shown = {k for k, n in scene.notes.items() if n.isVisible()}
    assert shown == {n["id"] for n in wf.notes(session.question_id, [workshop["id"]])}
    assert 0 < len(shown) < len(scene.notes)

    widget.workshop_filter.setCurrentIndex(0)
    perspective = wf.perspectives()[1]
    widget.perspective_filter.setCurrentIndex(widget.perspective_filter.findData(perspective["id"]))
    shown = {k for k, n in scene.notes.items() if n.isVisible()}
    expected = {
        n["id"] for n in wf.notes(session.question_id) if n["perspective_id"] == perspective["id"]
    }
    assert shown == expected and 0 < len(shown) < len(scene.notes)

    widget.perspective_filter.setCurrentIndex(0)
    assert all(n.isVisible() for n in scene.notes.values())


def test_zoom_keys_wheel_and_fit(board, click):
    _, _, widget = board
    view = widget.view
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.zoom() == 1.0
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() > 1.0
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() < 1.0
    QTest.keyClick(view, Qt.Key.Key_F)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(widget.scene.board_rect())
    # Fit selection: one note fills much of the view.
    note = next(iter(widget.scene.notes.values()))
    click(view, note.sceneBoundingRect().center())
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert view.zoom() == 1.5
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(note.sceneBoundingRect())


def test_middle_button_drag_pans(board):
    _, _, widget = board
    view = widget.view
    QTest.keyClick(view, Qt.Key.Key_0)
    before = view.mapToScene(view.viewport().rect().center())
    vp = view.viewport()
    start = vp.rect().center()
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + QPointF(-40 * i, -20 * i).toPoint())
    QTest.mouseRelease(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() - before.x() > 150 and after.y() - before.y() > 50


def test_accepting_a_suggestion_makes_a_theme(board, click, qtbot):
    wf, session, widget = board
    scene = widget.scene
    # Dissolve a theme so there are enough unclustered notes to group.
    theme = scene.ordered_themes()[0]
    click(widget.view, theme.title_rect().center())
    QTest.keyClick(widget.view, Qt.Key.Key_D)
    with qtbot.waitSignal(widget.suggestions_shown, timeout=10000) as shown:
        widget.suggest()
    dialog = shown.args[0]
    assert dialog is widget.suggestions_dialog and dialog.isVisible()
    assert dialog.count() >= 2 and dialog.current_row() == 0
    first = dialog.suggestion(0)
    # The chosen group's notes are shown beside the list, as plain text.
    assert all(
        wf.get("notes", n)["text"][:40] in dialog.notes.toPlainText() for n in first.note_ids
    )
    dialog.name.clear()
    QTest.keyClicks(dialog.name, "Forslag ett")
    steps = session.undo_stack.count()
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == steps + 1
    (made,) = [t for t in wf.themes(session.question_id) if t["title"] == "Forslag ett"]
    members = {n["id"] for n in wf.notes(session.question_id) if n["theme_id"] == made["id"]}
    assert members == set(first.note_ids)
    assert dialog.state(0) == "accepted" and "Forslag ett" in dialog.model.data(
        dialog.model.index(0)
    )
    assert dialog.current_row() == 1  # on to the next group waiting for a decision
    QTest.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert dialog.state(1) == "rejected"
    assert session.undo_stack.count() == steps + 1  # rejecting changes nothing
    dialog.choose(0)
    assert not dialog.accept_button.isEnabled()  # an accepted group is not accepted twice
    dialog.close()


def test_png_and_svg_pictures_are_valid(board, tmp_path):
    _, _, widget = board
    png, svg = tmp_path / "board.png", tmp_path / "board.svg"
    note = next(iter(widget.scene.notes.values()))
    note.setSelected(True)
    widget.export_picture(png)
    widget.export_picture(svg)
    assert note.isSelected()  # the selection is kept, only left out of the picture
    image = QImage(str(png))
    assert not image.isNull()
    board_rect = widget.scene.board_rect().adjusted(-48, -48, 48, 48)  # with a margin
    assert abs(image.width() / image.height() - board_rect.width() / board_rect.height()) < 0.02
    assert image.width() >= board_rect.width()  # sharp enough for projection and print
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)
    }
    assert len(colours) > 5  # not a blank picture
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert QSvgRenderer(str(svg)).isValid()
    text = svg.read_text(encoding="utf-8")
    first_theme = widget.scene.ordered_themes()[0].title()
    assert first_theme.split()[0] in text  # titles are text in the SVG, not pixels
    note_word = max(note.row["text"].split(), key=len)
    assert note_word in text  # and so are the notes


def test_board_follows_the_current_question(board):
    wf, session, widget = board
    second = wf.questions()[1]
    session.set_current(question_id=second["id"])
    assert widget.scene.question_id == second["id"]
    assert set(widget.scene.notes) == {n["id"] for n in wf.notes(second["id"])}
    assert set(widget.scene.themes) == {t["id"] for t in wf.themes(second["id"])}


def test_a_note_added_elsewhere_appears_among_the_unclustered(board, drag):
    wf, session, widget = board
    scene = widget.scene
    note = scene.ordered_themes()[0].members[0]
    drag(
        widget.view,
        note.sceneBoundingRect().center(),
        note.sceneBoundingRect().center() + QPointF(0, 30),
    )
    changes = wf.add_note(session.question_id, wf.workshops()[0]["id"], "Bättre busstrafik")
    session.record(changes)
    item = scene.notes[changes.rows[0].id]
    assert item.isVisible() and item.theme_id is None
    others = [n for n in scene.notes.values() if n is not item]
    assert not any(item.sceneBoundingRect().intersects(n.sceneBoundingRect()) for n in others)


def _wheel(view, steps: int, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_zooms_around_the_pointer_and_pinch_zooms(board):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    _, _, widget = board
    view = widget.view
    QTest.keyClick(view, Qt.Key.Key_0)
    centre = view.viewport().rect().center()
    under = view.mapToScene(centre)
    _wheel(view, 2)
    assert view.zoom() > 1.3
    # The board point under the pointer stays under it.
    again = view.mapToScene(centre)
    assert abs(again.x() - under.x()) < 3 and abs(again.y() - under.y()) < 3
    _wheel(view, -2, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.zoom() - 1.0) < 0.01
    pos = QPointF(centre)
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        QPointF(view.viewport().mapToGlobal(centre)),
        0.5,
        QPointF(),
        1,
    )
    QApplication.sendEvent(view.viewport(), pinch)
    assert abs(view.zoom() - 1.5) < 0.01


def test_space_and_drag_pans_instead_of_selecting(board, drag):
    _, _, widget = board
    view = widget.view
    QTest.keyClick(view, Qt.Key.Key_0)
    QTest.keyPress(view, Qt.Key.Key_Space)
    before = view.mapToScene(view.viewport().rect().center())
    centre = QPointF(view.viewport().rect().center())
    drag(
        view,
        view.mapToScene(centre.toPoint()),
        view.mapToScene((centre + QPointF(-300, 0)).toPoint()),
    )
    QTest.keyRelease(view, Qt.Key.Key_Space)
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() - before.x() > 200
    assert not widget.scene.selectedItems()
    assert widget.session.undo_stack.count() == 0  # nothing was moved
