"""The Vote step: hand-counted dots beside ballots of dot-voting rounds, never mixed up."""

from __future__ import annotations

from workshop_app.core import voting
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.session import Session
from workshop_app.gui.vote_page import VotePage


def _file(tmp_path):
    wf = WorkshopFile.create(tmp_path / "votes.samla", title="Votes")
    qid = wf.add("questions", kind="custom", text="What works?").rows[0].id
    w1 = wf.add("workshops", title="Kalix").rows[0].id
    w2 = wf.add("workshops", title="Piteå").rows[0].id
    themes = [wf.add("themes", question_id=qid, title=t).rows[0].id for t in ("Roads", "Shops")]
    return wf, qid, w1, w2, themes


def _row(page: VotePage, row: int) -> tuple[int, str, str]:
    table = page.table
    return (table.cellWidget(row, 1).value(), table.item(row, 2).text(), table.item(row, 3).text())


def test_hand_count_beside_ballots(qtbot, tmp_path):
    wf, qid, w1, w2, (roads, shops) = _file(tmp_path)
    round_id = voting.create_round(wf, qid, w1, dots=5).rows[0].id
    voting.cast_ballot(wf, round_id, {roads: 3, shops: 1})  # voter 1
    voting.cast_ballot(wf, round_id, {roads: 3, shops: 2})  # voter 2
    voting.set_hand_count(wf, roads, w1, 3)  # counted on the wall, typed in
    voting.set_hand_count(wf, roads, w2, 4)  # another workshop

    session = Session(wf)
    session.set_current(workshop_id=w1, question_id=qid, step="vote")
    page = VotePage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    # hand count 3; this workshop 3 + 3 (ballots) + 3 (hand) = 9; all workshops 9 + 4 = 13
    assert _row(page, 0) == (3, "9", "13")
    assert _row(page, 1) == (0, "3", "3")

    with qtbot.waitSignal(session.changed):
        page.table.cellWidget(0, 1).setValue(4)  # one more dot counted by hand
    assert _row(page, 0) == (4, "10", "14")
    assert voting.theme_totals(wf, qid, [w1])[roads] == 10
    assert voting.hand_count(wf, roads, w1) == 4
    assert voting.ballot_count(wf, round_id) == 2  # the ballots are untouched

    with qtbot.waitSignal(session.changed):
        page.table.cellWidget(1, 1).setValue(1)
    assert _row(page, 1) == (1, "4", "4")

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _row(page, 0) == (3, "9", "13")
    assert _row(page, 1) == (0, "3", "3")
    wf.close()


def test_set_hand_count_keeps_one_row(tmp_path):
    wf, qid, w1, _w2, (roads, _shops) = _file(tmp_path)
    voting.set_hand_count(wf, roads, w1, 2)
    voting.set_hand_count(wf, roads, w1, 5)
    hand = [v for v in wf.votes() if v["round_id"] is None]
    assert [(v["theme_id"], v["count"]) for v in hand] == [(roads, 5)]
    assert voting.hand_count(wf, roads, w1) == 5
    assert not voting.set_hand_count(wf, roads, w1, 5)  # no change, nothing written
    voting.set_hand_count(wf, roads, w1, 0)
    assert wf.votes() == [] and voting.theme_totals(wf, qid) == {}
    assert voting.hand_count(wf, roads, w1) == 0
    wf.close()


def test_vote_page_in_swedish(qtbot, tmp_path, window_in):
    window = window_in("sv")
    wf, qid, w1, _w2, _themes = _file(tmp_path)
    wf.close()
    window.open_file(tmp_path / "votes.samla")
    session = window.workspace.session
    session.set_current(workshop_id=w1, question_id=qid, step="vote")
    window.workspace.session.set_current(step="vote")
    page = window.workspace.pages["vote"]
    qtbot.waitUntil(page.isVisible)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers[1:] == ["Räknat för hand", "Denna workshop", "Alla workshoppar"]
    assert page.table.cellWidget(0, 1).accessibleName() == "Prickar räknade för hand för Roads"
    window.close_file()
