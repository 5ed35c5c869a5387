"""`workshop-app backups FILE`: list the automatic backups of a workshop file."""

from workshop_app.core.backups import backup_dir, list_backups
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser("backups", help="list the backups of a workshop file, newest first")
    p.add_argument("file", help="the workshop file")
    p.set_defaults(run=run)


def run(args) -> int:
    backups = list_backups(args.file)
    if not backups:
        say(f"No backups of {args.file} (they would be in {backup_dir(args.file)}).")
        return 0
    for b in backups:
        when = b.when.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        say(f"{when}  {b.reason:<15} {b.size / 1024:>8.0f} KB  {b.path}")
    return 0
