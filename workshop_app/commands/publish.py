"""`workshop-app publish FILE OUT`: a public copy for Datasette, and its metadata.json.

The copy holds the live rows only: no settings (the PIN hash), no merge bookkeeping
(local paths), no removed or withdrawn notes, no free pages. `--redact` replaces
what the privacy review finds with markers in the copy only. docs/datasette.md
says how to serve it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from workshop_app.commands.export import _workshop_ids
from workshop_app.commands.privacy import count_phrase
from workshop_app.core import errors, publish
from workshop_app.core.atomic import output
from workshop_app.core.store import WorkshopFile, friendly_errors
from workshop_app.core.terminal import one_line, say


def register(sub) -> None:
    p = sub.add_parser(
        "publish",
        help="write a public copy of a series for Datasette (live rows only), with metadata.json",
        description=(
            "Write OUT, a new SQLite file holding the live rows of FILE and nothing about "
            "the laptop (no settings, no merge bookkeeping, no removed notes), and describe "
            "it for Datasette in a metadata.json beside it. FILE is not changed."
        ),
    )
    p.add_argument("file", help="the workshop file")
    p.add_argument("out", help="the public copy to write (e.g. public/series.db)")
    p.add_argument(
        "--redact",
        action="store_true",
        help="replace personal data the privacy review finds with markers, in the copy only",
    )
    p.add_argument(
        "--keep", metavar="TEXT", action="append", default=[], help="leave this text alone"
    )
    p.add_argument(
        "--workshops",
        metavar="ID,...",
        help="only these workshops (ids or exact titles, comma-separated); default: all",
    )
    p.add_argument(
        "--metadata",
        metavar="JSON",
        help="Datasette metadata to write or add this series to "
        "(default: metadata.json beside OUT; other series in it are kept)",
    )
    p.add_argument(
        "--licence", default=publish.DEFAULT_LICENCE[0], help="licence (default: CC BY 4.0)"
    )
    p.add_argument("--licence-url", default=None, help="link to the licence text")
    p.add_argument("--source", help="who publishes (default: the series' organization)")
    p.add_argument("--source-url", help="link to the source")
    p.add_argument("--site-title", help="title of the site when it serves several series")
    p.set_defaults(run=run)


def _read_metadata(path: Path) -> dict | None:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise errors.InvalidValue(
            f"{path} is not Datasette metadata that can be added to ({exc}); "
            "choose another file with --metadata."
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("databases", {}), dict):
        raise errors.InvalidValue(
            f"{path} is not Datasette metadata that can be added to; "
            "choose another file with --metadata."
        )
    return data


def run(args) -> int:
    out = Path(args.out)
    metadata_path = Path(args.metadata) if args.metadata else out.with_name("metadata.json")
    existing = _read_metadata(metadata_path)
    licence_url = args.licence_url
    if licence_url is None and args.licence == publish.DEFAULT_LICENCE[0]:
        licence_url = publish.DEFAULT_LICENCE[1]
    with WorkshopFile.open(args.file, readonly=True) as wf:
        ids = _workshop_ids(wf, args.workshops)
        report = publish.write_public_copy(
            wf,
            out,
            redact=args.redact,
            keep=args.keep,
            workshop_ids=ids,
        )
        entry = publish.metadata_for(
            report.series,
            out.stem,
            licence=args.licence,
            licence_url=licence_url,
            source=args.source,
            source_url=args.source_url,
        )
    metadata = publish.merged_metadata(existing, out.stem, entry, args.site_title)
    text = json.dumps(metadata, ensure_ascii=False, indent=2) + "\n"
    with friendly_errors(metadata_path), output(metadata_path) as fh:
        fh.write(text.encode("utf-8"))
    counts = report.counts
    say(
        f"Wrote {one_line(str(out))}: {counts['notes']} notes, {counts['themes']} themes, "
        f"{counts['workshops']} workshops."
    )
    say(f"Wrote {one_line(str(metadata_path))} (Datasette metadata).")
    if report.findings and report.redacted:
        say(f"Redacted in the copy: {count_phrase(report.findings)}. {args.file} is unchanged.")
    elif report.findings:
        say(
            f"workshop-app: warning: the copy holds personal data the review found "
            f"({count_phrase(report.findings)}); see `workshop-app privacy {args.file}`, "
            "or publish again with --redact.",
            file=sys.stderr,
        )
    say(
        "Serve it with:\n"
        f"  datasette serve --immutable '{one_line(out)}' --metadata '{one_line(metadata_path)}'"
    )
    return 0
