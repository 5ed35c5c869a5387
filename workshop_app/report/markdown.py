"""The report as Markdown (CommonMark), for a web page or a wiki.

User text is escaped so that it prints literally: `*`, `_`, `[`, `<`, `#` and the
like in a note never become formatting, links or HTML.
"""

from __future__ import annotations

import re

from workshop_app.report.model import Report

#: Characters that can start Markdown syntax anywhere in a line.
_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|~&!])")
#: Line starts that Markdown would read as a list, heading, quote, rule or table.
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+(?=[.)]))")


def md(text: str) -> str:
    """Escape user text for Markdown; line breaks become hard breaks."""
    lines = []
    for line in text.split("\n"):
        line = _SPECIAL.sub(r"\\\1", line)
        line = _LINE_START.sub(
            lambda m: (
                m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2))
            ),
            line,
        )
        lines.append(line)
    return "\\\n".join(lines)


def _indent(text: str, prefix: str) -> str:
    return text.replace("\n", "\n" + prefix)


def _link(url: str, text: str) -> str:
    target = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{md(text)}](<{target}>)"


def render_markdown(report: Report, *, appendix: bool = False) -> str:
    lab, out = report.labels, []
    if report.organization:
        out.append(f"*{md(report.organization)}*\n")
    if report.title:
        out.append(f"# {md(report.title)}\n")
    if report.subtitle:
        out.append(f"**{md(report.subtitle)}**\n")
    for piece in (p for p in report.intro.split("\n\n") if p.strip()):
        out.append(md(piece.strip()) + "\n")
    for q in report.questions:
        out.append(f"## {md(q.text)}\n")
        if report.show_votes and q.has_votes:
            out.append(f"| {md(lab['votes_chart'])} | |\n|---|--:|")
            for t in q.themes:
                out.append(f"| {md(t.title)} | {t.votes or 0} |")
            out.append("")
        for t in q.themes:
            votes = f" ({md(report.votes_text(t.votes))})" if t.votes is not None else ""
            out.append(f"### {md(t.title)}{votes}\n")
            for piece in (p for p in t.synthesis.split("\n\n") if p.strip()):
                out.append(md(piece.strip()) + "\n")
            if t.divided:
                out.append(f"> **{md(lab['divided'])}.** {_indent(md(t.divided_note), '> ')}\n")
            for note in t.quotes:
                out.append(f"> *{md(lab['quote'])}:*  \n> “{_indent(md(note.text), '> ')}”\n")
    if report.examples:
        out.append(f"## {md(lab['examples'])}\n")
        for e in report.examples:
            out.append(f"### {md(e.title)}\n")
            if e.body:
                out.append(md(e.body) + "\n")
            if e.url:
                shown = e.link_text or e.url
                if e.link:
                    out.append(f"→ {_link(e.link, shown)}\n")
                else:
                    extra = "" if shown == e.url else f" ({md(e.url)})"
                    out.append(f"→ {md(shown)}{extra}\n")
    if report.experts:
        out.append(f"## {md(lab['lessons'])}\n")
        for x in report.experts:
            name = f"**{md(x.name)}**" + (f", {md(x.affiliation)}" if x.affiliation else "")
            out.append(name + "\n")
            if x.intro:
                out.append(md(x.intro) + "\n")
            for n, lesson in enumerate(x.lessons, 1):
                out.append(f"{n}. {_indent(md(lesson), '   ')}")
            out.append("")
    out.append(f"*{md(lab['published'])} {md(report.published)}*\n")
    if appendix:
        out.append(f"## {md(lab['appendix'])}\n")
        for q in report.questions:
            out.append(f"### {md(q.text)}\n")
            for title, notes in q.appendix_groups(lab["not_clustered"]):
                out.append(f"#### {md(title)}\n")
                for note in notes:
                    out.append(f"- {_indent(md(note.text), '  ')}")
                if not notes:
                    out.append(md(lab["no_notes"]))
                out.append("")
    return "\n".join(out).rstrip() + "\n"
