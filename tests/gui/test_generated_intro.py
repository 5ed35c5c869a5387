"""The introduction generated from the series' facts (no Qt involved)."""

from __future__ import annotations

from workshop_app.core.demo import write_demo
from workshop_app.core.store import WorkshopFile
from workshop_app.report.intro import generated_intro


def test_demo_intro_in_swedish_and_english(tmp_path):
    wf = write_demo(tmp_path / "demo.samla")
    sv = generated_intro(wf, "sv")
    assert "Landsbygdsnätverkets tre workshops i januari 2021" in sv
    assert "kommuner och regioner" in sv
    assert "Totalt deltog 43 personer" in sv
    en = generated_intro(wf, "en")
    assert "three workshops held by Landsbygdsnätverket in January 2021" in en
    assert "43 people took part" in en
    assert generated_intro(wf) == sv  # the series' own language by default
    wf.close()


def test_intro_spans_months_and_handles_missing_facts(tmp_path):
    wf = WorkshopFile.create(tmp_path / "s.samla", goal="smart rural areas", language="en")
    assert generated_intro(wf, "en") == (
        "This report gathers ideas and good examples of how different actors can enable "
        "smart rural areas."
    )
    wf.add("workshops", title="A", date="2024-11-05", participants=5)
    wf.add("workshops", title="B", date="2025-02-10", participants=7)
    wf.add("workshops", title="C", date="not a date")
    text = generated_intro(wf, "en")
    assert "three workshops between November 2024 and February 2025" in text
    assert "12 people took part" in text
    sv = generated_intro(wf, "sv")
    assert "mellan november 2024 och februari 2025" in sv
    wf.close()
