"""The PDF report is accessible (PDF/UA-1): two independent checkers find no error in the
demo, an English series, with and without the appendix, and a series of hostile text;
and the structure a screen reader walks is the report's, in reading order."""

from __future__ import annotations

import pikepdf
import pytest
from pypdf import PdfReader
from report_helpers import LONG
from tagged_pdf import outloud_findings, pdfua_findings, read_tagged

from workshop_app.report import fonts
from workshop_app.report.pdf import render_pdf

CHECKED = [
    "demo",
    "demo_plain",
    "demo_summary_inline",
    "english",
    "english_plain",
    "hostile",
    "branded",
    "english_one_workshop",
]


@pytest.mark.parametrize("name", CHECKED)
def test_outloud_finds_no_error(rendered, name):
    path, _ = rendered[name]
    errors = [f for f in outloud_findings(path) if f["severity"] == "error"]
    assert errors == []


@pytest.mark.parametrize("name", CHECKED)
def test_pdfua_finds_no_error(rendered, name):
    path, _ = rendered[name]
    errors = [f for f in pdfua_findings(path) if f["severity"] == "error"]
    assert errors == []


@pytest.mark.parametrize("name", ["demo", "english"])
def test_clean_reports_have_no_warning_either(rendered, name):
    path, _ = rendered[name]
    assert [f["rule"] for f in outloud_findings(path) if f["severity"] != "info"] == []
    assert [f["rule_id"] for f in pdfua_findings(path)] == []


@pytest.mark.parametrize("name", ["demo", "english", "hostile"])
def test_catalog_declares_a_tagged_pdf_ua_document(rendered, name):
    path, _ = rendered[name]
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        assert bool(root.MarkInfo.Marked) is True
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        assert str(root.Lang) == ("sv" if name == "demo" else "en")
        assert str(root.PageMode) == "/UseOutlines"  # bookmarks open on start
        with pdf.open_metadata() as xmp:
            assert xmp["pdfuaid:part"] == "1"
            assert xmp["dc:title"] == str(pdf.docinfo.Title)
        for page in pdf.pages:
            assert str(page.Tabs) == "/S"
            assert "/StructParents" in page


@pytest.mark.parametrize("name", ["demo", "english", "hostile"])
def test_every_font_is_embedded(rendered, name):
    path, _ = rendered[name]
    with pikepdf.open(path) as pdf:
        seen = set()
        for page in pdf.pages:
            for _, font in page.Resources.get("/Font", {}).items():
                descriptor = font.get("/FontDescriptor")
                seen.add(str(font.BaseFont))
                assert descriptor is not None and "/FontFile2" in descriptor, font.BaseFont
        assert not any("Helvetica" in f for f in seen)


def test_structure_follows_the_report_in_reading_order(rendered):
    tagged = read_tagged(rendered["demo"][0])
    roles = [e.role for e in tagged.elements()]
    assert roles[:2] == ["StructTreeRoot", "Document"]
    headings = [e.role for e in tagged.elements() if e.role in ("H1", "H2", "H3", "H4")]
    assert headings[0] == "H1" and headings.count("H1") == 1
    # no level is skipped on the way down
    level = 1
    for h in headings[1:]:
        assert int(h[1]) <= level + 1
        level = int(h[1])
    for role in ("Table", "TR", "TH", "TD", "Figure", "L", "LI", "Lbl", "LBody", "Link"):
        assert role in roles, role
    assert "BlockQuote" in roles and "Aside" in roles and "Caption" in roles


def test_each_chart_is_a_figure_with_alt_text_and_a_table_of_its_numbers(rendered, demo):
    tagged = read_tagged(rendered["demo"][0])
    figures = [e for e in tagged.elements() if e.role == "Figure"]
    assert len(figures) == len(demo.questions())
    theme = next(t for t in demo.themes() if t["title"] == "Kontakt med den lokala nivån")
    total = sum(v["count"] for v in demo.votes() if v["theme_id"] == theme["id"])
    assert any(f"Kontakt med den lokala nivån: {total} röster" in f.attrs["Alt"] for f in figures)
    charts = [
        e
        for e in tagged.elements()
        if e.role == "Table" and any(k.role == "Caption" for k in e.kids)
    ]
    assert len(charts) == len(figures)
    rows = [k for k in charts[0].kids if k.role == "TR"]
    assert all([c.role for c in r.kids] == ["TH", "TD"] for r in rows)
    assert all(r.kids[0].attrs.get("Scope") == "Row" for r in rows)


