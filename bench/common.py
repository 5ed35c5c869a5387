"""Shared by every benchmark: a result row, timing helpers, and the table printer.

Each `bench/bench_<area>.py` defines `measure(smoke: bool) -> list[Result]`;
`python -m bench` runs them all and prints one table. Every figure is a ratio
against a baseline measured in the same run (the machines are shared, so
absolute times move from run to run); absolute figures are printed beside it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    ours: float
    baseline: float | None
    unit: str = "ms"
    #: Target for ours / baseline (None when the row has only an absolute target).
    target_ratio: float | None = None
    #: Absolute target for `ours`, in `unit` (None when there is none).
    target_abs: float | None = None
    note: str = ""
    #: Not measured on this machine (the note says why); never counts as a miss.
    skipped: bool = False

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.ours / self.baseline

    @property
    def ok(self) -> bool:
        if self.skipped:
            return True
        ok = True
        if self.target_ratio is not None and self.ratio is not None:
            ok &= self.ratio <= self.target_ratio
        if self.target_abs is not None:
            ok &= self.ours <= self.target_abs
        return ok


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `fn` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def table(results: list[Result]) -> str:
    head = f"{'what':<58} {'ours':>10} {'baseline':>10} {'ratio':>7} {'target':>16}  ok"
    lines = [head, "-" * len(head)]
    for r in results:
        if r.skipped:
            lines.append(f"{r.name:<58} {'skipped':>10}")
            lines.append(f"    {r.note}")
            continue
        base = f"{r.baseline:.1f}" if r.baseline is not None else "-"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        target = " ".join(
            t
            for t in (
                f"<={r.target_ratio}x" if r.target_ratio is not None else "",
                f"<={r.target_abs:g}{r.unit}" if r.target_abs is not None else "",
            )
            if t
        )
        lines.append(
            f"{r.name:<58} {r.ours:>8.1f}{r.unit:<2} {base:>10} {ratio:>7} {target:>16}  "
            f"{'yes' if r.ok else 'NO'}"
        )
        if r.note:
            lines.append(f"    {r.note}")
    return "\n".join(lines)
