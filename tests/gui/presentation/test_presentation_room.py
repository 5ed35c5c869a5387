"""Presentation mode for the room: "Show notes to the room" holds for one question in one
workshop; legible from the back at 1366×768 and 1920×1080 (notes ≥ 24 px, question ≥ 40
px); fitted again after every resize; wholly on screen; a long word does not shrink it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from workshop_app.core import voting
from workshop_app.gui.presentation import PresentationWindow, Reveal, open_presentation
from workshop_app.gui.presentation.window import MIN_NOTE_PX, MIN_QUESTION_PX, VoteBar
from workshop_app.gui.room_text import display_text
from workshop_app.gui.timer import StepTimer

IDEAS = [
    "Fiber till varje by",
    "Mötesplatser i skolan",
    "Samåkning via appar",
    "Hemtjänst med surfplattor",
    "Coworking i gamla banken",
    "Kommunal wifi i byalaget",
]


@pytest.fixture
def room(qtbot, session):
    Reveal.of(session)  # as the main window does when the file opens
    win = PresentationWindow(session, StepTimer(300))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def shown_notes(win) -> list[QLabel]:
    return [
        w
        for w in win.board.findChildren(QLabel)
        if w.isVisibleTo(win) and w.accessibleDescription()
    ]


def add_notes(session, question_id, count: int) -> None:
    for i in range(count):
        session.record(
            session.wf.add_note(question_id, session.workshop_id, f"{IDEAS[i % 6]} ({i + 1})")
        )


def test_reveal_holds_for_one_question_and_resets_when_it_changes(qtbot, room, session, ids):
    add_notes(session, ids["question"], 2)
    session.set_revealed(True)
    assert len(shown_notes(room)) > 0
    session.set_current(question_id=ids["other_question"])
    assert not session.revealed
    session.record(session.wf.add_note(ids["other_question"], ids["workshop"], "Ny, live"))
    assert "Ny, live" not in [w.accessibleDescription() for w in shown_notes(room)]
    assert "1 notes so far" in room.message_label.text()
    session.set_current(question_id=ids["question"])  # back: still hidden until revealed
    assert shown_notes(room) == [] and not session.revealed


def test_reveal_resets_when_the_workshop_changes(qtbot, room, session, ids):
    other = session.wf.add("workshops", title="Workshop 2").rows[0].id
    session.set_revealed(True)
    session.set_current(workshop_id=other)
    assert not session.revealed and not Reveal.of(session).shown_here()


def test_a_step_change_within_the_question_keeps_the_reveal(qtbot, room, session, ids):
    session.set_revealed(True)
    session.set_current(step="cluster")
    assert session.revealed and Reveal.of(session).shown_here()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_thirty_notes_legible_from_the_back(qtbot, room, session, size):
    question = session.wf.add("questions", text="Vad behöver kommuner?").rows[0].id  # no themes
    add_notes(session, question, 30)
    session.set_current(question_id=question)
    session.set_revealed(True)
    room.resize(*size)
    qtbot.waitUntil(lambda: room.note_px >= MIN_NOTE_PX and len(shown_notes(room)) > 0)
    seen = set()
    for _ in range(room.page_count):
        for card in shown_notes(room):
            assert card.font().pixelSize() >= MIN_NOTE_PX
            top_left = card.mapTo(room, card.rect().topLeft())
            assert room.rect().contains(QRect(top_left, card.size())), card.text()
            seen.add(card.accessibleDescription())
        qtbot.keyClick(room, Qt.Key_PageDown)
    assert len(seen) == 30
    assert room.question_label.font().pixelSize() >= MIN_QUESTION_PX


def test_fitted_again_after_a_resize(qtbot, room, session):
    question = session.wf.add("questions", text="Vad behöver kommuner?").rows[0].id
    add_notes(session, question, 30)
    session.set_current(question_id=question)
    session.set_revealed(True)
    room.resize(640, 400)
    qtbot.waitUntil(lambda: room.page_count > 1)
    room.resize(1920, 1080)  # F11 on a projector: the size settles after the key
    qtbot.waitUntil(lambda: room.page_count == 1)
    assert room.note_px > MIN_NOTE_PX


def test_a_500_character_word_does_not_shrink_the_projector(qtbot, room, session):
    question = session.wf.add("questions", text="Vad behöver kommuner?").rows[0].id
    session.record(session.wf.add_note(question, session.workshop_id, "x" * 500))
    add_notes(session, question, 5)
    session.set_current(question_id=question)
    session.set_revealed(True)
    qtbot.waitUntil(lambda: len(shown_notes(room)) == 6)
    for card in shown_notes(room):
        assert card.font().pixelSize() >= MIN_NOTE_PX
        assert card.width() <= room.width()
        margins = card.contentsMargins().left() + card.contentsMargins().right()
        inside = QRect(0, 0, card.width() - margins - 2 * card.margin(), 100_000)
        wrapped = card.fontMetrics().boundingRect(inside, Qt.TextWordWrap, card.text())
        assert wrapped.width() <= inside.width()  # the whole word shows, wrapped


def test_vote_bars_share_the_screen(qtbot, room, session, ids):
    wf = session.wf
    for theme in ids["themes"][3:]:
        session.do("Remove", lambda w, t=theme: w.delete("themes", t))  # three themes left
    round_id = voting.create_round(wf, ids["question"], ids["workshop"], dots=3).rows[0].id
    for index, theme in enumerate(ids["themes"][:3]):
        session.record(voting.cast_ballot(wf, round_id, {theme: 1 + index % 3}))
    session.record(voting.set_revealed(wf, round_id, True))
    session.set_current(step="vote")
    bars = room.findChildren(VoteBar)
    assert len(bars) == 3
    lowest = max(bar.mapTo(room.board, bar.rect().bottomLeft()).y() for bar in bars)
    assert lowest > room.board.height() * 0.8  # not half the screen left empty


def test_opens_wholly_on_the_screen(qtbot, session):
    win = open_presentation(None, session, StepTimer(60))
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert available.contains(win.frameGeometry()) or available.contains(win.geometry())


def test_long_runs_get_break_chances_but_letters_and_emoji_stay_whole():
    shown = display_text("x" * 40)
    assert shown.replace("\u200b", "") == "x" * 40 and "\u200b" in shown
    joined = "e\u0301" * 20
    assert display_text(joined).replace("\u200b", "") == joined
    assert "\u200b\u0301" not in display_text(joined)
    family = "👩\u200d👩\u200d👧" * 6
    assert display_text(family) == family
    assert display_text("a\u2066b\u2069c\u202bd") == "abcd"  # isolates and embeddings too


def test_the_menu_item_follows_the_reveal(qtbot, window):
    """Workshop → Show notes to the room unticks itself when the place changes."""
    assert window.open_demo() is not None
    session = window.session
    window.action_reveal.trigger()
    assert session.revealed and window.action_reveal.isChecked()
    other = session.wf.questions()[1]["id"]
    session.set_current(question_id=other)
    assert not session.revealed and not window.action_reveal.isChecked()
