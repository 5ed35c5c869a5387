"""The tolerant reader: any document of the minimum v1 contract imports; defaults as documented.

The property test draws documents from the shipped schema itself (its types, enums,
ranges, required and optional fields), with ids from a small pool so that references
often resolve: every document the schema accepts either imports or is refused with a
known, plain-words error; never an unexpected one.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from workshop_app.core import errors, interchange
from workshop_app.core.assets import read_json
from workshop_app.core.interchange import _structure_problem, import_json
from workshop_app.core.merge import merge_into
from workshop_app.core.schema import NOTE_COLOURS
from workshop_app.core.store import WorkshopFile

SCHEMA = read_json("schema", "series.schema.json")
IDS = st.sampled_from(["a", "b", "c", "d"])
TEXT = st.text(max_size=12)
TIMES = st.builds(
    lambda when, offset, form: when.isoformat(timespec=form) + offset,
    st.datetimes(min_value=datetime(1971, 1, 1)),
    st.sampled_from(["", "Z", "+00:00", "+05:00", "-03:30"]),
    st.sampled_from(["seconds", "microseconds", "minutes"]),
)


def resolve(node: dict) -> dict:
    ref = node.get("$ref")
    if ref:
        target = SCHEMA
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        return {**resolve(target), **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def strategy(node: dict, name: str = "") -> st.SearchStrategy:
    """Values that the schema node accepts (the keywords the shipped schema uses)."""
    node = resolve(node)
    if "const" in node:
        return st.just(node["const"])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "anyOf" in node:
        return st.one_of([strategy(option, name) for option in node["anyOf"]])
    kind = node.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy({**node, "type": k}, name) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(node.get("minimum", -(2**63)), node.get("maximum", 2**63 - 1))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-5, 5)
    if kind == "string":
        if name == "id" or name.endswith("_id"):
            return IDS
        if name.endswith("_at"):  # mostly real times, in several forms, some with odd digits
            return TIMES | st.from_regex(node["pattern"], fullmatch=True)
        if "pattern" in node:
            return st.from_regex(node["pattern"], fullmatch=True)
        return TEXT
    if kind == "array":
        return st.lists(strategy(node.get("items", {}), name), max_size=3)
    if kind == "object":
        props = node.get("properties", {})
        required = set(node.get("required", []))
        fields = {key: strategy(value, key) for key, value in props.items()}
        return st.fixed_dictionaries(
            {k: v for k, v in fields.items() if k in required},
            optional={k: v for k, v in fields.items() if k not in required},
        )
    return st.none()


DOCUMENTS = strategy(SCHEMA)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(doc=DOCUMENTS)
def test_every_document_the_schema_accepts_imports_or_is_refused_in_plain_words(
    doc, tmp_path_factory
):
    assume(_structure_problem(doc) is None)
    folder = tmp_path_factory.mktemp("doc")
    (folder / "s.json").write_text(json.dumps(doc), encoding="utf-8")
    try:
        import_json(folder / "s.json", folder / "s.samla").close()
    except errors.WorkshopFileError:
        assert not (folder / "s.samla").exists(), "a refused import leaves no file"
        return
    assert not list(folder.glob(".*part")), "no temporary file left"


def minimal_document() -> dict:
    """Only the fields the minimum v1 contract requires (docs/interchange.md)."""
    return {
        "format": "samla.series",
        "format_version": 1,
        "series": {
            "id": "s1",
            "title": "Hållbar turism",
            "subtitle": "",
            "organization": "Region Jämtland",
            "goal": "hållbar turism",
            "language": "sv",
            "intro": "",
            "published": "",
        },
        "perspectives": [
            {"id": "p1", "name": "turistföretag", "plural": "turistföretag"},
            {"id": "p2", "name": "kommun", "plural": "kommuner"},
        ],
        "workshops": [{"id": "w1", "title": "Östersund", "date": "2026-11-03"}],
        "questions": [
            {"id": "q1", "perspective_id": "p1", "kind": "how_can", "text": "Hur?", "position": 0}
        ],
        "themes": [
            {
                "id": "t1",
                "question_id": "q1",
                "title": "Samverkan",
                "synthesis": "",
                "divided": False,
                "divided_note": "",
                "position": 0,
            }
        ],
        "notes": [
            {
                "id": "n1",
                "question_id": "q1",
                "workshop_id": "w1",
                "perspective_id": None,
                "theme_id": "t1",
                "text": "Gemensam bokning",
                "is_quote": False,
            }
        ],
        "votes": [
            {"theme_id": "t1", "workshop_id": "w1", "count": 4},
            {"theme_id": "t1", "workshop_id": "w1", "count": 2},
        ],
        "examples": [{"id": "e1", "title": "Exempel", "body": "", "url": "", "link_text": ""}],
        "lessons": [
            {"id": "l1", "expert": "Anna", "affiliation": "", "intro": "", "items": ["Ett"]}
        ],
    }


@pytest.fixture
def minimal(tmp_path):
    path = tmp_path / "minimal.json"
    path.write_text(json.dumps(minimal_document()), encoding="utf-8")
    return path


def test_a_document_with_only_the_minimum_contract_imports_with_the_documented_defaults(
    minimal, tmp_path
):
    with import_json(minimal, tmp_path / "m.samla") as wf:
        assert [p["colour"] for p in wf.perspectives()] == list(NOTE_COLOURS[:2])
        assert [p["position"] for p in wf.perspectives()] == [0, 1]
        assert wf.workshops()[0]["participants"] == 0
        note = wf.notes()[0]
        assert (note["x"], note["y"], note["erased_at"]) == (0.0, 0.0, None)
        assert note["created_at"] == note["updated_at"]
        assert wf.rows("vote_rounds") == []
        assert sorted(v["count"] for v in wf.votes()) == [2, 4]
        assert wf.search_notes("bokning") == ["n1"]


def test_merging_a_document_without_ids_or_times_twice_adds_nothing(minimal, tmp_path):
    with import_json(minimal, tmp_path / "m.samla") as wf:
        report = merge_into(wf, minimal)
        assert report.total("added") == 0 and report.total("conflicts") == 0
        assert len(wf.votes()) == 2


def test_a_field_a_later_version_adds_is_ignored_with_a_warning(tmp_path):
    doc = minimal_document()
    doc["survey_link"] = "https://example.org"
    doc["notes"][0]["sentiment"] = 0.8
    (tmp_path / "later.json").write_text(json.dumps(doc), encoding="utf-8")
    warnings: list[str] = []
    with import_json(tmp_path / "later.json", tmp_path / "l.samla", warnings) as wf:
        assert wf.notes()[0]["text"] == "Gemensam bokning"
    assert any("survey_link" in w for w in warnings)
    assert any("sentiment" in w for w in warnings)


def test_a_schema_valid_document_without_timestamps_imports(tmp_path, pristine_demo):
    with WorkshopFile.open(pristine_demo, readonly=True) as wf:
        doc = interchange.to_document(wf)
    for table in interchange.EXPORTED:
        for row in doc[table]:
            for stamp in ("created_at", "updated_at", "deleted_at"):
                row.pop(stamp, None)
    for stamp in ("created_at", "updated_at"):
        doc["series"].pop(stamp)
    (tmp_path / "bare.json").write_text(json.dumps(doc), encoding="utf-8")
    with import_json(tmp_path / "bare.json", tmp_path / "b.samla") as wf:
        assert wf.note_count() == len(doc["notes"])
