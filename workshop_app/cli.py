"""`workshop-app`: with no arguments opens the app; subcommands work headless.

Each subcommand lives in `workshop_app/commands/<name>.py` with `register(subparsers)`;
known problems end in one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from workshop_app import __version__
from workshop_app.commands import (
    backups,
    check,
    conflicts,
    demo,
    export,
    import_,
    merge,
    new,
    privacy,
    publish,
    reset_pin,
    restore,
)
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.logs import log_exception

COMMANDS = [
    new,
    demo,
    export,
    import_,
    merge,
    conflicts,
    check,
    privacy,
    publish,
    backups,
    restore,
    reset_pin,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-app",
        description=(
            "Samla: run workshops offline with sticky notes, cluster them into themes, "
            "and publish a report. With no command, opens the app (optionally on FILE)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Samla {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in _names()):
        return _open_app(argv[0] if argv else None)
    args = build_parser().parse_args(argv)
    try:
        return args.run(args) or 0
    except WorkshopFileError as exc:
        print(f"workshop-app: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. an export into a folder that does not exist
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"workshop-app: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: keep the details in the log, tell the user where
        where = log_exception(exc)
        print(f"workshop-app: unexpected error ({exc}); details in {where}", file=sys.stderr)
        return 1


def _names() -> set[str]:
    return {c.__name__.rsplit(".", 1)[-1].rstrip("_").replace("_", "-") for c in COMMANDS}


def _open_app(path: str | None) -> int:
    try:
        from workshop_app.gui.app import run
    except ImportError as exc:
        print(f"workshop-app: the app window cannot start ({exc}).", file=sys.stderr)
        return 2
    return run(path)
