"""The locked screen holds: the PIN page is part of it (one Enter, one try; a wrong PIN
never lets the note box back), the facilitator's window is hidden while it shows, it
comes back when minimised, it keeps the PIN it started with, and it survives a restart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from participant_helpers import PIN, leave_with_pin
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from workshop_app.core import pin
from workshop_app.gui.participant import file_opened, locked_file
from workshop_app.gui.participant.locked_window import active
from workshop_app.gui.participant.participant_window import ParticipantWindow

RELEASED = Path(__file__).resolve().parents[2] / "fixtures" / "released_0_1_0"


@pytest.fixture
def facilitator(qtbot):
    """A stand-in for the facilitator's window (every note, the live vote totals)."""
    window = QMainWindow()
    window.setWindowTitle("Facilitator")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, locked_session, facilitator):
    win = ParticipantWindow(locked_session, facilitator)
    qtbot.addWidget(win)
    win.show_locked()
    qtbot.waitExposed(win)
    return win


def test_one_enter_is_one_try_and_a_wrong_pin_never_closes_the_page(qtbot, window, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    window.request_leave()
    prompt = window.pin_prompt
    for tries, guess in enumerate(("0003", "0004"), start=1):
        qtbot.keyClicks(prompt.field, guess)
        qtbot.keyClick(prompt.field, Qt.Key_Return)
        assert window.guard.failures == tries  # one Enter, one try
        assert prompt.isVisible() and not window.editor.isVisible()
        assert window.focusWidget() is prompt.field and prompt.field.text() == ""
    qtbot.keyClick(prompt.field, Qt.Key_Return)  # Enter on an empty field: no try
    assert window.guard.failures == 2
    # What the facilitator types next goes into the PIN field, never into a note.
    qtbot.keyClicks(window.focusWidget(), PIN)
    with qtbot.waitSignal(window.left):
        qtbot.keyClick(window.focusWidget(), Qt.Key_Return)
    assert wf.notes() == []


def test_the_facilitators_window_is_hidden_while_locked(qtbot, window, facilitator):
    assert not facilitator.isVisible()
    facilitator.show()  # anything that shows it again while locked: hidden at once
    qtbot.waitUntil(lambda: not facilitator.isVisible(), timeout=2000)
    dialog = QDialog(facilitator)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    leave_with_pin(qtbot, window)
    assert facilitator.isVisible() and dialog.isVisible()


def test_minimised_or_made_a_normal_window_it_comes_back(qtbot, window):
    def full_screen() -> bool:
        return window.isVisible() and window.windowState() == Qt.WindowFullScreen

    window.showMinimized()
    qtbot.waitUntil(full_screen, timeout=2000)
    window.showNormal()
    qtbot.waitUntil(full_screen, timeout=2000)
    window.hide()
    qtbot.waitUntil(full_screen, timeout=2000)


def test_a_pin_reset_from_outside_does_not_open_the_running_screen(qtbot, window, wf):
    pin.clear_pin(wf)  # what `workshop-app reset-pin FILE --yes` does meanwhile
    window.request_leave()
    qtbot.keyClick(window.pin_prompt.field, Qt.Key_Return)  # empty Enter
    qtbot.keyClicks(window.pin_prompt.field, "0000")
    qtbot.keyClick(window.pin_prompt.field, Qt.Key_Return)
    assert window.locked and window.isVisible()
    leave_with_pin(qtbot, window)  # the PIN it started with still works


def test_without_any_pin_nothing_opens_it(qtbot, session):
    win = ParticipantWindow(session)  # no PIN was ever chosen (fail closed)
    qtbot.addWidget(win)
    win.show_locked()
    win.request_leave()
    for guess in ("", "0000", "1234"):
        qtbot.keyClicks(win.pin_prompt.field, guess)
        qtbot.keyClick(win.pin_prompt.field, Qt.Key_Return)
    assert win.locked and win.isVisible()
    assert "reset-pin" in win.pin_prompt.prompt.text()


def test_escape_twice_stays_on_the_pin_page(qtbot, window, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key_Escape)
    qtbot.keyClick(window.focusWidget(), Qt.Key_Escape)
    assert window.pin_prompt.isVisible() and not window.editor.isVisible()
    qtbot.keyClicks(window.focusWidget(), PIN)
    assert wf.notes() == [] and window.editor.toPlainText() == ""


def test_locked_is_remembered_and_a_restart_reopens_locked(qtbot, locked_session, facilitator):
    win = ParticipantWindow(locked_session, facilitator)
    qtbot.addWidget(win)
    win.show_locked()
    assert locked_file() == Path(locked_session.wf.path).resolve()
    # The process dies here (kill -9): nothing runs. A new start opens the same file:
    from workshop_app.gui.session import Session

    again = Session(locked_session.wf)
    restarted = QMainWindow()
    qtbot.addWidget(restarted)
    resumed = file_opened(restarted, again)
    assert isinstance(resumed, ParticipantWindow) and resumed.isVisible()
    qtbot.addWidget(resumed)
    assert active() is resumed and not restarted.isVisible()
    assert again.question_id == locked_session.question_id
    leave_with_pin(qtbot, resumed)
    assert locked_file() is None and restarted.isVisible()


def test_the_app_started_after_a_crash_shows_only_the_locked_screen(qtbot, tmp_path):
    from workshop_app.core.store import WorkshopFile
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.settings import AppSettings

    path = tmp_path / "pin.samla"
    shutil.copyfile(RELEASED / "pin.samla", path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, PIN)
        pin.PinStore().lock(wf.series()["id"], path, "participant")
    main = MainWindow(AppSettings())
    qtbot.addWidget(main)
    assert main.open_file(locked_file())
    locked = active()
    assert isinstance(locked, ParticipantWindow) and locked.isVisible()
    qtbot.addWidget(locked)
    assert not main.isVisible()
    leave_with_pin(qtbot, locked)
    assert main.isVisible()


def test_opening_an_old_file_moves_its_pin_out_of_it(qtbot, tmp_path):
    from workshop_app.core.store import WorkshopFile
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.settings import AppSettings

    path = tmp_path / "pin.samla"
    shutil.copyfile(RELEASED / "pin.samla", path)
    main = MainWindow(AppSettings())
    qtbot.addWidget(main)
    assert main.open_file(path)
    assert main.session.undo_stack.count() == 0  # not an action to undo
    assert pin.check_pin(main.session.wf, "2468")  # the released file's PIN still works
    main.close_file()
    with WorkshopFile.open(path) as wf:
        assert not wf.setting(pin.SETTING)


def test_presentation_on_another_screen_stays_others_are_hidden(qtbot, window):
    other = QMainWindow()
    other.shows_the_room = True  # a presentation window on this same screen
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: not other.isVisible(), timeout=2000)
    assert QApplication.activeModalWidget() in (None, window)


def test_a_voting_screen_reopens_as_the_same_round(qtbot, locked_session, ids):
    from workshop_app.core import voting
    from workshop_app.gui.participant.voting_window import VotingWindow
    from workshop_app.gui.session import Session

    round_id = voting.create_round(locked_session.wf, ids["question"], ids["workshop"]).rows[0].id
    first = VotingWindow(locked_session, round_id)
    qtbot.addWidget(first)
    first.show_locked()
    # kill -9 here; the app starts again on the file:
    resumed = file_opened(None, Session(locked_session.wf))
    qtbot.addWidget(resumed)
    assert isinstance(resumed, VotingWindow) and resumed.round_id == round_id
    leave_with_pin(qtbot, resumed)
    assert locked_file() is None
