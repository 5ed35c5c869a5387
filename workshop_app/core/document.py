"""A whole series as rows by table (a "document"), and the one check of its content.

Import (JSON), merge (a workshop file or JSON from another laptop) and `check` all read
a series into this form and run `problems` on it, so `check` reports exactly what an
import or merge would refuse: each row through the row validator (core/validation.py),
ids unique, every reference pointing to a row of the document, a note's theme under
the note's own question, sizes within bounds.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from workshop_app.core import errors, validation
from workshop_app.core.schema import JSON, TABLES

#: Tables carried by a document besides its series row, parents before children.
TABLES_IN_ORDER = (
    "perspectives",
    "workshops",
    "questions",
    "themes",
    "notes",
    "vote_rounds",
    "votes",
    "examples",
    "lessons",
)
#: Most rows of one table accepted from outside: far above any real series.
MAX_ROWS = 1_000_000
#: Most problems `problems` lists (the rest are counted).
MAX_PROBLEMS = 100


def _from_sqlite(table: str, row: dict) -> dict:
    """Python values for what SQLite stored; a value of the wrong kind is left as it is
    (the validator then names it)."""
    for name, kind in TABLES[table].columns.items():
        value = row.get(name)
        if kind is bool and type(value) is int and value in (0, 1):
            row[name] = bool(value)
        elif kind is JSON and isinstance(value, str):
            try:
                row[name] = json.loads(value)
            except ValueError:
                pass
    return row


def read_rows(conn: sqlite3.Connection) -> dict:
    """Every row of an inspected workshop file, as a document (not yet checked).

    The file's schema was compared with the expected one before, so every column is there.
    """
    rows: dict = {}
    for table in ("series", *TABLES_IN_ORDER):
        count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if count > MAX_ROWS:
            raise errors.InvalidValue(f"it has {count} {table} rows (at most {MAX_ROWS})")
        names = ["id", *TABLES[table].columns, "created_at", "updated_at", "deleted_at"]
        select = ", ".join(f'"{n}"' for n in names)
        rows[table] = [
            _from_sqlite(table, dict(zip(names, r, strict=True)))
            for r in conn.execute(f'SELECT {select} FROM "{table}"')
        ]
    if len(rows["series"]) != 1:
        raise errors.InvalidValue(f"it holds {len(rows['series'])} series, expected 1")
    rows["series"] = rows["series"][0]
    return rows


def _check(rows: dict, now: datetime, found: list[str]) -> dict:
    """The checked, normalised document; every problem is appended to `found`."""

    def problem(text: str) -> bool:
        found.append(text)
        return len(found) >= MAX_PROBLEMS

    out: dict = {}
    try:
        out["series"] = validation.check_row("series", rows["series"], now)
    except errors.InvalidValue as exc:
        problem(str(exc))
    ids: dict[str, set[str]] = {}
    for table in TABLES_IN_ORDER:
        table_rows = rows.get(table, [])
        if len(table_rows) > MAX_ROWS:
            if problem(f"it has {len(table_rows)} {table} rows (at most {MAX_ROWS})"):
                return out
            continue
        checked, seen = [], set()
        for row in table_rows:
            try:
                row = validation.check_row(table, row, now)
            except errors.InvalidValue as exc:
                if problem(str(exc)):
                    return out
                continue
            if row["id"] in seen:
                if problem(f"two {table} rows share the id {row['id']!r}"):
                    return out
                continue
            if table == "notes" and row.get("erased_at"):
                row["text"] = ""  # a tombstone carries no text, whatever came with it
            seen.add(row["id"])
            checked.append(row)
        out[table] = checked
        ids[table] = seen
    question_of_theme = {t["id"]: t["question_id"] for t in out.get("themes", [])}
    for table in TABLES_IN_ORDER:
        for row in out.get(table, []):
            for column, parent in TABLES[table].foreign_keys.items():
                ref = row.get(column)
                if ref is not None and ref not in ids.get(parent, ()):
                    if problem(
                        f"{table} row {row['id']!r}: {column} = {ref!r} points to a {parent} "
                        "row that does not exist"
                    ):
                        return out
            if table == "notes" and row.get("theme_id") in question_of_theme:
                if question_of_theme[row["theme_id"]] != row["question_id"]:
                    if problem(
                        f"notes row {row['id']!r} is in theme {row['theme_id']!r}, "
                        "which belongs to another question"
                    ):
                        return out
    return out


def problems(rows: dict, now: datetime) -> list[str]:
    """Every problem of a document (at most `MAX_PROBLEMS`), in plain words."""
    found: list[str] = []
    _check(rows, now, found)
    return found


def checked(rows: dict, now: datetime) -> dict:
    """The document checked and normalised; raises `InvalidValue` naming its first problem."""
    found: list[str] = []
    out = _check(rows, now, found)
    if found:
        raise errors.InvalidValue(found[0])
    return out
