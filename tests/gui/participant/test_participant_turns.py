"""Between two people at the shared laptop nothing passes: not the clipboard, not the X
selection, not the box's undo, not an unsaved draft (asked first), not a turn left
open (the idle timeout); withdrawing asks once more; keys do only what they say; long
words and direction controls cannot push buttons off screen or reorder a note."""

from __future__ import annotations

import pytest
from participant_helpers import type_keys
from PySide6.QtCore import QMimeData, QRect, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from workshop_app.core import voting
from workshop_app.gui.participant.participant_window import ParticipantWindow
from workshop_app.gui.participant.voting_window import VotingWindow


@pytest.fixture
def window(qtbot, locked_session):
    win = ParticipantWindow(locked_session, ask_perspective=False)
    qtbot.addWidget(win)
    win.show_locked()
    qtbot.waitExposed(win)
    return win


def clipped(label) -> bool:
    """Whether `label`'s text, wrapped as the label wraps it, is wider than the label."""
    margins = label.contentsMargins().left() + label.contentsMargins().right()
    room = QRect(0, 0, label.width() - margins - 2 * label.margin(), 100_000)
    needed = label.fontMetrics().boundingRect(room, Qt.TextWordWrap, label.text())
    return needed.width() > room.width()


def clipboard_texts() -> list[str]:
    clipboard = QApplication.clipboard()
    modes = [QClipboard.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Selection)
    return [clipboard.text(mode) for mode in modes]


def put_on_clipboard(text: str) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText(text, QClipboard.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText(text, QClipboard.Selection)


def test_nothing_can_be_copied_or_cut_out_of_the_note_box(qtbot, window):
    put_on_clipboard("")
    type_keys(window.editor, "Bs hemlighet")
    window.editor.selectAll()
    qtbot.keyClick(window.editor, Qt.Key_C, Qt.ControlModifier)
    qtbot.keyClick(window.editor, Qt.Key_X, Qt.ControlModifier)
    window.editor.copy()  # the context menu's Copy, had it one
    assert window.editor.toPlainText() == "Bs hemlighet"  # cut did not remove it either
    assert "Bs hemlighet" not in clipboard_texts()
    assert window.editor.contextMenuPolicy() == Qt.NoContextMenu


def test_the_clipboard_is_emptied_on_save_and_on_next_person(qtbot, window):
    put_on_clipboard("B:s lapp, kopierad någon annanstans")
    type_keys(window.editor, "En lapp")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert clipboard_texts() == [""] * len(clipboard_texts())
    put_on_clipboard("igen")
    qtbot.keyClick(window.next_button, Qt.Key_Return)
    assert clipboard_texts() == [""] * len(clipboard_texts())
    qtbot.keyClick(window.editor, Qt.Key_V, Qt.ControlModifier)
    assert window.editor.toPlainText() == ""


def test_undo_in_the_box_does_not_bring_back_the_last_persons_note(qtbot, window):
    type_keys(window.editor, "Förra personens lapp")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    qtbot.keyClick(window.next_button, Qt.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key_Z, Qt.ControlModifier)
    assert window.editor.toPlainText() == ""


def test_next_person_with_an_unsaved_note_asks_first(qtbot, window, wf):
    type_keys(window.editor, "Halvfärdig tanke")
    qtbot.keyClick(window.next_button, Qt.Key_Return)
    assert window.draft_bar.isVisible()
    assert window.editor.toPlainText() == "Halvfärdig tanke"  # nothing thrown away yet
    qtbot.keyClick(window.keep_writing_button, Qt.Key_Return)
    assert not window.draft_bar.isVisible() and window.focusWidget() is window.editor
    qtbot.keyClick(window.next_button, Qt.Key_Return)
    with qtbot.waitSignal(window.turn_ended):
        qtbot.keyClick(window.save_draft_button, Qt.Key_Return)
    assert [n["text"] for n in wf.notes()] == ["Halvfärdig tanke"]
    type_keys(window.editor, "Skräp")
    qtbot.keyClick(window.next_button, Qt.Key_Return)
    with qtbot.waitSignal(window.turn_ended):
        qtbot.keyClick(window.discard_draft_button, Qt.Key_Return)
    assert window.editor.toPlainText() == "" and len(wf.notes()) == 1


def test_an_untouched_turn_ends_after_the_idle_time(qtbot, window, wf):
    window.idle_grace_seconds = 0.05
    type_keys(window.editor, "A:s lapp")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    type_keys(window.editor, "A:s utkast")
    with qtbot.waitSignal(window.idle, timeout=2000):
        window.set_idle_minutes(0.1 / 60)  # A walks away
    assert window.idle_bar.isVisible()
    with qtbot.waitSignal(window.turn_ended, timeout=2000):
        pass
    assert window.turn_rows == [] and window.editor.toPlainText() == ""
    assert not window.idle_bar.isVisible()
    with pytest.raises(Exception, match="Only your own notes"):
        window.turn.edit(wf.notes()[0]["id"], "B ändrar A:s lapp")


def test_i_am_still_here_keeps_the_turn(qtbot, window):
    window.idle_grace_seconds = 60
    type_keys(window.editor, "Jag tänker")
    with qtbot.waitSignal(window.idle, timeout=2000):
        window.set_idle_minutes(0.1 / 60)
    window.set_idle_minutes(0)
    qtbot.keyClick(window.still_here_button, Qt.Key_Return)
    assert not window.idle_bar.isVisible()
    assert window.editor.toPlainText() == "Jag tänker"


def test_withdraw_asks_once_more(qtbot, window, wf):
    type_keys(window.editor, "Kanske fel")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    row = window.turn_rows[0]
    qtbot.keyClick(row.erase_button, Qt.Key_Return)
    assert row.confirm.isVisible() and wf.notes() != []
    qtbot.keyClick(row.keep_button, Qt.Key_Return)
    assert not row.confirm.isVisible() and wf.notes() != []
    qtbot.keyClick(row.erase_button, Qt.Key_Return)
    qtbot.keyClick(row.confirm_erase_button, Qt.Key_Return)
    assert wf.notes() == []


def test_alt_and_a_letter_types_nothing(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key_E, Qt.AltModifier)
    qtbot.keyClick(window.editor, Qt.Key_2, Qt.AltModifier)
    assert window.editor.toPlainText() == ""
    qtbot.keyClicks(window.editor, "e")
    assert window.editor.toPlainText() == "e"


def test_a_note_of_zero_width_characters_only_is_refused(qtbot, window, wf):
    window.editor.insertPlainText("\u200b\u200c\u200d\ufeff")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert wf.notes() == [] and "empty" in window.hint.text()


def test_arrow_keys_never_change_dots(qtbot, locked_session, ids):
    round_id = voting.create_round(locked_session.wf, ids["question"], ids["workshop"], dots=3)
    win = VotingWindow(locked_session, round_id.rows[0].id)
    qtbot.addWidget(win)
    win.show_locked()
    first = win.rows[0]
    for target in (first, first.plus):  # the row itself, and its focused + button
        for key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Down):
            qtbot.keyClick(target, key)
    assert [r.count for r in win.rows] == [0] * len(win.rows)
    qtbot.keyClick(first.plus, Qt.Key_Plus)
    assert first.count == 1


