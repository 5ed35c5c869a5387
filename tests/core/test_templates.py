"""Template questions follow the series' goal and their perspective's names until someone
edits their text by hand (core/templates.py, through the store's write API)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from workshop_app.core.store import WorkshopFile
from workshop_app.core.templates import new_series_from_preset

RELEASED = Path(__file__).resolve().parents[1] / "fixtures" / "released_0_1_0"


def texts(wf: WorkshopFile) -> list[str]:
    return [q["text"] for q in wf.questions()]


def test_template_questions_follow_a_new_goal_and_a_renamed_perspective(tmp_path):
    with new_series_from_preset(tmp_path / "s.samla", "smarta-landsbygder") as wf:
        kommun, region = wf.perspectives()
        wf.update_series(goal="hållbar turism")
        wf.update("perspectives", region["id"], name="turistföretag", plural="turistföretag")
        assert texts(wf) == [
            "Hur kan kommuner möjliggöra hållbar turism?",
            "Vad behöver kommuner för att möjliggöra hållbar turism?",
            "Hur kan turistföretag möjliggöra hållbar turism?",
            "Vad behöver turistföretag för att möjliggöra hållbar turism?",
        ]
    with WorkshopFile.open(tmp_path / "s.samla", readonly=True) as wf:  # stored, not shown
        assert texts(wf)[2] == "Hur kan turistföretag möjliggöra hållbar turism?"


def test_a_question_edited_by_hand_keeps_its_words(tmp_path):
    with new_series_from_preset(tmp_path / "s.samla", "smarta-landsbygder") as wf:
        first = wf.questions()[0]
        wf.update("questions", first["id"], text="Hur kan kommunerna samarbeta om bredband?")
        custom = wf.add("questions", text="Vad hände i Arvidsjaur?").rows[0].id
        wf.update_series(goal="hållbar turism")
        wf.update("perspectives", first["perspective_id"], plural="landsbygdskommuner")
        by_id = {q["id"]: q["text"] for q in wf.questions()}
        assert by_id[first["id"]] == "Hur kan kommunerna samarbeta om bredband?"
        assert by_id[custom] == "Vad hände i Arvidsjaur?"
        assert texts(wf)[1] == "Vad behöver landsbygdskommuner för att möjliggöra hållbar turism?"


def test_rewording_is_one_change_that_undo_takes_back_whole(tmp_path):
    with new_series_from_preset(tmp_path / "s.samla", "smart-rural-areas") as wf:
        before = texts(wf)
        changes = wf.update_series(goal="sustainable tourism", language="en")
        assert len(changes.rows) == 5  # the series and its four questions
        assert texts(wf)[0] == "How can municipalities enable sustainable tourism?"
        wf.revert(changes)
        assert texts(wf) == before
        wf.reapply(changes)
        assert texts(wf)[0] == "How can municipalities enable sustainable tourism?"


def test_a_singular_perspective_reads_grammatically_and_the_language_follows(tmp_path):
    with new_series_from_preset(tmp_path / "s.samla", "smarta-landsbygder") as wf:
        kommun = wf.perspectives()[0]
        wf.update("perspectives", kommun["id"], plural="")
        assert texts(wf)[0] == "Hur kan en kommun möjliggöra Smarta landsbygder?"
        wf.update_series(language="en", goal="smart rural areas")
        assert texts(wf)[:2] == [
            "How can a kommun enable smart rural areas?",
            "What does a kommun need to enable smart rural areas?",
        ]


def test_typing_the_template_text_again_makes_it_follow_again(tmp_path):
    with new_series_from_preset(tmp_path / "s.samla", "smarta-landsbygder") as wf:
        first = wf.questions()[0]
        wf.update("questions", first["id"], text="Något annat?")
        wf.update("questions", first["id"], text=first["text"])
        wf.update_series(goal="hållbar turism")
        assert texts(wf)[0] == "Hur kan kommuner möjliggöra hållbar turism?"


def test_a_template_question_moved_to_another_perspective_takes_its_names(tmp_path):
    with new_series_from_preset(tmp_path / "s.samla", "smarta-landsbygder") as wf:
        first = wf.questions()[0]
        region = wf.perspectives()[1]
        wf.update("questions", first["id"], perspective_id=region["id"])
        assert wf.get("questions", first["id"])["text"] == (
            "Hur kan regioner möjliggöra Smarta landsbygder?"
        )


def test_a_released_file_keeps_a_reworded_question_as_typed(tmp_path):
    """Migration 6: 0.1 files' questions count as edited unless they read as the template."""
    path = tmp_path / "demo.samla"
    shutil.copyfile(RELEASED / "demo.samla", path)
    conn = sqlite3.connect(path)  # as the 0.1 app left a question the user reworded
    with conn:
        conn.execute(
            "UPDATE questions SET text = 'Hur kan kommunerna bidra?' "
            "WHERE text = 'Hur kan kommuner möjliggöra Smarta landsbygder?'"
        )
    conn.close()
    with WorkshopFile.open(path) as wf:
        wf.update_series(goal="hållbar turism")
        assert texts(wf) == [
            "Hur kan kommunerna bidra?",
            "Vad behöver kommuner för att möjliggöra hållbar turism?",
            "Hur kan regioner möjliggöra hållbar turism?",
            "Vad behöver regioner för att möjliggöra hållbar turism?",
        ]


def test_a_template_subtitle_is_named_when_the_perspectives_no_longer_match(tmp_path):
    from workshop_app.core.templates import keep_wording, stale_wording

    with new_series_from_preset(tmp_path / "s.samla", "smarta-landsbygder") as wf:
        assert stale_wording(wf) == []
        region = wf.perspectives()[1]
        wf.update("perspectives", region["id"], name="turistföretag", plural="turistföretag")
        assert stale_wording(wf) == ["subtitle"]
        wf.update_series(goal="hållbar turism")
        assert stale_wording(wf) == ["title", "subtitle"]
        keep_wording(wf)
        assert stale_wording(wf) == []
        wf.update_series(subtitle="Lärdomar om turism")
        assert stale_wording(wf) == []
