"""The workshop file: adding a note, bulk import, opening a big file (QUALITY.md rows 2, 3, 5).

Each row is measured against raw sqlite3 doing the same work on the same schema with the
same pragmas (WAL, synchronous=FULL, foreign keys), in the same run.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import Result, percentile
from workshop_app.core.interchange import dumps, import_json, to_document
from workshop_app.core.store import WorkshopFile

NOTE_COLUMNS = (
    "id",
    "question_id",
    "workshop_id",
    "perspective_id",
    "theme_id",
    "text",
    "is_quote",
    "x",
    "y",
    "created_at",
    "updated_at",
    "deleted_at",
)


def _note_rows(count: int, q: str, w: str, t: str | None) -> list[dict]:
    now = "2021-01-19T09:30:00.000000+00:00"
    return [
        {
            "id": str(uuid.uuid4()),
            "question_id": q,
            "workshop_id": w,
            "perspective_id": None,
            "theme_id": t if i % 3 else None,
            "text": f"Anteckning {i}: fiber, service och mötesplatser i byn behövs",
            "is_quote": False,
            "x": float(i % 100),
            "y": float(i // 100),
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        for i in range(count)
    ]


def _file_with_notes(path: Path, count: int) -> tuple[str, str, str]:
    """A workshop file holding `count` notes (written verbatim in one transaction)."""
    with WorkshopFile.create(path, title="Bänk") as wf:
        w = wf.add("workshops", title="W").rows[0].id
        q = wf.add("questions", text="Q").rows[0].id
        t = wf.add("themes", question_id=q, title="T").rows[0].id
        wf.put_rows("notes", _note_rows(count, q, w, t))
    return q, w, t


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


NOTE_INSERT = f"INSERT INTO notes ({', '.join(NOTE_COLUMNS)}) VALUES ({', '.join('?' * 12)})"


def _raw_add(conn: sqlite3.Connection, row: dict) -> None:
    """What adding a note takes with plain sqlite3: the row and its search index entry."""
    conn.execute("BEGIN")
    cursor = conn.execute(NOTE_INSERT, [row[c] for c in NOTE_COLUMNS])
    conn.execute(
        "INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", [cursor.lastrowid, row["text"]]
    )
    conn.execute("COMMIT")


def _add_note(folder: Path, existing: int, samples: int) -> list[Result]:
    ours_path, raw_path = folder / "ours.workshop", folder / "raw.workshop"
    q, w, t = _file_with_notes(ours_path, existing)
    raw_path.write_bytes(ours_path.read_bytes())
    wf = WorkshopFile.open(ours_path)
    conn = _raw(raw_path)
    ours, base = [], []
    for i in range(samples):  # interleaved, so both see the same machine load
        start = time.perf_counter()
        note = wf.add_note(q, w, f"Ny lapp {i}").rows[0].id
        assert wf.get("notes", note) is not None  # visible: read back from the file
        ours.append((time.perf_counter() - start) * 1000)
        row = _note_rows(1, q, w, None)[0]
        start = time.perf_counter()
        _raw_add(conn, row)
        base.append((time.perf_counter() - start) * 1000)
    # The same again with fsync switched off on both sides: what is left is the cost of
    # our layer (validation, change record, read back) against SQLite's own work.
    wf.db.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    cpu_ours, cpu_base = [], []
    for i in range(samples):
        start = time.perf_counter()
        wf.get("notes", wf.add_note(q, w, f"Utan fsync {i}").rows[0].id)
        cpu_ours.append((time.perf_counter() - start) * 1000)
        row = _note_rows(1, q, w, None)[0]
        start = time.perf_counter()
        _raw_add(conn, row)
        cpu_base.append((time.perf_counter() - start) * 1000)
    wf.db.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA synchronous = FULL")
    # One-row update (mark a note as a quote): the board's and the synthesis' everyday write.
    ids = [r[0] for r in wf.query("SELECT id FROM notes ORDER BY rowid LIMIT ?", [samples])]
    upd_ours, upd_base = [], []
    for i, note_id in enumerate(ids):
        start = time.perf_counter()
        wf.update("notes", note_id, is_quote=bool(i % 2))
        upd_ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "UPDATE notes SET is_quote = ?, updated_at = ? WHERE id = ?",
            [i % 2, "2021-01-19T09:31:00.000000+00:00", note_id],
        )
        conn.execute("COMMIT")
        upd_base.append((time.perf_counter() - start) * 1000)
    wf.close()
    conn.close()
    return [
        Result(
            f"add one note, p95, {existing:,} notes in the file",
            percentile(ours, 95),
            percentile(base, 95),
            target_ratio=1.5,
            target_abs=10.0,
            note=f"median ours {percentile(ours, 50):.2f} ms, raw {percentile(base, 50):.2f} ms; "
            "baseline: raw sqlite3 INSERT (+ its search index entry) + COMMIT, same schema "
            "and pragmas",
        ),
        Result(
            f"update one row (mark a quote), p95, {existing:,} notes in the file",
            percentile(upd_ours, 95),
            percentile(upd_base, 95),
            target_ratio=1.5,
            note=f"median ours {percentile(upd_ours, 50):.2f} ms, raw "
            f"{percentile(upd_base, 50):.2f} ms; baseline: raw UPDATE + COMMIT, same pragmas",
        ),
        Result(
            "  the same, median, fsync off on both (our layer's own cost)",
            percentile(cpu_ours, 50) * 1000,
            percentile(cpu_base, 50) * 1000,
            unit="us",
            target_ratio=2.0,
            note="diagnostic row: not in QUALITY.md; shows the overhead that fsync hides",
        ),
    ]


def _bulk_import(folder: Path, count: int) -> list[Result]:
    source = folder / "source.workshop"
    q, w, t = _file_with_notes(source, count)
    with WorkshopFile.open(source, readonly=True) as wf:
        doc = to_document(wf)
    doc_path = folder / "series.json"
    doc_path.write_text(dumps(doc), "utf-8")
    ours, base = [], []
    for i in range(3):
        target = folder / f"imported{i}.workshop"
        start = time.perf_counter()
        import_json(doc_path, target).close()
        ours.append((time.perf_counter() - start) * 1000)

        raw_path = folder / f"raw{i}.workshop"
        WorkshopFile.create(raw_path).close()  # the same schema, empty
        start = time.perf_counter()
        rows = json.loads(doc_path.read_text("utf-8"))
        conn = _raw(raw_path)
        conn.execute("BEGIN")
        for table in ("workshops", "questions", "themes"):
            cols = list(rows[table][0])
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [[r[c] for c in cols] for r in rows[table]],
            )
        conn.executemany(NOTE_INSERT, [[r[c] for c in NOTE_COLUMNS] for r in rows["notes"]])
        conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')")
        conn.execute("COMMIT")
        conn.close()
        base.append((time.perf_counter() - start) * 1000)
    return [
        Result(
            f"bulk import of {count:,} notes (JSON import, one transaction)",
            sorted(ours)[1],
            sorted(base)[1],
            target_ratio=3.0,
            note="ours: read + validate the document, create the file, write all rows; "
            "baseline: json.loads + raw executemany in one transaction, same schema",
        )
    ]


def _open_big(folder: Path, count: int) -> list[Result]:
    path = folder / "big.workshop"
    _file_with_notes(path, count)
    ours, base = [], []
    for _ in range(5):
        start = time.perf_counter()
        with WorkshopFile.open(path) as wf:
            notes = wf.notes()
        ours.append((time.perf_counter() - start) * 1000)
        assert len(notes) == count
        start = time.perf_counter()
        conn = _raw(path)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT * FROM notes WHERE deleted_at IS NULL").fetchall()
        conn.close()
        base.append((time.perf_counter() - start) * 1000)
        assert len(rows) == count
    return [
        Result(
            f"open a file with {count:,} notes (quick_check + load notes)",
            sorted(ours)[2],
            sorted(base)[2],
            target_abs=1000.0,
            note="baseline: raw sqlite3 connect + quick_check + SELECT of the notes",
        )
    ]


def measure(smoke: bool) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="samla-bench-") as folder:
        folder = Path(folder)
        (folder / "add").mkdir()
        (folder / "bulk").mkdir()
        (folder / "open").mkdir()
        results += _add_note(folder / "add", 500 if smoke else 10_000, 20 if smoke else 300)
        results += _bulk_import(folder / "bulk", 500 if smoke else 10_000)
        results += _open_big(folder / "open", 1_000 if smoke else 50_000)
    return results
