"""Hostile text in notes exports to every format, prints literally, and opens no file."""

from __future__ import annotations

import csv
import html
import re

import pytest
from pypdf import PdfReader
from report_helpers import flat, link_uris, pdf_text

from workshop_app.report.exporter import export_report

HOSTILE = [
    "<font size=40>big</font>",
    '<img src="/etc/hostname"/>',
    "a < b & c > d",
    '<a href="file:///etc/passwd">x</a>',
    "Emoji 😀 and a fox 🦊",
    "مرحبا بالعالم",
    "中文笔记",
    "zero\u200bwidth\u200cnon\u200djoiner\u2060end",
    "*not bold* _nor_ [a link](http://x) # no heading | no table",
]
LONG = "Lång text " * 2000  # 20,000 characters
UNBROKEN = "y" * 3000


@pytest.fixture
def hostile(demo):
    q = demo.questions()[0]
    w = demo.workshops()[0]
    theme = demo.themes(q["id"])[0]
    for text in [*HOSTILE, LONG, UNBROKEN]:
        demo.add_note(q["id"], w["id"], text, theme_id=theme["id"])
    # one hostile quote, printed in the body, too
    demo.add_note(
        q["id"], w["id"], "Quote <b>not bold</b> & 中", theme_id=theme["id"], is_quote=True
    )
    demo.update_series(subtitle="Sub <i>title</i> & more")
    return demo


@pytest.fixture
def exported(hostile, tmp_path):
    paths = {k: tmp_path / f"h.{k}" for k in ("pdf", "markdown", "html", "csv")}
    warnings = export_report(hostile, **paths, appendix=True)
    return paths, warnings


def test_pdf_text_of_hostile_notes_is_recoverable(exported):
    paths, _ = exported
    text = pdf_text(paths["pdf"])
    for note in HOSTILE:
        assert flat(note) in text, note
    assert "Quote <b>not bold</b> & 中" in text
    assert "Sub <i>title</i> & more" in text
    squeezed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", LONG) in squeezed
    assert UNBROKEN in squeezed


def test_markup_in_notes_opens_no_file_and_makes_no_link(exported):
    paths, _ = exported
    data = paths["pdf"].read_bytes()
    assert b"/Subtype /Image" not in data
    assert not any(uri.startswith("file:") for uri in link_uris(paths["pdf"]))
    for page in PdfReader(str(paths["pdf"])).pages:
        assert "/XObject" not in (page.get("/Resources") or {})


def test_characters_the_font_cannot_draw_are_reported_with_where(exported):
    _, warnings = exported
    joined = "\n".join(warnings)
    for char in "🦊中文笔记":
        assert char in joined
    assert "U+1F98A" in joined
    assert "中文笔记" in joined  # the note is named, so the user can find it
    assert "Right-to-left" in joined
    assert "U+1F600" not in joined  # 😀 is in DejaVu Sans: no false alarm


def test_html_is_escaped_and_complete(exported):
    paths, _ = exported
    page = paths["html"].read_text(encoding="utf-8")
    assert "<font" not in page and "<img" not in page and 'file:///etc/passwd"' not in page
    assert 'href="file:' not in page
    for note in [*HOSTILE, LONG]:
        assert html.escape(note, quote=True) in page
    assert page.startswith("<!DOCTYPE html>") and '<html lang="sv">' in page


def test_markdown_escapes_markup(exported):
    paths, _ = exported
    text = paths["markdown"].read_text(encoding="utf-8")
    assert "\\<font size=40\\>big\\</font\\>" in text
    # a "#" inside a line starts nothing in Markdown: it is left as it is
    assert "\\*not bold\\* \\_nor\\_ \\[a link\\](http://x) # no heading \\| no table" in text
    assert "<img" not in text.replace("\\<img", "")


def test_csv_keeps_every_note_exactly(exported, hostile):
    paths, _ = exported
    with open(paths["csv"], encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = [r["text"] for r in rows]
    for note in [*HOSTILE, LONG, UNBROKEN]:
        assert note in texts
    assert len(rows) == len(hostile.notes())
