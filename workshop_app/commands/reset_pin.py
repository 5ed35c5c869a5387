"""`workshop-app reset-pin FILE`: forget the facilitator's PIN (for a forgotten PIN).

Every participant note is committed when it is confirmed, so the facilitator can
end the app (even kill it), run this, and start participant mode again with a new
PIN. Only the PIN setting is touched.
"""

import sys

from workshop_app.core import pin
from workshop_app.core.store import WorkshopFile
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser(
        "reset-pin",
        help="forget the participant-mode PIN of FILE (no notes are touched)",
    )
    p.add_argument("file", help="the workshop file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=run)


def run(args) -> int:
    with WorkshopFile.open(args.file) as wf:
        if not pin.has_pin(wf):
            say(f"{args.file} has no participant-mode PIN; nothing to do.")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                say("workshop-app: add --yes to reset the PIN without a prompt.", file=sys.stderr)
                return 2
            answer = input(f"Forget the participant-mode PIN of {args.file}? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                say("Nothing changed.")
                return 1
        pin.clear_pin(wf)
        notes = wf.note_count()
    say(
        f"The PIN of {args.file} is reset ({notes} notes untouched). "
        "The next participant mode asks for a new PIN."
    )
    return 0
