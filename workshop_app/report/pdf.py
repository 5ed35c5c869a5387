"""The report as an A4 PDF (reportlab), shaped like a published workshop summary.

Every piece of user text goes through `markup()` (XML-escaped) before reportlab's
Paragraph parser sees it, so `<font>`, `<img src=...>` or `&` in a note print
literally and never open a file. Links are made only for http, https and mailto.
Each note is its own flowable (one huge Paragraph is super-linear in reportlab).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from workshop_app.core.links import safe_url
from workshop_app.report import fonts
from workshop_app.report.fonts import BOLD, ITALIC, REGULAR
from workshop_app.report.model import Report
from workshop_app.report.text import has_rtl, snippet, visual_order

Progress = Callable[[int, int, str], None]

INK = colors.HexColor("#1d1d1b")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f5f5b")
LINK = colors.HexColor("#1a5a96")
RULE = colors.HexColor("#c9d3d2")
DIVIDED_BG = colors.HexColor("#f6f1e3")
BAR = colors.HexColor("#5e9c96")

MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=10,
        leading=14.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
        splitLongWords=1,
    )
    s = {"body": body}
    s["organization"] = ParagraphStyle(
        "organization",
        parent=body,
        fontName=BOLD,
        fontSize=10,
        leading=13,
        textColor=ACCENT,
        spaceAfter=14,
    )
    s["title"] = ParagraphStyle(
        "title", parent=body, fontName=BOLD, fontSize=23, leading=28, spaceAfter=8
    )
    s["subtitle"] = ParagraphStyle(
        "subtitle", parent=body, fontSize=13, leading=17, textColor=MUTED, spaceAfter=14
    )
    s["intro"] = ParagraphStyle("intro", parent=body, fontSize=11, leading=16.5, spaceAfter=6)
    s["h1"] = ParagraphStyle(
        "h1",
        parent=body,
        fontName=BOLD,
        fontSize=15.5,
        leading=20,
        textColor=ACCENT,
        spaceBefore=20,
        spaceAfter=8,
        keepWithNext=1,
    )
    s["h2"] = ParagraphStyle(
        "h2",
        parent=body,
        fontName=BOLD,
        fontSize=11,
        leading=15,
        spaceBefore=9,
        spaceAfter=2,
        keepWithNext=1,
    )
    s["h3"] = ParagraphStyle(
        "h3", parent=s["h2"], fontSize=10, leading=13, spaceBefore=7, textColor=ACCENT
    )
    s["label"] = ParagraphStyle(
        "label",
        parent=body,
        fontName=ITALIC,
        fontSize=8.5,
        leading=11,
        textColor=MUTED,
        leftIndent=14,
        spaceBefore=3,
        spaceAfter=0,
        keepWithNext=1,
    )
    s["quote"] = ParagraphStyle(
        "quote",
        parent=body,
        fontName=ITALIC,
        fontSize=10.5,
        leading=15,
        leftIndent=14,
        spaceAfter=6,
    )
    s["divided"] = ParagraphStyle(
        "divided",
        parent=body,
        backColor=DIVIDED_BG,
        borderPadding=(5, 7, 5, 7),
        spaceBefore=6,
        spaceAfter=9,
        leftIndent=7,
        rightIndent=7,
    )
    s["link"] = ParagraphStyle("link", parent=body, spaceAfter=10)
    s["lesson"] = ParagraphStyle(
        "lesson", parent=body, leftIndent=18, bulletIndent=2, bulletFontName=BOLD, spaceAfter=6
    )
    s["published"] = ParagraphStyle(
        "published", parent=body, fontSize=9, textColor=MUTED, spaceBefore=4
    )
    s["note"] = ParagraphStyle(
        "note",
        parent=body,
        fontSize=8.5,
        leading=11.5,
        leftIndent=18,
        firstLineIndent=-8,
        spaceAfter=3,
    )
    s["chart_title"] = ParagraphStyle(
        "chart_title",
        parent=body,
        fontName=BOLD,
        fontSize=8.5,
        textColor=MUTED,
        spaceBefore=0,
        spaceAfter=2,
        keepWithNext=1,
    )
    return s


def markup(text: str) -> str:
    """User text as safe Paragraph markup: reordered RTL runs, XML-escaped, line breaks kept."""
    return escape(visual_order(text)).replace("\n", "<br/>").replace("\t", " ")


class QuoteParagraph(Paragraph):
    """A paragraph set apart by a rule on its left (split parts keep the rule)."""

    def draw(self):
        super().draw()
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(BAR)
        canv.setLineWidth(2.2)
        x = self.style.leftIndent - 8
        canv.line(x, 1, x, self.height - 1)
        canv.restoreState()


class Rule(Flowable):
    def __init__(self, width_fraction: float = 1.0, space: float = 6):
        super().__init__()
        self.fraction, self.space = width_fraction, space

    def wrap(self, avail_width, avail_height):
        self.width = avail_width * self.fraction
        return self.width, 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, self.space, self.width, self.space)


class _Document(SimpleDocTemplate):
    """Adds an outline entry (bookmark) for every flowable that carries one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._bookmarks = 0

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "outline", None)
        if outline:
            title, level = outline
            self._bookmarks += 1
            key = f"s{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


