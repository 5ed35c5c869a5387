"""The introduction generated from the series' facts, as "Generate from facts" writes it."""

from __future__ import annotations

from workshop_app.core.store import WorkshopFile
from workshop_app.report.model import generated_intro


def test_intro_spans_months_and_skips_undated_workshops(tmp_path):
    wf = WorkshopFile.create(tmp_path / "s.samla", goal="smart rural areas", language="en")
    assert generated_intro(wf, "en") == ""  # no workshops yet: no facts to state
    wf.add("workshops", title="A", date="2024-11-05", participants=5)
    wf.add("workshops", title="B", date="2025-02-10", participants=7)
    wf.add("workshops", title="C", date="not a date")
    text = generated_intro(wf, "en")
    assert "three workshops on smart rural areas" in text
    assert "between 5 November 2024 and 10 February 2025" in text
    assert "12 people took part" in text
    sv = generated_intro(wf, "sv")
    assert "mellan 5 november 2024 och 10 februari 2025" in sv
    assert "Sammanlagt deltog 12 personer" in sv
    assert generated_intro(wf) == text  # the series' own language by default
    wf.close()
