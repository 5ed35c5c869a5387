"""The report as an accessible A4 PDF (tagged, PDF/UA-1), shaped like a published summary.

Every piece of user text goes through `markup()` (XML-escaped) before reportlab's
Paragraph parser sees it, so `<font>`, `<img src=...>` or `&` in a note print
literally and never open a file. Links are made only for http, https and mailto.
Each note is its own flowable (one huge Paragraph is super-linear in reportlab).

The structure tree (report/tagging.py) is built here in reading order while the
flowables are made: each flowable holds its node and draws inside it.

Layout: a 128 mm text column (about 70 characters a line in 10 pt DejaVu Sans),
headings that never end a page, no widows or orphans, boxes and quotes that stay
with their theme (report/flowables.py has the breaking rules).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    TableStyle,
)

from workshop_app.core.links import safe_url
from workshop_app.report import fonts
from workshop_app.report.flowables import (
    Group,
    KeepWithFirstLines,
    Label,
    ListItem,
    Logo,
    Para,
    Rule,
    TaggedTable,
    TocLine,
    VoteChart,
)
from workshop_app.report.fonts import BOLD, ITALIC, REGULAR
from workshop_app.report.labels import quoted
from workshop_app.report.model import Question, Report, Theme
from workshop_app.report.tagging import Node, TaggedCanvas
from workshop_app.report.text import has_rtl, lead_words, snippet, visual_order

Progress = Callable[[int, int, str], None]

INK = colors.HexColor("#1d1d1b")
MUTED = colors.HexColor("#5a5f63")
ACCENT = colors.HexColor("#1f5f5b")
LINK = colors.HexColor("#1a5a96")
RULE = colors.HexColor("#c9d3d2")
DIVIDED_BG = colors.HexColor("#f6f1e3")
DIVIDED_BAR = colors.HexColor("#c9a94b")
BAR = colors.HexColor("#5e9c96")
SUMMARY_BG = colors.HexColor("#eef4f3")

PAGE_W, PAGE_H = A4
MARGIN_X = 41 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
MEASURE = PAGE_W - 2 * MARGIN_X

#: Reports longer than this many pages get a table of contents when one is asked for.
CONTENTS_FROM_PAGES = 6


def _hex(colour) -> str:
    return f"#{colour.hexval()[2:]}"


def _styles(accent) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=10,
        leading=15,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    s = {"body": body}

    def add(name, parent="body", **kw):
        s[name] = ParagraphStyle(name, parent=s[parent], **kw)

    add("organization", fontName=BOLD, fontSize=9.5, leading=13, textColor=accent, spaceAfter=16)
    add("draft", fontName=BOLD, fontSize=9, leading=12, textColor=colors.HexColor("#8a4b00"))
    add("title", fontName=BOLD, fontSize=24, leading=29, spaceAfter=8)
    add("long_title", "title", fontSize=18, leading=22.5)
    add("subtitle", fontSize=13, leading=17.5, textColor=MUTED, spaceAfter=12)
    add("intro", fontSize=11, leading=16.5, spaceAfter=7)
    add("h2", fontName=BOLD, fontSize=15, leading=19.5, textColor=accent, spaceBefore=22)
    s["h2"].spaceAfter = 8
    s["h2"].keepWithNext = 1
    add("h3", fontName=BOLD, fontSize=11, leading=15, spaceBefore=13, spaceAfter=3)
    s["h3"].keepWithNext = 1
    add("votes", fontSize=8.5, leading=11, textColor=MUTED)
    add("label", fontName=ITALIC, fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=1)
    add("quote", fontName=ITALIC, fontSize=10.5, leading=15.5, spaceAfter=0)
    add("divided", fontSize=9.5, leading=14, spaceAfter=0)
    add("repeat", fontName=BOLD, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=3)
    add("link", spaceAfter=10)
    add("lesson", spaceAfter=0)
    add("lesson_label", fontName=BOLD, alignment=TA_RIGHT)
    add("dated", fontSize=9, textColor=MUTED, spaceBefore=2)
    add("note", fontSize=8.5, leading=12, spaceAfter=0)
    add("note_label", "note", textColor=MUTED)
    add("note_meta", "note", fontSize=7.5, leading=10, textColor=MUTED)
    add("chart_title", fontName=BOLD, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=2)
    add("chart_label", fontSize=8.5, leading=10.5)
    add("cell", fontSize=8.5, leading=11.5, spaceAfter=0)
    add("cell_head", "cell", fontName=BOLD, fontSize=8, textColor=MUTED)
    add("cell_number", "cell", alignment=TA_RIGHT)
    add("cell_number_head", "cell_head", alignment=TA_RIGHT)
    add("method", fontSize=9, leading=13.5, textColor=INK, spaceBefore=6, spaceAfter=6)
    add("summary_head", fontName=BOLD, fontSize=10, leading=14, textColor=accent, spaceAfter=4)
    add("summary", fontSize=9, leading=13.5, spaceAfter=3)
    add("appendix_title", fontName=BOLD, fontSize=19, leading=24, spaceAfter=6)
    add("toc", fontSize=10, leading=15, spaceAfter=1)
    add("toc_sub", "toc", fontSize=9, leading=13, leftIndent=12, textColor=MUTED)
    return s


def markup(text: str) -> str:
    """User text as safe Paragraph markup: reordered RTL runs, XML-escaped, line breaks kept."""
    return escape(visual_order(text)).replace("\n", "<br/>").replace("\t", " ")


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line of `text` that fits `width`, cut with an ellipsis when it does not."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(len(text) * 9 // 10, len(text) - 40) if len(text) > 60 else -1]
    return text.rstrip() + "…"


@dataclass
class Options:
    appendix: bool = False
    #: A table of contents after the introduction, for reports longer than six pages.
    contents: bool = False
    #: The themes with most votes per question, in a box after the introduction.
    summary: bool = False
    #: Divided opinions as one sentence after the synthesis instead of a box.
    divided_inline: bool = False
    #: Bookmark key -> page number, from a first pass (for the table of contents).
    pages: dict[str, int] = field(default_factory=dict)
    #: The bookmarks of the first pass: (title, level, key).
    toc: list[tuple[str, int, str]] = field(default_factory=list)


class _Builder:
    """Makes the flowables and, alongside, the structure tree, both in reading order."""

    def __init__(self, report: Report, options: Options):
        self.report = report
        self.options = options
        self.lab = report.labels
        self.accent = colors.HexColor(report.accent) if report.accent else ACCENT
        #: the bars take the series' accent colour when it has one
        self.bar = self.accent if report.accent else BAR
        self.s = _styles(self.accent)
        self.root = Node("Document")
        #: (text, font, where): every piece of user text, for the coverage check
        self.texts: list[tuple[str, str, str]] = []
        self._keys = 0
        #: (title, level, key) of every bookmark, in order: the table of contents
        self.outline: list[tuple[str, int, str]] = []

    # ------------------------------------------------------------ primitives

    def key(self, title: str, level: int) -> tuple[str, int, str]:
        self._keys += 1
        entry = (" ".join(title.split()) or " ", level, f"b{self._keys}")
        self.outline.append(entry)
        return entry

    def para(
        self,
        text: str,
        style: str,
        parent: Node | None,
        role: str = "P",
        *,
        where: str = "",
        outline: int | None = None,
        suffix: str = "",
        prefix: str = "",
        font: str | None = None,
        node: Node | None = None,
    ) -> Para:
        """A paragraph of user text (escaped) in a new `role` node under `parent`."""
        if where:
            self.texts.append((text, font or self.s[style].fontName, where))
        if node is None and parent is not None:
            node = parent.add(role)
        mark = self.key(text, outline) if outline is not None else None
        return Para(prefix + markup(text) + suffix, self.s[style], node, outline=mark)

    def fixed(self, text: str, style: str, parent: Node | None, role: str = "P", **kw) -> Para:
        """A paragraph of our own words (labels), escaped but not checked for coverage."""
        node = parent.add(role) if parent is not None else None
        outline = kw.pop("outline", None)
        mark = self.key(text, outline) if outline is not None else None
        return Para(escape(text), self.s[style], node, outline=mark, **kw)

    def paragraphs(self, text: str, style: str, parent: Node, where: str) -> list[Para]:
        pieces = [p.strip() for p in text.split("\n\n") if p.strip()]
        return [
            self.para(p, style, parent, where=where + (f" (paragraph {i + 1})" if i else ""))
            for i, p in enumerate(pieces)
        ]

    # -------------------------------------------------------------- document

    def flowables(self) -> list[Flowable]:
        r, lab, root, out = self.report, self.lab, self.root, []
        if r.logo:
            alt = r.logo_alt or lab["logo"]
            out.append(Logo(r.logo, root.add("Figure", Alt=alt), 60 * mm, 18 * mm))
        if r.organization:
            out.append(self.para(r.organization, "organization", root, where="the organization"))
        if r.draft:
            out.append(self.fixed(lab["draft_date"].format(date=r.published), "draft", root))
        # a long title (hostile or just thorough) steps down a size rather than fill the page
        title_style = "title" if len(r.title) <= 90 else "long_title"
        out.append(self.para(r.title or " ", title_style, root, "H1", where="the title", outline=0))
        if r.subtitle:
            out.append(self.para(r.subtitle, "subtitle", root, where="the subtitle"))
        out.append(Rule(RULE, space=5))
        out += self.paragraphs(r.intro, "intro", root, "the introduction")
        out += self.facts()
        if self.options.summary:
            out += self.summary()
        if self.options.contents and self.options.pages:
            out += self.contents()
        for q in r.questions:
            out += self.question(q)
        if r.examples:
            out += self.examples()
        if r.experts:
            out += self.lessons()
        # the date closes the report: never alone at the top of a page
        closing = [
            Rule(RULE, 0.3, space=8),
            self.fixed(r.dated, "dated", root),
        ]
        out.append(Group(closing, keep=True, space_before=6, page_height=FRAME_H))
        self.texts.append((r.published, REGULAR, "the publication date"))
        if self.options.appendix:
            out += self.appendix()
        return out

    def facts(self) -> list[Flowable]:
        r, lab = self.report, self.lab
        if not r.workshops:
            return []
        sect = self.root.add("Sect")
        table = sect.add("Table")
        columns = [("workshop", 0.23), ("date", 0.21), ("place", 0.2), ("facilitator", 0.205)]
        columns.append(("participants", 0.155))
        head = table.add("TR")
        rows = [
            [
                Para(
                    escape(lab[name]),
                    self.s["cell_number_head" if name == "participants" else "cell_head"],
                    head.add("TH", Scope="Column"),
                )
                for name, _ in columns
            ]
        ]
        # Row headers name each workshop's row when there are several; a single row has
        # its column headers (two header cells per data cell read as a broken table).
        several = len(r.workshops) > 1
        for w in r.workshops:
            tr = table.add("TR")
            where = f'workshop "{snippet(w.title)}"'
            title_node = tr.add("TH", Scope="Row") if several else tr.add("TD")
            cells = [
                self.para(w.title, "cell", tr, where=where, node=title_node),
                self.para(self._date(w.date) or "–", "cell", tr, "TD", where=where),
                self.para(w.place or "–", "cell", tr, "TD", where=where),
                self.para(w.facilitator or "–", "cell", tr, "TD", where=where),
                Para(str(w.participants or "–"), self.s["cell_number"], tr.add("TD")),
            ]
            rows.append(cells)
        if several:
            tr = table.add("TR")
            rows.append(
                [
                    Para(
                        f"<b>{escape(lab['total'])}</b>",
                        self.s["cell"],
                        tr.add("TH", Scope="Row"),
                    ),
                    Para(escape(r.totals_text()), self.s["cell"], tr.add("TD", ColSpan=3)),
                    "",
                    "",
                    Para(f"<b>{r.participants or '–'}</b>", self.s["cell_number"], tr.add("TD")),
                ]
            )
        style = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ]
        if several:
            style += [("SPAN", (1, -1), (3, -1)), ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE)]
        grid = TaggedTable(
            rows, colWidths=[MEASURE * f for _, f in columns], style=TableStyle(style)
        )
        grid.spaceBefore, grid.spaceAfter = 8, 4
        method = Para(
            f"<b>{escape(lab['method'])}.</b> {escape(r.method)}", self.s["method"], sect.add("P")
        )
        return [grid, method]

    def _date(self, iso: str) -> str:
        from workshop_app.report.text import format_date

        return format_date(iso, self.report.language)

    def summary(self) -> list[Flowable]:
        r, lab = self.report, self.lab
        voted = [(q, q.top_themes()) for q in r.questions if q.top_themes()]
        if not voted:
            return []
        aside = self.root.add("Aside")
        content: list[Flowable] = [self.fixed(lab["summary"], "summary_head", aside, "H2")]
        items = aside.add("L", ListNumbering="Disc")
        for q, top in voted:
            li = items.add("LI")
            label = Label(lab["bullet"], self.s["summary"], li.add("Lbl"))
            body = li.add("LBody")
            names = ", ".join(
                f"{escape(quoted(visual_order(t.title), r.language))} ({t.votes})" for t in top
            )
            text = f"<b>{markup(q.text)}</b> {escape(lab['summary_top'])}: {names}"
            self.texts.append((q.text, BOLD, f'the summary of "{snippet(q.text)}"'))
            content.append(ListItem(label, Para(text, self.s["summary"], body), 9, keep=True))
        return [
            Group(
                content,
                keep=True,
                padding=(8, 10, 8, 10),
                background=SUMMARY_BG,
                space_before=10,
                space_after=6,
                page_height=FRAME_H,
            )
        ]

    def contents(self) -> list[Flowable]:
        lab = self.lab
        pages = self.options.pages
        toc_sect = self.root.add("Sect")
        out: list[Flowable] = [
            CondPageBreak(FRAME_H / 3),
            self.fixed(lab["contents"], "h2", toc_sect, "H2"),
        ]
        toc = toc_sect.add("TOC")
        for title, level, key in self._toc_entries():
            toci = toc.add("TOCI")
            page = str(pages.get(key, ""))
            link = toci.add("Link", _contents=f"{title}, {self.lab['page'].format(n=page)}")
            style = self.s["toc" if level <= 0 else "toc_sub"]
            text = Para(f'<a href="#{key}">{markup(title)}</a>', style, link)
            out.append(TocLine(text, page, link))
        return out

    def _toc_entries(self) -> list[tuple[str, int, str]]:
        """The bookmarks of the first pass but the title: sections and their themes."""
        return self.options.toc[1:]

    # ------------------------------------------------------------- questions

    def question(self, q: Question) -> list[Flowable]:
        r, lab = self.report, self.lab
        sect = self.root.add("Sect")
        where_q = f'question "{snippet(q.text)}"'
        out: list[Flowable] = [
            CondPageBreak(FRAME_H / 4),
            self.para(q.text, "h2", sect, "H2", where=where_q, outline=0),
        ]
        if q.is_empty:
            out.append(self.fixed(lab["no_notes_yet"], "body", sect))
            return out
        if r.show_votes and q.has_votes:
            out.append(self.chart(q, sect))
        for t in q.themes:
            out += self.theme(t, sect, where_q)
        return out

    def theme(self, t: Theme, sect: Node, where_q: str) -> list[Flowable]:
        r, lab = self.report, self.lab
        where_t = f'theme "{snippet(t.title)}" ({where_q})'
        suffix = ""
        if t.votes is not None:
            suffix = (
                f'<font name="{REGULAR}" size="8.5" color="{_hex(MUTED)}">'
                f"\u2002·\u2002{escape(r.votes_text(t.votes))}</font>"
            )
        out: list[Flowable] = [
            self.para(t.title, "h3", sect, "H3", where=where_t, outline=1, suffix=suffix)
        ]
        inline = t.divided and self.options.divided_inline
        pieces = [p.strip() for p in t.synthesis.split("\n\n") if p.strip()]
        for i, piece in enumerate(pieces):
            where = f"the synthesis of {where_t}" + (f" (paragraph {i + 1})" if i else "")
            last = i == len(pieces) - 1
            tail = f" <b>{escape(lab['divided'])}.</b>" if inline and last else ""
            out.append(self.para(piece, "body", sect, where=where, suffix=tail))
        if inline and not pieces:
            out.append(self.fixed(lab["divided"] + ".", "body", sect))
            if t.divided_note:
                where = f"the divided note of {where_t}"
                out.append(self.para(t.divided_note, "body", sect, where=where))
        if t.divided and not inline:
            aside = sect.add("Aside")
            self.texts.append((t.divided_note, REGULAR, f"the divided note of {where_t}"))
            text = f"<b>{escape(lab['divided'])}.</b> {markup(t.divided_note)}"
            box = [Para(text.rstrip(), self.s["divided"], aside.add("P"))]
            out.append(
                Group(
                    box,
                    keep=True,
                    padding=(6, 9, 7, 11),
                    background=DIVIDED_BG,
                    bar=DIVIDED_BAR,
                    repeat=self._repeat(t),
                    space_before=5,
                    space_after=9,
                    page_height=FRAME_H,
                )
            )
        for note in t.quotes:
            quote = sect.add("BlockQuote")
            label = self.fixed(lab["quote"] + ":", "label", quote)
            said = self.para(
                quoted(note.text, r.language),
                "quote",
                quote,
                where=f'quote "{snippet(note.text)}" ({where_t})',
            )
            out.append(
                Group(
                    [label, said],
                    keep=True,
                    padding=(1, 0, 1, 12),
                    bar=self.bar,
                    repeat=self._repeat(t),
                    space_before=6,
                    space_after=9,
                    page_height=FRAME_H,
                )
            )
        return out

    def _repeat(self, t: Theme) -> Para:
        """The theme's name above a box or quote that starts a page (an artifact)."""
        title = fit(
            self.lab["continued"].format(title=t.title),
            self.s["repeat"].fontName,
            self.s["repeat"].fontSize,
            MEASURE,
        )
        return Para(markup(title), self.s["repeat"], None)

    def chart(self, q: Question, sect: Node) -> Flowable:
        r, lab = self.report, self.lab
        values = "; ".join(f"{t.title}: {r.votes_text(t.votes or 0)}" for t in q.themes)
        alt = lab["chart_alt"].format(question=quoted(q.text, r.language), values=values)
        figure = sect.add("Figure", Alt=alt)
        table = sect.add("Table")
        caption = self.fixed(lab["votes_chart"], "chart_title", table, "Caption")
        rows = []
        for t in q.themes:
            tr = table.add("TR")
            label = self.para(
                t.title,
                "chart_label",
                tr,
                where=f'the chart of question "{snippet(q.text)}"',
                node=tr.add("TH", Scope="Row"),
            )
            rows.append((label, t.votes or 0, tr.add("TD")))
        return VoteChart(
            caption,
            rows,
            figure=figure,
            maximum=max(t.votes or 0 for t in q.themes),
            number_style=self.s["votes"],
            bar_colour=self.bar,
            rule_colour=RULE,
            page_height=FRAME_H,
        )

    # ----------------------------------------------------- examples, lessons

    def examples(self) -> list[Flowable]:
        lab = self.lab
        sect = self.root.add("Sect")
        out: list[Flowable] = [
            CondPageBreak(FRAME_H / 4),
            self.fixed(lab["examples"], "h2", sect, "H2", outline=0),
        ]
        for e in self.report.examples:
            where_e = f'example "{snippet(e.title)}"'
            out.append(self.para(e.title, "h3", sect, "H3", where=where_e, outline=1))
            out += self.paragraphs(e.body, "body", sect, f"the text of {where_e}")
            if e.url:
                out.append(self.link(e.url, e.link_text, where_e, sect))
        return out

    def link(self, url: str, text: str, where: str, parent: Node) -> Para:
        self.texts.append((text, REGULAR, f"the link text of {where}"))
        self.texts.append((url, REGULAR, f"the link of {where}"))
        safe = safe_url(url)
        shown = text or url
        p = parent.add("P")
        arrow = f'<font color="{_hex(MUTED)}">\u2192</font> '
        if safe is None:  # not a web or mail link: printed, never clickable
            body = markup(shown) + ("" if shown == url else f" ({markup(url)})")
            return Para(arrow + body, self.s["link"], p)
        link = p.add("Link", _contents=self.lab["link_contents"].format(text=shown, url=safe))
        href = escape(safe, {'"': "&quot;"})
        body = f'<a href="{href}" color="{_hex(LINK)}"><u>{markup(shown)}</u></a>'
        if shown != url:
            body += (
                f' <font size="8.5" color="{_hex(MUTED)}">'
                f'(<a href="{href}">{markup(url)}</a>)</font>'
            )
        return Para(arrow + body, self.s["link"], link)

    def lessons(self) -> list[Flowable]:
        lab = self.lab
        sect = self.root.add("Sect")
        out: list[Flowable] = [
            CondPageBreak(FRAME_H / 4),
            self.fixed(lab["lessons"], "h2", sect, "H2", outline=0),
        ]
        for x in self.report.experts:
            where_x = f'lessons of "{snippet(x.name)}"'
            suffix = ""
            if x.affiliation_in_heading:
                self.texts.append((x.affiliation, REGULAR, where_x))
                suffix = f'<font name="{REGULAR}">, {markup(x.affiliation)}</font>'
            out.append(self.para(x.name, "h3", sect, "H3", where=where_x, outline=1, suffix=suffix))
            if x.intro:
                out += self.paragraphs(x.intro, "body", sect, f"the introduction of {where_x}")
            if not x.lessons:
                continue
            items = sect.add("L", ListNumbering="Decimal")
            for n, lesson in enumerate(x.lessons, 1):
                li = items.add("LI")
                label = Label(f"{n}.", self.s["lesson_label"], li.add("Lbl"), right=True)
                lead, rest = lead_words(lesson)
                self.texts.append((lesson, REGULAR, f"lesson {n} of {where_x}"))
                text = f"<b>{markup(lead)}</b> {markup(rest)}" if lead else markup(lesson)
                body = Para(text, self.s["lesson"], li.add("LBody"))
                out.append(
                    ListItem(label, body, 20, keep=True, space_before=2, space_after=6, gap=5)
                )
        return out

    # -------------------------------------------------------------- appendix

    def appendix(self) -> list[Flowable]:
        r, lab = self.report, self.lab
        sect = self.root.add("Sect")
        out: list[Flowable] = [
            PageBreak(),
            self.fixed(lab["appendix"], "appendix_title", sect, "H2", outline=0),
        ]
        for q in r.questions:
            where_q = f'question "{snippet(q.text)}"'
            out.append(CondPageBreak(FRAME_H / 4))
            out.append(self.para(q.text, "h2", sect, "H3", where=where_q, outline=1))
            if q.is_empty:
                out.append(self.fixed(lab["no_notes_yet"], "body", sect))
                continue
            for title, notes in q.appendix_groups(lab["not_clustered"]):
                out.append(self.para(title, "h3", sect, "H4", where=where_q))
                if not notes:
                    out.append(self.fixed(lab["no_notes"], "note", sect))
                    continue
                items = sect.add("L", ListNumbering="Disc")
                for note in notes:
                    li = items.add("LI")
                    # The bullet is decoration (the list says /ListNumbering /Disc): an
                    # artifact, not a Lbl element each, for thousands of notes.
                    label = Label(lab["bullet"], self.s["note_label"], None)
                    body = li.add("LBody")
                    self.texts.append(
                        (
                            note.text,
                            REGULAR,
                            f'note "{snippet(note.text)}" ({where_q}, {note.workshop or "?"})',
                        )
                    )
                    meta = ", ".join(p for p in (note.workshop, note.perspective) if p)
                    text = markup(note.text)
                    if meta:
                        text += f" \u2014 {markup(meta)}"
                    para = Para(text, self.s["note"], body)
                    out.append(ListItem(label, para, 10, keep=False, space_after=2.5))
        return out


