"""A merged file reads well as it is (Datasette, sqlite3 shell): the overview views."""

from __future__ import annotations

import sqlite_utils
from merge_helpers import NOTES_PER_QUESTION, open_file

from workshop_app.core.demo import write_demo
from workshop_app.core.merge import merge_into


def test_notes_overview_of_a_merged_file(laptops):
    with open_file(laptops["a"]) as target:
        merge_into(target, laptops["b"])
        merge_into(target, laptops["c"])
        removed = target.notes()[0]
        target.delete("notes", removed["id"])
    db = sqlite_utils.Database(laptops["a"])
    assert {"notes_overview", "themes_overview", "workshops_overview", "origins_overview"} <= set(
        db.view_names()
    )
    rows = list(db["notes_overview"].rows)
    assert len(rows) == 3 * 4 * NOTES_PER_QUESTION
    questions = {r["question"] for r in rows}
    assert len(questions) == 4
    assert {r["workshop"] for r in rows} == {"Workshop A", "Workshop B", "Workshop C"}
    assert {r["perspective"] for r in rows} == {"kommun", "region"}
    # a note from laptop c, filed under the question it was written for
    c_note = next(r for r in rows if r["text"].startswith("c: idé 0 om how_can"))
    assert c_note["question"].startswith("Hur kan")
    assert c_note["deleted"] == 0
    assert [r["deleted"] for r in rows if r["id"] == removed["id"]] == [1]
    counts = sorted(r["notes"] for r in db["workshops_overview"].rows)
    assert counts == [4 * NOTES_PER_QUESTION - 1] + [4 * NOTES_PER_QUESTION] * 2, (
        "removed: not counted"
    )
    db.close()


def test_themes_overview_counts_notes_and_votes(tmp_path):
    with write_demo(tmp_path / "demo.workshop") as wf:
        theme = wf.themes()[0]
        expected_notes = len([n for n in wf.notes() if n["theme_id"] == theme["id"]])
        expected_votes = sum(v["count"] for v in wf.votes() if v["theme_id"] == theme["id"])
        question = wf.get("questions", theme["question_id"])["text"]
    db = sqlite_utils.Database(tmp_path / "demo.workshop")
    rows = {r["id"]: r for r in db["themes_overview"].rows}
    assert len(rows) == 20
    row = rows[theme["id"]]
    assert (row["title"], row["question"]) == (theme["title"], question)
    assert (row["notes"], row["votes"]) == (expected_notes, expected_votes)
    assert expected_votes > 0 and expected_notes > 0
    # the views agree with the tables for every theme
    assert (
        sum(r["notes"] for r in rows.values())
        == db.execute(
            "SELECT count(*) FROM notes WHERE theme_id IS NOT NULL AND deleted_at IS NULL"
        ).fetchone()[0]
    )
    db.close()
