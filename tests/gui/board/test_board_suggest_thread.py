"""Suggestions are computed off the GUI thread: the board stays usable meanwhile."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

import workshop_app.core.suggest as core_suggest
from workshop_app.gui.board.suggest_worker import SuggestJob


@pytest.fixture
def slow_suggest(monkeypatch):
    """suggest_groups that records its thread and waits until the test releases it."""
    state = {"threads": [], "release": threading.Event(), "started": threading.Event()}
    real = core_suggest.suggest_groups

    def slow(notes, language, ignore=""):
        state["threads"].append(threading.current_thread())
        state["notes"] = notes
        state["started"].set()
        assert state["release"].wait(20), "the test never released the computation"
        return real(notes, language, ignore=ignore)

    monkeypatch.setattr(core_suggest, "suggest_groups", slow)
    yield state
    state["release"].set()  # never leave a worker waiting
    SuggestJob.join_all()


def _unfile_a_theme(widget):
    theme = widget.scene.ordered_themes()[0]
    widget.scene.dissolve([theme])


def test_suggestions_run_off_the_gui_thread_and_the_board_stays_responsive(
    board, qtbot, slow_suggest
):
    wf, session, widget = board
    _unfile_a_theme(widget)
    widget.suggest()
    assert slow_suggest["started"].wait(10)
    # While the grouping runs, the GUI thread still handles events: timers fire, the
    # board shows that it is busy and does not start a second computation.
    ticks = []
    timer = QTimer(widget)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    timer.stop()
    assert not widget.suggest_action.isEnabled()
    assert widget.suggest_busy.isVisible() and widget.suggest_busy_bar.isVisible()
    widget.search_box.setText("samverk")  # typing into the board works meanwhile
    widget.run_search()
    assert widget.scene.matches
    widget.suggest()  # a second click while busy starts nothing
    with qtbot.waitSignal(widget.suggestions_shown, timeout=10000) as shown:
        slow_suggest["release"].set()
    assert slow_suggest["threads"] == [slow_suggest["threads"][0]]
    assert slow_suggest["threads"][0] is not threading.main_thread()
    # The worker got plain dicts, never the open file.
    assert all(type(n) is dict for n in slow_suggest["notes"])
    dialog = shown.args[0]
    assert dialog.isVisible() and dialog.rows
    assert widget.suggest_action.isEnabled()
    qtbot.waitUntil(lambda: not widget.suggest_busy.isVisible())  # the toolbar lays out
    qtbot.waitUntil(lambda: not SuggestJob.running)
    dialog.close()


def test_a_result_for_another_question_is_dropped(board, qtbot, slow_suggest):
    wf, session, widget = board
    _unfile_a_theme(widget)
    first = session.question_id
    widget.suggest()
    assert slow_suggest["started"].wait(10)
    other = next(q["id"] for q in wf.questions() if q["id"] != first)
    session.set_current(question_id=other)
    assert widget.scene.question_id == other
    assert widget.suggest_action.isEnabled()  # the new question can be grouped at once
    shown = []
    widget.suggestions_shown.connect(shown.append)
    job = next(iter(SuggestJob.running))
    with qtbot.waitSignal(job.ended, timeout=10000):
        slow_suggest["release"].set()
    QCoreApplication.processEvents()  # a result still queued must not open a dialog
    assert shown == [] and widget.suggestions_dialog is None
    assert widget.suggest_action.isEnabled() and not SuggestJob.running


def test_closing_the_board_while_grouping_joins_the_thread(board, qtbot, slow_suggest):
    wf, session, widget = board
    _unfile_a_theme(widget)
    widget.suggest()
    assert slow_suggest["started"].wait(10)
    job = next(iter(SuggestJob.running))
    threading.Timer(0.2, slow_suggest["release"].set).start()
    widget.close()  # waits for the computation; its result is dropped
    assert job.thread.isFinished()
    assert not SuggestJob.running
    QCoreApplication.processEvents()
    assert widget.suggestions_dialog is None


def test_deleting_the_board_while_grouping_joins_the_thread(
    qtbot, demo_path, open_board, monkeypatch
):
    # As when the main window closes its file: the board is deleted, not closed.
    wf, session, widget = open_board(qtbot, demo_path)
    release = threading.Event()
    real = core_suggest.suggest_groups

    def slow(notes, language, ignore=""):
        release.wait(20)
        return real(notes, language, ignore=ignore)

    monkeypatch.setattr(core_suggest, "suggest_groups", slow)
    try:
        _unfile_a_theme(widget)
        widget.suggest()
        job = next(iter(SuggestJob.running))
        threading.Timer(0.2, release.set).start()
        gone = []
        widget.destroyed.connect(lambda *_: gone.append(True))
        widget.deleteLater()
        qtbot.waitUntil(lambda: bool(gone), timeout=10000)
        assert job.thread.isFinished()
        QCoreApplication.processEvents()  # the dropped result arrives nowhere, no crash
    finally:
        release.set()
        SuggestJob.join_all()
        wf.close()
