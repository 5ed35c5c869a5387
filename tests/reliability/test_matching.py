"""Issue cases 15 and 16: what a merge takes for the same record.

15. Questions and perspectives were matched by their text as it is: a "Vad behöver …"
    written in decomposed form (NFD, as macOS file names and some keyboards give it) was
    a new question. Names are matched after NFC, case and spacing aside, and where only
    such a cosmetic variant differs, the target's wording stays and no conflict is made.
16. A file merged into itself through a hard link gave bogus conflicts.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata

import pytest
from hostile_files import digest, run
from merge_helpers import open_file

from workshop_app.core.merge import SourceRefused, conflicts, merge_into
from workshop_app.core.store import WorkshopFile


def _variant(text: str) -> str:
    """The same words as another laptop may store them: decomposed, other case, spaced."""
    return "  " + unicodedata.normalize("NFD", text).upper().replace(" ", "  ") + " "


def _texts(path) -> tuple[list[str], list[str]]:
    with WorkshopFile.open(path, readonly=True) as wf:
        return [q["text"] for q in wf.questions()], [p["name"] for p in wf.perspectives()]


def test_a_decomposed_question_matches_its_composed_twin_and_the_targets_wording_stays(
    laptops, clock
):
    target, source = laptops["a"], laptops["b"]
    questions, perspectives = _texts(target)
    assert any("behöver" in q for q in questions)
    conn = sqlite3.connect(source)
    for row_id, text in conn.execute("SELECT id, text FROM questions").fetchall():
        conn.execute("UPDATE questions SET text = ? WHERE id = ?", [_variant(text), row_id])
    for row_id, name in conn.execute("SELECT id, name FROM perspectives").fetchall():
        conn.execute("UPDATE perspectives SET name = ? WHERE id = ?", [_variant(name), row_id])
    conn.commit()
    stored = conn.execute("SELECT group_concat(text) FROM questions").fetchone()[0]
    assert "O\u0308" in stored and "Ö" not in stored, "decomposed, as the other laptop has it"
    conn.close()

    with open_file(target, clock) as wf:
        report = merge_into(wf, source)
        assert report.matched == {"perspectives": len(perspectives), "questions": len(questions)}
        assert report.total("conflicts") == 0 and conflicts(wf) == []
        assert [q["text"] for q in wf.questions()] == questions, "the target's wording stays"
        assert [p["name"] for p in wf.perspectives()] == perspectives
        by_question = {q["id"]: 0 for q in wf.questions()}
        for note in wf.notes():
            by_question[note["question_id"]] += 1
        assert set(by_question.values()) == {6}, "b's notes went to a's questions"
        again = merge_into(wf, source)
        assert not again.changed


def test_different_words_are_still_different_questions(laptops, clock):
    target, source = laptops["a"], laptops["b"]
    conn = sqlite3.connect(source)
    conn.execute("UPDATE questions SET text = text || ' (ny)' WHERE position = 0")
    conn.commit()
    conn.close()
    questions, _ = _texts(target)
    with open_file(target, clock) as wf:
        merge_into(wf, source)
        assert len(wf.questions()) == len(questions) + 1


@pytest.mark.parametrize("link", ["hard link", "symlink", "same path"])
def test_a_file_is_never_merged_into_itself(laptops, tmp_path, link):
    target = laptops["a"]
    alias = tmp_path / "kopia.workshop"
    if link == "hard link":
        os.link(target, alias)
    elif link == "symlink":
        alias.symlink_to(target)
    else:
        alias = target
    before = digest(target)
    with open_file(target) as wf, pytest.raises(SourceRefused, match="the file it would be merged"):
        merge_into(wf, alias)
    code, _out, err = run("merge", target, alias)
    assert code == 2 and "it is the file it would be merged into" in err
    assert digest(target) == before
    with open_file(target) as wf:
        assert wf.merge_conflicts() == [] and wf.query("SELECT count(*) FROM merges") == [(0,)]


def test_a_copy_of_the_same_file_merges_as_nothing_new(laptops, tmp_path):
    target = laptops["a"]
    copy = tmp_path / "kopia.workshop"
    copy.write_bytes(target.read_bytes())
    with open_file(target) as wf:
        report = merge_into(wf, copy)
        assert not report.changed and report.total("conflicts") == 0
