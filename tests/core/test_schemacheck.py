"""The reader is never more lenient than the shipped schema: what jsonschema (the reference
validator of JSON Schema, a test dependency only) rejects, import refuses too.

The reader checks a document's structure with fastjsonschema and its values with the one
row validator (core/validation.py), which must hold every rule the schema states."""

from __future__ import annotations

import copy

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.core import errors, interchange
from workshop_app.core.assets import read_json
from workshop_app.core.interchange import to_document

SCHEMA = read_json("schema", "series.schema.json")
FULL = jsonschema.Draft202012Validator(SCHEMA)


@pytest.fixture(scope="module")
def small_doc(tmp_path_factory):
    from workshop_app.core.demo import write_demo

    with write_demo(tmp_path_factory.mktemp("sc") / "d.workshop") as wf:
        doc = to_document(wf)
    for table in ("notes", "themes", "votes"):
        doc[table] = doc[table][:3]
    doc["notes"][0]["deleted_at"] = doc["notes"][0]["updated_at"]
    return doc


def reader_accepts(doc) -> bool:
    try:
        interchange.read(copy.deepcopy(doc))
    except errors.InvalidDocument:
        return False
    return True


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


JSON_VALUES = st.sampled_from(
    [None, True, False, 0, 1, -1, 1.0, 0.5, "", "x", "y" * 65, [], ["a"], [1], {}, {"id": "x"}]
)


def test_the_reader_accepts_a_valid_document_and_the_full_validator_agrees(small_doc):
    assert reader_accepts(small_doc)
    assert FULL.is_valid(small_doc)


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_the_reader_never_accepts_what_jsonschema_rejects(small_doc, data):
    doc = copy.deepcopy(small_doc)
    paths = [p for p in _paths(doc) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = data.draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = data.draw(JSON_VALUES)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[data.draw(st.sampled_from(["extra", "id", "text", "count"]))] = data.draw(
                    JSON_VALUES
                )
        except (KeyError, IndexError, TypeError):
            continue
    if reader_accepts(doc):
        assert FULL.is_valid(doc), "the reader let an invalid document through"
