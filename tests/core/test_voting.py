"""Dot voting in the core: limits per person and per theme, ballots stored as rows,
totals correct and hidden until the facilitator reveals the round."""

from __future__ import annotations

import pytest

from workshop_app.core import voting
from workshop_app.core.errors import InvalidValue


def test_default_dots_is_a_third_of_the_themes_capped():
    assert voting.default_dots(1) == 1
    assert voting.default_dots(2) == 1
    assert voting.default_dots(6) == 2
    assert voting.default_dots(9) == 3
    assert voting.default_dots(20) == 7
    assert voting.default_dots(60) == 10


def test_round_needs_themes(wf, ids):
    with pytest.raises(InvalidValue):
        voting.create_round(wf, ids["other_question"], ids["workshop"])
    rnd = voting.create_round(wf, ids["question"], ids["workshop"]).rows[0].after
    assert (rnd["dots"], rnd["max_per_theme"], rnd["revealed"]) == (2, 3, False)


def test_three_people_vote_within_limits_and_totals_hidden_until_revealed(wf, ids):
    t = ids["themes"]
    round_id = (
        voting.create_round(wf, ids["question"], ids["workshop"], dots=4, max_per_theme=2)
        .rows[0]
        .id
    )
    voting.cast_ballot(wf, round_id, {t[0]: 2, t[1]: 2})
    voting.cast_ballot(wf, round_id, {t[0]: 1, t[2]: 1, t[3]: 2})
    voting.cast_ballot(wf, round_id, {t[0]: 2, t[5]: 1})  # fewer dots than allowed is fine

    with pytest.raises(voting.BallotRefused):  # 5 dots > N = 4
        voting.cast_ballot(wf, round_id, {t[0]: 2, t[1]: 2, t[2]: 1})
    with pytest.raises(voting.BallotRefused):  # 3 dots on one theme > M = 2
        voting.cast_ballot(wf, round_id, {t[4]: 3})
    with pytest.raises(voting.BallotRefused):  # empty ballot
        voting.cast_ballot(wf, round_id, {t[4]: 0})
    with pytest.raises(voting.BallotRefused):  # a theme of another question
        voting.cast_ballot(wf, round_id, {"not-a-theme": 1})

    assert voting.ballot_count(wf, round_id) == 3
    with pytest.raises(voting.VotesHidden):
        voting.round_totals(wf, round_id)
    expected = {t[0]: 5, t[1]: 2, t[2]: 1, t[3]: 2, t[4]: 0, t[5]: 1}
    assert voting.facilitator_totals(wf, round_id) == expected

    voting.set_revealed(wf, round_id, True)
    assert voting.round_totals(wf, round_id) == expected
    assert voting.latest_revealed_round(wf, ids["question"], ids["workshop"])["id"] == round_id


def test_ballot_is_rows_sharing_one_ballot_id(wf, ids):
    t = ids["themes"]
    round_id = voting.create_round(wf, ids["question"], ids["workshop"], dots=3).rows[0].id
    changes = voting.cast_ballot(wf, round_id, {t[0]: 2, t[1]: 1, t[2]: 0})
    rows = [wf.get("votes", i) for i in changes.ids("votes")]
    assert len(rows) == 2
    assert len({r["ballot"] for r in rows}) == 1
    assert {(r["theme_id"], r["count"]) for r in rows} == {(t[0], 2), (t[1], 1)}
    assert all(r["round_id"] == round_id and r["workshop_id"] == ids["workshop"] for r in rows)


def test_theme_totals_feed_the_report_across_rounds_and_workshops(wf, ids):
    t = ids["themes"]
    other = wf.add("workshops", title="Workshop 2").rows[0].id
    r1 = voting.create_round(wf, ids["question"], ids["workshop"], dots=3).rows[0].id
    r2 = voting.create_round(wf, ids["question"], other, dots=3).rows[0].id
    voting.cast_ballot(wf, r1, {t[0]: 3})
    voting.cast_ballot(wf, r2, {t[0]: 1, t[1]: 2})
    wf.add("votes", theme_id=t[2], workshop_id=other, count=4)  # imported count, no round
    assert voting.theme_totals(wf, ids["question"]) == {t[0]: 4, t[1]: 2, t[2]: 4}
    assert voting.theme_totals(wf, ids["question"], [ids["workshop"]]) == {t[0]: 3}
    assert voting.theme_totals(wf, ids["question"], [other]) == {t[0]: 1, t[1]: 2, t[2]: 4}
