"""The interchange format: exact round-trips, the shipped schema, and its agreement with TABLES."""

from __future__ import annotations

import json

import jsonschema

from workshop_app.core import interchange
from workshop_app.core.assets import read_json
from workshop_app.core.schema import TABLES
from workshop_app.core.store import BASE_COLUMNS, WorkshopFile


def test_demo_export_import_export_is_identical_and_valid(tmp_path, cli):
    d, a, e, b = (tmp_path / n for n in ("d.workshop", "a.json", "e.workshop", "b.json"))
    steps = [("demo", d), ("export", d, "--json", a), ("import", a, e), ("export", e, "--json", b)]
    for args in steps:
        result = cli(*args)
        assert result.returncode == 0, result.stderr
    assert a.read_bytes() == b.read_bytes()
    doc = json.loads(a.read_text("utf-8"))
    jsonschema.Draft202012Validator(read_json("schema", "series.schema.json")).validate(doc)
    assert len(doc["notes"]) == 145 and len(doc["themes"]) == 20


def test_hostile_text_round_trips_byte_exact_through_import_and_export(
    tmp_path, cli, hostile_texts
):
    """A document full of hostile text imports and exports again with every text unchanged."""
    source = tmp_path / "source.workshop"
    with WorkshopFile.create(source, title="<b>&", intro="\u202e" + "x" * 20_000) as wf:
        w = wf.add("workshops", title="Ångermanland 👍").rows[0].id
        q = wf.add("questions", text="Hur kan <i>vi</i>?").rows[0].id
        t = wf.add("themes", question_id=q, title="‮RTL", synthesis="&amp;").rows[0].id
        for name, text in hostile_texts.items():
            wf.add_note(q, w, text, theme_id=t, id=f"note-{name}")
        wf.add("lessons", expert="Zoë <x>", items=list(hostile_texts.values())[:5])
    a, e, b = tmp_path / "a.json", tmp_path / "e.workshop", tmp_path / "b.json"
    assert cli("export", source, "--json", a).returncode == 0
    assert cli("import", a, e).returncode == 0
    assert cli("export", e, "--json", b).returncode == 0
    assert a.read_bytes() == b.read_bytes()
    notes = {n["id"]: n["text"] for n in json.loads(b.read_text("utf-8"))["notes"]}
    for name, text in hostile_texts.items():
        assert notes[f"note-{name}"] == text, name
        assert notes[f"note-{name}"].encode("utf-8") == text.encode("utf-8")
    with WorkshopFile.open(e, readonly=True) as wf:
        assert wf.series()["intro"] == "\u202e" + "x" * 20_000
        assert {n["id"]: n["text"] for n in wf.notes()} == notes


def test_json_schema_rows_match_the_tables_of_the_workshop_file():
    """Every table column is in the schema and vice versa, so the two cannot drift apart."""
    schema = read_json("schema", "series.schema.json")
    for table in interchange.EXPORTED:
        spec = schema["$defs"][table]
        assert set(spec["properties"]) == set(TABLES[table].columns) | set(BASE_COLUMNS), table
        # A reader of version 1 ignores fields a later version adds (docs/interchange.md).
        assert spec.get("additionalProperties", True) is True
        assert schema["properties"][table]["items"]["$ref"] == f"#/$defs/{table}"
        for column, value in TABLES[table].defaults.items():
            if "default" in spec["properties"][column]:
                assert spec["properties"][column]["default"] == value, (table, column)
        for column in TABLES[table].required:
            assert column in spec["required"] or column == "position", (table, column)
    series = schema["$defs"]["series"]["properties"]
    assert set(series) == set(TABLES["series"].columns) | {"id", "created_at", "updated_at"}
    exported = set(interchange.EXPORTED) | {"series"}
    assert exported == set(TABLES) - {"settings"}, "a table is missing from the interchange format"
    kinds = {str: "string", int: "integer", float: "number", bool: "boolean"}
    for table in interchange.EXPORTED:
        props = schema["$defs"][table]["properties"]
        for column, kind in TABLES[table].columns.items():
            if kind in kinds and "type" in props[column]:
                declared = props[column]["type"]
                declared = declared if isinstance(declared, list) else [declared]
                assert kinds[kind] in declared, f"{table}.{column}"


def test_import_refuses_a_document_with_an_unstorable_character_and_writes_nothing(
    tmp_path, cli, pristine_demo
):
    doc = interchange.to_document(WorkshopFile.open(pristine_demo, readonly=True))
    text = json.dumps(doc, ensure_ascii=True).replace(
        json.dumps(doc["notes"][0]["text"], ensure_ascii=True), '"broken \\ud800 text"', 1
    )
    source = tmp_path / "bad.json"
    source.write_text(text, "utf-8")
    target = tmp_path / "out.workshop"
    result = cli("import", source, target)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "surrogate" in result.stderr
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.json"]