class _Builder:
    def __init__(self, report: Report):
        self.report = report
        self.s = _styles()
        #: (text, font, where): every piece of user text, for the coverage check
        self.texts: list[tuple[str, str, str]] = []

    def para(
        self,
        text: str,
        style: str,
        where: str,
        *,
        cls=Paragraph,
        outline=None,
        suffix: str = "",
        font: str | None = None,
    ) -> Paragraph:
        self.texts.append((text, font or self.s[style].fontName, where))
        p = cls(markup(text) + suffix, self.s[style])
        if outline is not None:
            p.outline = outline
        return p

    def flowables(self, appendix: bool) -> list[Flowable]:
        r, lab, out = self.report, self.report.labels, []
        if r.organization:
            out.append(self.para(r.organization, "organization", "the organization"))
        title = self.para(r.title or " ", "title", "the title", outline=(r.title or " ", 0))
        out.append(title)
        if r.subtitle:
            out.append(self.para(r.subtitle, "subtitle", "the subtitle"))
        out.append(Rule(space=4))
        if r.intro:
            for i, piece in enumerate(p for p in r.intro.split("\n\n") if p.strip()):
                where = f"the introduction (paragraph {i + 1})"
                out.append(self.para(piece.strip(), "intro", where))

        for q in r.questions:
            where_q = f'question "{snippet(q.text)}"'
            out.append(self.para(q.text, "h1", where_q, outline=(q.text, 0)))
            if r.show_votes and q.has_votes:
                out.append(self.chart(q))
            for t in q.themes:
                where_t = f'theme "{snippet(t.title)}" ({where_q})'
                suffix = ""
                if t.votes is not None:
                    suffix = (
                        f'<font name="{REGULAR}" size="8.5" color="#{MUTED.hexval()[2:]}">'
                        f"  ·  {escape(r.votes_text(t.votes))}</font>"
                    )
                out.append(self.para(t.title, "h2", where_t, outline=(t.title, 1), suffix=suffix))
                for i, piece in enumerate(p for p in t.synthesis.split("\n\n") if p.strip()):
                    out.append(
                        self.para(
                            piece.strip(),
                            "body",
                            f"the synthesis of {where_t}" + (f" (paragraph {i + 1})" if i else ""),
                        )
                    )
                if t.divided:
                    label = f"<b>{escape(lab['divided'])}.</b> "
                    self.texts.append((t.divided_note, REGULAR, f"the divided note of {where_t}"))
                    # a short box moves whole to the next page rather than break in two
                    out.append(
                        KeepTogether([Paragraph(label + markup(t.divided_note), self.s["divided"])])
                    )
                for note in t.quotes:
                    quote = self.para(
                        f"\u201c{note.text}\u201d",
                        "quote",
                        f'quote "{snippet(note.text)}" ({where_t})',
                        cls=QuoteParagraph,
                    )
                    out.append(
                        KeepTogether(
                            [Paragraph(escape(lab["quote"]) + ":", self.s["label"]), quote]
                        )
                    )

        if r.examples:
            out.append(Paragraph(escape(lab["examples"]), self.s["h1"]))
            out[-1].outline = (lab["examples"], 0)
            for e in r.examples:
                where_e = f'example "{snippet(e.title)}"'
                block = [self.para(e.title, "h2", where_e, outline=(e.title, 1))]
                if e.body:
                    block.append(self.para(e.body, "body", f"the text of {where_e}"))
                if e.url:
                    block.append(self.link(e.url, e.link_text, where_e))
                out.extend(block)

        if r.experts:
            out.append(Paragraph(escape(lab["lessons"]), self.s["h1"]))
            out[-1].outline = (lab["lessons"], 0)
            for x in r.experts:
                where_x = f'lessons of "{snippet(x.name)}"'
                heading = markup(x.name)
                self.texts.append((x.name, BOLD, where_x))
                if x.affiliation:
                    self.texts.append((x.affiliation, REGULAR, where_x))
                    heading += f'<font name="{REGULAR}">, {markup(x.affiliation)}</font>'
                p = Paragraph(heading, self.s["h2"])
                p.outline = (x.name, 1)
                out.append(p)
                if x.intro:
                    out.append(self.para(x.intro, "body", f"the introduction of {where_x}"))
                for n, lesson in enumerate(x.lessons, 1):
                    self.texts.append((lesson, REGULAR, f"lesson {n} of {where_x}"))
                    out.append(Paragraph(markup(lesson), self.s["lesson"], bulletText=f"{n}."))

        # the date closes the report: never alone at the top of a page
        closing = [
            Rule(0.35, space=8),
            Paragraph(f"{escape(lab['published'])} {markup(r.published)}", self.s["published"]),
        ]
        out.append(KeepTogether([out.pop(), *closing]))
        self.texts.append((r.published, REGULAR, "the publication date"))

        if appendix:
            out.extend(self.appendix())
        return out

    def link(self, url: str, text: str, where: str) -> Paragraph:
        self.texts.append((text, REGULAR, f"the link text of {where}"))
        self.texts.append((url, REGULAR, f"the link of {where}"))
        safe = safe_url(url)
        shown = text or url
        if safe is None:  # not a web or mail link: printed, never clickable
            body = markup(shown) + ("" if shown == url else f" ({markup(url)})")
            return Paragraph(f"\u2192 {body}", self.s["link"])
        href = escape(safe, {'"': "&quot;"})
        colour = f"#{LINK.hexval()[2:]}"
        body = f'<a href="{href}" color="{colour}"><u>{markup(shown)}</u></a>'
        if shown != url:
            body += (
                f' <font size="8.5" color="#{MUTED.hexval()[2:]}">'
                f'(<a href="{href}">{markup(url)}</a>)</font>'
            )
        return Paragraph(f"\u2192 {body}", self.s["link"])

    def chart(self, q) -> Flowable:
        themes = q.themes
        row = 16
        width = A4[0] - 2 * MARGIN_X
        height = row * len(themes) + 16
        d = Drawing(width, height)
        chart = HorizontalBarChart()
        label_space = width * 0.46
        chart.x, chart.y = label_space, 8
        chart.width, chart.height = width - label_space - 30, row * len(themes)
        ordered = list(reversed(themes))  # the chart draws bottom up
        chart.data = [[t.votes or 0 for t in ordered]]
        chart.categoryAxis.categoryNames = [visual_order(snippet(t.title, 52)) for t in ordered]
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = 8
        chart.categoryAxis.labels.fillColor = INK
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.strokeColor = RULE
        chart.categoryAxis.tickLeft = 0
        chart.valueAxis.visible = False
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max([t.votes or 0 for t in themes] + [1]) * 1.08
        chart.bars[0].fillColor = BAR
        chart.bars[0].strokeColor = None
        chart.barWidth = row * 0.62
        chart.groupSpacing = row * 0.38
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = 8
        chart.barLabels.fillColor = MUTED
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        d.add(chart)
        title = Paragraph(escape(self.report.labels["votes_chart"]), self.s["chart_title"])
        return KeepTogether([title, d, Spacer(1, 4)])

    def appendix(self) -> list[Flowable]:
        r, lab = self.report, self.report.labels
        out: list[Flowable] = [PageBreak()]
        heading = Paragraph(escape(lab["appendix"]), self.s["h1"])
        heading.outline = (lab["appendix"], 0)
        out.append(heading)
        for q in r.questions:
            where_q = f'question "{snippet(q.text)}"'
            out.append(CondPageBreak(40 * mm))
            p = Paragraph(markup(q.text), self.s["h2"])
            p.outline = (q.text, 1)
            out.append(p)
            for title, notes in q.appendix_groups(lab["not_clustered"]):
                out.append(Paragraph(markup(title), self.s["h3"]))
                if not notes:
                    out.append(Paragraph(escape(lab["no_notes"]), self.s["note"]))
                for note in notes:
                    self.texts.append(
                        (
                            note.text,
                            REGULAR,
                            f'note "{snippet(note.text)}" ({where_q}, {note.workshop or "?"})',
                        )
                    )
                    out.append(Paragraph(markup(note.text), self.s["note"]))
        return out