def test_the_facts_table_has_column_and_row_headers(rendered, demo):
    tagged = read_tagged(rendered["demo"][0])
    facts = next(e for e in tagged.elements() if e.role == "Table")
    rows = [k for k in facts.kids if k.role == "TR"]
    assert {c.attrs.get("Scope") for c in rows[0].kids} == {"Column"}
    assert len(rows) == len(demo.workshops()) + 2  # header, one per workshop, totals
    assert all(r.kids[0].role == "TH" and r.kids[0].attrs["Scope"] == "Row" for r in rows[1:])


def test_links_are_link_elements_with_a_description(rendered, demo):
    tagged = read_tagged(rendered["demo"][0])
    links = [e for e in tagged.elements() if e.role == "Link"]
    assert links
    for link in links:
        assert link.marks and link.annotations
        for annotation in link.annotations:
            assert str(annotation.Contents).strip()
            assert int(annotation.F) & 4  # printed
            assert "/StructParent" in annotation
    urls = {str(a.A.URI) for link in links for a in link.annotations}
    assert {e["url"] for e in demo.examples()} <= urls


def test_bookmarks_land_on_their_heading_not_on_the_page(rendered):
    reader = PdfReader(str(rendered["demo"][0]))
    for item in reader.outline:
        if isinstance(item, list):
            continue
        assert item["/Type"] == "/XYZ"
        assert item["/Top"] < reader.pages[0].mediabox.height - 30  # at the heading's top


def test_page_numbers_and_running_title_are_artifacts(rendered):
    tagged = read_tagged(rendered["demo"][0])
    for page in range(1, tagged.pages):
        assert tagged.artifact_lines[page], page  # the footer is drawn, outside the tags
        assert min(tagged.artifact_lines[page]) < 60


def test_contents_list_every_section_with_a_link_to_it(rendered):
    tagged = read_tagged(rendered["english"][0])
    toc = next(e for e in tagged.elements() if e.role == "TOC")
    entries = [k for k in toc.kids if k.role == "TOCI"]
    assert len(entries) >= 5
    for entry in entries:
        link = entry.kids[0]
        assert link.role == "Link" and link.annotations
        assert "/Dest" in link.annotations[0]


def test_contents_only_for_reports_longer_than_six_pages(rendered, series_files, tmp_path):
    from workshop_app.core.store import WorkshopFile
    from workshop_app.report.model import build_report

    out = tmp_path / "short.pdf"
    with WorkshopFile.open(series_files["english"], readonly=True) as wf:
        render_pdf(build_report(wf), out, contents=True)  # five pages without the appendix
    assert len(PdfReader(str(out)).pages) <= 6
    assert "TOC" not in [e.role for e in read_tagged(out).elements()]
    assert "TOC" in [e.role for e in read_tagged(rendered["english"][0]).elements()]


def test_missing_characters_never_show_the_notdef_glyph(rendered):
    """A character the font lacks is drawn as a white square (or nothing for a mark)
    that maps back to the real character: .notdef must never be shown (PDF/UA 7.21.8)."""
    path, warnings = rendered["hostile"]
    assert any("U+8FB2" in w for w in warnings)
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "農村" in text and "👍" in text
    assert [f for f in outloud_findings(path) if f["rule"] == "TXT-005"] == []
    assert fonts.substitute("農") == fonts.SUBSTITUTE_BOX
    assert fonts.substitute("\u0301") == fonts.SUBSTITUTE_NOTHING


def test_long_names_are_printed_whole(rendered):
    pdf = PdfReader(str(rendered["english"][0]))
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert LONG in text  # the long theme name is never cut in the body
