"""The report as CSV for analysis in a spreadsheet: one row per note, or one per theme."""

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
    "theme_votes",
    "text",
)
#: One row per theme: its question, how many notes it holds and its votes.
THEME_COLUMNS = ("series", "question", "perspective", "theme", "notes", "votes", "divided")
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


def theme_rows(report: Report):
    yield THEME_COLUMNS
    for question in report.questions:
        for theme in question.themes:
            yield (
                _cell(report.title),
                _cell(question.text),
                _cell(question.perspective),
                _cell(theme.title),
                str(len(theme.notes)),
                "" if theme.votes is None else str(theme.votes),
                "1" if theme.divided else "0",
            )


def write_csv(report: Report, out: BinaryIO, *, bom: bool = False, per: str = "note") -> None:
    """UTF-8 (with a byte-order mark for Excel when `bom`), quoted by the csv module;
    one row per note, or per theme with `per="theme"`."""
    source = theme_rows(report) if per == "theme" else rows(report)
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    try:
        csv.writer(text, quoting=csv.QUOTE_MINIMAL).writerows(source)
        text.flush()
    finally:
        text.detach()  # the caller owns `out`
