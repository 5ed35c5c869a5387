"""Keyboard only: every key goes to whatever has focus, as on a real keyboard."""

from __future__ import annotations

import pytest
from participant_helpers import PIN, leave_with_pin
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.core import voting
from workshop_app.gui.participant.participant_window import ParticipantWindow
from workshop_app.gui.participant.voting_window import VotingWindow

pytestmark = pytest.mark.gui


def key(qtbot, k, modifier=Qt.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def keys(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def show_active(qtbot, window):
    qtbot.addWidget(window)
    window.show_locked()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_participant_turn_with_the_keyboard_alone(qtbot, locked_session, wf):
    window = ParticipantWindow(locked_session)
    show_active(qtbot, window)
    assert QApplication.focusWidget() is window.perspective_buttons[0]
    key(qtbot, Qt.Key_Tab)
    assert QApplication.focusWidget() is window.perspective_buttons[1]
    key(qtbot, Qt.Key_Return)  # Region
    assert QApplication.focusWidget() is window.editor
    keys(qtbot, "Tag till byarna")
    key(qtbot, Qt.Key_Return)
    keys(qtbot, "Laddstolpar")
    key(qtbot, Qt.Key_Return)
    assert [n["text"] for n in wf.notes()] == ["Tag till byarna", "Laddstolpar"]
    # Tab: Add note, then the turn's notes (Edit, Withdraw, ...), then Next person.
    order = []
    for _ in range(6):
        key(qtbot, Qt.Key_Tab)
        order.append(QApplication.focusWidget())
    rows = window.turn_rows
    assert order == [
        window.add_button,
        rows[0].edit_button,
        rows[0].erase_button,
        rows[1].edit_button,
        rows[1].erase_button,
        window.next_button,
    ]
    key(qtbot, Qt.Key_Return)  # Next person
    assert window.turn_rows == []
    assert QApplication.focusWidget() is window.perspective_buttons[0]
    key(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pin_prompt.field, timeout=3000)
    keys(qtbot, PIN)
    with qtbot.waitSignal(window.left):
        key(qtbot, Qt.Key_Return)


def test_voting_with_the_keyboard_alone(qtbot, locked_session, ids):
    wf = locked_session.wf
    round_id = voting.create_round(wf, ids["question"], ids["workshop"], dots=3).rows[0].id
    window = VotingWindow(locked_session, round_id)
    show_active(qtbot, window)
    assert QApplication.focusWidget() is window.rows[0].plus
    key(qtbot, Qt.Key_Plus)
    key(qtbot, Qt.Key_Return)  # the focused + button
    key(qtbot, Qt.Key_Tab)  # on to the second theme's − (disabled) / + buttons
    key(qtbot, Qt.Key_Plus)
    assert [r.count for r in window.rows[:2]] == [2, 1]
    assert window.left_label.text() == "Dots left: 0"
    window.confirm_button.setFocus()
    key(qtbot, Qt.Key_Return)
    assert voting.ballot_count(wf, round_id) == 1
    assert QApplication.focusWidget() is window.next_button
    key(qtbot, Qt.Key_Return)
    assert QApplication.focusWidget() is window.rows[0].plus
    leave_with_pin(qtbot, window)
