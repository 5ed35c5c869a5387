"""Start-up as users meet it: the real `workshop-app` command on a real X display.

Each sample is a fresh process timed from outside, from the moment it is started to
the moment it reports its first painted frame (SAMLA_FIRST_FRAME_QUIT, workshop_app/
smoke.py). The baseline is a bare PySide6 QMainWindow started and timed the same way,
with the same first-frame probe, on the same private Xvfb display (xcb platform), the
samples interleaved so that both meet the same load. `workshop-app --version` is timed
against `python -c pass`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result
from bench.series import series_file
from bench.xdisplay import choose_language, gui_env, x_display

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


class FirstFrame(QObject):
    seen = False

    def eventFilter(self, obj, event):
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and obj.isWidgetType()
            and isinstance(obj.window(), QMainWindow)
        ):
            self.seen = True
            QTimer.singleShot(0, report)
        return False


def report():
    print("first frame: bare", flush=True)
    app.exit(0)


probe = FirstFrame(app)
app.installEventFilter(probe)
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1280, 760)
w.show()
app.exec()
"""


def _app_command() -> list[str]:
    script = Path(sys.executable).parent / "workshop-app"
    return [str(script)] if script.exists() else [sys.executable, "-m", "workshop_app"]


def _first_frame_ms(command: list[str], env: dict, expect: str = "") -> float:
    """Wall time from starting `command` to its `first frame:` line (it then quits)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        env={**env, "SAMLA_FIRST_FRAME_QUIT": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in proc.stdout:
            if line.startswith("first frame:"):
                elapsed = (time.perf_counter() - start) * 1000
                if expect not in line:
                    raise RuntimeError(f"{command}: the first frame was {line!r}")
                proc.wait(timeout=60)
                return elapsed
        proc.wait(timeout=60)
        raise RuntimeError(f"{command} painted no frame:\n{proc.stderr.read()[-3000:]}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _run_ms(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def measure(smoke: bool) -> list[Result]:
    sizes = (1_000,) if smoke else (10_000, 50_000)
    runs = 2 if smoke else 7
    app = _app_command()
    with tempfile.TemporaryDirectory(prefix="samla-bench-start-") as tmp, x_display() as display:
        folder = Path(tmp)
        files = {n: series_file(folder / f"series-{n}.workshop", n) for n in sizes}
        results: list[Result] = []
        if display is None:
            results.append(
                Result(
                    "start: window painted (xcb)",
                    0,
                    None,
                    note="skipped: Xvfb is not installed, so there is no X display to start on",
                    skipped=True,
                )
            )
        else:
            env = gui_env(display, folder)
            choose_language(env)
            samples: dict[str, list[float]] = {"bare": [], "screen": []}
            for n in sizes:
                samples[f"file{n}"] = []
            # Warm the disk caches and compile the modules once, as an installed app has.
            _first_frame_ms([sys.executable, "-c", BARE], env)
            for path in (None, *files.values()):
                _first_frame_ms([*app, *([str(path)] if path else [])], env)
            for _ in range(runs):  # interleaved: every kind meets the same load
                samples["bare"].append(_first_frame_ms([sys.executable, "-c", BARE], env))
                samples["screen"].append(_first_frame_ms(app, env, "Samla"))
                for n, path in files.items():
                    samples[f"file{n}"].append(_first_frame_ms([*app, str(path)], env, path.name))
            bare = statistics.median(samples["bare"])
            note = "fresh process each, xcb on Xvfb; baseline: bare PySide6 QMainWindow"
            for n in sizes:
                results.append(
                    Result(
                        f"start: workspace window painted, {n:,} notes",
                        statistics.median(samples[f"file{n}"]),
                        bare,
                        target_ratio=2.0 if n <= 10_000 else None,
                        note=note + ("" if n <= 10_000 else "; no target (10,000 is the row)"),
                    )
                )
            results.append(
                Result(
                    "start: start screen painted, no file",
                    statistics.median(samples["screen"]),
                    bare,
                    target_ratio=2.0,
                    note=note,
                )
            )
        env = {**gui_env(display or ":0", folder), "QT_QPA_PLATFORM": "offscreen"}
        version, bare_python = [], []
        for _ in range(runs * 3):
            version.append(_run_ms([*app, "--version"], env))
            bare_python.append(_run_ms([sys.executable, "-c", "pass"], env))
        results.append(
            Result(
                "workshop-app --version",
                statistics.median(version),
                statistics.median(bare_python),
                target_ratio=3.0,
                note="the console script, fresh process each; baseline: python -c pass",
            )
        )
    return results
