"""The DOCX report opens with python-docx: Word's own heading styles, every theme, the
examples' links as real hyperlinks, charts as pictures with alt text plus a table."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from hostile_corpus import HOSTILE_TEXTS
from report_helpers import LONG

from workshop_app.core.store import WorkshopFile
from workshop_app.report.exporter import export_report
from workshop_app.report.text import clean


@pytest.fixture(scope="module")
def documents(tmp_path_factory, series_files):
    folder = tmp_path_factory.mktemp("docx")
    out = {}
    for name in ("demo", "english", "hostile"):
        with WorkshopFile.open(series_files[name], readonly=True) as wf:
            export_report(wf, docx=folder / f"{name}.docx", appendix=True, summary=True)
        out[name] = folder / f"{name}.docx"
    return out


def _hyperlinks(document) -> dict[str, str]:
    """link text -> target of every w:hyperlink in the body."""
    links = {}
    for p in document.paragraphs:
        for link in p.hyperlinks:
            links[link.text] = link.address
    return links


@pytest.mark.parametrize("name", ["demo", "english", "hostile"])
def test_headings_use_words_styles_and_hold_every_question_and_theme(documents, series_files, name):
    document = docx.Document(str(documents[name]))
    by_style: dict[str, list[str]] = {}
    for p in document.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    with WorkshopFile.open(series_files[name], readonly=True) as wf:
        assert by_style["Title"] == [clean(wf.series()["title"])]
        for q in wf.questions():
            assert clean(q["text"]) in by_style["Heading 1"]
        for t in wf.themes():
            assert any(h.startswith(clean(t["title"])) for h in by_style["Heading 2"]), t["title"]
        lessons = [i for x in wf.lessons() for i in x["items"]]
    assert len(by_style["List Number"]) == len(lessons)
    assert "Quote" in by_style


def test_example_links_are_hyperlinks_and_unsafe_ones_are_not(documents):
    links = _hyperlinks(docx.Document(str(documents["english"])))
    assert links["Read about the harbour cooperative"] == "https://example.org/harbour-coop"
    assert not [a for a in links.values() if a.startswith("file:")]
    demo = _hyperlinks(docx.Document(str(documents["demo"])))
    assert demo["Utegym och eltaxi när ön själv väljer"] == "https://tillvaxtverket.se"


def test_core_properties_and_language(documents):
    document = docx.Document(str(documents["demo"]))
    props = document.core_properties
    assert props.title == "Samverkan för Smarta landsbygder – hur då?"
    assert props.author == "Landsbygdsnätverket"
    assert props.language == "sv-SE"
    lang = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang")[0]
    assert lang.get(qn("w:val")) == "sv-SE"  # spell checking and screen readers
    assert docx.Document(str(documents["english"])).core_properties.language == "en-GB"


def test_each_chart_is_a_picture_with_alt_text_followed_by_its_numbers(documents, demo):
    document = docx.Document(str(documents["demo"]))
    pictures = document.inline_shapes
    assert len(pictures) == len(demo.questions())
    for picture in pictures:
        description = picture._inline.docPr.get("descr")
        assert description.startswith("Stapeldiagram över röster per tema")
    tables = document.tables
    chart_tables = [t for t in tables if t.rows[0].cells[0].text == "Tema"]
    assert len(chart_tables) == len(demo.questions())
    header = chart_tables[0].rows[0]._tr.xpath("w:trPr/w:tblHeader")
    assert header, "the header row is marked as one"
    theme = next(t for t in demo.themes() if t["title"] == "Kontakt med den lokala nivån")
    total = sum(v["count"] for v in demo.votes() if v["theme_id"] == theme["id"])
    rows = {r.cells[0].text: r.cells[1].text for t in chart_tables for r in t.rows[1:]}
    assert rows["Kontakt med den lokala nivån"] == str(total)


def test_hostile_text_arrives_as_text(documents):
    document = docx.Document(str(documents["hostile"]))
    body = "\n".join(p.text for p in document.paragraphs)
    for name in ("markup_bold", "reportlab_img", "link_file", "html_script", "cjk", "emoji"):
        assert clean(HOSTILE_TEXTS[name]) in body, name
    assert LONG in body
    assert not [a for a in _hyperlinks(document).values() if not a.startswith("https://")]


def test_lessons_number_from_one_for_each_expert(tmp_path, demo):
    demo.add("lessons", expert="Second expert", items=["One.", "Two."])
    out = tmp_path / "r.docx"
    export_report(demo, docx=out)
    document = docx.Document(str(out))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(set(ids)) == 2  # two lists, so Word restarts at 1 for the second expert
    assert numbered[0].runs[0].bold and numbered[0].runs[0].text == "Tydlighet."
