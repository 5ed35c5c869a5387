"""`workshop-app`: with no arguments opens the app; subcommands work headless.

Each subcommand lives in `workshop_app/commands/<module>.py` with `register(subparsers)`;
only the command being run is imported (the others are loaded for `--help` alone), so
a command starts fast. Known problems end in one line on stderr and exit code 2, never
a traceback; whatever is printed from a file is made safe for the terminal first.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from workshop_app import __version__

#: Command name -> its module in workshop_app.commands, in the order `--help` lists them.
COMMANDS = {
    "new": "new",
    "demo": "demo",
    "export": "export",
    "import": "import_",
    "merge": "merge",
    "conflicts": "conflicts",
    "check": "check",
    "privacy": "privacy",
    "publish": "publish",
    "erase": "erase",
    "backups": "backups",
    "restore": "restore",
    "reset-pin": "reset_pin",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of the one command `only`."""
    parser = argparse.ArgumentParser(
        prog="workshop-app",
        description=(
            "Samla: run workshops offline with sticky notes, cluster them into themes, "
            "and publish a report. With no command, opens the app (optionally on FILE)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Samla {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        if only is None or name == only:
            importlib.import_module(f"workshop_app.commands.{module}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in COMMANDS):
        return _open_app(argv[0] if argv else None)
    if argv == ["--version"]:
        print(f"Samla {__version__}")
        return 0
    command = next((a for a in argv if not a.startswith("-")), None)
    args = build_parser(command if command in COMMANDS else None).parse_args(argv)
    from workshop_app.core.errors import WorkshopFileError
    from workshop_app.core.terminal import one_line, say

    try:
        return args.run(args) or 0
    except BrokenPipeError:  # the reader of our output went away (`| head`): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except WorkshopFileError as exc:  # one line, whatever a file name in it holds
        say(f"workshop-app: {one_line(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. an export into a folder that does not exist
        where = f"{exc.filename}: " if exc.filename else ""
        say(f"workshop-app: {one_line(where)}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: keep the details in the log, tell the user where
        from workshop_app.core.logs import log_exception, shorten

        where = log_exception(exc)
        what = shorten(" ".join(str(exc).split()), 300)  # one short line, whatever it carries
        say(f"workshop-app: unexpected error ({what}); details in {where}", file=sys.stderr)
        return 1


def _open_app(path: str | None) -> int:
    try:
        from workshop_app.gui.app import run
    except ImportError as exc:
        print(f"workshop-app: the app window cannot start ({exc}).", file=sys.stderr)
        return 2
    return run(path)
