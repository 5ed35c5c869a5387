"""Templates, `new`, undo/redo, search, soft delete, and values the store refuses."""

from __future__ import annotations

import pytest

from workshop_app.core import errors
from workshop_app.core.store import WorkshopFile
from workshop_app.core.templates import new_series_from_preset, preset, preset_names

REFERENCE_QUESTIONS = [
    "Hur kan kommuner möjliggöra Smarta landsbygder?",
    "Vad behöver kommuner för att möjliggöra Smarta landsbygder?",
    "Hur kan regioner möjliggöra Smarta landsbygder?",
    "Vad behöver regioner för att möjliggöra Smarta landsbygder?",
]


def test_the_reference_preset_gives_the_four_questions_of_the_reference_report(tmp_path):
    with new_series_from_preset(tmp_path / "s.workshop", "smarta-landsbygder") as wf:
        assert [q["text"] for q in wf.questions()] == REFERENCE_QUESTIONS
        assert [p["plural"] for p in wf.perspectives()] == ["kommuner", "regioner"]
        kinds = [q["kind"] for q in wf.questions()]
        assert kinds == ["how_can", "what_is_needed"] * 2


def test_the_english_preset_is_grammatical_with_plural_actors(tmp_path):
    with new_series_from_preset(tmp_path / "e.workshop", "smart-rural-areas") as wf:
        assert [q["text"] for q in wf.questions()] == [
            "How can municipalities enable smart rural areas?",
            "What do municipalities need to enable smart rural areas?",
            "How can regions enable smart rural areas?",
            "What do regions need to enable smart rural areas?",
        ]


@pytest.mark.parametrize("template", preset_names())
def test_cli_new_creates_a_sound_file_from_each_template(template, cli, tmp_path):
    path = tmp_path / f"{template}.workshop"
    result = cli("new", path, "--template", template, "--title", "Min serie")
    assert result.returncode == 0, result.stderr
    assert cli("check", path).returncode == 0
    with WorkshopFile.open(path, readonly=True) as wf:
        assert wf.series()["title"] == "Min serie"
        assert len(wf.questions()) == 2 * len(preset(template)["perspectives"])
    assert cli("new", path, "--template", template).returncode == 2  # never overwrites


def _snapshot(wf: WorkshopFile) -> dict:
    tables = ("notes", "themes", "questions", "workshops", "votes")
    return {t: {r["id"]: r for r in wf.rows(t, include_deleted=True)} for t in tables}


def _without_updated_at(snapshot: dict) -> dict:
    return {
        t: {i: {k: v for k, v in r.items() if k != "updated_at"} for i, r in rows.items()}
        for t, rows in snapshot.items()
    }


def test_revert_and_reapply_restore_exact_rows(demo_copy):
    with WorkshopFile.open(demo_copy) as wf:
        q = wf.questions()[0]["id"]
        themes = wf.themes(q)
        before = _snapshot(wf)
        actions = [
            lambda: wf.add_note(q, wf.workshops()[0]["id"], "Ny lapp"),
            lambda: wf.update("themes", themes[0]["id"], title="Nytt namn", divided=True),
            lambda: wf.merge_themes(themes[1]["id"], [themes[2]["id"], themes[3]["id"]]),
            lambda: wf.dissolve_theme(themes[4]["id"]),
            lambda: wf.file_notes([n["id"] for n in wf.notes(q)[:3]], None),
            lambda: wf.delete("notes", wf.notes(q)[-1]["id"]),
        ]
        done = []
        for action in actions:
            done.append(action())
        after = _snapshot(wf)
        assert _without_updated_at(after) != _without_updated_at(before)
        for changes in reversed(done):
            wf.revert(changes)
        reverted = _snapshot(wf)
        # Exact rows, except that undoing an addition soft-deletes the added note.
        added = done[0].rows[0].id
        assert reverted["notes"].pop(added)["deleted_at"] is not None
        assert _without_updated_at(reverted) == _without_updated_at(before)
        for changes in done:
            wf.reapply(changes)
        assert _without_updated_at(_snapshot(wf)) == _without_updated_at(after)


def test_search_finds_swedish_words_in_any_case_and_by_prefix(tmp_path):
    with new_series_from_preset(tmp_path / "s.workshop", "smarta-landsbygder") as wf:
        q = wf.questions()[0]["id"]
        w = wf.add("workshops", title="Workshop 1").rows[0].id
        a = wf.add_note(q, w, "Översiktsplanen måste nå byarna i Ångermanland").rows[0].id
        b = wf.add_note(q, w, "Lokalt förenings- och näringsliv behöver mötesplatser").rows[0].id
        c = wf.add_note(q, w, "Fiber först").rows[0].id
        assert wf.search_notes("översiktsplanen") == [a]
        assert wf.search_notes("ÖVERSIKT") == [a]
        assert wf.search_notes("ångermanland byarna") == [a]
        assert wf.search_notes("näringsliv") == [b]
        assert wf.search_notes("mötesplats") == [b]
        assert wf.search_notes("fiber") == [c]
        assert wf.search_notes("saknas") == []
        wf.delete("notes", a)
        assert wf.search_notes("översiktsplanen") == []


def test_soft_delete_keeps_the_row_and_restore_brings_it_back(demo_copy):
    with WorkshopFile.open(demo_copy) as wf:
        note = wf.notes()[0]
        count = wf.note_count()
        wf.delete("notes", note["id"])
        assert wf.note_count() == count - 1
        kept = wf.get("notes", note["id"])
        assert kept["text"] == note["text"] and kept["deleted_at"] is not None
        assert note["id"] in {n["id"] for n in wf.notes(include_deleted=True)}
        wf.restore("notes", note["id"])
        assert wf.get("notes", note["id"])["deleted_at"] is None
        assert wf.note_count() == count


@pytest.mark.parametrize("name", ["lone_high_surrogate", "lone_low_surrogate", "reversed_pair"])
def test_text_that_cannot_be_encoded_is_refused_with_invalid_value(demo_copy, name):
    from hostile_corpus import UNSTORABLE_TEXTS

    text = UNSTORABLE_TEXTS[name]
    with WorkshopFile.open(demo_copy) as wf:
        q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
        count = wf.note_count()
        with pytest.raises(errors.InvalidValue, match="surrogate"):
            wf.add_note(q, w, text)
        with pytest.raises(errors.InvalidValue, match="surrogate"):
            wf.update("themes", wf.themes()[0]["id"], title=text)
        with pytest.raises(errors.InvalidValue, match="surrogate"):
            wf.add("lessons", expert="Anna", items=["ok", text])
        assert wf.note_count() == count
        assert wf.search_notes(text) is not None  # searching for it does not crash


def test_nul_and_control_characters_are_stored_verbatim_and_searchable(demo_copy):
    with WorkshopFile.open(demo_copy) as wf:
        q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
        note = wf.add_note(q, w, "före\x00efter\x07 kontroll").rows[0].id
        assert wf.get("notes", note)["text"] == "före\x00efter\x07 kontroll"
        assert note in wf.search_notes("före")
        assert wf.search_notes("\x00") == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_note_is_refused_but_an_empty_title_is_kept(demo_copy, text):
    with WorkshopFile.open(demo_copy) as wf:
        q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
        with pytest.raises(errors.InvalidValue):
            wf.add_note(q, w, text)
        theme = wf.add("themes", question_id=q, title=text).rows[0].id
        assert wf.get("themes", theme)["title"] == text
