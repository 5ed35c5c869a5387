"""The report's notes as CSV: one row per note, for analysis in a spreadsheet."""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from workshop_app.report.model import Report

COLUMNS = (
    "series",
    "workshop",
    "date",
    "question",
    "perspective",
    "theme",
    "is_quote",
    "votes",
    "text",
)
#: A cell starting with one of these is read as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """Text for a cell; a leading apostrophe keeps '=SUM(...)' from running as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def rows(report: Report):
    yield COLUMNS
    for question, theme, note in report.all_notes():
        votes = "" if theme is None or theme.votes is None else str(theme.votes)
        yield (
            _cell(report.title),
            _cell(note.workshop),
            note.date,
            _cell(question.text),
            _cell(note.perspective),
            _cell(theme.title) if theme else "",
            "1" if note.is_quote else "0",
            votes,
            _cell(note.text),
        )


def write_csv(report: Report, out: BinaryIO, *, bom: bool = False) -> None:
    """UTF-8 (with a byte-order mark for Excel when `bom`), quoted by the csv module."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    try:
        csv.writer(text, quoting=csv.QUOTE_MINIMAL).writerows(rows(report))
        text.flush()
    finally:
        text.detach()  # the caller owns `out`
