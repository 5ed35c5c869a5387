"""The report as one self-contained HTML page (embedded CSS, no scripts, no external files).

The same content rules as the PDF: facts and method after the introduction, a
sentence for a question with no notes, the vote chart as a real table (its numbers
reach screen readers), quotation marks of the report's language.
"""

from __future__ import annotations

import base64
from html import escape

from workshop_app.report.labels import quoted
from workshop_app.report.model import Report
from workshop_app.report.text import format_date, lead_words

CSS = """
:root { --ink: #1d1d1b; --muted: #5a5f63; --accent: #1f5f5b; --rule: #c9d3d2;
        --divided: #f6f1e3; --divided-bar: #c9a94b; --bar: #5e9c96; --link: #1a5a96;
        --summary: #eef4f3; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f3; color: var(--ink);
       font: 17px/1.6 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; }
main { max-width: 44rem; margin: 2rem auto; background: #fff; padding: 3rem 3.5rem;
       box-shadow: 0 1px 4px rgba(0,0,0,.08); }
.organization { color: var(--accent); font-weight: bold; margin: 0 0 1.2rem; }
.logo { display: block; max-height: 4.5rem; max-width: 16rem; margin: 0 0 1rem; }
.draft { color: #8a4b00; font-weight: bold; margin: 0 0 .6rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .6rem; }
.subtitle { color: var(--muted); font-size: 1.2rem; margin: 0 0 1.2rem; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 1.2rem 0; }
.intro { font-size: 1.05rem; }
h2 { color: var(--accent); font-size: 1.4rem; margin: 2.4rem 0 .8rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .2rem; }
h4 { font-size: .95rem; margin: 1rem 0 .2rem; }
.votes, .aff { color: var(--muted); font-weight: normal; font-size: .85rem; }
p, li, td, th { overflow-wrap: anywhere; }
p, li { white-space: pre-line; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: 1rem 0; }
caption { text-align: left; color: var(--muted); font-weight: bold; padding-bottom: .3rem; }
th, td { text-align: left; vertical-align: top; padding: .25rem .5rem .25rem 0; }
thead th { color: var(--muted); border-bottom: 1px solid var(--rule); }
.facts tfoot th, .facts tfoot td { border-top: 1px solid var(--rule); font-weight: bold; }
.number { text-align: right; }
.method { font-size: .9rem; }
.chart th[scope=row] { font-weight: normal; width: 45%; }
.chart td { display: flex; align-items: center; gap: .4rem; color: var(--muted); }
.chart .bar { background: var(--bar); height: .9rem; border-radius: 2px; min-width: 1px; }
.divided { background: var(--divided); padding: .6rem .9rem;
           border-left: 4px solid var(--divided-bar); }
figure.quote { margin: .8rem 0 1rem; padding-left: 1rem; border-left: 3px solid var(--bar); }
figure.quote figcaption { color: var(--muted); font-style: italic; font-size: .85rem; }
figure.quote blockquote { margin: .1rem 0 0; font-style: italic; }
aside.summary { background: var(--summary); padding: .8rem 1.2rem; margin: 1.5rem 0; }
aside.summary h2 { font-size: 1.05rem; margin: 0 0 .4rem; }
a { color: var(--link); }
ol.lessons li { margin-bottom: .5rem; }
.dated { color: var(--muted); font-size: .9rem; margin-top: 2.5rem; }
.appendix li { font-size: .9rem; }
.appendix .meta { color: var(--muted); font-size: .8rem; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; } }
"""


def _branding_css(report: Report) -> str:
    """The series' accent colour (validated '#RRGGBB', dark enough for text)."""
    if not report.accent:
        return ""
    return f"\n:root {{ --accent: {report.accent}; --bar: {report.accent}; }}\n"


def h(text: str) -> str:
    return escape(text, quote=True)


def _paragraphs(text: str, cls: str = "", tail: str = "") -> list[str]:
    attr = f' class="{cls}"' if cls else ""
    pieces = [p.strip() for p in text.split("\n\n") if p.strip()]
    return [
        f"<p{attr}>{h(p)}{tail if i == len(pieces) - 1 else ''}</p>" for i, p in enumerate(pieces)
    ]


def _facts(report: Report) -> list[str]:
    lab, lang = report.labels, report.language
    head = "".join(
        f'<th scope="col"{" class=number" if k == "participants" else ""}>{h(lab[k])}</th>'
        for k in ("workshop", "date", "place", "facilitator", "participants")
    )
    out = [f'<table class="facts"><caption>{h(lab["workshops"])}</caption>']
    out.append(f"<thead><tr>{head}</tr></thead><tbody>")
    for w in report.workshops:
        cells = [format_date(w.date, lang), w.place, w.facilitator]
        out.append(
            f'<tr><th scope="row">{h(w.title)}</th>'
            + "".join(f"<td>{h(c) if c else '–'}</td>" for c in cells)
            + f'<td class="number">{w.participants or "–"}</td></tr>'
        )
    out.append("</tbody>")
    if len(report.workshops) > 1:
        out.append(
            f'<tfoot><tr><th scope="row">{h(lab["total"])}</th>'
            f'<td colspan="3">{h(report.totals_text())}</td>'
            f'<td class="number">{report.participants or "–"}</td></tr></tfoot>'
        )
    out.append("</table>")
    out.append(f'<p class="method"><strong>{h(lab["method"])}.</strong> {h(report.method)}</p>')
    return out


