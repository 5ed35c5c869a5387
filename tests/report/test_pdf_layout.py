"""Print-grade layout, read back from the tagged PDF: where each element's lines fall on
which page (tests/report/tagged_pdf.py). No widows or orphans, no heading alone at the
foot of a page, boxes and quotes with their theme, lessons whole, no page ending more
than a quarter blank unless a section starts, and the language's quotation marks."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from tagged_pdf import Element, read_tagged

from workshop_app.report.pdf import FRAME_H, MARGIN_BOTTOM, running_title

LAID_OUT = ["demo", "demo_summary_inline", "english", "english_plain", "hostile"]


@pytest.fixture(scope="module")
def tagged(rendered):
    return {name: read_tagged(rendered[name][0]) for name in LAID_OUT}


def _with_content(tagged, elements: list[Element]) -> list[Element]:
    return [e for e in elements if e.marks]


@pytest.mark.parametrize("name", LAID_OUT)
def test_no_widows_or_orphans(tagged, name):
    t = tagged[name]
    split = 0
    for el in t.elements():
        if el.role not in ("P", "LBody"):
            continue
        pages = t.lines_of(el)
        if len(pages) > 1:
            split += 1
            for page, lines in pages.items():
                assert len(lines) >= 2, (name, el.role, page + 1, lines)
    if name == "hostile":
        assert split, "this report splits paragraphs across pages: the test must see one"


@pytest.mark.parametrize("name", LAID_OUT)
def test_no_heading_stands_alone_at_the_foot_of_a_page(tagged, name):
    t = tagged[name]
    leaves = _with_content(t, t.elements())
    for i, el in enumerate(leaves[:-1]):
        if el.role not in ("H2", "H3", "H4"):
            continue
        follower = leaves[i + 1]
        heading_page = max(t.pages_of(el))
        assert min(t.pages_of(follower)) == heading_page, (name, el.role, heading_page + 1)


@pytest.mark.parametrize("name", LAID_OUT)
def test_no_page_ends_more_than_a_quarter_blank_unless_a_section_starts(tagged, name):
    t = tagged[name]
    leaves = _with_content(t, t.elements())
    first_on_page = {}
    for el in leaves:
        for page in t.pages_of(el):
            first_on_page.setdefault(page, el)
    for page in range(t.pages - 1):
        baselines = [y for lines in t.lines[page].values() for y in lines]
        blank = min(baselines) - MARGIN_BOTTOM
        if blank > FRAME_H / 4 + 12:  # a line's descent of slack
            starts = first_on_page[page + 1].role
            assert starts in ("H1", "H2"), (name, page + 1, round(blank), starts)


def _page_texts(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


@pytest.mark.parametrize("name", LAID_OUT)
def test_a_box_or_quote_stays_with_its_theme_or_repeats_its_name(tagged, rendered, name):
    t = tagged[name]
    texts = _page_texts(rendered[name][0])
    leaves = _with_content(t, t.elements())
    for el in t.elements():
        if el.role not in ("Aside", "BlockQuote"):
            continue
        first_leaf = next(e for e in el.walk() if e.marks)
        before = leaves[leaves.index(first_leaf) - 1]
        page = min(t.pages_of(el))
        if max(t.pages_of(before)) != page:
            label = "(forts.)" if name.startswith("demo") else "(continued)"
            assert label in texts[page], (name, page + 1)


def _two_pages(story) -> list[str]:
    from functools import partial
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from workshop_app.report.tagging import TaggedCanvas

    out = BytesIO()
    canvas = partial(TaggedCanvas, tree=story[0], title="t", metadata={})
    SimpleDocTemplate(out, pagesize=A4, lang="sv").build(story[1:], canvasmaker=canvas)
    return [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]


@pytest.mark.parametrize("repeat", [True, False])
def test_a_box_that_starts_a_page_repeats_its_theme_name(repeat):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Spacer

    from workshop_app.report import fonts
    from workshop_app.report.flowables import Group, Para
    from workshop_app.report.tagging import Node

    fonts.register()
    style = ParagraphStyle("s", fontName=fonts.REGULAR, fontSize=10, leading=14)
    root = Node("Document")
    box = Group(
        [Para("Här råder delade meningar. " * 12, style, root.add("P"))],
        repeat=Para("Kontakt med den lokala nivån (forts.)", style) if repeat else None,
    )
    pages = _two_pages([root, Spacer(1, 640), box])  # 60 points left: less than a quarter
    assert "Här råder" not in pages[0] and "Här råder" in pages[1]
    assert ("Kontakt med den lokala nivån (forts.)" in pages[1]) is repeat


@pytest.mark.parametrize("name", LAID_OUT)
def test_a_lesson_is_kept_whole(tagged, name):
    t = tagged[name]
    numbered = [
        li
        for el in t.elements()
        if el.role == "L" and el.attrs.get("ListNumbering") == "Decimal"
        for li in el.kids
    ]
    assert numbered
    for li in numbered:
        if len(t.lines_of(li.kids[1]).get(min(t.pages_of(li)), [])) < 30:  # fits on a page
            assert len(t.pages_of(li)) == 1


def test_quotation_marks_follow_the_report_language(rendered):
    swedish = " ".join(_page_texts(rendered["demo"][0]))
    english = " ".join(_page_texts(rendered["english"][0]))
    assert "\u201dBygden blir starkare" in swedish and "\u201cBygden" not in swedish
    assert "\u201cThe harbour is where" in english


def test_divided_opinions_can_be_one_sentence_after_the_synthesis(tagged, rendered):
    inline = " ".join(_page_texts(rendered["demo_summary_inline"][0]))
    boxed = " ".join(_page_texts(rendered["demo"][0]))
    note = "Deltagarna var oeniga om regionens roll"
    assert note in boxed and note not in inline
    assert (
        "Andra anser att kontakten med den lokala nivån i första hand är kommunens uppgift. "
        "Här råder delade meningar." in inline
    )
    asides = [e for e in tagged["demo_summary_inline"].elements() if e.role == "Aside"]
    assert [a.kids[0].role for a in asides] == ["H2"]  # the summary's box, no divided box


def test_the_running_head_is_short():
    assert running_title("Harbours for everyone: participatory budgeting and more") == (
        "Harbours for everyone: participatory budgeting and…"
    )
    assert running_title("Kort titel") == "Kort titel"
