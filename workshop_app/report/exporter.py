"""Export a series' report to PDF, Markdown, HTML and CSV in one call.

The GUI's export dialog and `workshop-app export` both call `export_report`.
Every output is written beside its target and moved into place only when all of
them are complete: a failure leaves no partial file and keeps earlier exports.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from workshop_app.core.atomic import atomic_path
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
        k: Path(v)
        for k, v in (("pdf", pdf), ("markdown", markdown), ("html", html), ("csv", csv))
        if v
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
            tmp = stack.enter_context(atomic_path(target))
            tick = step(index, kind.upper() if kind != "markdown" else "Markdown")
            if tick:
                tick(0, 1)
            if kind == "pdf":
                from workshop_app.report.pdf import render_pdf

                warnings += render_pdf(report, tmp, appendix=appendix, progress=tick)
            elif kind == "markdown":
                from workshop_app.report.markdown import render_markdown

                tmp.write_text(render_markdown(report, appendix=appendix), encoding="utf-8")
            elif kind == "html":
                from workshop_app.report.html import render_html

                tmp.write_text(render_html(report, appendix=appendix), encoding="utf-8")
            else:
                from workshop_app.report.csv import write_csv

                write_csv(report, tmp, bom=csv_bom)
            if tick:
                tick(1, 1)
    return warnings
