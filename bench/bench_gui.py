"""The GUI paths people feel, in the real main window on a real X display.

Each size runs in a fresh process on a private Xvfb display (xcb platform): the main
window opens a series file of 10,000 or 50,000 notes (bench/series.py), as the app
does, and then, as a facilitator would:

- opens the Cluster step (the board), moves a note with the mouse, undoes it,
  searches the board by typing a word, switches to another question (one whose
  notes are fresh from participants: unclustered, not placed yet) and asks for
  Suggest groups there, until the dialog is painted;
- while the board is open, a participant types notes on the shared screen: Enter ->
  committed -> the confirmation painted.

The freezes are measured by a heartbeat: a 2 ms timer inside the app whose longest
gap, from the action until the app has settled, is how long the window could not
answer. The baseline is the longest gap of the same heartbeat with nothing
happening, in the same process (the machine's own noise).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result, percentile
from bench.series import series_file
from bench.xdisplay import choose_language, gui_env, x_display

ROOT = Path(__file__).resolve().parents[1]
#: Targets for the longest freeze, by file size (the issue's table).
FREEZE_TARGET = {10_000: 100.0, 50_000: 250.0}


# ------------------------------------------------------------------- child


class Heartbeat:
    """A timer inside the app; the longest gap between its ticks is the longest freeze."""

    def __init__(self, app):
        from PySide6.QtCore import Qt, QTimer

        self.app = app
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def run(self, action, done=lambda: True, settle_ms: float = 400, timeout_s: float = 60):
        """Longest gap (ms) while `action` runs and until `done()` has held for `settle_ms`."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        state = {"since": None, "start": None}

        def check():
            now = time.perf_counter()
            if state["start"] is None:
                return
            if now - state["start"] > timeout_s:
                raise RuntimeError("the action did not finish")
            if done():
                state["since"] = state["since"] or now
                if (now - state["since"]) * 1000 >= settle_ms:
                    loop.quit()
            else:
                state["since"] = None

        def fire():
            self.ticks.append(time.perf_counter())
            state["start"] = time.perf_counter()
            action()

        self.ticks = []
        checker = QTimer()
        checker.setInterval(10)
        checker.timeout.connect(check)
        self.timer.start()
        checker.start()
        QTimer.singleShot(30, fire)
        loop.exec()
        checker.stop()
        self.timer.stop()
        ticks = self.ticks
        return max((b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False))


def _wait(app, condition, timeout_s: float = 60) -> None:
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            raise RuntimeError("timed out")
        app.processEvents()
        time.sleep(0.002)


