"""Dot voting on the shared laptop with real key events: three people vote in turn,
the limits hold, the ballots are stored, and no total is shown before the reveal."""

from __future__ import annotations

import pytest
from participant_helpers import PIN
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from workshop_app.core import voting
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.participant.voting_window import VotingWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def round_id(locked_session, ids):
    changes = voting.create_round(
        locked_session.wf, ids["question"], ids["workshop"], dots=4, max_per_theme=2
    )
    return changes.rows[0].id


@pytest.fixture
def window(qtbot, locked_session, round_id):
    win = VotingWindow(locked_session, round_id)
    qtbot.addWidget(win)
    win.showFullScreen()
    qtbot.waitExposed(win)
    return win


def row(win, title):
    return next(r for r in win.rows if r.title == title)


def press(qtbot, widget, times=1, key=Qt.Key_Return):
    for _ in range(times):
        qtbot.keyClick(widget, key)


def all_text(win) -> str:
    texts = [w.text() for w in win.findChildren(QLabel)]
    texts += [w.accessibleName() for w in win.findChildren(QLabel)]
    return "\n".join(texts)


def test_three_people_vote_with_limits_and_results_stay_hidden(
    qtbot, window, locked_session, round_id, series_file
):
    path, ids = series_file
    themes = dict(
        zip(["Bredband", "Service", "Mötesplatser", "Transporter"], ids["themes"][:4], strict=True)
    )

    # Person 1: tries 3 dots on Bredband (M = 2 stops at 2), then 2 on Service.
    press(qtbot, row(window, "Bredband").plus, 3)
    assert row(window, "Bredband").count == 2
    assert not row(window, "Bredband").plus.isEnabled()
    assert window.left_label.text() == "Dots left: 2"
    press(qtbot, row(window, "Service").plus, 2)
    assert window.left_label.text() == "Dots left: 0"
    # N = 4: no more dots anywhere.
    press(qtbot, row(window, "Mötesplatser").plus)
    assert row(window, "Mötesplatser").count == 0
    assert not row(window, "Mötesplatser").plus.isEnabled()
    press(qtbot, window.confirm_button)
    assert window.pages.currentIndex() == 1
    assert window.thanks_label.text() == "Thank you — your votes are saved."

    # Person 2: an empty ballot again; uses the + and - keys on a row.
    press(qtbot, window.next_button)
    assert window.pages.currentIndex() == 0
    assert all(r.count == 0 for r in window.rows)
    assert window.left_label.text() == "Dots left: 4"
    assert not window.confirm_button.isEnabled()
    transporter = row(window, "Transporter")
    press(qtbot, transporter.plus, 2, key=Qt.Key_Plus)
    press(qtbot, transporter.plus, 1, key=Qt.Key_Minus)
    press(qtbot, row(window, "Bredband").minus, 1, key=Qt.Key_Plus)
    assert transporter.count == 1 and row(window, "Bredband").count == 1
    press(qtbot, window.confirm_button)

    # Person 3: one dot only, confirmed.
    press(qtbot, window.next_button)
    press(qtbot, row(window, "Mötesplatser").plus)
    press(qtbot, window.confirm_button)
    assert window.ballots_label.text() == "Ballots so far: 3"

    # The voting screen never showed a total: no "5" beside a theme, no result words.
    text = all_text(window)
    assert "total" not in text.lower()
    with pytest.raises(voting.VotesHidden):
        voting.round_totals(locked_session.wf, round_id)

    with WorkshopFile.open(path, readonly=True) as fresh:
        votes = fresh.rows("votes", "round_id = ?", [round_id])
        assert len({v["ballot"] for v in votes}) == 3
        assert voting.facilitator_totals(fresh, round_id)[themes["Bredband"]] == 3
    expected = {
        themes["Bredband"]: 3,
        themes["Service"]: 2,
        themes["Transporter"]: 1,
        themes["Mötesplatser"]: 1,
    }

    # The facilitator leaves with the PIN and reveals the results on the way out.
    press(qtbot, window.rows[0].plus, key=Qt.Key_Escape)
    dialog = window.pin_prompt
    assert dialog.isVisible() and window.isVisible()
    assert not window.content.isVisible()  # the ballot is hidden behind the PIN page
    window.reveal_on_leave.setChecked(True)
    with qtbot.waitSignal(window.left):
        qtbot.keyClicks(dialog.field, PIN)
        qtbot.keyClick(dialog.field, Qt.Key_Return)
    totals = voting.round_totals(locked_session.wf, round_id)
    assert {k: v for k, v in totals.items() if v} == expected


def test_voting_window_needs_the_pin_to_leave(qtbot, window):
    assert window.close() is False
    assert window.isVisible()
    dialog = window.pin_prompt
    qtbot.keyClicks(dialog.field, "1234")
    qtbot.keyClick(dialog.field, Qt.Key_Return)
    assert window.isVisible()
    assert dialog.message.text() == "That PIN is not right."


def test_voting_controls_are_named_for_screen_readers(window):
    for widget in window.findChildren(QAbstractButton):
        assert widget.accessibleName(), widget.text()
        assert widget.accessibleDescription(), widget.accessibleName()
    assert row(window, "Bredband").plus.accessibleName() == "Add a dot to Bredband"
