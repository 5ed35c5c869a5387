"""Issue case 10: time stamps are instants, and a wrong clock never wins.

Compared as strings, a laptop with its clock in 2099 won every later merge, and an older
edit written with a `+05:00` offset beat a newer one written in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hostile_files import tamper
from merge_helpers import open_file

from workshop_app.core import validation
from workshop_app.core.merge import SourceRefused, conflicts, merge_into
from workshop_app.core.store import WorkshopFile


def _a_note(path) -> dict:
    with WorkshopFile.open(path, readonly=True) as wf:
        return wf.notes()[0]


def _same_notes(a, b) -> str:
    """Give laptop b the notes of laptop a (same ids), as a copy of the file would."""
    b.write_bytes(a.read_bytes())
    return _a_note(a)["id"]


def test_a_laptop_with_its_clock_in_2099_does_not_win_later_merges(laptops, clock):
    target, source = laptops["a"], laptops["b"]
    note_id = _same_notes(target, source)
    wrong_clock = lambda: datetime(2099, 1, 1, tzinfo=UTC)  # noqa: E731
    with WorkshopFile.open(source, clock=wrong_clock) as b:
        b.update("notes", note_id, text="Ändrad på datorn med fel klocka")
        question, workshop = b.questions()[0]["id"], b.workshops()[0]["id"]
        new_note = b.add_note(question, workshop, "Ny lapp från datorn med fel klocka").rows[0].id

    with open_file(target, clock) as wf:
        merge_into(wf, source)
        set_aside = [c["theirs"]["text"] for c in conflicts(wf)]
        assert "Ändrad på datorn med fel klocka" in set_aside, "kept for the organizer"
        added = wf.get("notes", new_note)
        assert added["text"] == "Ny lapp från datorn med fel klocka"
        for stamp in ("created_at", "updated_at"):
            assert validation.parse_time(added[stamp]) <= clock.now, stamp
        clock.tick(minutes=5)
        wf.update("notes", note_id, text="Organisatörens senare ändring")
        clock.tick(minutes=5)
        again = merge_into(wf, source)
        assert wf.get("notes", note_id)["text"] == "Organisatörens senare ändring"
        assert again.total("conflicts") == 0 and not again.changed
        clock.tick(days=400)
        merge_into(wf, source)
        assert wf.get("notes", note_id)["text"] == "Organisatörens senare ändring"


def test_the_targets_own_time_in_the_future_does_not_win_either(laptops, clock):
    target, source = laptops["a"], laptops["b"]
    note_id = _same_notes(target, source)
    tamper(
        target, f"UPDATE notes SET updated_at = '2099-01-01T00:00:00+00:00' WHERE id = '{note_id}'"
    )
    with open_file(source, clock) as b:
        b.update("notes", note_id, text="En riktig ändring, i dag")
    with open_file(target, clock) as wf:
        merge_into(wf, source)
        assert wf.get("notes", note_id)["text"] == "En riktig ändring, i dag"


@pytest.mark.parametrize(
    ("theirs", "wins"),
    [
        ("2030-03-02T10:00:00+05:00", False),  # 05:00 UTC: older than ours at 06:00 UTC
        ("2030-03-02T12:00:00+05:00", True),  # 07:00 UTC: newer
        ("2030-03-02T06:30:00-00:30", True),  # 07:00 UTC
        ("2030-03-02T05:59:59.999999Z", False),
    ],
)
def test_times_with_offsets_compare_as_instants(laptops, clock, theirs, wins):
    target, source = laptops["a"], laptops["b"]
    note_id = _same_notes(target, source)
    tamper(
        target,
        "UPDATE notes SET text = 'Vår version', "
        f"updated_at = '2030-03-02T06:00:00+00:00' WHERE id = '{note_id}'",
    )
    tamper(
        source,
        f"UPDATE notes SET text = 'Deras version', updated_at = '{theirs}' WHERE id = '{note_id}'",
    )
    with open_file(target, clock) as wf:
        merge_into(wf, source)
        kept = wf.get("notes", note_id)
        assert kept["text"] == ("Deras version" if wins else "Vår version")
        if wins:
            assert kept["updated_at"] == "2030-03-02T07:00:00.000000+00:00", "stored in UTC"
        assert [c["theirs"]["text"] for c in conflicts(wf)] == [
            "Vår version" if wins else "Deras version"
        ]


def test_the_targets_own_offsets_compare_as_instants(laptops, clock):
    target, source = laptops["a"], laptops["b"]
    note_id = _same_notes(target, source)
    # Ours was written at 05:00 UTC with an offset; theirs at 06:00 UTC: theirs is newer,
    # although "10:00+05:00" sorts after "06:00+00:00" as text.
    tamper(
        target,
        "UPDATE notes SET text = 'Vår version', "
        f"updated_at = '2030-03-02T10:00:00+05:00' WHERE id = '{note_id}'",
    )
    tamper(
        source,
        "UPDATE notes SET text = 'Deras version', "
        f"updated_at = '2030-03-02T06:00:00+00:00' WHERE id = '{note_id}'",
    )
    with open_file(target, clock) as wf:
        merge_into(wf, source)
        assert wf.get("notes", note_id)["text"] == "Deras version"


@pytest.mark.parametrize("stamp", ["yesterday", "2030-13-01T00:00:00", "1969-12-31T23:59:59Z"])
def test_a_time_that_is_not_a_time_is_refused(laptops, stamp):
    tamper(laptops["b"], f"UPDATE notes SET updated_at = '{stamp}'")
    with open_file(laptops["a"]) as wf, pytest.raises(SourceRefused, match="updated_at"):
        merge_into(wf, laptops["b"])
