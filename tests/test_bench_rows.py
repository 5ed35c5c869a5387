"""The benches of the paths people feel still run and say what they measure (smoke sizes;
timings are not judged in tests: bench/ prints them as ratios)."""

from __future__ import annotations

from bench import bench_export
from bench.common import Result, table
from bench.series import series_file


def test_the_export_and_search_rows_run(tmp_path):
    results = bench_export.measure(smoke=True)
    names = [r.name for r in results]
    assert any(n.startswith("JSON export of") and "peak memory" in n for n in names)
    assert any(n.startswith("board search through the core") for n in names)
    assert all(r.ours > 0 and r.baseline and r.baseline > 0 for r in results)


def test_a_skipped_row_says_why_and_is_no_miss():
    row = Result("start: window painted (xcb)", 0, None, note="skipped: no Xvfb", skipped=True)
    assert row.ok
    assert "skipped" in table([row]) and "no Xvfb" in table([row])


def test_a_bench_series_is_shaped_like_a_worked_file(tmp_path):
    from workshop_app.core.store import WorkshopFile

    path = series_file(tmp_path / "s.workshop", 400)
    with WorkshopFile.open(path, readonly=True) as wf:
        questions = wf.questions()
        assert wf.note_count() == 400
        first = wf.notes(questions[0]["id"])
        assert sum(1 for n in first if n["theme_id"]) > len(first) / 2  # mostly filed
        assert all(n["x"] or n["y"] for n in first)  # placed
        fresh = [n for n in wf.notes(questions[-1]["id"]) if not n["theme_id"]]
        assert fresh and any(not n["x"] and not n["y"] for n in fresh)  # new, not placed