def _settle(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def _board(window):
    from workshop_app.gui.board import BoardWidget

    boards = [b for b in window.findChildren(BoardWidget) if b.isVisible()]
    return boards[0] if boards else None


def _drag_a_note(board) -> None:
    """Press on the note nearest the middle of the view, move it a little, let go."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from workshop_app.gui.board.items import NoteItem

    view = board.view
    middle = view.viewport().rect().center()
    notes = [i for i in view.items(view.viewport().rect()) if isinstance(i, NoteItem)]

    def distance(note) -> int:
        return (view.mapFromScene(note.sceneBoundingRect().center()) - middle).manhattanLength()

    note = min(notes, key=distance)
    start = view.mapFromScene(note.sceneBoundingRect().center())
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        QTest.mouseMove(viewport, start + QPoint(6 * i, 4 * i))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(36, 24)
    )


def child_freezes(path: str) -> dict:
    """Open the file in the main window and time every GUI action of the table."""
    from PySide6.QtTest import QTest

    from workshop_app.gui.app import build_window, make_application
    from workshop_app.gui.settings import AppSettings

    app = make_application()
    window = build_window(AppSettings(), path)
    window.resize(1366, 768)
    window.show()
    session = window.session
    _settle(app, 1.5)  # the window is up; what it does after its first frame is done
    beat = Heartbeat(app)
    out: dict[str, float] = {"idle": beat.run(lambda: None, settle_ms=1000)}
    questions = [q["id"] for q in session.wf.questions()]
    out["open Cluster"] = beat.run(
        lambda: session.set_current(step="cluster"), lambda: _board(window) is not None
    )
    board = _board(window)
    _settle(app, 1.0)
    out["move a note"] = beat.run(lambda: _drag_a_note(board))
    out["undo"] = beat.run(session.undo_stack.undo)
    word = "samverkan"

    def type_word():
        board.search_box.setFocus()
        QTest.keyClicks(board.search_box, word)

    out["search the board"] = beat.run(
        type_word, lambda: board.scene.query == word and board.match_label.text() != ""
    )
    board.search_box.clear()
    _settle(app, 0.5)
    out["switch question"] = beat.run(
        lambda: session.set_current(question_id=questions[-1]),
        lambda: board.scene.question_id == questions[-1],
    )
    _settle(app, 1.0)
    shown = []
    board.suggestions_shown.connect(shown.append)
    out["Suggest groups"] = beat.run(board.suggest, lambda: bool(shown), settle_ms=600)
    out["suggestions"] = shown[0].count() if shown and hasattr(shown[0], "count") else 0
    return out


def child_participant(path: str, samples: int) -> dict:
    """Notes typed on the participant screen while the main window shows the board."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    from workshop_app.gui.app import build_window, make_application
    from workshop_app.gui.participant.participant_window import ParticipantWindow
    from workshop_app.gui.settings import AppSettings

    app = make_application()
    window = build_window(AppSettings(), path)
    window.resize(1366, 768)
    window.show()
    session = window.session
    session.set_current(step="cluster")
    _wait(app, lambda: _board(window) is not None)
    _settle(app, 1.5)
    participant = ParticipantWindow(session, ask_perspective=False)
    participant.resize(1366, 768)
    participant.show()
    _settle(app, 1.0)

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    painted = Painted()
    participant.confirmation.installEventFilter(painted)
    before = session.wf.note_count()
    times = []
    for i in range(samples):
        if i % 5 == 0:
            participant.new_turn()  # a handful of notes per person
            _settle(app, 0.05)
        participant.editor.insertPlainText(f"En ny idé nummer {i} för byn")
        app.processEvents()
        painted.seen = False
        start = time.perf_counter()
        QTest.keyClick(participant.editor, Qt.Key.Key_Return)
        while not painted.seen:
            app.processEvents()
        app.processEvents()  # the frame with the confirmation is flushed to the screen
        times.append((time.perf_counter() - start) * 1000)
        _settle(app, 0.02)
    assert session.wf.note_count() == before + samples
    # The disk's share: a raw single-row commit with the same pragmas, in this process.
    import sqlite3

    raw = sqlite3.connect(Path(path).with_suffix(".raw"), isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT)")
    commits = []
    for i in range(samples):
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT INTO notes (text) VALUES (?)", [f"En ny idé nummer {i}"])
        raw.execute("COMMIT")
        commits.append((time.perf_counter() - start) * 1000)
    raw.close()
    return {"times": times, "commits": commits}


# ------------------------------------------------------------------ parent


def _child(kind: str, env: dict, *args) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "bench.bench_gui", kind, *map(str, args)],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(f"bench_gui {kind} failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(smoke: bool) -> list[Result]:
    sizes = (1_000,) if smoke else (10_000, 50_000)
    samples = 20 if smoke else 100
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="samla-bench-gui-") as tmp, x_display() as display:
        if display is None:
            return [
                Result(
                    "GUI freezes and participant notes (xcb)",
                    0,
                    None,
                    note="skipped: Xvfb is not installed, so there is no X display",
                    skipped=True,
                )
            ]
        folder = Path(tmp)
        env = gui_env(display, folder)
        choose_language(env)
        for n in sizes:
            path = series_file(folder / f"series-{n}.workshop", n)
            target = FREEZE_TARGET.get(n, 100.0)
            participant = _child("participant", env, path, samples)
            typed, commits = participant["times"], participant["commits"]
            results.append(
                Result(
                    f"participant Enter -> painted, p95, board open, {n:,} notes",
                    percentile(typed, 95),
                    percentile(commits, 95),
                    target_abs=10.0,
                    note=f"median {statistics.median(typed):.1f} ms; main window on the "
                    "Cluster step behind the participant screen; baseline: a raw sqlite3 "
                    "commit, same pragmas (the disk's share)",
                )
            )
            freezes = _child("freezes", env, path)
            idle = freezes["idle"]
            for action in (
                "open Cluster",
                "switch question",
                "Suggest groups",
                "move a note",
                "undo",
                "search the board",
            ):
                limit = 50.0 if action == "search the board" else target
                results.append(
                    Result(
                        f"longest freeze: {action}, {n:,} notes",
                        freezes[action],
                        idle,
                        target_abs=limit,
                        note="baseline: the heartbeat's longest gap with nothing happening"
                        if action == "open Cluster"
                        else "",
                    )
                )
    return results


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    kind = sys.argv[1]
    if kind == "freezes":
        print(json.dumps(child_freezes(sys.argv[2])))
    elif kind == "participant":
        print(json.dumps(child_participant(sys.argv[2], int(sys.argv[3]))))
    else:
        raise SystemExit(f"unknown child {kind}")
