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
#: A cell whose text starts with one of these, also after white space, is read as a
#: formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@")
#: Leading characters that are themselves a formula start (OWASP lists tab and CR); the
#: text is already cleaned, so a carriage return has become a line break.
_CONTROL_START = ("\t", "\r", "\n")


def _cell(value: str) -> str:
    """Text for a cell; a leading apostrophe keeps '=SUM(...)' (or ' =1+1') from running
    as a formula. Every text column goes through here, after cleaning."""
    if value.startswith(_CONTROL_START) or value.lstrip().startswith(_FORMULA_START):
        return "'" + value
    return value


def rows(report: Report):
    yield COLUMNS
    for question, theme, note in report.all_notes():
        votes = "" if theme is None or theme.votes is None else str(theme.votes)
        yield (
            _cell(report.title),
            _cell(note.workshop),
            _cell(note.date),
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
