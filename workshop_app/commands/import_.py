"""`workshop-app import JSON FILE`: a new workshop file from an interchange document."""

import sys

from workshop_app.core.interchange import import_json
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser("import", help="create a workshop file from interchange JSON")
    p.add_argument("json", help="the interchange document (format samla.series)")
    p.add_argument("file", help="the workshop file to create (must not exist)")
    p.set_defaults(run=run)


def run(args) -> int:
    warnings: list[str] = []
    wf = import_json(args.json, args.file, warnings)
    for warning in warnings:
        say(f"workshop-app: warning: {warning}", file=sys.stderr)
    say(f"Created {args.file} with {wf.note_count()} notes.")
    wf.close()
    return 0
