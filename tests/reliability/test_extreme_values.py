"""Issue case 9: extreme values in a file break nothing.

Positions of 2^63 - 1 made every later add raise `OverflowError`; vote counts of 2^62
made every report export fail with "integer overflow". Every integer has a range in
the validator, and the arithmetic on what a file holds cannot overflow.
"""

from __future__ import annotations

import json

import pytest
from hostile_files import digest, integrity, run, tamper

from workshop_app.core import errors, validation, voting
from workshop_app.core.interchange import to_document
from workshop_app.core.merge import SourceRefused, merge_into
from workshop_app.core.schema import TABLES
from workshop_app.core.store import WorkshopFile

BIGGEST = 2**63 - 1
ORDERED = [t for t, spec in TABLES.items() if spec.ordered_within is not None]
INTEGER_COLUMNS = [
    (table, column)
    for table, spec in TABLES.items()
    for column, kind in spec.columns.items()
    if kind is int
]


def test_adding_works_after_positions_at_sqlites_limit(demo_copy):
    tamper(demo_copy, *(f'UPDATE "{t}" SET position = {BIGGEST}' for t in ORDERED))
    with WorkshopFile.open(demo_copy) as wf:
        question = wf.questions()[0]["id"]
        workshop = wf.workshops()[0]["id"]
        added = {
            "perspectives": wf.add("perspectives", name="Näringsliv"),
            "workshops": wf.add("workshops", title="Workshop 4"),
            "questions": wf.add("questions", text="Vad händer sen?"),
            "themes": wf.add("themes", question_id=question, title="Nytt tema"),
            "examples": wf.add("examples", title="Ett exempel"),
            "lessons": wf.add("lessons", expert="Expert"),
        }
        assert set(added) == set(ORDERED)
        wf.add_note(question, workshop, "En lapp efter de stora talen")
        low, high = validation.POSITION_RANGE
        for table, changes in added.items():
            assert wf.get(table, changes.rows[0].id)["position"] == high, table
        first, second = wf.themes(question)[:2]
        wf.swap_positions("themes", first["id"], second["id"])
    assert integrity(demo_copy) == [("ok",)]


def test_adding_works_after_positions_of_another_type(demo_copy):
    tamper(
        demo_copy,
        "UPDATE perspectives SET position = 'last'",
        f"UPDATE workshops SET position = {float(BIGGEST)}",
    )
    with WorkshopFile.open(demo_copy) as wf:
        assert wf.add("perspectives", name="Näringsliv").rows[0].after["position"] == 0
        assert wf.add("workshops", title="Workshop 4").rows[0].after["position"] == 0


@pytest.mark.parametrize("fmt", ["--pdf", "--csv", "--markdown", "--html"])
def test_a_report_exports_with_vote_counts_of_2_to_the_62(demo_copy, tmp_path, fmt):
    tamper(demo_copy, f"UPDATE votes SET count = {2**62}")
    out = tmp_path / "report.out"
    code, _out, err = run("export", demo_copy, fmt, out)
    assert code == 0, err
    assert out.stat().st_size > 0


def test_vote_totals_count_each_vote_within_its_range(demo_copy):
    tamper(demo_copy, f"UPDATE votes SET count = {2**62}")
    with WorkshopFile.open(demo_copy, readonly=True) as wf:
        rows = wf.votes()
        totals = voting.theme_totals(wf)
    _low, high = validation.INT_RANGES[("votes", "count")]
    per_theme: dict[str, int] = {}
    for vote in rows:
        per_theme[vote["theme_id"]] = per_theme.get(vote["theme_id"], 0) + high
    assert totals == per_theme


def test_check_and_merge_name_an_absurd_vote_count(demo_copy, laptops):
    tamper(demo_copy, f"UPDATE votes SET count = {2**62}")
    code, out, _err = run("check", demo_copy)
    assert code == 1 and f"count = {2**62}, outside 0..1000000" in out
    before = digest(laptops["a"])
    with WorkshopFile.open(laptops["a"]) as wf, pytest.raises(SourceRefused, match="outside"):
        merge_into(wf, demo_copy)
    assert digest(laptops["a"]) == before


@pytest.mark.parametrize(("table", "column"), INTEGER_COLUMNS)
def test_every_integer_column_has_a_range(table, column):
    low, high = validation.INT_RANGES.get((table, column), validation.POSITION_RANGE)
    assert -(2**63) < low <= 0 < high < 2**63 - 1
    for value in (low, 0, high):
        assert validation.value_problem(table, column, value) is None
    for value in (low - 1, high + 1, BIGGEST, -(2**63), 2**64, 10**400):
        assert "outside" in validation.value_problem(table, column, value)


@pytest.mark.parametrize(
    "value", [BIGGEST, 2**64, -(2**63) - 1, 10**400], ids=["2^63-1", "2^64", "-2^63-1", "10^400"]
)
def test_an_import_with_an_absurd_position_is_one_line_and_writes_nothing(
    pristine_demo, tmp_path, value
):
    with WorkshopFile.open(pristine_demo, readonly=True) as wf:
        doc = to_document(wf)
    doc["themes"][0]["position"] = value
    doc["votes"][0]["count"] = value
    source = tmp_path / "absurd.json"
    source.write_text(json.dumps(doc), "utf-8")
    code, _out, err = run("import", source, tmp_path / "new.samla")
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "position" in err, err
    assert len(err) < 300, "the number is not printed in full"
    assert not (tmp_path / "new.samla").exists()


def test_the_api_refuses_an_absurd_value_in_plain_words(wf, ids):
    with pytest.raises(errors.InvalidValue, match="outside"):
        wf.update("themes", ids["themes"][0], position=BIGGEST)
    with pytest.raises(errors.InvalidValue, match="outside"):
        wf.add("workshops", title="Stor", participants=2**62)
