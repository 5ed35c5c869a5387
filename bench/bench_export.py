"""Big files through the command line: JSON export's peak memory, and the board's search.

- `workshop-app export FILE --json OUT` on series of 50,000 and 100,000 notes, in a
  fresh process; its peak resident memory (the kernel's ru_maxrss of the child) against
  the same interpreter that only opens the file (what any command on it pays).
- `WorkshopFile.search_notes` for words a facilitator types, on the largest question of a
  50,000-note series, against the bare full-text query (SQLite's FTS5 MATCH alone) on
  the same file.
"""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result
from bench.series import series_file

#: The process reports its own high-water mark (VmHWM) as it exits. (The kernel's
#: ru_maxrss of a child starts at its parent's size when it was forked, and this bench's
#: process is big.)
PEAK = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("peak", int(line.split()[1]), file=sys.stderr)
atexit.register(peak)
"""
#: The real command line: `workshop-app export FILE --json OUT`.
EXPORT = PEAK + "from workshop_app.cli import main\nsys.exit(main(sys.argv[1:]))\n"
OPEN_ONLY = PEAK + (
    "from workshop_app.core.store import WorkshopFile\n"
    "WorkshopFile.open(sys.argv[1], readonly=True).close()\n"
)


def _peak_rss_mb(code: str, *args: str) -> float:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-2000:]}")
    line = next(x for x in done.stderr.splitlines() if x.startswith("peak "))
    return int(line.split()[1]) / 1024


def _export_rows(folder: Path, sizes: tuple[int, ...]) -> list[Result]:
    results = []
    for n in sizes:
        path = series_file(folder / f"series-{n}.workshop", n)
        out = folder / f"series-{n}.json"
        ours = _peak_rss_mb(EXPORT, "export", str(path), "--json", str(out))
        base = _peak_rss_mb(OPEN_ONLY, str(path))
        results.append(
            Result(
                f"JSON export of {n:,} notes: peak memory (RSS)",
                ours,
                base,
                unit="MB",
                target_abs=150.0,
                note=f"{out.stat().st_size / 1e6:.0f} MB of JSON; baseline: the same "
                "interpreter opening the file only",
            )
        )
    return results


#: Words typed into the board's search box: common, rare, a prefix, two words, no match.
QUERIES = ("samverkan", "fiber", "bredb", "kommun region", "landsbygd", "zzzz")


def _search_rows(folder: Path, n: int) -> list[Result]:
    from workshop_app.core.store import WorkshopFile

    path = series_file(folder / f"series-{n}.workshop", n)
    wf = WorkshopFile.open(path)
    counts = {q["id"]: len(wf.notes(q["id"])) for q in wf.questions()}
    question = max(counts, key=counts.get)
    raw = sqlite3.connect(path)
    ours, base = [], []
    for _ in range(5):
        for query in QUERIES:
            start = time.perf_counter()
            found = wf.search_notes(query, question)
            ours.append((time.perf_counter() - start) * 1000)
            match = " ".join(f'"{w}"*' for w in query.split())
            start = time.perf_counter()
            rows = raw.execute(
                "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?", [match]
            ).fetchall()
            base.append((time.perf_counter() - start) * 1000)
            assert len(found) <= len(rows)
    raw.close()
    wf.close()
    return [
        Result(
            f"board search through the core, {n:,} notes (largest question)",
            max(ours),
            statistics.median(base),
            target_abs=50.0,
            note=f"slowest of {len(QUERIES)} queries x5 ({counts[question]:,} notes on that "
            f"question; median {statistics.median(ours):.1f} ms); baseline: FTS5 MATCH alone",
        )
    ]


def measure(smoke: bool) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="samla-bench-export-") as tmp:
        folder = Path(tmp)
        sizes = (2_000,) if smoke else (50_000, 100_000)
        return _export_rows(folder, sizes) + _search_rows(folder, sizes[0])
