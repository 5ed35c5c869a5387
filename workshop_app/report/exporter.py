"""Export a series' report to PDF, DOCX, Markdown, HTML and CSV in one call.

The GUI's export dialog and `workshop-app export` both call `export_report`.
Every output goes through the atomic writer (core/atomic.py): a file is written beside
its target and moved into place only when all of them are complete, so a failure
leaves no partial file and keeps earlier exports; a device, a pipe or "-" (standard
output) is written to directly; an output never replaces the workshop file itself or
any other SQLite file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable

from workshop_app.core.atomic import output
from workshop_app.core.store import WorkshopFile
from workshop_app.report.model import build_report, content_warnings

Progress = Callable[[int, int, str], None]
#: Progress labels of the outputs whose label is not their name in capitals.
_LABELS = {"markdown": "Markdown", "themes_csv": "CSV"}
PathLike = str | os.PathLike | None


def export_report(
    wf: WorkshopFile,
    *,
    pdf: PathLike = None,
    markdown: PathLike = None,
    html: PathLike = None,
    csv: PathLike = None,
    themes_csv: PathLike = None,
    csv_bom: bool = False,
    workshop_ids: Iterable[str] | None = None,
    docx: PathLike = None,
    appendix: bool = False,
    votes: bool = True,
    contents: bool = False,
    summary: bool = False,
    divided_inline: bool = False,
    progress: Progress | None = None,
) -> list[str]:
    """Write the chosen formats; return warnings in plain words (characters the PDF font
    cannot draw and where they are, questions with no notes yet, an introduction that
    names more workshops than a subset holds).

    `contents` adds a table of contents to a PDF longer than six pages; `summary` a box
    with the themes that got most votes; `divided_inline` prints divided opinions as
    one sentence after the synthesis instead of a box.

    `progress(done, total, label)` is called as work proceeds (from the calling thread).
    """
    targets = {
        k: v
        for k, v in (
            ("pdf", pdf),
            ("docx", docx),
            ("markdown", markdown),
            ("html", html),
            ("csv", csv),
            ("themes_csv", themes_csv),
        )
        if v
    }
    if not targets:
        return []
    report = build_report(wf, workshop_ids, votes=votes)
    steps = len(targets)
    warnings: list[str] = content_warnings(report, wf, workshop_ids)
    layout = {"appendix": appendix, "summary": summary, "divided_inline": divided_inline}

    def step(index: int, label: str) -> Progress | None:
        if progress is None:
            return None

        def report_progress(done: int, total: int, _label: str = label) -> None:
            progress(index * 1000 + (1000 * done // max(total, 1)), steps * 1000, _label)

        return report_progress

    with contextlib.ExitStack() as stack:
        for index, (kind, target) in enumerate(targets.items()):
            out = stack.enter_context(output(target, protect=[wf.path]))
            tick = step(index, _LABELS.get(kind, kind.upper()))
            if tick:
                tick(0, 1)
            if kind == "pdf":
                from workshop_app.report.pdf import render_pdf

                warnings += render_pdf(report, out, contents=contents, progress=tick, **layout)
            elif kind == "docx":
                from workshop_app.report.docx import render_docx

                render_docx(report, out, **layout)
            elif kind == "markdown":
                from workshop_app.report.markdown import render_markdown

                out.write(render_markdown(report, **layout).encode("utf-8"))
            elif kind == "html":
                from workshop_app.report.html import render_html

                out.write(render_html(report, **layout).encode("utf-8"))
            else:
                from workshop_app.report.csv import write_csv

                write_csv(report, out, bom=csv_bom, per="theme" if kind == "themes_csv" else "note")
            if tick:
                tick(1, 1)
    return warnings
