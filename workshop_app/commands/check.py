"""`workshop-app check FILE`: integrity, foreign-key and schema check."""

from workshop_app.core.store import WorkshopFile


def register(sub) -> None:
    p = sub.add_parser("check", help="check a workshop file; exit code 1 when it has problems")
    p.add_argument("file", help="the workshop file")
    p.set_defaults(run=run)


def run(args) -> int:
    with WorkshopFile.open(args.file, readonly=True) as wf:
        problems = wf.integrity_problems()
        version = wf.schema_version()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{args.file}: {len(problems)} problem(s) found.")
        return 1
    print(f"{args.file}: ok (schema version {version}).")
    return 0
