"""`workshop-app privacy FILE [--redact]`: personal data in the series' words, and its redaction.

Lists every e-mail address, phone number, personal identity or coordination number
and person name the review finds in the free-text fields (docs/privacy.md says what
it finds and misses). `--redact` replaces them with markers ("[namn]", "[e-post]"
...) after a backup of the file as it was, in one transaction.
"""

from __future__ import annotations

from collections import Counter

from workshop_app.core import privacy
from workshop_app.core.backups import make_backup
from workshop_app.core.store import WorkshopFile
from workshop_app.core.terminal import one_line, say

KIND_NAMES = {
    privacy.NAME: ("name", "names"),
    privacy.EMAIL: ("e-mail address", "e-mail addresses"),
    privacy.PHONE: ("phone number", "phone numbers"),
    privacy.PERSONAL_NUMBER: ("personal identity number", "personal identity numbers"),
}
#: Characters of context shown on each side of a finding.
CONTEXT = 30


def register(sub) -> None:
    p = sub.add_parser(
        "privacy",
        help="list personal data (names, e-mail, phone and personal identity numbers) "
        "in a series; exit code 1 when some is found",
        description=(
            "Review every free-text field of FILE (notes, quotes, themes, syntheses, "
            "intro, examples, lessons) for personal data. Offline; see docs/privacy.md."
        ),
    )
    p.add_argument("file", help="the workshop file")
    p.add_argument(
        "--redact",
        action="store_true",
        help="replace every finding with a marker such as [namn] or [e-post] "
        "(a backup of the file is made first)",
    )
    p.add_argument(
        "--keep",
        metavar="TEXT",
        action="append",
        default=[],
        help="leave this text alone (e.g. a facilitator's own name); may be repeated",
    )
    p.set_defaults(run=run)


def count_phrase(findings: list[privacy.Finding]) -> str:
    counts = Counter(f.kind for f in findings)
    parts = []
    for kind in privacy.KINDS:
        if counts[kind]:
            one, many = KIND_NAMES[kind]
            parts.append(f"{counts[kind]} {one if counts[kind] == 1 else many}")
    return ", ".join(parts)


def excerpt(value: str, finding: privacy.Finding) -> str:
    """The finding in its surroundings, marked »like this«, on one safe line."""
    before, found, after = privacy.excerpt(value, finding, CONTEXT)
    return one_line(f"{before}»{found}«{after}")


def field_value(wf: WorkshopFile, finding: privacy.Finding) -> str:
    row = wf.series() if finding.table == "series" else wf.get(finding.table, finding.row_id)
    return privacy.field_text(row, finding)


def run(args) -> int:
    with WorkshopFile.open(args.file, readonly=not args.redact) as wf:
        findings = privacy.review(wf, keep=args.keep)
        for f in findings:
            kind = KIND_NAMES[f.kind][0]
            say(f"{f.where}  {one_line(f.row_id)}  {kind}: {excerpt(field_value(wf, f), f)}")
        rows = len({(f.table, f.row_id) for f in findings})
        if not findings:
            say(f"{one_line(args.file)}: no personal data found.")
            return 0
        say(f"{len(findings)} finding(s) in {rows} row(s): {count_phrase(findings)}.")
        if not args.redact:
            say("Redact them all with --redact (keep a text with --keep TEXT).")
            return 1
        backup = make_backup(wf, "before-redact")
        privacy.redact(wf, findings)
        left = privacy.review(wf, keep=args.keep)
    say(
        f"Redacted {len(findings)} finding(s). The file as it was is kept as a backup:\n"
        f"  {one_line(str(backup.path))}\n"
        "Restore it with `workshop-app restore BACKUP FILE`; delete the backup "
        "once the redaction is published (it still holds the personal data)."
    )
    return 1 if left else 0
