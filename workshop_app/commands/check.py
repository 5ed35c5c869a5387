"""`workshop-app check FILE`: every problem of a workshop file, named; exit 1 when it has any.

It runs what every open runs and the same content check as import and merge
(core/check.py), so "ok" means a merge of the file would be accepted.
"""

from workshop_app.core.backups import newest_good_backup
from workshop_app.core.check import check_file
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser(
        "check",
        help="check a workshop file (integrity, schema, every row); exit code 1 on problems",
    )
    p.add_argument("file", help="the workshop file")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        report = check_file(args.file)
    except WorkshopFileError:
        _offer_backup(args.file)
        raise
    for problem in report.problems:
        say(problem)
    if report.problems:
        say(f"{args.file}: {len(report.problems)} problem(s) found.")
        _offer_backup(args.file)
        return 1
    say(f"{args.file}: ok (schema version {report.version}).")
    return 0


def _offer_backup(path: str) -> None:
    backup = newest_good_backup(path)
    if backup is not None:
        say(
            f"The newest good backup is {backup.path} "
            f"({backup.when.astimezone():%Y-%m-%d %H:%M}); restore it with:\n"
            f"  workshop-app restore '{backup.path}' '{path}'"
        )
