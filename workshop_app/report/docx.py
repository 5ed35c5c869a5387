"""The report as a Word document (python-docx) with real styles, for the municipal template.

Styles are Word's own (Title, Subtitle, Heading 1-3, List Number, List Bullet, Quote,
Caption), so applying an organization's template restyles the whole document.
Links are real hyperlinks; each vote chart is a picture with alt text followed by a
table of the same numbers (its header row marked as one); core properties carry
title, author, subject and language, and the language is set on the text too, for
spell checking and screen readers.

User text goes in as text runs (python-docx escapes it): nothing in it becomes
markup, a field or a link.
"""

from __future__ import annotations

import io
import os
from typing import BinaryIO

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from workshop_app.report.labels import quoted
from workshop_app.report.model import Question, Report, Theme
from workshop_app.report.text import format_date, lead_words

LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
ACCENT = RGBColor(0x1F, 0x5F, 0x5B)
LINK = RGBColor(0x1A, 0x5A, 0x96)


def _set_language(document, tag: str) -> None:
    """The default language of every run (spell checking, screen readers)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), "ar-SA")


def _styles(document, accent: RGBColor) -> None:
    styles = document.styles
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        styles[name].font.color.rgb = accent if name != "Title" else RGBColor(0x1D, 0x1D, 0x1B)
    if "Hyperlink" not in [s.name for s in styles]:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.base_style = styles["Default Paragraph Font"]
        link.font.color.rgb = LINK
        link.font.underline = True
    divided = styles.add_style("Divided Opinions", WD_STYLE_TYPE.PARAGRAPH)
    divided.base_style = styles["Normal"]
    ppr = divided.element.get_or_add_pPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "F6F1E3")
    ppr.append(shading)
    divided.paragraph_format.left_indent = Cm(0.3)
    divided.paragraph_format.space_before = Pt(6)
    divided.paragraph_format.space_after = Pt(9)


def _hyperlink(paragraph, url: str, text: str) -> None:
    """A real hyperlink (w:hyperlink with an external relationship) around `text`."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _header_row(row) -> None:
    """Mark a table row as its header (repeated on each page, announced as headers)."""
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _alt_text(inline_shape, title: str, description: str) -> None:
    doc_pr = inline_shape._inline.docPr
    doc_pr.set("title", title)
    doc_pr.set("descr", description)


