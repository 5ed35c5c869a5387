"""QUALITY.md 7: hostile text in notes and fields is stored byte-exact and exported intact.

The corpus lives in hostile_corpus.py (fixture `hostile_texts`); the report and GUI
tests run the same corpus through their renderers.
"""

from __future__ import annotations

import json

import pytest
from hostile_corpus import EMPTY_FIELD_TEXTS, HOSTILE_TEXTS

from workshop_app.core.interchange import dumps, export_json, import_json, to_document
from workshop_app.core.store import WorkshopFile


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory):
    """One series with every hostile text as a note and in every kind of text field."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.workshop"
    with WorkshopFile.create(path, title="Serie") as wf:
        w = wf.add("workshops", title="Workshop").rows[0].id
        p = wf.add("perspectives", name="kommun", plural="kommuner").rows[0].id
        q = wf.add("questions", perspective_id=p, text="Fråga").rows[0].id
        for name, text in HOSTILE_TEXTS.items():
            t = (
                wf.add(
                    "themes",
                    id=f"theme-{name}",
                    question_id=q,
                    title=text,
                    synthesis=text,
                    divided=True,
                    divided_note=text,
                )
                .rows[0]
                .id
            )
            wf.add_note(q, w, text, perspective_id=p, theme_id=t, id=f"note-{name}")
            wf.add("examples", id=f"example-{name}", title=text, body=text, link_text=text)
            wf.add("lessons", id=f"lesson-{name}", expert=text, intro=text, items=[text, text])
        for name, text in EMPTY_FIELD_TEXTS.items():
            wf.add("themes", id=f"theme-{name}", question_id=q, title=text, synthesis=text)
    return path


TEXT_FIELDS = {
    "notes": ("text",),
    "themes": ("title", "synthesis", "divided_note"),
    "examples": ("title", "body", "link_text"),
    "lessons": ("expert", "intro"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_hostile_text_is_stored_byte_exact_in_every_field(hostile_file, name):
    text = HOSTILE_TEXTS[name]
    with WorkshopFile.open(hostile_file, readonly=True) as wf:
        for table, fields in TEXT_FIELDS.items():
            row = wf.get(table, f"{table[:-1]}-{name}")
            for field in fields:
                assert row[field].encode("utf-8") == text.encode("utf-8"), (table, field)
        assert wf.get("lessons", f"lesson-{name}")["items"] == [text, text]


def test_hostile_text_survives_the_sqlite_file_itself(hostile_file):
    """Read with plain sqlite3 (as Datasette or the sqlite3 shell would): the same bytes."""
    import sqlite3

    conn = sqlite3.connect(f"file:{hostile_file}?mode=ro", uri=True)
    conn.text_factory = bytes
    try:
        stored = dict(conn.execute("SELECT id, text FROM notes").fetchall())
    finally:
        conn.close()
    for name, text in HOSTILE_TEXTS.items():
        assert stored[f"note-{name}".encode()] == text.encode("utf-8"), name


def test_hostile_text_round_trips_through_json_export_and_import(hostile_file, tmp_path):
    first = tmp_path / "first.json"
    with WorkshopFile.open(hostile_file, readonly=True) as wf:
        export_json(wf, first)
        original = to_document(wf)
    doc = json.loads(first.read_text("utf-8"))
    for name, text in HOSTILE_TEXTS.items():
        assert next(n for n in doc["notes"] if n["id"] == f"note-{name}")["text"] == text
    copy = import_json(first, tmp_path / "copy.workshop")
    try:
        again = to_document(copy)
    finally:
        copy.close()
    assert dumps(again) == dumps(original)
    assert (tmp_path / "copy.workshop").exists()


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_searching_for_hostile_text_never_fails(hostile_file, name):
    with WorkshopFile.open(hostile_file, readonly=True) as wf:
        found = wf.search_notes(HOSTILE_TEXTS[name])
        assert isinstance(found, list)
        if name in ("precomposed_swedish", "rtl_hebrew", "cjk", "twenty_thousand"):
            assert f"note-{name}" in found
