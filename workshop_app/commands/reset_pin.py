"""`workshop-app reset-pin FILE`: forget the facilitator's PIN (for a forgotten PIN).

The PIN's hash and the "locked" state live in this user's own data folder, keyed by
the file's series (`core.pin.PinStore`); this forgets both, and blanks a hash an
older version left in the file. Every participant note is committed when it is
confirmed, so the facilitator can end the app (even kill it), run this, and start
again: the app then opens normally, and the next participant mode asks for a new
PIN. A locked screen that is still running keeps the PIN it started with.
"""

import sys

from workshop_app.core import pin
from workshop_app.core.store import WorkshopFile
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser(
        "reset-pin",
        help="forget the participant-mode PIN of FILE on this computer, and unlock it "
        "(no notes are touched)",
    )
    p.add_argument("file", help="the workshop file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=run)


def run(args) -> int:
    with WorkshopFile.open(args.file) as wf:
        store = pin.PinStore()
        series_id = wf.series()["id"]
        in_file = bool(wf.setting(pin.SETTING))
        if not (pin.has_pin(wf, store) or store.lock_of(series_id) or in_file):
            say(f"{args.file} has no participant-mode PIN on this computer; nothing to do.")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                say("workshop-app: add --yes to reset the PIN without a prompt.", file=sys.stderr)
                return 2
            answer = input(f"Forget the participant-mode PIN of {args.file}? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                say("Nothing changed.")
                return 1
        pin.clear_pin(wf, store)
        notes = wf.note_count()
    say(
        f"The PIN of {args.file} is reset ({notes} notes untouched). "
        "The app opens it normally now; the next participant mode asks for a new PIN. "
        "A participant screen still running keeps its PIN: end the app first."
    )
    return 0
