"""The core benchmarks still run (smoke sizes; timings are not judged in tests)."""

from __future__ import annotations

from bench import bench_core
from bench.common import table


def test_the_core_benchmarks_run_and_print_every_row():
    results = bench_core.measure(smoke=True)
    names = [r.name for r in results]
    assert any(n.startswith("add one note, p95") for n in names)
    assert any(n.startswith("bulk import of") for n in names)
    assert any(n.startswith("open a file with") for n in names)
    assert all(r.ours > 0 and r.baseline and r.baseline > 0 for r in results)
    assert "ratio" in table(results)
