"""Bulk import: merging a workshop file (or interchange JSON) with 10,000 notes.

Baseline: raw sqlite3 `executemany` inserting the same note rows, in one
transaction, into the same schema with the same pragmas (WAL, synchronous=FULL,
foreign keys on; the note search triggers fire in both).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.common import Result
from workshop_app.core.interchange import export_json
from workshop_app.core.merge import merge_into
from workshop_app.core.store import WorkshopFile, new_id
from workshop_app.core.templates import new_series_from_preset

COLUMNS = (
    "id question_id workshop_id perspective_id theme_id text is_quote x y "
    "created_at updated_at deleted_at"
).split()


def _source(folder: Path, count: int) -> Path:
    path = folder / "source.workshop"
    with new_series_from_preset(path, "smarta-landsbygder") as wf:
        workshop = wf.add("workshops", title="Workshop").rows[0].id
        questions = [q["id"] for q in wf.questions()]
        now = wf.now()
        rows = [
            {
                "id": new_id(),
                "question_id": questions[i % len(questions)],
                "workshop_id": workshop,
                "text": f"Idé nummer {i}: bättre samverkan mellan byalag och kommun",
                "is_quote": i % 17 == 0,
                "x": float(i % 100),
                "y": float(i // 100),
                "created_at": now,
                "updated_at": now,
            }
            for i in range(count)
        ]
        wf.put_rows("notes", rows)
    return path


def _target(folder: Path) -> Path:
    path = folder / "target-template.workshop"
    new_series_from_preset(path, "smarta-landsbygder").close()
    return path


def _fresh(template: Path, folder: Path, name: str) -> Path:
    path = folder / name
    shutil.copyfile(template, path)  # the template is closed: a copy is fine here
    return path


def _merge(template: Path, folder: Path, source: Path, run: int) -> float:
    path = _fresh(template, folder, f"merge-{run}.workshop")
    with WorkshopFile.open(path) as wf:
        start = time.perf_counter()
        report = merge_into(wf, source)
        elapsed = time.perf_counter() - start
    assert report.counts["notes"].added > 0
    return elapsed * 1000


def _raw(template: Path, folder: Path, rows: list[tuple], run: int) -> float:
    path = _fresh(template, folder, f"raw-{run}.workshop")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    workshop = rows[0][2]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO workshops (id, title, date, place, facilitator, participants, position, "
        "created_at, updated_at) VALUES (?, 'Workshop', '', '', '', 0, 0, '', '')",
        [workshop],
    )
    conn.executemany(
        f"INSERT INTO notes ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", rows
    )
    # ... and their entries in the search index, as the store makes them.
    conn.execute(
        "INSERT INTO notes_fts (rowid, text) SELECT rowid, text FROM notes WHERE workshop_id = ?",
        [workshop],
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed * 1000


def measure(smoke: bool) -> list[Result]:
    count = 500 if smoke else 10_000
    repeat = 1 if smoke else 3
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source, template = _source(folder, count), _target(folder)
        with WorkshopFile.open(source, readonly=True) as wf:
            export_json(wf, folder / "source.json")
        # the rows as the target stores them (question ids mapped to the target's)
        with (
            WorkshopFile.open(template, readonly=True) as t,
            WorkshopFile.open(source, readonly=True) as s,
        ):
            mapping = {
                q["id"]: tq["id"] for q, tq in zip(s.questions(), t.questions(), strict=True)
            }
            rows = [
                tuple(mapping.get(n[c], n[c]) if c == "question_id" else n[c] for c in COLUMNS)
                for n in s.notes()
            ]
        rows = [r[:6] + (int(r[6]),) + r[7:] for r in rows]
        ours_file, ours_json, raw = [], [], []
        for run in range(repeat):
            raw.append(_raw(template, folder, rows, run))
            ours_file.append(_merge(template, folder, source, run))
            ours_json.append(_merge(template, folder, folder / "source.json", 100 + run))
    base = sorted(raw)[len(raw) // 2]
    return [
        Result(
            f"merge a workshop file of {count} notes (checked, one transaction)",
            sorted(ours_file)[len(ours_file) // 2],
            base,
            target_ratio=3.0,
            note="baseline: raw sqlite3 executemany of the same note rows and their search "
            "index entries, same pragmas",
        ),
        Result(
            f"merge interchange JSON of {count} notes (schema-validated)",
            sorted(ours_json)[len(ours_json) // 2],
            base,
            target_ratio=None,
            note="for information: JSON Schema validation of every row dominates",
        ),
    ]
