"""Where the facilitator is: one place, moved only through its Navigation, told once per move."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_app.core.navigation import SERIES_PAGES, STEPS, Navigation, Place


def recording(navigation: Navigation) -> list[Place]:
    moves: list[Place] = []
    navigation.subscribe(moves.append)
    return moves


def test_one_move_of_several_fields_is_told_once():
    navigation = Navigation(Place("w1", "q1"))
    moves = recording(navigation)
    assert navigation.go(workshop_id="w2", question_id="q2", step="cluster")
    assert moves == [Place("w2", "q2", "cluster")]
    assert not navigation.go(workshop_id="w2", step="cluster")  # already there: nobody told
    assert len(moves) == 1


def test_a_series_page_keeps_the_step_to_come_back_to():
    navigation = Navigation(Place("w1", "q1", "vote"))
    navigation.go(page="examples")
    assert navigation.place.shown == "examples"
    assert navigation.place.step == "vote"
    navigation.go(step="vote")  # choosing the step again leaves the page
    assert navigation.place == Place("w1", "q1", "vote")
    navigation.go(page="lessons")
    navigation.go(question_id="q2")  # so does choosing a question
    assert navigation.place.shown == "vote"


def test_steps_and_pages_are_checked():
    navigation = Navigation()
    with pytest.raises(ValueError):
        navigation.go(step="brainstorm")
    with pytest.raises(ValueError):
        navigation.go(page="settings")
    assert navigation.place == Place()


def test_next_and_previous_step_stop_at_the_ends():
    navigation = Navigation()
    seen = [navigation.place.step]
    while navigation.step_by(+1):
        seen.append(navigation.place.step)
    assert tuple(seen) == STEPS
    assert not navigation.step_by(+1)
    navigation.go(step="introduce")
    assert not navigation.step_by(-1)


def test_settle_moves_off_removed_rows_and_keeps_the_step():
    navigation = Navigation(Place("w1", "q2", "write"))
    moves = recording(navigation)
    assert navigation.settle(["w1"], ["q1", "q3"])  # q2 was removed
    assert navigation.place == Place("w1", "q1", "write")
    assert not navigation.settle(["w1"], ["q1", "q3"])
    assert navigation.settle([], [])  # everything removed
    assert navigation.place == Place(None, None, "write")
    assert len(moves) == 2


@given(st.dictionaries(st.text(max_size=12), st.one_of(st.none(), st.text(), st.integers())))
def test_a_remembered_place_is_never_trusted(data):
    place = Place.from_dict(data)
    assert place.step in STEPS and place.page in (None, *SERIES_PAGES)
    for value in (place.workshop_id, place.question_id):
        assert value is None or isinstance(value, str)


def test_a_place_round_trips_through_its_dict():
    place = Place("w", "q", "synthesize", "intro")
    assert Place.from_dict(place.to_dict()) == place
    assert Place.from_dict("not a mapping") == Place()
    assert Place.from_dict({"step": "cluster", "page": "<b>"}) == Place(step="cluster")


def test_forward_after_the_last_step_goes_to_the_next_questions_first_step():
    from workshop_app.core.navigation import STEPS, Navigation, Place

    nav = Navigation(Place("w", "q1", STEPS[-1]))
    assert nav.forward(["q1", "q2"])
    assert nav.place == Place("w", "q2", STEPS[0])
    assert nav.forward(["q1", "q2"]) and nav.place.step == STEPS[1]
    nav.go(step=STEPS[-1])
    assert not nav.forward(["q1", "q2"])  # the last question's last step: nowhere further
    assert nav.place == Place("w", "q2", STEPS[-1])
