"""Participant mode: one note from Enter to committed and confirmed on screen.

Ours: Enter pressed in a real ParticipantWindow (offscreen) on a file with 10,000
notes, until the note is committed (WAL, synchronous=FULL) and the confirmation
is shown. Baseline: a raw sqlite3 single-row INSERT + COMMIT with the same
pragmas on a table of the same shape, measured in the same run.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import Result, percentile


def _raw_commits(path: Path, count: int) -> list[float]:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY, question_id TEXT, workshop_id TEXT, "
        "perspective_id TEXT, theme_id TEXT, text TEXT, is_quote INTEGER, x REAL, y REAL, "
        "created_at TEXT, updated_at TEXT, deleted_at TEXT)"
    )
    samples = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO notes VALUES (?, 'q', 'w', NULL, NULL, ?, 0, 0, 0, 'now', 'now', NULL)",
            [str(uuid.uuid4()), f"raw note {i}"],
        )
        conn.execute("COMMIT")
        samples.append((time.perf_counter() - start) * 1000)
    conn.close()
    return samples


def measure(smoke: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workshop_app.core.store import WorkshopFile
    from workshop_app.gui.participant.participant_window import ParticipantWindow
    from workshop_app.gui.session import Session

    existing, samples_wanted = (500, 30) if smoke else (10_000, 200)
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    wf = WorkshopFile.create(tmp / "bench.samla", title="Bench")
    workshop = wf.add("workshops", title="W").rows[0].id
    question = wf.add("questions", text="Q?").rows[0].id
    with wf.transaction():
        for i in range(existing):
            wf.add_note(question, workshop, f"existing note number {i} about rural broadband")

    session = Session(wf)
    session.set_current(workshop_id=workshop, question_id=question)
    window = ParticipantWindow(session, ask_perspective=False)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    ours = []
    for i in range(samples_wanted):
        if i % 5 == 0:
            window.new_turn()  # a realistic turn: a handful of notes per person
        window.editor.insertPlainText(f"A new idea number {i} for the village")
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(window.editor, Qt.Key_Return)
        assert window.confirmation.isVisible()
        app.processEvents()
        ours.append((time.perf_counter() - start) * 1000)
    assert wf.note_count() == existing + samples_wanted
    window._leave()
    wf.close()

    raw = _raw_commits(tmp / "raw.sqlite", samples_wanted)
    p95_ours, p95_raw = percentile(ours, 95), percentile(raw, 95)
    return [
        Result(
            f"add one note (Enter → committed → shown), p95, {existing} notes",
            p95_ours,
            p95_raw,
            target_ratio=2.0,
            target_abs=10.0,
            note=f"median {percentile(ours, 50):.1f} ms vs raw {percentile(raw, 50):.1f} ms; "
            "baseline: raw sqlite3 INSERT+COMMIT, WAL, synchronous=FULL",
        )
    ]
