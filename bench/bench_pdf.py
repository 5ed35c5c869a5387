"""PDF report of 3 workshops with 5,000 notes and the appendix, against a bare reportlab
script that builds the same paragraphs (same fonts, same text, SimpleDocTemplate)."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from bench.common import Result, timed
from workshop_app.core.demo import write_demo
from workshop_app.core.store import WorkshopFile
from workshop_app.report.exporter import export_report
from workshop_app.report.model import build_report

WORDS = (
    "kommun region bygd samverkan service fiber buss skola förening utveckling "
    "projekt dialog tillit tid pengar kunskap nätverk lokal plan idé"
).split()


def make_series(path: Path, notes: int) -> WorkshopFile:
    """The demo series topped up with generated notes, spread over themes and workshops."""
    wf = write_demo(path)
    questions = wf.questions()
    workshops = wf.workshops()
    themes = {q["id"]: wf.themes(q["id"]) for q in questions}
    missing = notes - wf.note_count()
    with wf.transaction():
        for i in range(missing):
            q = questions[i % len(questions)]
            pool = themes[q["id"]]
            theme = pool[(i // len(questions)) % len(pool)]["id"] if i % 7 else None
            length = 6 + (i * 7919) % 18
            text = " ".join(WORDS[(i * 31 + k * 17) % len(WORDS)] for k in range(length))
            wf.add_note(
                q["id"], workshops[i % len(workshops)]["id"], f"{text} ({i})", theme_id=theme
            )
    return wf


def bare_reportlab(wf: WorkshopFile, out: Path) -> None:
    """What a hand-written script would do: the same texts as Paragraphs, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from workshop_app.report import fonts

    fonts.register()
    body = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=10, leading=14.5)
    head = ParagraphStyle("h", parent=body, fontName=fonts.BOLD, fontSize=11)
    note = ParagraphStyle("n", parent=body, fontSize=8.5, leading=11.5)
    report = build_report(wf)
    story = [Paragraph(escape(t), head) for t in (report.organization, report.title)]
    story += [Paragraph(escape(t), body) for t in (report.subtitle, report.intro)]
    for q in report.questions:
        story.append(Paragraph(escape(q.text), head))
        for t in q.themes:
            story += [Paragraph(escape(t.title), head), Paragraph(escape(t.synthesis), body)]
    for e in report.examples:
        story += [Paragraph(escape(e.title), head), Paragraph(escape(e.body), body)]
    for x in report.experts:
        story += [Paragraph(escape(x.name), head), Paragraph(escape(x.intro), body)]
        story += [Paragraph(escape(item), body) for item in x.lessons]
    for q in report.questions:
        story.append(Paragraph(escape(q.text), head))
        for t in q.themes:
            story.append(Paragraph(escape(t.title), head))
            # the appendix prints each note with where it came from (workshop, perspective)
            story += [Paragraph(escape(f"{n.text} \u2014 {n.meta}"), note) for n in t.notes]
        story += [Paragraph(escape(f"{n.text} \u2014 {n.meta}"), note) for n in q.unclustered]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def measure(smoke: bool) -> list[Result]:
    notes = 300 if smoke else 5000
    repeat = 1 if smoke else 5
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        wf = make_series(folder / "bench.workshop", notes)
        try:
            ours_out, bare_out = folder / "ours.pdf", folder / "bare.pdf"

            def ours():
                export_report(wf, pdf=ours_out, appendix=True)

            def bare():
                bare_reportlab(wf, bare_out)

            ours(), bare()  # warm up: font loading, imports
            # interleaved, so that load from other processes hits both alike
            samples = [(timed(bare, 1), timed(ours, 1)) for _ in range(repeat)]
            bare_ms = statistics.median(b for b, _ in samples)
            ours_ms = statistics.median(o for _, o in samples)
            pages = _pages(ours_out)
        finally:
            wf.close()
    return [
        Result(
            f"PDF report, 3 workshops, {notes} notes + appendix",
            ours_ms,
            bare_ms,
            # the target is for 5,000 notes; at smoke size fixed costs (charts, a third
            # embedded font, outline) dominate, so the smoke run only checks that it works
            target_ratio=None if smoke else 1.5,
            note=f"{pages} pages; baseline: bare reportlab, same paragraphs and fonts",
        )
    ]


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)
