"""The Cluster step in the workspace at 1280×720: room for the board, readable cards,
and pages built only when first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from workshop_app.core.demo import write_demo
from workshop_app.gui.board.items import FAR
from workshop_app.gui.board.view import READABLE_ZOOM


def _open_demo(window, tmp_path):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    return window.workspace


def _board_on_cluster(window, qtbot, tmp_path):
    workspace = _open_demo(window, tmp_path)
    board = workspace.pages["cluster"]
    with qtbot.waitSignal(board.view.zoom_changed, timeout=3000):  # its first fit, once shown
        workspace.session.set_current(step="cluster")
    return workspace, board


def test_pages_are_built_when_first_shown(window, tmp_path):
    workspace = _open_demo(window, tmp_path)

    def built() -> list[str]:
        return [type(workspace.stack.widget(i)).__name__ for i in range(workspace.stack.count())]

    assert built() == ["IntroducePage"]  # no board, no editors yet
    workspace.session.set_current(step="cluster")
    assert built() == ["IntroducePage", "BoardWidget"]
    board = workspace.stack.currentWidget()
    assert len(board.scene.notes) == len(window.session.wf.notes(window.session.question_id))


def test_cluster_header_is_one_row_and_the_board_gets_the_height(window, qtbot, tmp_path):
    workspace, board = _board_on_cluster(window, qtbot, tmp_path)
    timer = workspace.header.timer_widget
    assert timer.compact
    # The time, the buttons and the time box share one row.
    rows = {
        w.mapTo(window, w.rect().center()).y() // 20
        for w in (timer.display, timer.start_button, timer.minutes, timer.stop_input)
    }
    assert len(rows) == 1, rows
    assert timer.height() < 60
    assert board.view.viewport().height() >= 360  # was about 300 below the tall timer card
    # Back on a step with room to spare, the timer is the big card again.
    workspace.session.set_current(step="write")
    assert not timer.compact
    assert timer.start_button.mapTo(window, timer.start_button.rect().topLeft()).y() > (
        timer.display.mapTo(window, timer.display.rect().bottomLeft()).y()
    )


def test_board_opens_with_readable_cards_and_fit_all_still_shows_everything(
    window, qtbot, tmp_path
):
    workspace, board = _board_on_cluster(window, qtbot, tmp_path)
    view = board.view
    assert READABLE_ZOOM <= view.zoom() <= 1.0
    # The unclustered notes (top left of the board) are in view.
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    loose = [n for n in board.scene.notes.values() if n.theme_id not in board.scene.themes]
    assert loose and any(shown.intersects(n.sceneBoundingRect()) for n in loose)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F)
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(board.scene.board_rect())
    # Coming back to the step keeps the facilitator's zoom.
    fitted = view.zoom()
    with qtbot.assertNotEmitted(view.zoom_changed):
        workspace.session.set_current(step="vote")
        workspace.session.set_current(step="cluster")
        QCoreApplication.processEvents()  # a first fit would be queued (QTimer.singleShot 0)
    assert view.zoom() == fitted


def test_far_zoom_titles_leave_the_notes_of_a_theme_in_view(window, qtbot, tmp_path):
    workspace, board = _board_on_cluster(window, qtbot, tmp_path)
    board.workshop_filter.setCurrentIndex(0)  # all workshops: the themes' every note
    view = board.view
    view.fit_all()
    assert view.zoom() < FAR  # the demo board does not fit the view at a near zoom
    image = view.viewport().grab().toImage()
    for theme in board.scene.themes.values():
        members = [n for n in board.scene.notes.values() if n.theme_id == theme.theme_id]
        if not members:
            continue
        last = max(members, key=lambda n: n.sceneBoundingRect().bottom())
        point = view.mapFromScene(last.sceneBoundingRect().center())
        if not view.viewport().rect().contains(point):
            continue
        assert QColor(image.pixel(point)) == last.colour, theme.title()


def test_the_board_shows_the_current_workshop_and_all_is_a_choice(window, qtbot, tmp_path):
    workspace = _open_demo(window, tmp_path)
    session = window.session
    first, second = (w["id"] for w in session.wf.workshops()[:2])
    session.set_current(workshop_id=second, step="cluster")
    board = workspace.pages["cluster"]

    def shown_workshops():
        return {n.row["workshop_id"] for n in board.scene.notes.values() if n.isVisible()}

    assert board.workshop_filter.currentData() == second
    assert shown_workshops() == {second}  # a projected board shows this room's notes
    board.workshop_filter.setCurrentIndex(0)  # "All workshops", chosen by the facilitator
    assert len(shown_workshops()) == 3
    session.set_current(question_id=session.wf.questions()[1]["id"])  # same workshop
    assert len(shown_workshops()) == 3  # the choice stays
    session.set_current(workshop_id=first)  # another room: its notes
    assert board.workshop_filter.currentData() == first and shown_workshops() == {first}


def test_board_only_gives_the_board_the_window_and_another_step_brings_all_back(
    window, qtbot, tmp_path
):
    workspace, board = _board_on_cluster(window, qtbot, tmp_path)
    height = board.view.viewport().height()
    qtbot.mouseClick(workspace.header.focus_button, Qt.MouseButton.LeftButton)
    assert window.action_board_focus.isChecked()
    assert not workspace.agenda.isVisible() and not window.toolbar.isVisible()
    assert not workspace.header.step_label.isVisible()
    timer = workspace.header.timer_widget
    question = workspace.header.question_label
    # The question and the timer share one line.
    assert abs(
        question.mapTo(window, question.rect().center()).y()
        - timer.mapTo(window, timer.rect().center()).y()
    ) < max(question.height(), timer.height())
    qtbot.waitUntil(lambda: board.view.viewport().height() > height)
    window.action_board_focus.trigger()  # Ctrl+Shift+F again
    assert workspace.agenda.isVisible() and window.toolbar.isVisible()
    window.action_board_focus.trigger()
    workspace.session.set_current(step="vote")
    assert workspace.agenda.isVisible() and window.toolbar.isVisible()
    assert not window.action_board_focus.isChecked() and not window.action_board_focus.isEnabled()
