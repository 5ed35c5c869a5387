"""`workshop-app merge TARGET SOURCE...`: bring other workshop files or JSON into TARGET.

A backup of TARGET is made before each merge that changes it (core/merge/merging.py).
"""

import sys

from workshop_app.core.merge import conflicts, merge_into
from workshop_app.core.store import WorkshopFile
from workshop_app.core.terminal import one_line, say


def register(sub) -> None:
    p = sub.add_parser(
        "merge",
        help="merge workshop files (or interchange JSON) into TARGET; merging twice adds nothing",
    )
    p.add_argument("target", help="the workshop file to merge into (changed in place)")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="workshop files or .json documents")
    p.set_defaults(run=run)


def run(args) -> int:
    with WorkshopFile.open(args.target) as wf:
        for source in args.sources:
            report = merge_into(wf, source)
            for warning in report.warnings:
                say(f"workshop-app: warning: {one_line(warning)}", file=sys.stderr)
            say("\n".join(report.lines()))
        waiting = conflicts(wf)
        say(
            f"{args.target}: {len(wf.workshops())} workshops, {len(wf.questions())} questions, "
            f"{wf.note_count()} notes."
        )
        if waiting:
            say(f"{len(waiting)} conflict(s) wait for a choice (the newer version was kept):")
            for c in waiting:
                say(
                    f"  {c['id']}  {c['table']} {c['row_id']}: the version from "
                    f"{one_line(c['theirs_from'])} was set aside"
                )
            say(f"See and settle them with: workshop-app conflicts {args.target}")
    return 0
