"""Property tests (hypothesis): any text the store accepts comes back equal, and any small
series survives the interchange format unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.core import errors
from workshop_app.core.interchange import dumps, export_json, import_json, to_document
from workshop_app.core.store import WorkshopFile

#: Any Unicode text SQLite can hold: every code point except unpaired surrogates, NUL included.
TEXT = st.text(st.characters(codec="utf-8"), max_size=300)
NOTE_TEXT = TEXT.filter(lambda t: t.strip() != "")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def open_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("prop") / "p.workshop"
    wf = WorkshopFile.create(path)
    wf.add("workshops", id="w", title="W")
    wf.add("questions", id="q", text="Q")
    wf.add("themes", id="t", question_id="q")
    yield wf
    wf.close()


@SETTINGS
@given(text=NOTE_TEXT, is_quote=st.booleans(), x=st.floats(-1e6, 1e6), y=st.floats(-1e6, 1e6))
def test_a_note_reads_back_exactly_as_added(open_file, text, is_quote, x, y):
    wf = open_file
    note = wf.add_note("q", "w", text, theme_id="t", is_quote=is_quote, x=x, y=y).rows[0].id
    row = wf.get("notes", note)
    assert (row["text"], row["is_quote"], row["x"], row["y"]) == (text, is_quote, x, y)


@SETTINGS
@given(title=TEXT, synthesis=TEXT, items=st.lists(TEXT, max_size=5))
def test_fields_and_lists_read_back_exactly_as_written(open_file, title, synthesis, items):
    wf = open_file
    wf.update("themes", "t", title=title, synthesis=synthesis)
    lesson = wf.add("lessons", expert="E", items=items).rows[0].id
    assert (wf.get("themes", "t")["title"], wf.get("themes", "t")["synthesis"]) == (
        title,
        synthesis,
    )
    assert wf.get("lessons", lesson)["items"] == items


@SETTINGS
@given(before=TEXT, after=TEXT, surrogate=st.integers(0xD800, 0xDFFF))
def test_text_with_an_unpaired_surrogate_is_refused_not_crashed_on(
    open_file, before, after, surrogate
):
    text = before + chr(surrogate) + "x" + after
    with pytest.raises(errors.InvalidValue):
        open_file.add_note("q", "w", text)


series_fields = st.fixed_dictionaries(
    {"title": TEXT, "goal": TEXT, "intro": TEXT, "language": st.sampled_from(["sv", "en"])}
)
small_series = st.fixed_dictionaries(
    {
        "series": series_fields,
        "perspectives": st.lists(st.tuples(TEXT, TEXT), max_size=3),
        "workshops": st.lists(TEXT.filter(str.strip), min_size=1, max_size=3),
        "questions": st.lists(
            st.tuples(TEXT, st.sampled_from(["how_can", "custom"])), min_size=1, max_size=3
        ),
        "themes": st.lists(st.tuples(st.integers(0, 2), TEXT, TEXT, st.booleans()), max_size=4),
        "notes": st.lists(
            st.tuples(
                st.integers(0, 2),
                st.integers(0, 2),
                st.integers(-1, 3),
                NOTE_TEXT,
                st.booleans(),
                st.booleans(),
            ),
            max_size=12,
        ),
        "lessons": st.lists(st.tuples(TEXT, st.lists(TEXT, max_size=3)), max_size=2),
    }
)


def _build(path: Path, spec: dict) -> WorkshopFile:
    wf = WorkshopFile.create(path, **spec["series"])
    with wf.transaction():
        persp = [
            wf.add("perspectives", name=n or "p", plural=p).rows[0].id
            for n, p in spec["perspectives"]
        ]
        works = [wf.add("workshops", title=t).rows[0].id for t in spec["workshops"]]
        quest = [
            wf.add("questions", text=t, kind=k, perspective_id=persp[0] if persp else None)
            .rows[0]
            .id
            for t, k in spec["questions"]
        ]
        themes = [
            (
                quest[q % len(quest)],
                wf.add("themes", question_id=quest[q % len(quest)], title=t, synthesis=s, divided=d)
                .rows[0]
                .id,
            )
            for q, t, s, d in spec["themes"]
        ]
        for q, w, t, text, quote, deleted in spec["notes"]:
            # A note can only be in a theme of its own question.
            mine = [theme for question, theme in themes if question == quest[q % len(quest)]]
            theme = mine[t % len(mine)] if mine and t >= 0 else None
            note = (
                wf.add_note(
                    quest[q % len(quest)],
                    works[w % len(works)],
                    text,
                    theme_id=theme,
                    is_quote=quote,
                )
                .rows[0]
                .id
            )
            if deleted:
                wf.delete("notes", note)
        for expert, items in spec["lessons"]:
            wf.add("lessons", expert=expert, items=items)
    return wf


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=small_series)
def test_any_small_series_survives_export_and_import_unchanged(spec):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with _build(folder / "a.workshop", spec) as wf:
            doc = to_document(wf)
            export_json(wf, folder / "a.json")
        with import_json(folder / "a.json", folder / "b.workshop") as copy:
            again = to_document(copy)
        assert again == doc
        assert dumps(again) == (folder / "a.json").read_text("utf-8")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=small_series)
def test_writing_the_same_document_again_changes_nothing(spec):
    """Rows keep their ids, so writing a series into a file that holds it is idempotent
    (the basis of merging the same laptop's file twice)."""
    from workshop_app.core.interchange import write_document

    with tempfile.TemporaryDirectory() as folder:
        with _build(Path(folder) / "a.workshop", spec) as wf:
            doc = to_document(wf)
            write_document(wf, doc)
            write_document(wf, doc)
            assert to_document(wf) == doc
            assert wf.integrity_problems() == []