def running_title(title: str, words: int = 6) -> str:
    """A short running head: the title's first words (a long title is cut with an ellipsis)."""
    parts = title.split()
    head = " ".join(parts[:words])
    return head + ("…" if len(parts) > words else "")


def _footer(report: Report):
    """Page furniture as pagination artifacts: a short running head above the text (from
    page 2), the page number below it, and on a draft the draft date beside the number."""
    title = visual_order(running_title(report.title))
    draft = report.labels["draft_date"].format(date=report.published) if report.draft else ""

    def draw(canv, doc):
        with canv.artifact("Pagination"):
            canv.saveState()
            canv.setFont(REGULAR, 8)
            canv.setFillColor(MUTED)
            page = canv.getPageNumber()
            y = 13 * mm
            canv.drawRightString(PAGE_W - MARGIN_X, y, str(page))
            if draft:
                canv.drawString(MARGIN_X, y, fit(draft, REGULAR, 8, MEASURE - 30))
            if page > 1 and title:
                top = PAGE_H - MARGIN_TOP + 9
                canv.drawString(MARGIN_X, top, fit(title, REGULAR, 8, MEASURE))
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN_X, y + 10, PAGE_W - MARGIN_X, y + 10)
            canv.restoreState()

    return draw


class _Document(BaseDocTemplate):
    def __init__(self, *args, on_page, **kwargs):
        # keepWithNext groups: headings keep the first lines of what follows, not all of it
        super().__init__(*args, keepTogetherClass=KeepWithFirstLines, **kwargs)
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            MEASURE,
            FRAME_H,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        #: bookmark key -> page, filled as the pages are drawn (for the contents)
        self.pages: dict[str, int] = {}

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "outline", None)
        if outline:
            self.pages.setdefault(outline[2], self.page)


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
            "they print as empty squares but stay in the PDF's text (copy, search, "
            "screen readers)."
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


