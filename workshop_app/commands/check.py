"""`workshop-app check FILE`: integrity, foreign-key and schema check."""

from workshop_app.core.backups import foreign_key_problems, newest_good_backup
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.store import WorkshopFile


def register(sub) -> None:
    p = sub.add_parser("check", help="check a workshop file; exit code 1 when it has problems")
    p.add_argument("file", help="the workshop file")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        with WorkshopFile.open(args.file, readonly=True) as wf:
            problems = [p for p in wf.integrity_problems() if not p.startswith("foreign key:")]
            problems += [f"foreign key: {p}" for p in foreign_key_problems(wf)]
            version = wf.schema_version()
    except WorkshopFileError:
        _offer_backup(args.file)
        raise
    for problem in problems:
        print(problem)
    if problems:
        print(f"{args.file}: {len(problems)} problem(s) found.")
        _offer_backup(args.file)
        return 1
    print(f"{args.file}: ok (schema version {version}).")
    return 0


def _offer_backup(path: str) -> None:
    backup = newest_good_backup(path)
    if backup is not None:
        print(
            f"The newest good backup is {backup.path} "
            f"({backup.when.astimezone():%Y-%m-%d %H:%M}); restore it with:\n"
            f"  workshop-app restore '{backup.path}' '{path}'"
        )
