"""The facilitator workspace: start-up on a big file, and adding a dictated note.

- start to main window shown, on a file of 10,000 notes, against a bare QMainWindow
  shown by the same interpreter (each in a fresh process, wall time to "shown");
- one dictated note (Enter -> committed -> visible in the list), p95, against a raw
  sqlite3 single-row commit with the same pragmas.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result, percentile

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 720); w.show(); app.processEvents()
"""

OURS = """
import sys
from workshop_app.gui.app import make_application, build_window
from workshop_app.gui.settings import AppSettings
app = make_application()
settings = AppSettings(); settings.set_language("sv")
w = build_window(settings, sys.argv[1] if len(sys.argv) > 1 else None)
w.resize(1280, 720); w.show(); app.processEvents()
assert (w.session is not None) == (len(sys.argv) > 1)
"""


def _notes_file(folder: Path, count: int) -> Path:
    from workshop_app.core.demo import write_demo

    path = folder / "big.samla"
    wf = write_demo(path)
    questions = [q["id"] for q in wf.questions()]
    workshops = [w["id"] for w in wf.workshops()]
    with wf.transaction():
        for i in range(count - wf.note_count()):
            wf.add_note(questions[i % len(questions)], workshops[i % len(workshops)], f"Idé {i}")
    wf.close()
    return path


def _process_ms(code: str, *args: str, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)
    return (time.perf_counter() - start) * 1000


def measure(smoke: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    count = 1_000 if smoke else 10_000
    runs = 1 if smoke else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SAMLA_DATA_DIR": str(folder),
            "XDG_CONFIG_HOME": str(folder / "config"),
        }
        path = _notes_file(folder, count)
        bare = sorted(_process_ms(BARE, env=env) for _ in range(runs))[runs // 2]
        ours = sorted(_process_ms(OURS, str(path), env=env) for _ in range(runs))[runs // 2]
        start = sorted(_process_ms(OURS, env=env) for _ in range(runs))[runs // 2]
        results = [
            Result(
                "start: start screen shown (no file)",
                start,
                bare,
                "ms",
                2.0,
                note="fresh process each; baseline: bare QMainWindow",
            ),
            Result(
                f"start: window shown on {count:,} notes",
                ours,
                bare,
                "ms",
                2.0,
                note="fresh process each; baseline: bare QMainWindow",
            ),
        ]
        results.append(_dictation(folder, path, 50 if smoke else 200))
    return results


def _dictation(folder: Path, path: Path, repeat: int) -> Result:
    from PySide6.QtWidgets import QApplication

    from workshop_app.gui.app import build_window, make_application
    from workshop_app.gui.settings import AppSettings

    app = make_application()
    settings = AppSettings()
    window = build_window(settings, str(path))
    window.resize(1280, 720)
    window.show()
    window.session.step_by(+1)
    QApplication.processEvents()
    write = window.workspace.pages["write"]
    samples = []
    for i in range(repeat):
        write.input.setPlainText(f"Dikterad idé {i}")
        start = time.perf_counter()
        write.add_note()
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        assert write.notes.item(write.notes.count() - 1).text() == f"Dikterad idé {i}"
    window.close_file()

    raw = sqlite3.connect(str(folder / "raw.db"), isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT)")
    base = []
    for i in range(repeat):
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT INTO notes VALUES (?, ?)", (f"id{i}", f"Dikterad idé {i}"))
        raw.execute("COMMIT")
        base.append((time.perf_counter() - start) * 1000)
    raw.close()
    return Result(
        "dictated note: Enter -> visible (p95)",
        percentile(samples, 95),
        percentile(base, 95),
        "ms",
        None,
        None,
        note="baseline: raw sqlite3 commit, same pragmas",
    )
