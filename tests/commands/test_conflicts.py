"""`workshop-app conflicts`: the organizer sees what a merge set aside and chooses."""

from __future__ import annotations

from merge_helpers import open_file

from workshop_app.cli import main
from workshop_app.core.merge import conflicts, merge_into


def two_conflicts(laptops, clock) -> tuple[str, str]:
    """Two notes of laptop a, each edited on a and later on b; b merges a. Returns the ids."""
    with open_file(laptops["b"], clock) as b:
        merge_into(b, laptops["a"])
        first, second = [n["id"] for n in b.notes() if n["text"].startswith("a:")][:2]
    clock.tick(minutes=5)
    with open_file(laptops["a"], clock) as a:
        a.update("notes", first, text="Bredband i varje by")
        a.update("notes", second, text="Mötesplats i skolan")
    clock.tick(minutes=5)
    with open_file(laptops["b"], clock) as b:
        b.update("notes", first, text="Bredband till alla byar")
        b.update("notes", second, text="Mötesplats i bygdegården")
        merge_into(b, laptops["a"])
    return first, second


def test_conflicts_are_listed_in_plain_words(laptops, clock, capsys):
    two_conflicts(laptops, clock)
    capsys.readouterr()
    assert main(["conflicts", str(laptops["b"])]) == 0
    out = capsys.readouterr().out
    with open_file(laptops["b"]) as b:
        waiting = conflicts(b)
    assert f"{laptops['b']}: 2 conflict(s) wait for a choice." in out
    for c in waiting:
        assert f'{c["id"]}  note "{c["ours"]["text"]}"' in out
    assert "set aside: the version from a.workshop (merged 2030-03-02 09:10 UTC)" in out
    assert '      in the file:   "Bredband till alla byar"' in out
    assert '      other version: "Bredband i varje by"' in out
    assert "--keep theirs" in out


def test_conflicts_are_settled_by_id(laptops, clock, capsys):
    first, second = two_conflicts(laptops, clock)
    with open_file(laptops["b"]) as b:
        by_note = {c["row_id"]: c["id"] for c in conflicts(b)}

    # put the other version of the first note back (a short id prefix is enough)
    assert main(["conflicts", str(laptops["b"]), "--keep", "theirs", by_note[first][:8]]) == 0
    out = capsys.readouterr().out
    assert "put back the version from a.workshop" in out
    assert "1 conflict(s) still wait for a choice." in out
    with open_file(laptops["b"]) as b:
        assert b.get("notes", first)["text"] == "Bredband i varje by"
        assert [c["row_id"] for c in conflicts(b)] == [second]

    # an unknown id settles nothing and says so in one line
    assert main(["conflicts", str(laptops["b"]), "--keep", "ours", by_note[second], "nope"]) == 2
    assert "No conflict waiting for a choice has the id nope" in capsys.readouterr().err
    with open_file(laptops["b"]) as b:
        assert len(conflicts(b)) == 1

    assert main(["conflicts", str(laptops["b"]), "--keep", "ours", by_note[second]]) == 0
    assert "kept the version in the file" in capsys.readouterr().out
    with open_file(laptops["b"]) as b:
        assert b.get("notes", second)["text"] == "Mötesplats i bygdegården"
        assert conflicts(b) == []
    assert main(["conflicts", str(laptops["b"])]) == 0
    assert "no conflicts wait for a choice" in capsys.readouterr().out


def test_the_merge_command_points_to_the_conflicts_command(laptops, clock, capsys):
    with open_file(laptops["b"], clock) as b:
        merge_into(b, laptops["a"])
        note = next(n["id"] for n in b.notes() if n["text"].startswith("a:"))
    clock.tick(minutes=5)
    with open_file(laptops["b"], clock) as b:
        b.update("notes", note, text="edited on b")
    clock.tick(minutes=5)
    with open_file(laptops["a"], clock) as a:
        a.update("notes", note, text="edited on a, later")
    assert main(["merge", str(laptops["b"]), str(laptops["a"])]) == 0
    assert f"workshop-app conflicts {laptops['b']}" in capsys.readouterr().out
