"""A participant's turn (core, no Qt): only the notes written in it can be changed."""

from __future__ import annotations

import pytest

from workshop_app.core.notes import EmptyNote
from workshop_app.core.turn import NotInThisTurn, Turn


def test_a_turn_changes_only_its_own_notes(wf, ids):
    other = wf.add_note(ids["question"], ids["workshop"], "Någon annans").rows[0].id
    turn = Turn(wf, perspective_id=ids["kommun"])
    mine = turn.add(ids["question"], ids["workshop"], "  Min lapp  ").rows[0].id
    assert wf.get("notes", mine)["text"] == "Min lapp"
    assert wf.get("notes", mine)["perspective_id"] == ids["kommun"]
    turn.edit(mine, "Min ändrade lapp")
    assert [n["text"] for n in turn.notes()] == ["Min ändrade lapp"]
    for act in (lambda: turn.edit(other, "x"), lambda: turn.withdraw(other)):
        with pytest.raises(NotInThisTurn):
            act()
    assert wf.get("notes", other)["text"] == "Någon annans"
    turn.withdraw(mine)
    assert turn.notes() == [] and turn.note_ids == [mine]
    with pytest.raises(NotInThisTurn):
        turn.edit(mine, "tillbaka")  # withdrawn: no longer changeable


def test_the_next_turn_reaches_nothing_of_the_last(wf, ids):
    first = Turn(wf)
    note = first.add(ids["question"], ids["workshop"], "Första").rows[0].id
    second = Turn(wf)
    with pytest.raises(NotInThisTurn):
        second.withdraw(note)
    assert second.notes() == []


@pytest.mark.parametrize(
    "text", ["", "   ", "\u200b", "\u200b\u200c\u200d\u2060\ufeff", " \u200e "]
)
def test_a_note_that_shows_nothing_is_refused(wf, ids, text):
    with pytest.raises(EmptyNote):
        Turn(wf).add(ids["question"], ids["workshop"], text)
    assert wf.notes() == []


def test_a_note_with_a_joined_emoji_is_kept(wf, ids):
    text = "👩\u200d👩\u200d👧 familjer"
    note = Turn(wf).add(ids["question"], ids["workshop"], text).rows[0].id
    assert wf.get("notes", note)["text"] == text


def test_a_withdrawn_note_is_erased_for_good(wf, ids, series_file):
    turn = Turn(wf)
    secret = "Min hemliga åsikt om kommunchefen"
    note = turn.add(ids["question"], ids["workshop"], secret).rows[0].id
    assert wf.search_notes("kommunchefen") == [note]
    changes = turn.withdraw(note)
    assert secret not in repr(changes)  # nothing announced carries the text either
    row = wf.get("notes", note)
    assert row["text"] == "" and row["erased_at"] and row["deleted_at"]
    assert wf.search_notes("kommunchefen") == []
    data = b"".join(
        p.read_bytes() for p in series_file[0].parent.iterdir() if p.name.startswith("serie")
    )
    assert secret.encode() not in data and b"kommunchefen" not in data