def _footer(title: str):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        page = canv.getPageNumber()
        canv.drawRightString(A4[0] - MARGIN_X, 12 * mm, str(page))
        if page > 1 and title:
            canv.drawString(MARGIN_X, 12 * mm, visual_order(snippet(title, 90)))
        canv.restoreState()

    return draw


def coverage_warnings(texts: list[tuple[str, str, str]], limit: int = 20) -> tuple[list[str], set]:
    """Warnings naming characters the font cannot draw (and where), plus the set of them."""
    places: list[tuple[str, list[str]]] = []
    every: set[str] = set()
    rtl_places: list[str] = []
    # one pass over all the text per font first: usually nothing is missing
    suspects: set[str] = set()
    for font in {font for _, font, _ in texts}:
        suspects.update(fonts.missing("".join(t for t, f, _ in texts if f == font), font))
    rtl = has_rtl("".join(t for t, _, _ in texts))
    for text, font, where in texts:
        if not text:
            continue
        if suspects and not suspects.isdisjoint(text):
            gone = fonts.missing(text, font)
            if gone:
                places.append((where, gone))
                every.update(gone)
        if rtl and has_rtl(text):
            rtl_places.append(where)
    warnings = []
    for where, gone in places[:limit]:
        chars = ", ".join(fonts.Missing(c).describe() for c in gone[:8])
        more = f" and {len(gone) - 8} more" if len(gone) > 8 else ""
        warnings.append(
            f"The PDF font cannot draw {chars}{more} in {where}: "
            "they print as empty boxes but stay in the PDF's text (copy, search)."
        )
    if len(places) > limit:
        warnings.append(
            f"... and characters the font cannot draw in {len(places) - limit} more places."
        )
    if rtl_places:
        first = ", ".join(rtl_places[:3])
        if len(rtl_places) > 3:
            first += f" and {len(rtl_places) - 3} more places"
        warnings.append(
            f"Right-to-left text (for example Arabic or Hebrew) in {first} is printed right "
            "to left within each line, but its letters are not joined as in typeset text."
        )
    return warnings, every


def render_pdf(
    report: Report,
    path: str | os.PathLike | BinaryIO,
    *,
    appendix: bool = False,
    progress: Progress | None = None,
) -> list[str]:
    """Write the report as a PDF to `path` (or a binary file); return warnings (characters
    the font lacks)."""
    fonts.register()
    builder = _Builder(report)
    story = builder.flowables(appendix)
    warnings, missing = coverage_warnings(builder.texts)
    if missing:
        fonts.keep_in_text_layer(missing)
    doc = _Document(
        path if hasattr(path, "write") else str(path),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=report.title,
        author=report.organization,
        subject=report.subtitle,
        creator="Samla",
        lang=report.language,
        initialFontName=REGULAR,
    )
    if progress is not None:
        total, best = [len(story)], [0]

        def on_progress(kind, value):
            # split flowables go back on the queue, so reportlab's count can step back
            if kind == "SIZE_EST":
                total[0] = max(value, 1)
            elif kind == "PROGRESS" and value > best[0]:
                best[0] = min(value, total[0] - 1)
                progress(best[0], total[0], "PDF")

        doc.setProgressCallBack(on_progress)
    footer = _footer(report.title)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    if progress is not None:
        progress(total[0], total[0], "PDF")
    return warnings
