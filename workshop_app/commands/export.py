"""`workshop-app export FILE --json OUT`: write the series out."""

from workshop_app.core.interchange import export_json
from workshop_app.core.store import WorkshopFile


def register(sub) -> None:
    p = sub.add_parser("export", help="export a series (interchange JSON)")
    p.add_argument("file", help="the workshop file")
    p.add_argument("--json", metavar="OUT", required=True, help="write the series as interchange JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    with WorkshopFile.open(args.file, readonly=True) as wf:
        export_json(wf, args.json)
    print(f"Wrote {args.json}")
    return 0
