"""Participant mode with real key events: three people in turn, privacy between turns,
input limits, and leaving only with the facilitator's PIN."""

from __future__ import annotations

import pytest
from participant_helpers import PIN, leave_with_pin, type_keys
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from workshop_app.core.pin import PinGuard
from workshop_app.core.store import WorkshopFile
from workshop_app.core.turn import NOTE_LIMIT, NotInThisTurn
from workshop_app.gui.participant.participant_window import ParticipantWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, locked_session):
    win = ParticipantWindow(locked_session)
    qtbot.addWidget(win)
    win.show_locked()
    qtbot.waitExposed(win)
    return win


def shown_text(win) -> str:
    """Everything the participant screen shows right now, as one string."""
    parts = [w.text() for w in win.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in win.findChildren(QPushButton) if w.isVisible()]
    parts += [w.toPlainText() for w in win.findChildren(QPlainTextEdit)]
    parts += [w.accessibleDescription() for w in win.findChildren(QLabel) if w.isVisible()]
    return "\n".join(parts)


def perspective_button(win, name):
    return next(b for b in win.perspective_buttons if b.text() == name)


def type_note(qtbot, win, text):
    type_keys(win.editor, text)
    qtbot.keyClick(win.editor, Qt.Key_Return)


def test_three_participants_with_perspectives_land_in_the_file(qtbot, window, series_file):
    path, ids = series_file
    people = [
        ("Kommun", ["Bättre bredband i byarna", "Samåkning till kommunhuset"]),
        ("Region", ["Regional kollektivtrafik"]),
        (None, ["Mötesplatser för unga", "Lokal service", "Fler bostäder"]),
    ]
    for who, texts in people:
        assert window.pages.currentIndex() == 0  # each turn starts with the perspective choice
        if who is None:
            qtbot.keyClick(window.skip_button, Qt.Key_Return)
        else:
            qtbot.keyClick(perspective_button(window, who), Qt.Key_Return)
        assert window.pages.currentWidget() is window.write_page
        for count, text in enumerate(texts, start=1):
            type_note(qtbot, window, text)
            assert window.confirmation.isVisible()
            assert window.confirmation.text() == "Thank you — your note is saved"
            assert window.turn_title.text() == f"Your notes in this turn: {count}"
            assert window.editor.toPlainText() == ""
        qtbot.keyClick(window.next_button, Qt.Key_Return)

    with WorkshopFile.open(path, readonly=True) as fresh:
        names = {p["id"]: p["name"] for p in fresh.perspectives()}
        stored = [
            (names.get(n["perspective_id"]), n["text"], n["question_id"], n["workshop_id"])
            for n in fresh.notes()
        ]
    expected = [
        (who, text, ids["question"], ids["workshop"]) for who, texts in people for text in texts
    ]
    assert sorted(stored, key=str) == sorted(expected, key=str)


