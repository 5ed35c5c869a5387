"""A report for chosen workshops holds only their notes and votes; labels follow the series."""

from __future__ import annotations

import csv

import pytest
from report_helpers import pdf_text

from workshop_app.core.errors import InvalidValue
from workshop_app.core.store import WorkshopFile
from workshop_app.report.exporter import export_report
from workshop_app.report.model import build_report, generated_intro


def test_subset_leaves_out_other_workshops_and_recounts_votes(demo, tmp_path):
    w1, w2, w3 = demo.workshops()
    only = [w1["id"], w3["id"]]
    pdf, table = tmp_path / "r.pdf", tmp_path / "r.csv"
    export_report(demo, pdf=pdf, csv=table, workshop_ids=only, appendix=True)
    text = pdf_text(pdf)
    appendix = text[text.index("Bilaga: alla lappar") :]
    theirs = [n for n in demo.notes() if n["workshop_id"] == w2["id"]]
    mine = [n for n in demo.notes() if n["workshop_id"] in only]
    shared = {n["text"] for n in mine}
    for note in theirs:
        if note["text"] not in shared:
            assert note["text"] not in appendix
    for note in mine:
        assert " ".join(note["text"].split()) in appendix

    theme = next(t for t in demo.themes() if t["title"] == "Kontakt med den lokala nivån")
    counts = {v["workshop_id"]: v["count"] for v in demo.votes() if v["theme_id"] == theme["id"]}
    expected = counts[w1["id"]] + counts[w3["id"]]
    assert expected != sum(counts.values())
    assert f"Kontakt med den lokala nivån · {expected} röster" in text

    with open(table, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(mine)
    assert {r["workshop"] for r in rows} == {w1["title"], w3["title"]}
    assert {r["theme_votes"] for r in rows if r["theme"] == theme["title"]} == {str(expected)}


def test_unknown_workshop_is_refused(demo, tmp_path):
    with pytest.raises(InvalidValue, match="No workshop"):
        export_report(demo, pdf=tmp_path / "r.pdf", workshop_ids=["nope"])
    assert not (tmp_path / "r.pdf").exists()


def _english_series(path):
    wf = WorkshopFile.create(
        path,
        title="Smart villages",
        organization="Rural Network",
        language="en",
        goal="smart villages",
        published="2024-05-02",
    )
    p = wf.add("perspectives", name="municipality", plural="municipalities").rows[0].id
    w = wf.add("workshops", title="Spring workshop", date="2024-04-10", participants=9).rows[0].id
    q = wf.add("questions", perspective_id=p, text="How can municipalities help?").rows[0].id
    t = (
        wf.add(
            "themes",
            question_id=q,
            title="Listen first",
            synthesis="They should listen.",
            divided=True,
            divided_note="Some disagreed.",
        )
        .rows[0]
        .id
    )
    wf.add_note(q, w, "Just listen to us", theme_id=t, is_quote=True)
    wf.add_note(q, w, "Loose idea")
    wf.add("votes", theme_id=t, workshop_id=w, count=1)
    return wf


def test_labels_follow_the_series_language(tmp_path):
    wf = _english_series(tmp_path / "en.workshop")
    pdf, md, page = tmp_path / "r.pdf", tmp_path / "r.md", tmp_path / "r.html"
    export_report(wf, pdf=pdf, markdown=md, html=page, appendix=True)
    for text in (pdf_text(pdf), md.read_text(encoding="utf-8"), page.read_text(encoding="utf-8")):
        for label in (
            "Quote from a participant",
            "Opinions were divided",
            "Other input",
            "Published 2 May 2024",
            "Appendix: all notes",
            "1 vote",
        ):
            assert label in text
        assert "Citat" not in text and "Publicerad" not in text
    assert '<html lang="en">' in page.read_text(encoding="utf-8")
    wf.close()


def test_generated_intro_states_the_facts(tmp_path, demo):
    wf = _english_series(tmp_path / "en.workshop")
    intro = generated_intro(wf, "en")
    assert "one workshop on smart villages on 10 April 2024" in intro
    assert "9 people" in intro and "municipalities" in intro
    assert build_report(wf).intro == intro  # no intro written: the report uses the facts
    wf.close()
    sv = generated_intro(demo, "sv")
    assert "tre workshoppar" in sv and "januari 2021" in sv and "43 personer" in sv
    assert "kommuner och regioner" in sv