def test_pasted_text_still_arrives_as_plain_text(qtbot, window):
    mime = QMimeData()
    mime.setHtml("<b>Fet</b>")
    mime.setText("Fet")
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(window.editor, Qt.Key_V, Qt.ControlModifier)
    assert window.editor.toPlainText() == "Fet"
    QApplication.clipboard().clear()


def test_a_long_word_keeps_edit_and_withdraw_on_a_1024_screen(qtbot, locked_session):
    win = ParticipantWindow(locked_session, ask_perspective=False)
    qtbot.addWidget(win)
    win.show_locked()
    win.setGeometry(0, 0, 1024, 768)  # offscreen ignores full screen sizes: set the size
    win.setFixedSize(1024, 768)
    for text in ("Bredband" * 62, "https://example.org/" + "a" * 400):
        win.editor.setPlainText(text)
        qtbot.keyClick(win.editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: all(r.erase_button.isVisible() for r in win.turn_rows))
    for row in win.turn_rows:
        for button in (row.edit_button, row.erase_button):
            right = button.mapTo(win, button.rect().topRight()).x()
            assert 0 < right <= 1024, button.text()
        assert not clipped(row.text_label), row.text_label.text()
    assert win.editor.width() > 1024 * 0.4  # the note box keeps its room


def test_direction_controls_cannot_reorder_a_note(qtbot, locked_session, wf):
    win = ParticipantWindow(locked_session, ask_perspective=False)
    qtbot.addWidget(win)
    win.show_locked()
    text = "Betala 100 kr \u202eoof\u202c tack"
    win.editor.setPlainText(text)
    qtbot.keyClick(win.editor, Qt.Key_Return)
    assert wf.notes()[0]["text"] == text  # stored exactly as typed
    shown = win.turn_rows[0].text_label.text()
    assert "\u202e" not in shown and "oof" in shown