def test_shift_enter_makes_a_new_line_and_unicode_is_kept(qtbot, window, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    type_keys(window.editor, "Första raden")
    qtbot.keyClick(window.editor, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClicks(window.editor, "andra raden")
    assert wf.notes() == []  # Shift+Enter did not submit
    window.editor.insertPlainText(" 🚀 مرحبا 你好 e\u0301")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert [n["text"] for n in wf.notes()] == ["Första raden\nandra raden 🚀 مرحبا 你好 e\u0301"]


def test_earlier_turn_notes_cannot_be_seen_edited_or_withdrawn(qtbot, window, wf, ids):
    wf.add_note(ids["question"], ids["workshop"], "Facilitatorns egen lapp")
    qtbot.keyClick(perspective_button(window, "Kommun"), Qt.Key_Return)
    type_note(qtbot, window, "Första personens hemlighet")
    first_id = window.turn.note_ids[0]
    assert "Första personens hemlighet" in shown_text(window)  # shown to its author
    assert "Facilitatorns egen lapp" not in shown_text(window)

    qtbot.keyClick(window.next_button, Qt.Key_Return)
    qtbot.keyClick(perspective_button(window, "Region"), Qt.Key_Return)
    # The UI offers no way: nothing of the earlier turn is shown, no Edit/Withdraw for it.
    assert "Första personens hemlighet" not in shown_text(window)
    assert window.turn_rows == []
    # And the API the window uses refuses ids from outside this turn.
    with pytest.raises(NotInThisTurn):
        window.turn.edit(first_id, "ändrad")
    with pytest.raises(NotInThisTurn):
        window.turn.withdraw(first_id)
    other = wf.notes()[0]["id"]
    with pytest.raises(NotInThisTurn):
        window.turn.withdraw(other)
    window.start_edit(first_id)  # ignored: not this turn's
    assert window.editor.toPlainText() == ""
    note = wf.get("notes", first_id)
    assert note["text"] == "Första personens hemlighet" and note["deleted_at"] is None


def test_own_notes_can_be_edited_and_withdrawn_in_the_turn(qtbot, window, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    type_note(qtbot, window, "Bredbnad")
    type_note(qtbot, window, "Ta bort mig")
    first, second = window.turn.note_ids
    qtbot.keyClick(window.turn_rows[0].edit_button, Qt.Key_Return)
    assert window.editor.toPlainText() == "Bredbnad"
    window.editor.selectAll()
    type_keys(window.editor, "Bredband")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert wf.get("notes", first)["text"] == "Bredband"
    assert window.confirmation.text() == "Thank you — your change is saved"
    qtbot.keyClick(window.turn_rows[1].erase_button, Qt.Key_Return)
    assert wf.get("notes", second)["deleted_at"] is None  # asks once more first
    qtbot.keyClick(window.turn_rows[1].confirm_erase_button, Qt.Key_Return)
    erased = wf.get("notes", second)
    assert erased["text"] == "" and erased["erased_at"] and erased["deleted_at"]  # for good
    assert [n["text"] for n in wf.notes()] == ["Bredband"]
    assert window.turn_title.text() == "Your notes in this turn: 1"


def test_empty_note_refused_with_a_hint(qtbot, window, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert "empty" in window.hint.text()
    qtbot.keyClicks(window.editor, "   ")
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert wf.notes() == []
    assert not window.confirmation.isVisible()


def test_too_long_note_refused_and_counter_visible(qtbot, window, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    qtbot.keyClicks(window.editor, "abc")
    assert window.counter.isVisible() and window.counter.text() == f"3 / {NOTE_LIMIT}"
    window.editor.insertPlainText("x" * NOTE_LIMIT)
    assert window.counter.text() == f"{NOTE_LIMIT + 3} / {NOTE_LIMIT}"
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert wf.notes() == []
    assert "too long" in window.hint.text()


def test_pasted_rich_text_becomes_plain_text(qtbot, window, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    mime = QMimeData()
    mime.setHtml('<b style="color:red;font-size:40px">Fet</b> <i>och</i> <a href="x">länk</a>')
    mime.setText("Fet och länk")
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(window.editor, Qt.Key_V, Qt.ControlModifier)
    assert window.editor.toPlainText() == "Fet och länk"
    block = window.editor.document().begin()
    for fragment_iter in [block.begin()]:
        it = fragment_iter
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert fmt.fontWeight() != QFont.Bold and not fmt.fontItalic()
            assert not fmt.isAnchor()
            it += 1
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert [n["text"] for n in wf.notes()] == ["Fet och länk"]
    # The clipboard owns the mime data now; empty it while the test still runs, so Qt
    # frees it before the interpreter shuts down (else the process crashes at exit).
    QApplication.clipboard().clear()


def test_escape_and_close_do_not_leave_without_the_pin(qtbot, window):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key_Escape)
    assert window.isVisible()
    dialog = window.pin_prompt
    assert dialog.isVisible() and not window.editor.isVisible()
    qtbot.keyClick(dialog.field, Qt.Key_Escape)  # Escape again: still the PIN page
    assert dialog.isVisible() and not window.editor.isVisible()
    qtbot.keyClick(dialog.back_button, Qt.Key_Space)  # Back to the screen
    assert not dialog.isVisible() and window.isVisible()
    assert window.focusWidget() is window.editor

    assert window.close() is False  # close button / Alt+F4
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.isVisible()
    assert window.pin_prompt.isVisible()


def test_wrong_pin_refused_right_pin_leaves(qtbot, window):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key_Escape)
    dialog = window.pin_prompt
    qtbot.keyClicks(dialog.field, "0000")
    qtbot.keyClick(dialog.field, Qt.Key_Return)
    assert window.isVisible() and dialog.isVisible()
    assert dialog.message.text() == "That PIN is not right."
    assert dialog.field.text() == ""
    with qtbot.waitSignal(window.left, timeout=5000):
        qtbot.keyClicks(dialog.field, PIN)
        qtbot.keyClick(dialog.field, Qt.Key_Return)
    assert not window.isVisible()


def test_repeated_wrong_pins_make_the_field_wait(qtbot, locked_session):
    now = [1000.0]
    win = ParticipantWindow(locked_session, guard=PinGuard(clock=lambda: now[0]))
    qtbot.addWidget(win)
    win.show_locked()
    win.request_leave()
    prompt = win.pin_prompt
    for _ in range(3):
        qtbot.keyClicks(prompt.field, "9999")
        qtbot.keyClick(prompt.field, Qt.Key_Return)
    assert prompt.field.isReadOnly() and win.focusWidget() is prompt.field
    assert prompt.message.text() == "That PIN is not right. Try again in 3 s."
    qtbot.keyClicks(prompt.field, PIN)  # typed while waiting: goes nowhere
    qtbot.keyClick(prompt.field, Qt.Key_Return)
    assert win.locked and prompt.isVisible()
    now[0] += 2.5
    qtbot.waitUntil(lambda: not prompt.field.isReadOnly(), timeout=2000)  # the next tick
    assert prompt.message.text() == "You can try again now."
    leave_with_pin(qtbot, win)


def test_time_up_closes_input_calmly(qtbot, window, locked_session, wf):
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    qtbot.keyClicks(window.editor, "Sent")
    locked_session.set_input_closed(True)
    assert window.pages.currentWidget() is window.closed_page
    assert "Time is up" in window.closed_label.text()
    qtbot.keyClick(window.editor, Qt.Key_Return)
    assert wf.notes() == []
    locked_session.set_input_closed(False)
    assert window.pages.currentWidget() is window.write_page


def test_follows_the_facilitators_question(qtbot, window, locked_session, ids, wf):
    locked_session.set_current(question_id=ids["other_question"])
    assert window.question_label.text().startswith("Vad behöver")
    qtbot.keyClick(window.skip_button, Qt.Key_Return)
    type_note(qtbot, window, "Resurser")
    assert wf.notes()[0]["question_id"] == ids["other_question"]


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton

    for widget in window.findChildren(QAbstractButton) + [window.editor]:
        assert widget.accessibleName(), widget
        assert widget.accessibleDescription(), widget.accessibleName()


def test_text_scales_with_the_system_font(qtbot, locked_session):
    app = QApplication.instance()
    original = app.font()
    try:
        big = QFont(original)
        big.setPointSizeF(original.pointSizeF() * 2)
        app.setFont(big)
        win = ParticipantWindow(locked_session)
        qtbot.addWidget(win)
        assert win.question_label.font().pointSizeF() == pytest.approx(big.pointSizeF() * 2.0)
        assert win.editor.font().pointSizeF() == pytest.approx(big.pointSizeF() * 1.6)
    finally:
        app.setFont(original)