class _Writer:
    def __init__(self, report: Report, *, appendix: bool, summary: bool, divided_inline: bool):
        self.report, self.lab = report, report.labels
        self.appendix, self.summary, self.divided_inline = appendix, summary, divided_inline
        self.doc = Document()
        self._list_number = None

    def paragraphs(self, text: str, style: str | None = None) -> None:
        for piece in (p.strip() for p in text.split("\n\n")):
            if piece:
                self.doc.add_paragraph(piece, style=style)

    def numbered_list(self, items: list[str]) -> None:
        """A List Number list that starts at 1 (each expert's lessons are their own list)."""
        num_id = self._restarted_numbering()
        for item in items:
            p = self.doc.add_paragraph(style="List Number")
            if num_id is not None:
                numpr = p._p.get_or_add_pPr().get_or_add_numPr()
                numpr.get_or_add_ilvl().val = 0
                numpr.get_or_add_numId().val = num_id
            lead, rest = lead_words(item)
            if lead:
                p.add_run(lead).bold = True
                p.add_run(" " + rest)
            else:
                p.add_run(item)

    def _restarted_numbering(self) -> int | None:
        style = self.doc.styles["List Number"]
        ppr = style.element.pPr
        if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
            return None
        numbering = self.doc.part.numbering_part.numbering_definitions._numbering
        base = numbering.num_having_numId(ppr.numPr.numId.val)
        num = numbering.add_num(base.abstractNumId.val)
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
        return num.numId

    def write(self, path) -> None:
        r, lab, doc = self.report, self.lab, self.doc
        _styles(doc, RGBColor.from_string(r.accent[1:]) if r.accent else ACCENT)
        _set_language(doc, LANGUAGE_TAGS.get(r.language, r.language))
        props = doc.core_properties
        props.title = r.title
        props.author = r.organization
        props.subject = r.subtitle
        props.language = LANGUAGE_TAGS.get(r.language, r.language)
        props.comments = ""
        props.keywords = r.goal
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(3)

        if r.logo:
            shape = doc.add_picture(io.BytesIO(r.logo), height=Cm(1.8))
            _alt_text(shape, lab["logo"], r.logo_alt or lab["logo"])
        if r.organization:
            doc.add_paragraph(r.organization, style="Subtitle")
        if r.draft:
            doc.add_paragraph().add_run(r.dated).bold = True
        doc.add_paragraph(r.title, style="Title")
        if r.subtitle:
            doc.add_paragraph(r.subtitle, style="Subtitle")
        self.paragraphs(r.intro)
        self.facts()
        if self.summary:
            self.summary_list()
        for q in r.questions:
            self.question(q)
        if r.examples:
            doc.add_heading(lab["examples"], level=1)
            for e in r.examples:
                doc.add_heading(e.title, level=2)
                self.paragraphs(e.body)
                if e.url:
                    p = doc.add_paragraph("→ ")
                    shown = e.link_text or e.url
                    if e.link:
                        _hyperlink(p, e.link, shown)
                        if shown != e.url:
                            p.add_run(" (")
                            _hyperlink(p, e.link, e.url)
                            p.add_run(")")
                    else:
                        p.add_run(shown + ("" if shown == e.url else f" ({e.url})"))
        if r.experts:
            doc.add_heading(lab["lessons"], level=1)
            for x in r.experts:
                heading = x.name + (f", {x.affiliation}" if x.affiliation_in_heading else "")
                doc.add_heading(heading, level=2)
                self.paragraphs(x.intro)
                if x.lessons:
                    self.numbered_list(x.lessons)
        doc.add_paragraph().add_run(r.dated).italic = True
        if self.appendix:
            self.appendix_notes()
        doc.save(path)

    def facts(self) -> None:
        r, lab = self.report, self.lab
        if not r.workshops:
            return
        self.doc.add_paragraph(lab["workshops"], style="Caption")
        keys = ("workshop", "date", "place", "facilitator", "participants")
        rows = len(r.workshops) + 1 + (len(r.workshops) > 1)
        table = self.doc.add_table(rows=rows, cols=len(keys))
        table.style = "Light List Accent 1"
        _header_row(table.rows[0])
        for cell, key in zip(table.rows[0].cells, keys, strict=True):
            cell.text = lab[key]
        for row, w in zip(table.rows[1:], r.workshops, strict=False):
            values = [
                w.title,
                format_date(w.date, r.language),
                w.place,
                w.facilitator,
                str(w.participants or "–"),
            ]
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value or "–"
        if len(r.workshops) > 1:
            last = table.rows[-1].cells
            last[0].text = lab["total"]
            merged = last[1].merge(last[3])
            merged.text = r.totals_text()
            last[4].text = str(r.participants or "–")
        p = self.doc.add_paragraph()
        p.add_run(f"{lab['method']}. ").bold = True
        p.add_run(r.method)

    def summary_list(self) -> None:
        r, lab = self.report, self.lab
        voted = [(q, q.top_themes()) for q in r.questions if q.top_themes()]
        if not voted:
            return
        self.doc.add_heading(lab["summary"], level=1)
        for q, top in voted:
            p = self.doc.add_paragraph(style="List Bullet")
            p.add_run(q.text).bold = True
            names = ", ".join(f"{quoted(t.title, r.language)} ({t.votes})" for t in top)
            p.add_run(f" {lab['summary_top']}: {names}")

    def question(self, q: Question) -> None:
        r, lab, doc = self.report, self.lab, self.doc
        doc.add_heading(q.text, level=1)
        if q.is_empty:
            doc.add_paragraph(lab["no_notes_yet"])
            return
        if r.show_votes and q.has_votes:
            self.chart(q)
        for t in q.themes:
            self.theme(t)

    def chart(self, q: Question) -> None:
        from workshop_app.report.chart_png import chart_png

        r, lab, doc = self.report, self.lab, self.doc
        values = "; ".join(f"{t.title}: {r.votes_text(t.votes or 0)}" for t in q.themes)
        alt = lab["chart_alt"].format(question=quoted(q.text, r.language), values=values)
        doc.add_paragraph(lab["votes_chart"], style="Caption")
        shape = doc.add_picture(io.BytesIO(chart_png(q)), width=Cm(15))
        _alt_text(shape, lab["votes_chart"], alt)
        table = doc.add_table(rows=len(q.themes) + 1, cols=2)
        table.style = "Light List Accent 1"
        _header_row(table.rows[0])
        table.rows[0].cells[0].text = lab["theme"]
        table.rows[0].cells[1].text = lab["votes"]
        for row, t in zip(table.rows[1:], q.themes, strict=True):
            row.cells[0].text = t.title
            row.cells[1].text = str(t.votes or 0)

    def theme(self, t: Theme) -> None:
        r, lab, doc = self.report, self.lab, self.doc
        heading = doc.add_heading(t.title, level=2)
        if t.votes is not None:
            run = heading.add_run(f" · {r.votes_text(t.votes)}")
            run.bold = False
        pieces = [p.strip() for p in t.synthesis.split("\n\n") if p.strip()]
        inline = t.divided and self.divided_inline
        for i, piece in enumerate(pieces):
            p = doc.add_paragraph(piece)
            if inline and i == len(pieces) - 1:
                p.add_run(f" {lab['divided']}.").bold = True
        if inline and not pieces:
            doc.add_paragraph().add_run(f"{lab['divided']}.").bold = True
            self.paragraphs(t.divided_note)
        if t.divided and not inline:
            p = doc.add_paragraph(style="Divided Opinions")
            p.add_run(f"{lab['divided']}. ").bold = True
            p.add_run(t.divided_note)
        for note in t.quotes:
            doc.add_paragraph().add_run(lab["quote"] + ":").italic = True
            doc.add_paragraph(quoted(note.text, r.language), style="Quote")

    def appendix_notes(self) -> None:
        r, lab, doc = self.report, self.lab, self.doc
        doc.add_page_break()
        doc.add_heading(lab["appendix"], level=1)
        for q in r.questions:
            doc.add_heading(q.text, level=2)
            if q.is_empty:
                doc.add_paragraph(lab["no_notes_yet"])
                continue
            for title, notes in q.appendix_groups(lab["not_clustered"]):
                doc.add_heading(title, level=3)
                if not notes:
                    doc.add_paragraph(lab["no_notes"])
                for note in notes:
                    p = doc.add_paragraph(note.text, style="List Bullet")
                    if note.meta:
                        meta = p.add_run(f" — {note.meta}")
                        meta.italic = True
                        meta.font.size = Pt(8.5)


def render_docx(
    report: Report,
    path: str | os.PathLike | BinaryIO,
    *,
    appendix: bool = False,
    summary: bool = False,
    divided_inline: bool = False,
) -> None:
    """Write the report as a .docx file at `path` (or into a binary file)."""
    target = path if hasattr(path, "write") else str(path)
    _Writer(report, appendix=appendix, summary=summary, divided_inline=divided_inline).write(target)
