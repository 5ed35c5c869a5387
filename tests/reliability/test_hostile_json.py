"""Issue case 11: a hostile interchange document is refused in one clear line, and
nothing is written.

Import accepted NaN and Infinity (stored as NULL, exported as invalid JSON), keys given
twice, 100,000 levels of nesting ("maximum recursion depth" as an unexpected error)
and a note filed in a theme of another question.
"""

from __future__ import annotations

import json

import pytest
from hostile_files import digest, run, tamper

from workshop_app.core import interchange
from workshop_app.core.store import WorkshopFile

DEPTH = 100_000


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict:
    from workshop_app.core.demo import write_demo

    path = tmp_path_factory.mktemp("doc") / "demo.samla"
    with write_demo(path) as wf:
        return interchange.to_document(wf)


def _text(document: dict, case: str) -> str:
    doc = json.loads(json.dumps(document))
    if case == "NaN":
        doc["notes"][0]["x"] = float("nan")
        return json.dumps(doc)
    if case == "Infinity":
        doc["themes"][0]["y"] = float("inf")
        return json.dumps(doc)
    if case == "-Infinity":
        return json.dumps(doc).replace('"position": 0', '"position": -Infinity', 1)
    if case == "key twice":
        return json.dumps(doc).replace('"text": ', '"text": "Smuggled", "text": ', 1)
    if case == "nested in a field":
        doc["notes"][0]["text"] = "PLACEHOLDER"
        return json.dumps(doc).replace('"PLACEHOLDER"', "[" * DEPTH + "]" * DEPTH, 1)
    if case == "nested objects":
        return '{"format": "samla.series", "series": ' + '{"a": ' * DEPTH + "1" + "}" * DEPTH + "}"
    if case == "a number of 5,000 digits":
        return json.dumps(doc).replace('"position": 0', '"position": 1' + "0" * 5000, 1)
    if case == "theme of another question":
        first, second = doc["questions"][0]["id"], doc["questions"][1]["id"]
        theme = next(t for t in doc["themes"] if t["question_id"] == second)
        note = next(n for n in doc["notes"] if n["question_id"] == first)
        note["theme_id"] = theme["id"]
        return json.dumps(doc)
    raise ValueError(case)


CASES = {
    "NaN": "NaN",
    "Infinity": "Infinity",
    "-Infinity": "-Infinity",
    "key twice": "key 'text' twice",
    "nested in a field": "nested too deeply",
    "nested objects": "nested too deeply",
    "a number of 5,000 digits": "number far too long",
    "theme of another question": "which belongs to another question",
}


def _one_line(code: int, out: str, err: str, words: str) -> None:
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1, err
    assert words in err, err
    assert "unexpected" not in err and "Traceback" not in err and "recursion" not in err


@pytest.mark.parametrize("case", CASES)
def test_import_refuses_it_in_one_line_and_makes_no_file(document, tmp_path, case):
    source = tmp_path / "hostile.json"
    source.write_text(_text(document, case), "utf-8")
    target = tmp_path / "new.samla"
    _one_line(*run("import", source, target), CASES[case])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.json"]


@pytest.mark.parametrize("case", CASES)
def test_merge_refuses_it_in_one_line_and_changes_nothing(document, demo_copy, tmp_path, case):
    source = tmp_path / "hostile.json"
    source.write_text(_text(document, case), "utf-8")
    before = digest(demo_copy)
    _one_line(*run("merge", demo_copy, source), CASES[case])
    assert digest(demo_copy) == before
    assert not demo_copy.with_name(demo_copy.name + "-wal").exists()


def test_a_file_holding_infinities_exports_valid_json(demo_copy, tmp_path):
    """SQLite can hold an infinite coordinate (plain sqlite3 writes 1e999); JSON cannot."""
    tamper(demo_copy, "UPDATE notes SET x = 1e999, y = -1e999", "UPDATE themes SET x = 1e999")
    out = tmp_path / "series.json"
    code, _out, err = run("export", demo_copy, "--json", out)
    assert code == 0, err
    doc = interchange.parse(out.read_text("utf-8"))  # strict: no NaN or Infinity
    assert {n["x"] for n in doc["notes"]} == {0.0}, "not placed yet"
    code, _out, err = run("import", out, tmp_path / "again.samla")
    assert code == 0, err


def test_a_byte_order_mark_is_accepted(document, tmp_path):
    """Notepad saves UTF-8 with a byte-order mark; the document is still the same."""
    source = tmp_path / "notepad.json"
    source.write_text(json.dumps(document), "utf-8-sig")
    code, _out, err = run("import", source, tmp_path / "new.samla")
    assert code == 0, err
    with WorkshopFile.open(tmp_path / "new.samla", readonly=True) as wf:
        assert wf.note_count() == 145
