"""QUALITY.md 7 through the report: every text of the shared hostile corpus, as a note,
exports to PDF, Markdown, HTML and CSV; it arrives intact where the format keeps text
verbatim, and nothing in it becomes markup, a link, an image or a file read."""

from __future__ import annotations

import csv
import html
import re

import pytest
from hostile_corpus import HOSTILE_TEXTS
from pypdf import PdfReader

from workshop_app.core.store import WorkshopFile
from workshop_app.report.exporter import export_report
from workshop_app.report.text import clean


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    wf = WorkshopFile.create(folder / "c.workshop", title="Korpus", language="sv")
    workshop = wf.add("workshops", title="W").rows[0].id
    question = wf.add("questions", text="Vad tål rapporten?").rows[0].id
    theme = wf.add("themes", question_id=question, title="Allt").rows[0].id
    with wf.transaction():
        for text in HOSTILE_TEXTS.values():
            wf.add_note(question, workshop, text, theme_id=theme)
    paths = {k: folder / f"r.{k}" for k in ("pdf", "markdown", "html", "csv")}
    warnings = export_report(wf, **paths, appendix=True)
    wf.close()
    return paths, warnings


def test_every_format_is_written(exported):
    paths, _ = exported
    assert all(p.stat().st_size > 0 for p in paths.values())


def test_csv_holds_every_note_exactly_as_cleaned(exported):
    paths, _ = exported
    with open(paths["csv"], encoding="utf-8", newline="") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    for name, text in HOSTILE_TEXTS.items():
        expected = clean(text)
        # a formula-looking cell gets a leading apostrophe so spreadsheets do not run it
        assert expected in texts or "'" + expected in texts, name


def test_html_shows_every_note_as_text_never_as_markup(exported):
    paths, _ = exported
    page = paths["html"].read_text(encoding="utf-8")
    assert "<script" not in page.lower().replace("&lt;script", "")
    assert not re.search(r"<img\b", page, re.IGNORECASE)
    assert "file:///etc/passwd" not in re.findall(r'href="([^"]*)"', page)
    body = html.unescape(re.sub(r"<[^>]+>", "", page))
    for name in ("markup_bold", "reportlab_img", "link_file", "html_script", "cjk", "emoji"):
        assert clean(HOSTILE_TEXTS[name]) in body, name


def test_pdf_has_no_image_no_file_link_and_keeps_the_text(exported):
    paths, warnings = exported
    raw = paths["pdf"].read_bytes()
    assert b"/Subtype /Image" not in raw and b"/Subtype/Image" not in raw
    reader = PdfReader(paths["pdf"])
    uris = [
        str(a.get_object().get("/A", {}).get("/URI", ""))
        for page in reader.pages
        for a in page.get("/Annots", []) or []
    ]
    assert not [u for u in uris if u.startswith(("file:", "javascript:"))]
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", "", text)
    for name in ("markup_bold", "reportlab_font", "reportlab_img", "lt_gt", "sql", "cjk"):
        assert re.sub(r"\s+", "", clean(HOSTILE_TEXTS[name])) in flat, name
    assert any("U+" in w for w in warnings)  # characters the font lacks are reported
