"""Suggestions are computed in slices between the window's events: the board stays usable."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

import workshop_app.core.suggest as core_suggest
from workshop_app.gui.board import suggest_worker
from workshop_app.gui.board.suggest_worker import SuggestJob


@pytest.fixture
def slow_suggest(monkeypatch):
    """suggest_steps that takes many slices of 5 ms each (a big board's grouping) and
    records the notes it got; `state["steps"]` counts the slices run so far."""
    state = {"steps": 0, "notes": None, "slices": 60}
    real = core_suggest.suggest_steps

    def slow(notes, language="sv", threshold=core_suggest.DEFAULT_THRESHOLD, *, ignore=""):
        state["notes"] = notes
        for _ in range(state["slices"]):
            end = time.perf_counter() + 0.005
            while time.perf_counter() < end:
                pass
            state["steps"] += 1
            yield
        return (yield from real(notes, language, threshold, ignore=ignore))

    monkeypatch.setattr(core_suggest, "suggest_steps", slow)
    yield state
    SuggestJob.cancel_all()


def _unfile_a_theme(widget):
    theme = widget.scene.ordered_themes()[0]
    widget.scene.dissolve([theme])


def test_grouping_runs_in_slices_and_the_board_stays_responsive(board, qtbot, slow_suggest):
    wf, session, widget = board
    _unfile_a_theme(widget)
    ticks: list[float] = []
    timer = QTimer(widget)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(1)
    with qtbot.waitSignal(widget.suggestions_shown, timeout=20000) as shown:
        widget.suggest()
        # While the grouping runs the window handles its events: timers fire between
        # slices, the board shows that it is busy and starts no second computation.
        qtbot.waitUntil(lambda: slow_suggest["steps"] >= 10, timeout=10000)
        assert not widget.suggest_action.isEnabled()
        assert widget.suggest_busy.isVisible() and widget.suggest_busy_bar.isVisible()
        widget.search_box.setText("samverk")  # typing into the board works meanwhile
        widget.run_search()
        assert widget.scene.matches
        widget.suggest()  # a second click while busy starts nothing
        assert len(SuggestJob.running) == 1
    timer.stop()
    assert slow_suggest["steps"] == slow_suggest["slices"]
    # Never a long stretch without events, though the whole took 60 slices of 5 ms.
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 20 and max(gaps) < 0.25
    # It got plain dicts, never the open file.
    assert all(type(n) is dict for n in slow_suggest["notes"])
    dialog = shown.args[0]
    assert dialog.isVisible() and dialog.count()
    assert widget.suggest_action.isEnabled()
    qtbot.waitUntil(lambda: not widget.suggest_busy.isVisible())  # the toolbar lays out
    assert not SuggestJob.running
    dialog.close()


def test_a_slice_is_short(board, qtbot, slow_suggest, monkeypatch):
    """The job gives the window its turn after SLICE_MS of work (plus one step)."""
    wf, session, widget = board
    _unfile_a_theme(widget)
    lengths = []
    real = SuggestJob._slice

    def timed(self):
        start = time.perf_counter()
        real(self)
        lengths.append(time.perf_counter() - start)

    monkeypatch.setattr(SuggestJob, "_slice", timed)
    with qtbot.waitSignal(widget.suggestions_shown, timeout=20000):
        widget.suggest()
    assert len(lengths) > 10
    assert max(lengths[1:]) < (suggest_worker.SLICE_MS + 5 + 40) / 1000  # 40 ms: a busy machine


def test_a_result_for_another_question_is_dropped(board, qtbot, slow_suggest):
    wf, session, widget = board
    _unfile_a_theme(widget)
    first = session.question_id
    widget.suggest()
    qtbot.waitUntil(lambda: slow_suggest["steps"] >= 2)
    job = next(iter(SuggestJob.running))
    other = next(q["id"] for q in wf.questions() if q["id"] != first)
    shown = []
    widget.suggestions_shown.connect(shown.append)
    with qtbot.waitSignal(job.ended, timeout=10000):
        session.set_current(question_id=other)
    assert widget.scene.question_id == other
    assert widget.suggest_action.isEnabled()  # the new question can be grouped at once
    steps = slow_suggest["steps"]
    QCoreApplication.processEvents()
    assert slow_suggest["steps"] == steps  # the old computation stopped
    assert shown == [] and widget.suggestions_dialog is None
    assert not SuggestJob.running


def test_closing_the_board_while_grouping_stops_it(board, qtbot, slow_suggest):
    wf, session, widget = board
    _unfile_a_theme(widget)
    widget.suggest()
    qtbot.waitUntil(lambda: slow_suggest["steps"] >= 2)
    widget.close()
    assert not SuggestJob.running
    steps = slow_suggest["steps"]
    qtbot.wait(50)  # a computation still under way would run more slices meanwhile
    assert slow_suggest["steps"] == steps
    assert widget.suggestions_dialog is None


def test_deleting_the_board_while_grouping_stops_it(qtbot, demo_path, open_board, slow_suggest):
    # As when the main window closes its file: the board is deleted, not closed.
    wf, session, widget = open_board(qtbot, demo_path)
    try:
        _unfile_a_theme(widget)
        widget.suggest()
        qtbot.waitUntil(lambda: slow_suggest["steps"] >= 2)
        gone = []
        widget.destroyed.connect(lambda *_: gone.append(True))
        widget.deleteLater()
        qtbot.waitUntil(lambda: bool(gone), timeout=10000)
        assert not SuggestJob.running
        steps = slow_suggest["steps"]
        qtbot.wait(50)  # no signal says "nothing happened": give a stray slice time to run
        assert slow_suggest["steps"] == steps
    finally:
        wf.close()
