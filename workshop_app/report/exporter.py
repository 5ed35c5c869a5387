"""Export a series' report to PDF, Markdown, HTML and CSV in one call.

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
from workshop_app.report.model import build_report

Progress = Callable[[int, int, str], None]
PathLike = str | os.PathLike | None


def export_report(
    wf: WorkshopFile,
    *,
    pdf: PathLike = None,
    markdown: PathLike = None,
    html: PathLike = None,
    csv: PathLike = None,
    csv_bom: bool = False,
    workshop_ids: Iterable[str] | None = None,
    appendix: bool = False,
    votes: bool = True,
    progress: Progress | None = None,
) -> list[str]:
    """Write the chosen formats; return warnings in plain words (e.g. characters the
    PDF font cannot draw, and where they are).

    `progress(done, total, label)` is called as work proceeds (from the calling thread).
    """
    targets = {
        k: v for k, v in (("pdf", pdf), ("markdown", markdown), ("html", html), ("csv", csv)) if v
    }
    if not targets:
        return []
    report = build_report(wf, workshop_ids, votes=votes)
    steps = len(targets)
    warnings: list[str] = []

    def step(index: int, label: str) -> Progress | None:
        if progress is None:
            return None

        def report_progress(done: int, total: int, _label: str = label) -> None:
            progress(index * 1000 + (1000 * done // max(total, 1)), steps * 1000, _label)

        return report_progress

    with contextlib.ExitStack() as stack:
        for index, (kind, target) in enumerate(targets.items()):
            out = stack.enter_context(output(target, protect=[wf.path]))
            tick = step(index, kind.upper() if kind != "markdown" else "Markdown")
            if tick:
                tick(0, 1)
            if kind == "pdf":
                from workshop_app.report.pdf import render_pdf

                warnings += render_pdf(report, out, appendix=appendix, progress=tick)
            elif kind == "markdown":
                from workshop_app.report.markdown import render_markdown

                out.write(render_markdown(report, appendix=appendix).encode("utf-8"))
            elif kind == "html":
                from workshop_app.report.html import render_html

                out.write(render_html(report, appendix=appendix).encode("utf-8"))
            else:
                from workshop_app.report.csv import write_csv

                write_csv(report, out, bom=csv_bom)
            if tick:
                tick(1, 1)
    return warnings
