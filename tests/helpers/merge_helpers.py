"""Helpers for the merge and backup tests: workshop files made on "three laptops"."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

from workshop_app.core.document import TABLES_IN_ORDER as MERGED
from workshop_app.core.merge.merging import match_key as _key
from workshop_app.core.schema import TABLES
from workshop_app.core.store import WorkshopFile
from workshop_app.core.templates import new_series_from_preset

LAPTOPS = ("a", "b", "c")
NOTES_PER_QUESTION = 3


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make_laptop_file(path: Path, laptop: str) -> Path:
    """A series from the preset (its own ids), one workshop, notes for each of its 4 questions."""
    with new_series_from_preset(path, "smarta-landsbygder") as wf:
        workshop = wf.add("workshops", title=f"Workshop {laptop.upper()}", place=laptop).rows[0].id
        for question in wf.questions():
            for n in range(NOTES_PER_QUESTION):
                wf.add_note(question["id"], workshop, f"{laptop}: idé {n} om {question['kind']}")
    return path


def open_file(path: Path, clock=None) -> WorkshopFile:
    return WorkshopFile.open(path, clock=clock) if clock else WorkshopFile.open(path)


def content_digest(wf: WorkshopFile, *, by_name: bool = False) -> str:
    """A hash of the series' content (every merged table, removed rows included).

    With `by_name`, perspectives and questions are identified by their name and
    text rather than their ids and time stamps (and the series row is left out):
    two files that merged each other then have the same digest although each
    kept its own.
    """
    names: dict[str, dict[str, object]] = {"perspectives": {}, "questions": {}}
    if by_name:
        for p in wf.rows("perspectives", include_deleted=True):
            names["perspectives"][p["id"]] = _key(p["name"])
        for q in wf.rows("questions", include_deleted=True):
            names["questions"][q["id"]] = [
                names["perspectives"].get(q["perspective_id"]),
                _key(q["text"]),
            ]
    digest = hashlib.sha256()
    if not by_name:
        digest.update(json.dumps(wf.series(), sort_keys=True, ensure_ascii=False).encode())
    for table in MERGED:
        lines = []
        for row in wf.rows(table, include_deleted=True):
            if by_name:
                for column, parent in TABLES[table].foreign_keys.items():
                    if parent in names and row.get(column) is not None:
                        row[column] = names[parent].get(row[column])
                if table in names:
                    row["id"] = names[table][row["id"]]
                    row.pop("created_at")
                    row.pop("updated_at")
            lines.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
        digest.update(table.encode())
        digest.update("\n".join(sorted(lines)).encode())
    return digest.hexdigest()


def row_counts(wf: WorkshopFile) -> dict[str, int]:
    """Rows per table, bookkeeping included (for checking that a merge changed nothing)."""
    tables = ["series", *MERGED, "merges", "origins", "id_map", "conflicts"]
    return {t: wf.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
