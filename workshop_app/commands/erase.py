"""`workshop-app erase FILE --note ID...`: erase notes' text for good (an erasure request).

The file is backed up first (an erasure cannot be undone); the text then goes from the
note, the search index, the merge bookkeeping and the file's free space, and a
tombstone stays so that no merge brings it back. The backups still holding the text
(the one just made, and older ones) are listed; `--delete-old-backups` deletes them
once the erasure is checked (docs/privacy.md).
"""

from __future__ import annotations

import sys

from workshop_app.core import erasure
from workshop_app.core.store import WorkshopFile
from workshop_app.core.terminal import one_line, say

#: Characters of a note shown before asking.
SHOWN = 70


def register(sub) -> None:
    p = sub.add_parser(
        "erase",
        help="erase notes' text for good (a GDPR erasure request); a backup is made first",
        description=(
            "Erase the text of the notes with these ids from FILE for good: from the note, "
            "the search index, the merge bookkeeping and the file's free space. A "
            "tombstone stays so that a merge from another laptop does not bring the text "
            "back. Note ids are listed by `workshop-app privacy FILE` and in the CSV export."
        ),
    )
    p.add_argument("file", help="the workshop file")
    p.add_argument(
        "--note", metavar="ID", nargs="+", required=True, action="extend", help="note ids"
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument(
        "--delete-old-backups",
        action="store_true",
        help="delete the backups of FILE that still hold the erased text (after checking)",
    )
    p.set_defaults(run=run)


def _ask(question: str) -> bool:
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def run(args) -> int:
    interactive = sys.stdin.isatty()
    with WorkshopFile.open(args.file) as wf:
        notes = []
        for note_id in dict.fromkeys(args.note):
            note = wf.get("notes", note_id)
            if note is None:
                say(f"workshop-app: no note {note_id!r} in {args.file}.", file=sys.stderr)
                return 2
            notes.append(note)
        to_erase = [n for n in notes if not n.get("erased_at")]
        for note in to_erase:
            text = one_line(note["text"])
            shown = text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
            say(f"  {one_line(note['id'])}: {shown}")
        if to_erase and not args.yes:
            if not interactive:
                say("workshop-app: add --yes to erase without a prompt.", file=sys.stderr)
                return 2
            if not _ask(f"Erase the text of these {len(to_erase)} note(s) for good?"):
                say("Nothing changed.")
                return 1
        report = erasure.erase(wf, [n["id"] for n in notes])
    erased = len(report.changes.ids("notes"))
    if erased:
        say(
            f"Erased {erased} note(s) for good; a tombstone stays so that no merge brings "
            "them back. Merge this file into the other laptops' copies to erase it there."
        )
    else:
        say("These notes were erased already.")
    return _settle_backups(args, report, interactive)


def _settle_backups(args, report: erasure.ErasureReport, interactive: bool) -> int:
    holding = report.holding
    if not holding:
        say("No backup of this file holds the erased text.")
        return 0
    say(f"{len(holding)} backup(s) of this file still hold the erased text:")
    for backup in holding:
        made = " (made just now)" if report.backup and backup.path == report.backup.path else ""
        say(f"  {one_line(backup.path)}{made}")
    delete = args.delete_old_backups
    if not delete and interactive and not args.yes:
        delete = _ask("Delete them now (check the erasure first)?")
    if delete:
        erasure.delete_backups(holding)
        say(f"Deleted {len(holding)} backup(s).")
        return 0
    say(
        "Delete them once you have checked the erasure: run the same command again with "
        "--delete-old-backups, or delete the files."
    )
    return 0
