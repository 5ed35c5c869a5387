"""The PDF report of the demo series reads like the reference publication, in order."""

from __future__ import annotations

from pypdf import PdfReader
from report_helpers import assert_in_order, flat, link_uris, pdf_text

from workshop_app.cli import main
from workshop_app.report.exporter import export_report


def _expected_sequence(wf) -> list[str]:
    series = wf.series()
    seq = [series["organization"], series["title"], series["subtitle"], series["intro"]]
    for q in wf.questions():
        seq.append(q["text"])
        for t in wf.themes(q["id"]):
            seq += [t["title"], t["synthesis"]]
            if t["divided"]:
                seq.append(t["divided_note"])
            members = [n for n in wf.notes(q["id"]) if n["theme_id"] == t["id"]]
            seq += [n["text"] for n in members if n["is_quote"]]
    for e in wf.examples():
        seq += [e["title"], e["body"], e["link_text"]]
    for lesson in wf.lessons():
        seq += [lesson["expert"], lesson["affiliation"]]
        seq += [f"{n}. {item}" for n, item in enumerate(lesson["items"], 1)]
    seq.append("Publicerad 15 mars 2021")
    return seq


def test_pdf_has_every_part_of_the_report_in_reading_order(demo, tmp_path):
    out = tmp_path / "r.pdf"
    assert main(["export", str(demo.path), "--pdf", str(out), "--appendix"]) == 0
    text = pdf_text(out)
    assert_in_order(text, _expected_sequence(demo))
    quotes = [n for n in demo.notes() if n["is_quote"]]
    assert quotes, "the demo has a quote"
    assert_in_order(text, ["Citat från en deltagare", quotes[0]["text"]])
    assert "Här råder delade meningar" in text


def test_every_note_is_in_the_appendix(demo, tmp_path):
    out = tmp_path / "r.pdf"
    export_report(demo, pdf=out, appendix=True)
    text = pdf_text(out)
    appendix = text[text.index("Bilaga: alla lappar") :]
    for note in demo.notes():
        assert flat(note["text"]) in appendix
    assert "Övriga inspel" in appendix


def test_no_appendix_unless_asked(demo, tmp_path):
    out = tmp_path / "r.pdf"
    export_report(demo, pdf=out)
    assert "Bilaga" not in pdf_text(out)


def test_examples_are_clickable_links(demo, tmp_path):
    out = tmp_path / "r.pdf"
    export_report(demo, pdf=out)
    uris = link_uris(out)
    for example in demo.examples():
        assert example["url"] in uris


def test_metadata_outline_and_page_numbers(demo, tmp_path):
    out = tmp_path / "r.pdf"
    export_report(demo, pdf=out, appendix=True)
    reader = PdfReader(str(out))
    series = demo.series()
    assert reader.metadata.title == series["title"]
    assert reader.metadata.author == series["organization"]
    assert reader.metadata.subject == series["subtitle"]
    assert str(reader.trailer["/Root"]["/Lang"]) == "sv"
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top[0] == series["title"]
    for q in demo.questions():
        assert q["text"] in top
    assert {"Goda exempel", "Lärdomar", "Bilaga: alla lappar"} <= set(top)
    last = reader.pages[-1].extract_text().split()
    assert str(len(reader.pages)) in last


def test_votes_are_counted_and_charted_and_can_be_left_out(demo, tmp_path):
    out = tmp_path / "r.pdf"
    export_report(demo, pdf=out)
    text = pdf_text(out)
    theme = next(t for t in demo.themes() if t["title"] == "Kontakt med den lokala nivån")
    total = sum(v["count"] for v in demo.votes() if v["theme_id"] == theme["id"])
    assert f"Kontakt med den lokala nivån · {total} röster" in text
    assert "Röster per tema" in text
    export_report(demo, pdf=out, votes=False)
    text = pdf_text(out)
    assert f"· {total} röster" not in text and "Röster per tema" not in text
