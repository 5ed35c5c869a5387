"""The entry points the workspace calls: a PIN is chosen at first use (typed twice),
participant mode then opens full screen; voting starts with an editable round set-up."""

from __future__ import annotations

import pytest
from participant_helpers import PIN, leave_with_pin
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workshop_app.core import pin, voting
from workshop_app.gui.participant import start_participant_mode, start_voting
from workshop_app.gui.participant.participant_window import ParticipantWindow
from workshop_app.gui.participant.pin_prompt import SetPinDialog
from workshop_app.gui.participant.voting_window import RoundDialog, VotingWindow

pytestmark = pytest.mark.gui


def when_modal(qtbot, kind, act):
    """Run `act(dialog)` once a modal dialog of `kind` is open (exec() blocks the test)."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            done.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


def test_first_use_asks_for_the_pin_twice_then_opens_full_screen(qtbot, session, ids):
    session.do("Rename", lambda wf: wf.update("workshops", ids["workshop"], title="Storuman"))

    def choose(dialog: SetPinDialog):
        qtbot.keyClicks(dialog.first, PIN)
        qtbot.keyClicks(dialog.second, "4712")
        qtbot.keyClick(dialog.second, Qt.Key_Return)
        assert dialog.isVisible()
        assert "differ" in dialog.message.text()
        qtbot.keyClicks(dialog.second, PIN)
        qtbot.keyClick(dialog.second, Qt.Key_Return)

    seen = when_modal(qtbot, SetPinDialog, choose)
    window = start_participant_mode(None, session)
    assert seen, "the PIN dialog was not shown"
    assert isinstance(window, ParticipantWindow)
    qtbot.addWidget(window)
    assert window.isFullScreen()
    assert pin.check_pin(session.wf, PIN)
    # Ctrl+Z in the workspace cannot drop the PIN, and the facilitator's history is kept.
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert pin.check_pin(session.wf, PIN)
    leave_with_pin(qtbot, window)

    # Second use: the PIN exists, no dialog.
    again = start_participant_mode(None, session)
    qtbot.addWidget(again)
    assert again.isFullScreen()
    leave_with_pin(qtbot, again)


def test_cancelling_the_pin_starts_nothing(qtbot, session):
    when_modal(qtbot, SetPinDialog, lambda d: d.reject())
    assert start_participant_mode(None, session) is None
    assert not pin.has_pin(session.wf)


def test_voting_round_defaults_are_editable(qtbot, locked_session, ids):
    def set_up(dialog: RoundDialog):
        assert dialog.dots.value() == 2  # 6 themes / 3
        assert dialog.max_per_theme.value() == 3
        dialog.dots.setValue(3)
        dialog.max_per_theme.setValue(1)
        dialog.accept()

    when_modal(qtbot, RoundDialog, set_up)
    window = start_voting(None, locked_session)
    assert isinstance(window, VotingWindow)
    qtbot.addWidget(window)
    assert window.isFullScreen()
    rnd = voting.get_round(locked_session.wf, window.round_id)
    assert (rnd["dots"], rnd["max_per_theme"], rnd["revealed"]) == (3, 1, False)
    assert rnd["question_id"] == ids["question"] and rnd["workshop_id"] == ids["workshop"]
    assert len(window.rows) == 6
    leave_with_pin(qtbot, window)
