"""Presentation mode: read-only, follows the facilitator, shows notes only once revealed
and vote results only once the round is revealed; the timer ticks on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit

from workshop_app.core import voting
from workshop_app.gui.presentation import PresentationWindow, open_presentation
from workshop_app.gui.presentation.window import VoteBar
from workshop_app.gui.timer import StepTimer

pytestmark = pytest.mark.gui


@pytest.fixture
def timer(qtbot):
    return StepTimer(300)


@pytest.fixture
def window(qtbot, session, timer):
    win = PresentationWindow(session, timer)
    qtbot.addWidget(win)
    win.show()
    return win


def shown(win) -> str:
    return "\n".join(w.text() for w in win.findChildren(QLabel) if w.isVisibleTo(win))


def test_notes_hidden_until_revealed_then_shown(qtbot, window, session, ids):
    wf = session.wf
    for text in ("Bredband överallt", "Mötesplats i skolan"):
        session.record(wf.add_note(ids["question"], ids["workshop"], text))
    assert window.question_label.text() == "Hur kan kommuner möjliggöra smarta landsbygder?"
    assert "Bredband överallt" not in shown(window)
    assert "2 notes so far" in shown(window)

    session.set_revealed(True)
    assert "Bredband överallt" in shown(window)
    assert "Mötesplats i skolan" in shown(window)
    # Follows new notes and the facilitator's move to another question.
    session.record(wf.add_note(ids["question"], ids["workshop"], "Ny lapp"))
    assert "Ny lapp" in shown(window)
    session.set_current(question_id=ids["other_question"])
    assert window.question_label.text().startswith("Vad behöver")
    assert "Bredband överallt" not in shown(window)


def test_themes_with_their_notes_once_revealed(qtbot, window, session, ids):
    wf = session.wf
    note = wf.add_note(ids["question"], ids["workshop"], "Fiber till varje by").rows[0].id
    session.record(wf.file_notes([note], ids["themes"][0]))
    session.set_revealed(True)
    text = shown(window)
    assert "Bredband" in text and "– Fiber till varje by" in text


def test_vote_results_only_after_the_round_is_revealed(qtbot, window, session, ids):
    wf = session.wf
    t = ids["themes"]
    round_id = voting.create_round(wf, ids["question"], ids["workshop"], dots=3).rows[0].id
    session.record(voting.cast_ballot(wf, round_id, {t[0]: 3}))
    session.record(voting.cast_ballot(wf, round_id, {t[0]: 1, t[1]: 2}))
    session.set_current(step="vote")
    assert "2 people have voted" in shown(window)
    assert window.findChildren(VoteBar) == []

    session.do("Reveal", lambda w: voting.set_revealed(w, round_id, True))
    bars = {bar.accessibleName(): bar.value for bar in window.findChildren(VoteBar)}
    assert bars["Bredband: 4 dots"] == 4
    assert bars["Service: 2 dots"] == 2
    assert bars["Skola: 0 dots"] == 0


def test_timer_ticks_on_screen(qtbot, window, timer):
    assert window.timer_label.text() == "05:00"
    timer.set_duration(2)
    assert window.timer_label.text() == "00:02"
    timer.start()
    qtbot.waitUntil(lambda: window.timer_label.text() == "00:01", timeout=3000)
    timer.pause()
    timer.add_minute()
    assert window.timer_label.text().startswith("01:0")


def test_read_only(window):
    assert window.findChildren(QLineEdit) == []
    assert window.findChildren(QPlainTextEdit) == []
    assert window.findChildren(QAbstractButton) == []


def test_open_presentation_without_a_second_screen_is_a_movable_window(qtbot, session, timer):
    win = open_presentation(None, session, timer)
    qtbot.addWidget(win)
    assert win.isVisible() and not win.isFullScreen()
    assert not (win.windowFlags() & 0x00000800)  # not FramelessWindowHint: it can be moved


def test_notes_on_a_dark_perspective_colour_are_written_in_light_ink(window, session, ids):
    wf = session.wf
    perspective = wf.add("perspectives", name="region", colour="#1D3557").rows[0].id
    question = wf.add("questions", text="Vad behöver regioner?").rows[0].id  # no themes: cards
    session.record(wf.add_note(question, ids["workshop"], "Mörk lapp", perspective_id=perspective))
    session.set_current(question_id=question)
    session.set_revealed(True)
    [card] = [w for w in window.findChildren(QLabel) if w.text() == "Mörk lapp"]
    assert "color: #ffffff" in card.styleSheet()
