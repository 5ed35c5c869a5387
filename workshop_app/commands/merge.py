"""`workshop-app merge TARGET SOURCE...`: bring other workshop files or JSON into TARGET."""

from workshop_app.core.merge import conflicts, merge_into
from workshop_app.core.store import WorkshopFile


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
            print("\n".join(report.lines()))
        waiting = conflicts(wf)
        print(
            f"{args.target}: {len(wf.workshops())} workshops, {len(wf.questions())} questions, "
            f"{wf.note_count()} notes."
        )
        if waiting:
            print(f"{len(waiting)} conflict(s) wait for a choice (the newer version was kept):")
            for c in waiting:
                print(
                    f"  {c['id']}  {c['table']} {c['row_id']}: the version from "
                    f"{c['theirs_from']} was set aside"
                )
            print(f"See and settle them with: workshop-app conflicts {args.target}")
    return 0
