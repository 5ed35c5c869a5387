"""`workshop-app restore BACKUP FILE`: put a backup in place of FILE (FILE is backed up first)."""

from workshop_app.core.backups import restore
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser(
        "restore", help="restore FILE from BACKUP (the current FILE is kept as another backup)"
    )
    p.add_argument("backup", help="the backup file (see `workshop-app backups FILE`)")
    p.add_argument(
        "file",
        help="the workshop file to restore (a program that has it open goes on with it)",
    )
    p.set_defaults(run=run)


def run(args) -> int:
    kept = restore(args.backup, args.file)
    if kept is not None:
        say(f"The file as it was is kept as {kept.path}")
    say(f"Restored {args.file} from {args.backup}")
    return 0
