"""`workshop-app conflicts FILE [--keep ours|theirs ID...]`: see and settle merge conflicts.

A merge keeps the newer version of a record that was changed on two laptops and
sets the other aside (docs/merging.md). This lists the versions set aside and
what differs, and lets the organizer choose: keep the version in the file
("ours") or put the other one back ("theirs").
"""

from workshop_app.core import errors
from workshop_app.core.backups import make_backup
from workshop_app.core.merge import conflicts, resolve_conflict
from workshop_app.core.schema import TABLES
from workshop_app.core.store import WorkshopFile
from workshop_app.core.terminal import one_line, say

#: What a row of each table is called in the listing.
RECORD = {
    "series": "the series",
    "perspectives": "perspective",
    "workshops": "workshop",
    "questions": "question",
    "themes": "theme",
    "notes": "note",
    "vote_rounds": "voting round",
    "votes": "vote",
    "examples": "good example",
    "lessons": "lesson",
    "settings": "setting",
}
#: Columns that say what a row is, in order of preference.
LABEL_COLUMNS = ("title", "text", "name", "expert", "key")
#: Columns every row has and that are not part of what was written.
BOOKKEEPING = {"id", "created_at", "updated_at"}


def register(sub) -> None:
    p = sub.add_parser(
        "conflicts",
        help="list the conflicts a merge set aside, or settle them with --keep",
        description=(
            "Without --keep: list the conflicts waiting for a choice (id, what differs, "
            "where the other version came from). With --keep ours: keep the version in "
            "the file; --keep theirs: put the version that was set aside back."
        ),
    )
    p.add_argument("file", help="the workshop file that was merged into")
    p.add_argument(
        "--keep",
        nargs="+",
        metavar=("ours|theirs", "ID"),
        help="settle the conflicts with these ids (as listed; the first 8 characters do): "
        "ours = keep the version in the file now, theirs = put the version set aside back",
    )
    p.set_defaults(run=run)


def run(args) -> int:
    keep, ids = (args.keep[0], args.keep[1:]) if args.keep else (None, [])
    if keep is not None and keep not in ("ours", "theirs"):
        raise errors.InvalidValue(
            "Say which version to keep: --keep ours ID... or --keep theirs ID..."
        )
    if keep and not ids:
        raise errors.InvalidValue(
            "Give the ids of the conflicts to settle (listed without --keep)."
        )
    with WorkshopFile.open(args.file, readonly=keep is None) as wf:
        waiting = conflicts(wf)
        if keep:
            return settle(wf, waiting, ids, keep)
        if not waiting:
            say(f"{args.file}: no conflicts wait for a choice.")
            return 0
        say(f"{args.file}: {len(waiting)} conflict(s) wait for a choice.")
        for c in waiting:
            say()
            say("\n".join(describe(wf, c)))
        say()
        command = f"workshop-app conflicts {args.file} --keep"
        say(f"Keep the version in the file:  {command} ours ID...")
        say(f"Put the other version back:    {command} theirs ID...")
    return 0


def settle(wf: WorkshopFile, waiting: list[dict], ids: list[str], keep: str) -> int:
    """Settle the chosen conflicts, all of them or (on an unknown id) none."""
    chosen = [find(waiting, given) for given in ids]
    make_backup(wf, "before-conflicts")
    with wf.transaction():
        for c in chosen:
            resolve_conflict(wf, c["id"], keep=keep)
    for c in chosen:
        what = f"{RECORD.get(c['table'], c['table'])} {label(c['ours'] or c['theirs'])}".strip()
        if keep == "ours":
            say(f"{c['id']}: kept the version in the file of {what}.")
        else:
            say(f"{c['id']}: put back the version from {one_line(c['theirs_from'])} of {what}.")
    left = len(waiting) - len({c["id"] for c in chosen})
    say(f"{left} conflict(s) still wait for a choice.")
    return 0


def find(waiting: list[dict], given: str) -> dict:
    """The waiting conflict with this id, or the only one whose id starts with it."""
    given = given.strip().lower()
    exact = [c for c in waiting if c["id"].lower() == given]
    matches = exact or [c for c in waiting if len(given) >= 4 and c["id"].lower().startswith(given)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise errors.InvalidValue(f"Several conflicts start with {given}; give more of the id.")
    raise errors.InvalidValue(
        f"No conflict waiting for a choice has the id {given} "
        "(list them with: workshop-app conflicts FILE)."
    )


def describe(wf: WorkshopFile, c: dict) -> list[str]:
    """The conflict in plain words: the record, where the other version came from, what differs."""
    ours, theirs = c["ours"] or {}, c["theirs"] or {}
    record = RECORD.get(c["table"], c["table"])
    when = c["detected_at"][:16].replace("T", " ")
    source = one_line(c["source_file"] or "")
    merged = f"merge of {source}" if source and source != c["theirs_from"] else "merged"
    lines = [
        f"{c['id']}  {record} {label(ours or theirs)}".rstrip(),
        f"    set aside: the version from {one_line(c['theirs_from'])} ({merged} {when} UTC)",
    ]
    differs = [
        column
        for column in sorted(set(ours) | set(theirs), key=_column_order(c["table"]))
        if column not in BOOKKEEPING and ours.get(column) != theirs.get(column)
    ]
    if not c["ours"]:
        lines.append("    the record is no longer in the file")
    for column in differs:
        if column == "deleted_at":
            mine = "removed" if ours.get(column) else "kept"
            other = "removed" if theirs.get(column) else "kept"
            lines.append(f"    in the file it is {mine}; in the other version it is {other}")
            continue
        name = column.removesuffix("_id").replace("_", " ")
        lines.append(f"    {name}:")
        lines.append(f"      in the file:   {value(wf, c['table'], column, ours.get(column))}")
        lines.append(f"      other version: {value(wf, c['table'], column, theirs.get(column))}")
    if not differs and c["ours"]:
        lines.append("    only the time of the last change differs")
    return lines


def _column_order(table: str):
    columns = list(TABLES[table].columns) if table in TABLES else []
    return lambda column: (columns.index(column) if column in columns else len(columns), column)


def label(row: dict | None) -> str:
    for column in LABEL_COLUMNS:
        if row and row.get(column):
            return f'"{_short(str(row[column]))}"'
    return ""


def value(wf: WorkshopFile, table: str, column: str, v: object) -> str:
    """A value as the organizer knows it: the title of a referenced row, not its id."""
    if v is None or v == "":
        return "(empty)"
    parent = TABLES[table].foreign_keys.get(column) if table in TABLES else None
    if parent:
        row = wf.get(parent, v)
        return f"{RECORD.get(parent, parent)} {label(row)}".strip() if row else f"(missing {v})"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return "; ".join(_short(str(item)) for item in v) or "(empty)"
    if isinstance(v, str):
        return f'"{_short(v, 200)}"'
    return str(v)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
