"""`workshop-app export FILE`: write the series as interchange JSON and/or its report
(PDF, DOCX, Markdown, HTML, CSV)."""

from __future__ import annotations

import sys

from workshop_app.core import errors
from workshop_app.core.atomic import STDOUT
from workshop_app.core.interchange import export_json
from workshop_app.core.store import WorkshopFile
from workshop_app.core.terminal import say

#: Show progress only for exports big enough to make a user wait.
PROGRESS_FROM_NOTES = 1000


def register(sub) -> None:
    p = sub.add_parser(
        "export",
        help="export a series: interchange JSON, or the report as PDF, DOCX, Markdown, HTML, CSV",
        description=(
            "Export a series. Each OUT is a file name (written whole or not at all), a device "
            "or named pipe (written to as it is), or - for standard output. An output never "
            "replaces the workshop file or any other workshop file."
        ),
    )
    p.add_argument("file", help="the workshop file")
    p.add_argument(
        "--json", metavar="OUT", help="write the series as interchange JSON (- for standard output)"
    )
    p.add_argument("--pdf", metavar="OUT", help="write the report as a tagged PDF (PDF/UA-1)")
    p.add_argument("--docx", metavar="OUT", help="write the report as a Word document (.docx)")
    p.add_argument("--markdown", metavar="OUT", help="write the report as Markdown")
    p.add_argument("--html", metavar="OUT", help="write the report as one HTML file")
    p.add_argument("--csv", metavar="OUT", help="write one row per note as CSV (UTF-8)")
    p.add_argument(
        "--themes-csv", metavar="OUT", help="write one row per theme as CSV (notes, votes)"
    )
    p.add_argument(
        "--bom", action="store_true", help="start the CSV with a byte-order mark (for Excel)"
    )
    p.add_argument(
        "--workshops",
        metavar="ID,...",
        help="only these workshops (ids or exact titles, comma-separated); default: all",
    )
    p.add_argument("--appendix", action="store_true", help="add an appendix listing every note")
    p.add_argument("--no-votes", action="store_true", help="leave vote counts and charts out")
    p.add_argument(
        "--contents",
        action="store_true",
        help="add a table of contents to a PDF longer than six pages",
    )
    p.add_argument(
        "--summary", action="store_true", help="add a summary of the themes with most votes"
    )
    p.add_argument(
        "--divided-inline",
        action="store_true",
        help="print divided opinions as one sentence after the synthesis, not as a box",
    )
    p.set_defaults(run=run)


def _workshop_ids(wf: WorkshopFile, spec: str | None) -> list[str] | None:
    if spec is None:
        return None
    by_title = {}
    for w in wf.workshops():
        by_title.setdefault(w["title"], []).append(w["id"])
    ids = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if part in by_title and len(by_title[part]) == 1:
            ids.append(by_title[part][0])
        elif part in by_title:
            raise errors.InvalidValue(f"Several workshops are called {part!r}; give their ids.")
        else:
            ids.append(part)
    if not ids:
        raise errors.InvalidValue("--workshops needs at least one workshop id or title.")
    return ids


def _progress_printer():
    """Print 'export:  40% (PDF)' on stderr each time another tenth is done."""
    last = [-1]

    def show(done: int, total: int, label: str) -> None:
        percent = 100 * done // max(total, 1)
        if percent // 10 != last[0] // 10:
            last[0] = percent
            say(f"export: {percent:3d}% ({label})", file=sys.stderr, flush=True)

    return show


def run(args) -> int:
    kinds = ("pdf", "docx", "markdown", "html", "csv", "themes_csv")
    outputs = {k: getattr(args, k) for k in kinds if getattr(args, k)}
    if not outputs and not args.json:
        raise errors.InvalidValue(
            "Nothing to export: give --pdf, --docx, --markdown, --html, --csv, --themes-csv "
            "or --json with a file name."
        )
    written = [*([args.json] if args.json else []), *outputs.values()]
    # With an output on standard output, messages go to stderr so the document stays clean.
    log = sys.stderr if STDOUT in written else sys.stdout
    for binary in ("pdf", "docx"):
        if outputs.get(binary) == STDOUT and sys.stdout.isatty():
            raise errors.InvalidValue(
                f"A {binary.upper()} cannot be shown in the terminal; give a file name."
            )
    with WorkshopFile.open(args.file, readonly=True) as wf:
        if args.json:
            export_json(wf, args.json)
        if outputs:
            from workshop_app.report.exporter import export_report

            ids = _workshop_ids(wf, args.workshops)
            big = wf.note_count() >= PROGRESS_FROM_NOTES
            warnings = export_report(
                wf,
                **outputs,
                csv_bom=args.bom,
                workshop_ids=ids,
                appendix=args.appendix,
                votes=not args.no_votes,
                contents=args.contents,
                summary=args.summary,
                divided_inline=args.divided_inline,
                progress=_progress_printer() if big else None,
            )
            for warning in warnings:
                say(f"workshop-app: warning: {warning}", file=sys.stderr)
    for out in written:
        if out != STDOUT:
            say(f"Wrote {out}", file=log)
    return 0
