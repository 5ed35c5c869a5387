"""The report as one self-contained HTML page (embedded CSS, no scripts, no external files)."""

from __future__ import annotations

from html import escape

from workshop_app.report.model import Report

CSS = """
:root { --ink: #1d1d1b; --muted: #5f6368; --accent: #1f5f5b; --rule: #c9d3d2;
        --divided: #f6f1e3; --bar: #5e9c96; --link: #1a5a96; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f3; color: var(--ink);
       font: 17px/1.6 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; }
main { max-width: 46rem; margin: 2rem auto; background: #fff; padding: 3rem 3.5rem;
       box-shadow: 0 1px 4px rgba(0,0,0,.08); }
.organization { color: var(--accent); font-weight: bold; margin: 0 0 1.2rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .6rem; }
.subtitle { color: var(--muted); font-size: 1.2rem; margin: 0 0 1.2rem; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 1.2rem 0; }
.intro { font-size: 1.05rem; }
h2 { color: var(--accent); font-size: 1.4rem; margin: 2.4rem 0 .8rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .2rem; }
h4 { color: var(--accent); font-size: .95rem; margin: 1rem 0 .2rem; }
.votes { color: var(--muted); font-weight: normal; font-size: .85rem; }
p, li { overflow-wrap: anywhere; white-space: pre-line; }
.divided { background: var(--divided); padding: .6rem .9rem; border-radius: 3px; }
figure.quote { margin: .8rem 0 1rem; padding-left: 1rem; border-left: 3px solid var(--bar); }
figure.quote figcaption { color: var(--muted); font-style: italic; font-size: .85rem; }
figure.quote blockquote { margin: .1rem 0 0; font-style: italic; }
.chart { margin: 1rem 0; font-size: .85rem; }
.chart .caption { color: var(--muted); font-weight: bold; margin-bottom: .3rem; }
.chart .row { display: grid; grid-template-columns: 45% 1fr; gap: .6rem; align-items: center;
              margin: .15rem 0; }
.chart .bar { background: var(--bar); height: .9rem; border-radius: 2px; min-width: 1px; }
.chart .track { display: flex; align-items: center; gap: .4rem; color: var(--muted); }
a { color: var(--link); }
ol.lessons li { margin-bottom: .5rem; }
.published { color: var(--muted); font-size: .9rem; margin-top: 2.5rem; }
.appendix li { font-size: .9rem; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; } }
"""


def h(text: str) -> str:
    return escape(text, quote=True)


def _paragraphs(text: str, cls: str = "") -> list[str]:
    attr = f' class="{cls}"' if cls else ""
    return [f"<p{attr}>{h(p.strip())}</p>" for p in text.split("\n\n") if p.strip()]


def render_html(report: Report, *, appendix: bool = False) -> str:
    lab = report.labels
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{h(report.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{h(report.title)}</title>",
        f'<meta name="author" content="{h(report.organization)}">',
        f'<meta name="description" content="{h(report.subtitle)}">',
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
    ]
    if report.organization:
        out.append(f'<p class="organization">{h(report.organization)}</p>')
    out.append(f"<h1>{h(report.title)}</h1>")
    if report.subtitle:
        out.append(f'<p class="subtitle">{h(report.subtitle)}</p>')
    out.append("</header>")
    out.append("<hr>")
    out += _paragraphs(report.intro, "intro")
    for q in report.questions:
        out.append("<section>")
        out.append(f"<h2>{h(q.text)}</h2>")
        if report.show_votes and q.has_votes:
            top = max(t.votes or 0 for t in q.themes) or 1
            out.append(f'<div class="chart" role="img" aria-label="{h(lab["votes_chart"])}">')
            out.append(f'<div class="caption">{h(lab["votes_chart"])}</div>')
            for t in q.themes:
                width = round(85 * (t.votes or 0) / top, 1)  # room for the number
                out.append(
                    f'<div class="row"><span>{h(t.title)}</span><span class="track">'
                    f'<span class="bar" style="width:{width}%"></span>{t.votes or 0}'
                    "</span></div>"
                )
            out.append("</div>")
        for t in q.themes:
            votes = (
                f' <span class="votes">· {h(report.votes_text(t.votes))}</span>'
                if t.votes is not None
                else ""
            )
            out.append(f"<h3>{h(t.title)}{votes}</h3>")
            out += _paragraphs(t.synthesis)
            if t.divided:
                out.append(
                    f'<p class="divided"><strong>{h(lab["divided"])}.</strong> '
                    f"{h(t.divided_note)}</p>"
                )
            for note in t.quotes:
                out.append(
                    f'<figure class="quote"><figcaption>{h(lab["quote"])}:</figcaption>'
                    f"<blockquote><p>“{h(note.text)}”</p></blockquote></figure>"
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
            aff = f", {h(x.affiliation)}" if x.affiliation else ""
            out.append(f'<h3>{h(x.name)}<span class="votes">{aff}</span></h3>')
            out += _paragraphs(x.intro)
            out.append('<ol class="lessons">')
            out += [f"<li>{h(lesson)}</li>" for lesson in x.lessons]
            out.append("</ol>")
        out.append("</section>")
    out.append(f'<p class="published">{h(lab["published"])} {h(report.published)}</p>')
    if appendix:
        out.append(f'<section class="appendix"><h2>{h(lab["appendix"])}</h2>')
        for q in report.questions:
            out.append(f"<h3>{h(q.text)}</h3>")
            for title, notes in q.appendix_groups(lab["not_clustered"]):
                out.append(f"<h4>{h(title)}</h4>")
                if notes:
                    out.append("<ul>" + "".join(f"<li>{h(n.text)}</li>" for n in notes) + "</ul>")
                else:
                    out.append(f"<p>{h(lab['no_notes'])}</p>")
        out.append("</section>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