def _build(report: Report, target, options: Options, progress: Progress | None):
    builder = _Builder(report, options)
    story = builder.flowables()
    warnings, missing = coverage_warnings(builder.texts)
    if missing:
        fonts.keep_in_text_layer(missing)
    doc = _Document(
        target,
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
        on_page=_footer(report),
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
    canvasmaker = partial(
        TaggedCanvas,
        tree=builder.root,
        title=report.title,
        metadata={"author": report.organization, "subject": report.subtitle, "producer": "Samla"},
    )

    doc.build(story, canvasmaker=canvasmaker)
    if progress is not None:
        progress(total[0], total[0], "PDF")
    return warnings, doc, builder


def render_pdf(
    report: Report,
    path: str | os.PathLike | BinaryIO,
    *,
    appendix: bool = False,
    contents: bool = False,
    summary: bool = False,
    divided_inline: bool = False,
    progress: Progress | None = None,
) -> list[str]:
    """Write the report as a tagged PDF to `path` (or a binary file); return warnings
    (characters the font lacks).

    With `contents`, a report longer than six pages gets a table of contents: a first
    pass finds the pages, a second draws them (and a third if the contents moved them).
    """
    fonts.register()
    options = Options(
        appendix=appendix, contents=False, summary=summary, divided_inline=divided_inline
    )
    if contents:
        _, doc, builder = _build(report, io.BytesIO(), options, None)
        if doc.page > CONTENTS_FROM_PAGES:
            options.contents = True
            options.toc = builder.outline
            for _ in range(3):
                options.pages = dict(doc.pages)
                _, doc, builder = _build(report, io.BytesIO(), options, None)
                if doc.pages == options.pages:
                    break
            options.pages = dict(doc.pages)
    target = path if hasattr(path, "write") else str(path)
    warnings, _, _ = _build(report, target, options, progress)
    return warnings
