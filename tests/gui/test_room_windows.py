"""F7 and F6 from the main window: one presentation window and one voting screen at most."""

from __future__ import annotations

from participant_helpers import PIN, leave_with_pin, make_series
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from workshop_app.core import pin, voting
from workshop_app.gui.participant.voting_window import RoundDialog, VotingWindow
from workshop_app.gui.presentation import PresentationWindow


def _open(window, tmp_path):
    path = tmp_path / "serie.samla"
    ids = make_series(path)
    assert window.open_file(path)
    window.session.set_current(workshop_id=ids["workshop"], question_id=ids["question"])
    return window.session, ids


def voting_screens() -> list:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, VotingWindow) and w.isVisible()
    ]


def presentations(window) -> list:
    return [w for w in window.findChildren(PresentationWindow) if w.isVisible()]


def test_f7_twice_leaves_one_presentation_window(window, tmp_path, qtbot):
    _open(window, tmp_path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_F7)
    first = presentations(window)
    assert len(first) == 1
    qtbot.keyClick(window, Qt.Key_F7)
    assert presentations(window) == first
    qtbot.keyClick(first[0], Qt.Key_F7)  # F7 in the room's window goes back, opens nothing
    assert presentations(window) == first
    first[0].showMinimized()
    window.action_presentation.trigger()  # minimized: F7 shows it again
    assert presentations(window) == first and not first[0].isMinimized()
    first[0].close()  # closed (its window's close button): F7 opens it anew
    assert not presentations(window)
    window.action_presentation.trigger()
    assert len(presentations(window)) == 1


def test_f6_while_a_voting_screen_is_open_brings_it_forward(window, tmp_path, qtbot, monkeypatch):
    session, ids = _open(window, tmp_path)
    pin.set_pin(session.wf, PIN)
    asked = []

    def accept(dialog):  # the round set-up, accepted as it stands
        asked.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", accept)
    window.action_voting.trigger()
    assert len(asked) == 1
    screens = voting_screens()
    assert len(screens) == 1
    window.action_voting.trigger()  # no second round set-up, no second screen
    assert len(asked) == 1
    assert voting_screens() == screens
    assert len(voting.rounds(session.wf, ids["question"], ids["workshop"])) == 1
    leave_with_pin(qtbot, screens[0])