def render_html(
    report: Report,
    *,
    appendix: bool = False,
    summary: bool = False,
    divided_inline: bool = False,
) -> str:
    lab, lang = report.labels, report.language
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{h(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{h(report.title)}</title>",
        f'<meta name="author" content="{h(report.organization)}">',
        f'<meta name="description" content="{h(report.subtitle)}">',
        f"<style>{CSS}{_branding_css(report)}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
    ]
    if report.logo:
        data = base64.b64encode(report.logo).decode("ascii")
        alt = report.logo_alt or lab["logo"]
        out.append(f'<img class="logo" src="data:image/png;base64,{data}" alt="{h(alt)}">')
    if report.organization:
        out.append(f'<p class="organization">{h(report.organization)}</p>')
    if report.draft:
        out.append(f'<p class="draft">{h(report.dated)}</p>')
    out.append(f"<h1>{h(report.title)}</h1>")
    if report.subtitle:
        out.append(f'<p class="subtitle">{h(report.subtitle)}</p>')
    out.append("</header>")
    out.append("<hr>")
    out += _paragraphs(report.intro, "intro")
    if report.workshops:
        out += _facts(report)
    if summary:
        voted = [(q, q.top_themes()) for q in report.questions if q.top_themes()]
        if voted:
            out.append(f'<aside class="summary"><h2>{h(lab["summary"])}</h2><ul>')
            for q, top in voted:
                names = ", ".join(f"{h(quoted(t.title, lang))} ({t.votes})" for t in top)
                out.append(
                    f"<li><strong>{h(q.text)}</strong> {h(lab['summary_top'])}: {names}</li>"
                )
            out.append("</ul></aside>")
    for q in report.questions:
        out.append("<section>")
        out.append(f"<h2>{h(q.text)}</h2>")
        if q.is_empty:
            out.append(f"<p>{h(lab['no_notes_yet'])}</p></section>")
            continue
        if report.show_votes and q.has_votes:
            top = max(t.votes or 0 for t in q.themes) or 1
            out.append(f'<table class="chart"><caption>{h(lab["votes_chart"])}</caption>')
            out.append(
                f'<thead><tr><th scope="col">{h(lab["theme"])}</th>'
                f'<th scope="col">{h(lab["votes"])}</th></tr></thead><tbody>'
            )
            for t in q.themes:
                width = round(85 * (t.votes or 0) / top, 1)  # room for the number
                out.append(
                    f'<tr><th scope="row">{h(t.title)}</th><td>'
                    f'<span class="bar" style="width:{width}%" aria-hidden="true"></span>'
                    f"{t.votes or 0}</td></tr>"
                )
            out.append("</tbody></table>")
        for t in q.themes:
            votes = (
                f' <span class="votes">· {h(report.votes_text(t.votes))}</span>'
                if t.votes is not None
                else ""
            )
            out.append(f"<h3>{h(t.title)}{votes}</h3>")
            inline = t.divided and divided_inline
            sentence = f" <strong>{h(lab['divided'])}.</strong>"
            pieces = _paragraphs(t.synthesis, tail=sentence if inline else "")
            if inline and not pieces:
                pieces = [f"<p>{sentence.strip()}</p>", *_paragraphs(t.divided_note)]
            out += pieces
            if t.divided and not inline:
                out.append(
                    f'<aside class="divided"><p><strong>{h(lab["divided"])}.</strong> '
                    f"{h(t.divided_note)}</p></aside>"
                )
            for note in t.quotes:
                out.append(
                    f'<figure class="quote"><figcaption>{h(lab["quote"])}:</figcaption>'
                    f"<blockquote><p>{h(quoted(note.text, lang))}</p></blockquote></figure>"
                )
        out.append("</section>")
    if report.examples:
        out.append(f"<section><h2>{h(lab['examples'])}</h2>")
        for e in report.examples:
            out.append(f"<h3>{h(e.title)}</h3>")
            out += _paragraphs(e.body)
            if e.url:
                shown = e.link_text or e.url
                if e.link:
                    out.append(
                        f'<p>→ <a href="{h(e.link)}" rel="noopener noreferrer">{h(shown)}</a></p>'
                    )
                else:
                    extra = "" if shown == e.url else f" ({h(e.url)})"
                    out.append(f"<p>→ {h(shown)}{extra}</p>")
        out.append("</section>")
    if report.experts:
        out.append(f"<section><h2>{h(lab['lessons'])}</h2>")
        for x in report.experts:
            aff = ""
            if x.affiliation_in_heading:
                aff = f'<span class="aff">, {h(x.affiliation)}</span>'
            out.append(f"<h3>{h(x.name)}{aff}</h3>")
            out += _paragraphs(x.intro)
            if x.lessons:
                out.append('<ol class="lessons">')
                for lesson in x.lessons:
                    lead, rest = lead_words(lesson)
                    text = f"<strong>{h(lead)}</strong> {h(rest)}" if lead else h(lesson)
                    out.append(f"<li>{text}</li>")
                out.append("</ol>")
        out.append("</section>")
    out.append(f'<p class="dated">{h(report.dated)}</p>')
    if appendix:
        out.append(f'<section class="appendix"><h2>{h(lab["appendix"])}</h2>')
        for q in report.questions:
            out.append(f"<h3>{h(q.text)}</h3>")
            if q.is_empty:
                out.append(f"<p>{h(lab['no_notes_yet'])}</p>")
                continue
            for title, notes in q.appendix_groups(lab["not_clustered"]):
                out.append(f"<h4>{h(title)}</h4>")
                if notes:
                    items = "".join(
                        f"<li>{h(n.text)}"
                        + (f' <span class="meta">— {h(n.meta)}</span>' if n.meta else "")
                        + "</li>"
                        for n in notes
                    )
                    out.append(f"<ul>{items}</ul>")
                else:
                    out.append(f"<p>{h(lab['no_notes'])}</p>")
        out.append("</section>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
