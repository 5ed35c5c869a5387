"""The board at scale: pan and whole-board frames, memory, and cluster suggestions.

Baseline for the frame times: the same number of built-in QGraphicsRectItem +
QGraphicsTextItem cards (wrapped text, same size, same places) and plain rect
theme frames in a plain QGraphicsView, measured in the same run by the same
method (scroll or fit, then a synchronous `viewport().repaint()`).
Memory and the suggestion time have absolute targets only. Each part runs in its
own subprocess so the numbers do not leak into each other.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result, percentile

ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------- data


def synthetic_texts(count: int, seed: int = 1) -> list[str]:
    """Plausible notes made of the demo's phrases."""
    from workshop_app.core.assets import read_json

    data = read_json("demo", "smarta-landsbygder.json")
    texts = [n["text"] for q in data["questions"] for t in q["themes"] for n in t["notes"]]
    rng = random.Random(seed)
    vocabulary = [w for t in texts for w in t.split()]
    out = []
    for _ in range(count):
        extra = [rng.choice(vocabulary) for _ in range(rng.randint(0, 4))]
        out.append(" ".join(rng.choice(texts).split() + extra))
    return out


def make_file(path: Path, notes: int, per_theme: int = 20, loose_share: float = 0.2):
    """A workshop file with one question holding `notes` notes, most of them in themes."""
    from workshop_app.core.store import WorkshopFile, new_id

    wf = WorkshopFile.create(path, title="Bench")
    with wf.transaction():
        p1 = wf.add("perspectives", name="kommun", colour="#F9E27D").rows[0].id
        p2 = wf.add("perspectives", name="region", colour="#9ED2F0").rows[0].id
        w = wf.add("workshops", title="Workshop").rows[0].id
        q = wf.add("questions", text="Hur kan kommuner möjliggöra smarta landsbygder?").rows[0].id
        themed = int(notes * (1 - loose_share))
        theme_ids = []
        for t in range(max(1, themed // per_theme)):
            theme_ids.append(wf.add("themes", question_id=q, title=f"Tema {t + 1}").rows[0].id)
        now = wf.now()
        rows = []
        for i, text in enumerate(synthetic_texts(notes)):
            rows.append(
                {
                    "id": new_id(),
                    "question_id": q,
                    "workshop_id": w,
                    "perspective_id": p1 if i % 3 else p2,
                    "theme_id": theme_ids[i // per_theme] if i < themed else None,
                    "text": text,
                    "is_quote": False,
                    "x": 0.0,
                    "y": 0.0,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        wf.put_rows("notes", rows)
    return wf


# ------------------------------------------------------------ child process


def _settle(app, seconds: float = 1.0) -> None:
    """Let idle work finish (as a user would, glancing at the board before panning)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


class _Panner:
    """One view's pan and whole-board frames, each step a synchronous repaint."""

    def __init__(self, view):
        from PySide6.QtGui import QTransform

        self.view = view
        view.setTransform(QTransform())
        view.centerOn(view.scene().itemsBoundingRect().center())
        view.viewport().repaint()
        self.pan: list[float] = []
        self.whole: list[float] = []

    def pan_step(self, i: int) -> None:
        step = 40 if (i // 30) % 2 == 0 else -40  # back and forth across the board
        bar_h, bar_v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        start = time.perf_counter()
        bar_h.setValue(bar_h.value() + step)
        bar_v.setValue(bar_v.value() + step // 2)
        self.view.viewport().repaint()
        self.pan.append((time.perf_counter() - start) * 1000)

    def fit(self) -> None:
        from PySide6.QtCore import Qt

        self.view.fitInView(
            self.view.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio
        )
        self.view.viewport().repaint()

    def whole_step(self) -> None:
        start = time.perf_counter()
        self.view.viewport().update()
        self.view.viewport().repaint()
        self.whole.append((time.perf_counter() - start) * 1000)


def _frames(views, app, repeat: int) -> list[dict[str, list[float]]]:
    """Pan and whole-board frames of several views, interleaved frame by frame so that
    the load of a shared machine falls on all of them alike."""
    _settle(app)
    for warm_up in (True, False):  # the first pass only warms caches up; it is not counted
        panners = [_Panner(v) for v in views]
        for i in range(repeat if warm_up else 0):
            for p in panners:
                p.pan_step(i)
    for i in range(repeat):
        for p in panners:
            p.pan_step(i)
    for p in panners:
        p.fit()
    app.processEvents()
    for _ in range(max(10, repeat // 4)):
        for p in panners:
            p.whole_step()
    return [{"pan": p.pan, "whole": p.whole} for p in panners]


def _baseline_scene(board_scene):
    """Built-in items at the places our board put its cards and frames."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QBrush, QColor, QFont, QPen
    from PySide6.QtWidgets import (
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsTextItem,
    )

    scene = QGraphicsScene()
    font = QFont()
    font.setPixelSize(13)
    for theme in board_scene.themes.values():
        frame = QGraphicsRectItem(theme.frame())
        frame.setBrush(QBrush(QColor("#F4F2ED")))
        frame.setPen(QPen(QColor("#CDC6B8"), 1.5))
        scene.addItem(frame)
        title = QGraphicsSimpleTextItem(theme.title())
        title.setPos(theme.frame().topLeft() + QPointF(14, 12))
        scene.addItem(title)
    for note in board_scene.notes.values():
        rect = QGraphicsRectItem(note.boundingRect())
        rect.setPos(note.pos())
        rect.setBrush(QBrush(note.colour))
        rect.setPen(QPen(QColor(0, 0, 0, 0)))
        rect.setFlags(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
        text = QGraphicsTextItem(note.row["text"], rect)
        text.setFont(font)
        text.setTextWidth(note.boundingRect().width() - 16)
        text.setPos(6, 6)
        scene.addItem(rect)
    return scene


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(kind: str, notes: int, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView

    app = QApplication.instance() or QApplication([])
    from workshop_app.gui.board import BoardWidget
    from workshop_app.gui.session import Session

    with tempfile.TemporaryDirectory() as folder:
        wf = make_file(Path(folder) / "bench.workshop", notes)
        rss_before = _rss_mb()
        start = time.perf_counter()
        widget = BoardWidget(Session(wf))
        widget.resize(1366, 768)
        widget.show()
        app.processEvents()
        load_ms = (time.perf_counter() - start) * 1000  # the first frame's share
        start = time.perf_counter()
        widget.scene.finish_loading()  # every card an item, as after a few idle moments
        out: dict = {"load_ms": load_ms, "full_ms": load_ms + (time.perf_counter() - start) * 1000}
        if kind == "memory":
            widget.view.fit_all()
            app.processEvents()
            widget.view.viewport().repaint()
            widget.view.set_zoom(1.0)
            widget.view.viewport().repaint()
            out.update(rss=_rss_mb(), rss_before=rss_before)
        else:
            scene = _baseline_scene(widget.scene)
            view = QGraphicsView(scene)
            view.setRenderHints(
                QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            )
            view.setSceneRect(scene.itemsBoundingRect().adjusted(-1500, -1500, 1500, 1500))
            view.resize(widget.view.viewport().size())
            view.show()
            app.processEvents()
            # The same board once more, its cards without the pixmap cache, to compare.
            plain = BoardWidget(widget.session)
            plain.resize(1366, 768)
            plain.show()
            plain.scene.finish_loading()
            for note in plain.scene.notes.values():
                note.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            app.processEvents()
            ours, builtin, uncached = _frames([widget.view, view, plain.view], app, repeat)
            out.update(ours=ours, builtin=builtin, uncached=uncached)
            plain.close()
            view.close()
        widget.close()
        wf.close()
    return out


def _run_child(kind: str, notes: int, repeat: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "bench.bench_board", kind, str(notes), str(repeat)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(f"bench_board {kind} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _suggestion_ms(count: int) -> float:
    from workshop_app.core.suggest import suggest_groups

    notes = [{"id": f"n{i:05d}", "text": t} for i, t in enumerate(synthetic_texts(count, seed=7))]
    suggest_groups(notes[:50], "sv")
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        suggest_groups(notes, "sv")
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(smoke: bool) -> list[Result]:
    notes = 500 if smoke else 5000
    repeat = 30 if smoke else 120
    frames = _run_child("frames", notes, repeat)
    ours, builtin, uncached = frames["ours"], frames["builtin"], frames["uncached"]
    memory = _run_child("memory", 1000 if smoke else 10000, 1)
    n = f"{notes:,}"
    results = [
        Result(
            f"board {n} notes: pan frame at 100% (median)",
            statistics.median(ours["pan"]),
            statistics.median(builtin["pan"]),
            target_ratio=1.5,
            target_abs=16.7,
        ),
        Result(
            f"board {n} notes: pan frame at 100% (p95)",
            percentile(ours["pan"], 95),
            percentile(builtin["pan"], 95),
            target_ratio=1.5,
            target_abs=16.7,
        ),
        Result(
            f"board {n} notes: whole board in view (median)",
            statistics.median(ours["whole"]),
            statistics.median(builtin["whole"]),
            target_ratio=1.5,
        ),
        Result(
            "  cards without pixmap cache (QStaticText only): pan",
            statistics.median(uncached["pan"]),
            statistics.median(ours["pan"]),
            note="baseline here: our default (QStaticText + DeviceCoordinateCache)",
        ),
        Result(
            "  cards without pixmap cache: whole board",
            statistics.median(uncached["whole"]),
            statistics.median(ours["whole"]),
        ),
        Result(
            f"board {n} notes: open, to the first frame's cards",
            frames["load_ms"],
            None,
            note=f"every card made: {frames['full_ms']:.0f} ms (the rest in idle moments)",
        ),
        Result(
            f"board memory with {1000 if smoke else 10000:,} notes (RSS)",
            memory["rss"],
            None,
            unit="MB",
            target_abs=300,
            note=f"process before the board was built: {memory['rss_before']:.0f} MB",
        ),
        Result(
            f"cluster suggestions for {200 if smoke else 1000:,} notes",
            _suggestion_ms(200 if smoke else 1000),
            None,
            target_abs=1000,
        ),
    ]
    return results


if __name__ == "__main__":
    kind, count, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(child(kind, count, repeat)))
