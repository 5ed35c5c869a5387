"""The report as Markdown (CommonMark, with a GitHub-style table), for a web page or a wiki.

User text is escaped so that it prints literally: `*`, `_`, `[`, `<`, a `#` or `-`
that starts a line and the like never become formatting, links or HTML. Characters
that mean nothing where they stand (`!`, `{`, a `#` inside a line) are left as they are.
"""

from __future__ import annotations

import re

from workshop_app.report.labels import quoted
from workshop_app.report.model import Report
from workshop_app.report.text import format_date, lead_words

#: Characters that start Markdown syntax anywhere in a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
#: An entity reference (`&amp;`, `&#65;`) would be decoded: escape its ampersand.
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
#: Line starts that Markdown would read as a list, heading, quote, rule, table or fence.
_LINE_START = re.compile(r"^(\s*)([-+=#:]|\d+(?=[.)]))")


def md(text: str) -> str:
    """Escape user text for Markdown; line breaks become hard breaks."""
    lines = []
    for line in text.split("\n"):
        line = _SPECIAL.sub(r"\\\1", line)
        line = _ENTITY.sub(r"\\&", line)
        line = _LINE_START.sub(
            lambda m: (
                m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2))
            ),
            line,
        )
        lines.append(line)
    return "\\\n".join(lines)


def _cell(text: str) -> str:
    """User text in a table cell: one line."""
    return md(" ".join(text.split())) or " "


def _indent(text: str, prefix: str) -> str:
    return text.replace("\n", "\n" + prefix)


def _link(url: str, text: str) -> str:
    target = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{md(text)}](<{target}>)"


def _paragraphs(text: str) -> list[str]:
    return [md(p.strip()) + "\n" for p in text.split("\n\n") if p.strip()]


def render_markdown(
    report: Report,
    *,
    appendix: bool = False,
    summary: bool = False,
    divided_inline: bool = False,
) -> str:
    lab, lang, out = report.labels, report.language, []
    if report.organization:
        out.append(f"*{md(report.organization)}*\n")
    if report.draft:
        out.append(f"**{md(report.dated)}**\n")
    if report.title:
        out.append(f"# {md(report.title)}\n")
    if report.subtitle:
        out.append(f"{md(report.subtitle)}\n")
    out += _paragraphs(report.intro)
    if report.workshops:
        head = [lab[k] for k in ("workshop", "date", "place", "facilitator", "participants")]
        out.append("| " + " | ".join(head) + " |")
        out.append("|---|---|---|---|--:|")
        for w in report.workshops:
            cells = [w.title, format_date(w.date, lang), w.place, w.facilitator]
            row = [_cell(c) if c else "–" for c in cells] + [str(w.participants or "–")]
            out.append("| " + " | ".join(row) + " |")
        if len(report.workshops) > 1:
            total = f"**{report.participants or '–'}**"
            out.append(f"| **{lab['total']}** | {report.totals_text()} | | | {total} |")
        out.append("")
        out.append(f"**{lab['method']}.** {report.method}\n")
    if summary:
        voted = [(q, q.top_themes()) for q in report.questions if q.top_themes()]
        if voted:
            out.append(f"**{lab['summary']}**\n")
            for q, top in voted:
                names = ", ".join(f"{quoted(md(t.title), lang)} ({t.votes})" for t in top)
                out.append(f"- **{md(q.text)}** {lab['summary_top']}: {names}")
            out.append("")
    for q in report.questions:
        out.append(f"## {md(q.text)}\n")
        if q.is_empty:
            out.append(f"{lab['no_notes_yet']}\n")
            continue
        if report.show_votes and q.has_votes:
            out.append(f"**{lab['votes_chart']}**\n")
            out.append(f"| {lab['theme']} | {lab['votes']} |\n|---|--:|")
            for t in q.themes:
                out.append(f"| {_cell(t.title)} | {t.votes or 0} |")
            out.append("")
        for t in q.themes:
            votes = f" ({report.votes_text(t.votes)})" if t.votes is not None else ""
            out.append(f"### {md(t.title)}{votes}\n")
            pieces = _paragraphs(t.synthesis)
            inline = t.divided and divided_inline
            if inline and pieces:
                pieces[-1] = pieces[-1].rstrip("\n") + f" **{lab['divided']}.**\n"
            elif inline:
                pieces = [f"**{lab['divided']}.**\n", *_paragraphs(t.divided_note)]
            out += pieces
            if t.divided and not inline:
                out.append(f"> **{lab['divided']}.** {_indent(md(t.divided_note), '> ')}\n")
            for note in t.quotes:
                said = quoted(_indent(md(note.text), "> "), lang)
                out.append(f"> *{lab['quote']}:*  \n> {said}\n")
    if report.examples:
        out.append(f"## {lab['examples']}\n")
        for e in report.examples:
            out.append(f"### {md(e.title)}\n")
            out += _paragraphs(e.body)
            if e.url:
                shown = e.link_text or e.url
                if e.link:
                    out.append(f"→ {_link(e.link, shown)}\n")
                else:
                    extra = "" if shown == e.url else f" ({md(e.url)})"
                    out.append(f"→ {md(shown)}{extra}\n")
    if report.experts:
        out.append(f"## {lab['lessons']}\n")
        for x in report.experts:
            aff = f", {md(x.affiliation)}" if x.affiliation_in_heading else ""
            out.append(f"### {md(x.name)}{aff}\n")
            out += _paragraphs(x.intro)
            for n, lesson in enumerate(x.lessons, 1):
                lead, rest = lead_words(lesson)
                text = f"**{md(lead)}** {md(rest)}" if lead else md(lesson)
                out.append(f"{n}. {_indent(text, '   ')}")
            out.append("")
    out.append(f"*{md(report.dated)}*\n")
    if appendix:
        out.append(f"## {lab['appendix']}\n")
        for q in report.questions:
            out.append(f"### {md(q.text)}\n")
            if q.is_empty:
                out.append(f"{lab['no_notes_yet']}\n")
                continue
            for title, notes in q.appendix_groups(lab["not_clustered"]):
                out.append(f"#### {md(title)}\n")
                for note in notes:
                    meta = f" — *{md(note.meta)}*" if note.meta else ""
                    out.append(f"- {_indent(md(note.text), '  ')}{meta}")
                if not notes:
                    out.append(lab["no_notes"])
                out.append("")
    return "\n".join(out).rstrip() + "\n"
