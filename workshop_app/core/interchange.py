"""The interchange format: a whole series as one JSON document (format "samla.series").

A tolerant reader, a strict writer (docs/interchange.md):

- reading parses strictly (no NaN or Infinity, no key twice, bounded nesting), checks
  the structure against the shipped JSON Schema (the minimum contract of version 1),
  fills absent optional fields with their documented defaults, names fields it does
  not know in warnings, and hands the rows to the one row validator (core/document.py);
- writing streams the file row by row with every field, keys in a fixed order, so the
  same file always gives the same bytes (and the whole document is never held twice).
"""

from __future__ import annotations

import functools
import json
import math
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from workshop_app import __version__
from workshop_app.core import document, errors, validation
from workshop_app.core.assets import read_json
from workshop_app.core.schema import NOTE_COLOURS, TABLES

FORMAT = "samla.series"
FORMAT_VERSION = 1
#: Tables carried by the document, parents before children.
EXPORTED = document.TABLES_IN_ORDER
#: Largest document read (bytes): far above any real series.
MAX_JSON_BYTES = 512 * 1024 * 1024
#: Top-level keys of version 1 (anything else is ignored with a warning).
TOP_LEVEL = ("format", "format_version", "exported_by", "series", *EXPORTED)
#: Ids of votes made from their content (documents may leave them out).
_VOTE_IDS = uuid.UUID("5b1f3a4e-9c1d-4c55-8f0e-7a2b6d9e4c31")


# ------------------------------------------------------------------ writing


def _finite(value: object) -> object:
    """JSON has no infinity or NaN. Such a number (never one Samla writes: the only real
    numbers are places on the board) is written as 0, "not placed yet"."""
    return 0.0 if isinstance(value, float) and not math.isfinite(value) else value


def _chunks(wf) -> Iterator[str]:
    """The document as text, row by row; equal to json.dumps(doc, indent=2) of the whole."""

    def dump(value: object, indent: str) -> str:
        if isinstance(value, dict):  # a file from elsewhere may hold infinite places
            value = {k: _finite(v) for k, v in value.items()}
        text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
        # Only "\n" separates json's own lines (strings never hold a raw newline; other
        # line breaks such as U+2028 are inside strings and must stay as they are).
        return text.replace("\n", "\n" + indent)

    series = {k: v for k, v in wf.series().items() if k != "deleted_at"}
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_by": f"Samla {__version__}",
        "series": series,
    }
    yield "{"
    first = True
    for key, value in head.items():
        yield ("" if first else ",") + f"\n  {json.dumps(key)}: {dump(value, '  ')}"
        first = False
    for table in EXPORTED:
        yield f',\n  "{table}": ['
        empty = True
        for row in wf.iter_rows(table):
            yield ("\n" if empty else ",\n") + "    " + dump(row, "    ")
            empty = False
        yield "]" if empty else "\n  ]"
    yield "\n}\n"


def write_json(wf, out) -> None:
    """Write the whole series, removed rows included, to a binary file object."""
    for chunk in _chunks(wf):
        out.write(chunk.encode("utf-8"))


def export_json(wf, target: str | os.PathLike) -> None:
    """The series as interchange JSON at `target` (a file, a device or pipe, or "-")."""
    from workshop_app.core.atomic import output

    with output(target, protect=[wf.path]) as out:
        write_json(wf, out)


def to_document(wf) -> dict:
    """The whole series as a JSON-ready dict (what `export_json` writes)."""
    return json.loads("".join(_chunks(wf)))


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ reading


@dataclass
class Document:
    """A document read and checked: rows by table, and what the reader had to say."""

    rows: dict
    warnings: list[str] = field(default_factory=list)


def _schema() -> dict:
    return read_json("schema", "series.schema.json")


def structural(schema: dict) -> dict:
    """The schema's structure: the objects, arrays and required fields, not the row values.

    The values of each row are the row validator's (core/validation.py), which holds at
    least every rule the schema states for them (types, ranges, forms, enums) and names
    a problem in plain words; checking them twice cost half of an import's time.
    """
    out = {k: v for k, v in schema.items() if k != "$defs"}
    out["$defs"] = {
        name: (
            {**spec, "properties": {key: {} for key in spec["properties"]}}
            if spec.get("type") == "object"
            else spec
        )
        for name, spec in schema["$defs"].items()
    }
    return out


@functools.cache
def _structure() -> Callable[[object], object]:
    """The schema's structure compiled by fastjsonschema (it names the first problem).

    The schema uses only keywords that draft 7 shares with 2020-12, so fastjsonschema
    (which knows drafts up to 7) compiles it as draft 7.
    """
    import fastjsonschema

    schema = structural(_schema())
    return fastjsonschema.compile({**schema, "$schema": "http://json-schema.org/draft-07/schema#"})


def _refuse_constant(name: str) -> object:
    raise errors.InvalidDocument(
        f"the document holds {name}, which is not a number JSON allows; nothing was imported"
    )


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise errors.InvalidDocument(
                f"the document gives the key {key!r} twice in one object; nothing was imported"
            )
        out[key] = value
    return out


def parse(text: str) -> object:
    """JSON text as Python values, strictly (module docstring)."""
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    except RecursionError:
        raise errors.InvalidDocument(
            "the document is nested too deeply to be a series; nothing was imported"
        ) from None
    except json.JSONDecodeError as exc:
        raise errors.InvalidDocument(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except ValueError:  # an integer of thousands of digits (Python's own limit)
        raise errors.InvalidDocument(
            "the document holds a number far too long to be a value of a series; "
            "nothing was imported"
        ) from None


def _structure_problem(doc: object) -> str | None:
    import fastjsonschema

    try:
        _structure()(doc)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = "/".join(str(p) for p in exc.path[1:]) or "the document"
        return f"at {where}: {exc.message.replace(exc.name, '', 1).strip() or 'invalid'}"
    except RecursionError:
        return "it is nested too deeply"
    return None


def _vote_id(series_id: str, index: int, vote: dict) -> str:
    key = "\x1f".join(
        str(vote.get(k)) for k in ("theme_id", "workshop_id", "round_id", "ballot", "count")
    )
    return str(uuid.uuid5(_VOTE_IDS, f"{series_id}\x1f{index}\x1f{key}"))


def _with_defaults(table: str, rows: list[dict], series_id: str, now: str) -> list[dict]:
    """Rows with every field: documented defaults where the document left one out."""
    spec = TABLES[table]
    out = []
    for index, row in enumerate(rows):
        full = {**spec.defaults, **row}
        if table == "votes" and "id" not in row:
            full["id"] = _vote_id(series_id, index, row)
        if table == "perspectives" and "colour" not in row:
            full["colour"] = NOTE_COLOURS[index % len(NOTE_COLOURS)]
        if spec.ordered_within is not None and "position" not in row:
            full["position"] = index
        for stamp in ("created_at", "updated_at"):
            full.setdefault(stamp, full.get("created_at") or now)
        full.setdefault("deleted_at", None)
        out.append(full)
    return out


def _unknown_fields(doc: dict) -> list[str]:
    warnings = [
        f"the document's field {key!r} is not part of format version 1 and was ignored"
        for key in doc
        if key not in TOP_LEVEL
    ]
    known_row = {
        table: {"id", *TABLES[table].columns, "created_at", "updated_at", "deleted_at"}
        for table in ("series", *EXPORTED)
    }
    for table in ("series", *EXPORTED):
        rows = [doc[table]] if table == "series" else doc.get(table, [])
        extra = sorted({key for row in rows for key in row if key not in known_row[table]})
        if extra:
            names = ", ".join(repr(k) for k in extra[:5])
            warnings.append(
                f"{table}: the field(s) {names} are not part of format version 1 and were ignored"
            )
    return warnings


def read(doc: object, name: str = "the document", now: datetime | None = None) -> Document:
    """A parsed document, checked and completed; raises `InvalidDocument` naming the problem."""
    from workshop_app.core.store import utc_now

    now = now or utc_now()
    if isinstance(doc, dict) and doc.get("format") == FORMAT:
        version = doc.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise errors.InvalidDocument(
                f"{name} is format version {version}; this Samla reads up to "
                f"{FORMAT_VERSION}. Update Samla to import it."
            )
    problem = _structure_problem(doc)
    if problem is not None:
        raise errors.InvalidDocument(f"Invalid series document {problem}")
    assert isinstance(doc, dict)
    warnings = _unknown_fields(doc)
    stamp = validation.format_time(now)
    series_id = doc["series"]["id"]
    rows = {"series": _with_defaults("series", [doc["series"]], series_id, stamp)[0]}
    for table in EXPORTED:
        rows[table] = _with_defaults(table, doc.get(table, []), series_id, stamp)
    try:
        checked = document.checked(rows, now)
    except errors.InvalidValue as exc:
        raise errors.InvalidDocument(f"Invalid series document: {exc}") from None
    return Document(checked, warnings)


def load(path: str | os.PathLike, now: datetime | None = None) -> Document:
    """Read and check a document from disk."""
    path = Path(path)
    if not path.is_file():
        raise errors.FileMissing(f"No such file: {path}")
    if path.stat().st_size > MAX_JSON_BYTES:
        raise errors.InvalidDocument(f"{path.name} is larger than {MAX_JSON_BYTES // 2**20} MB")
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark (Notepad) is fine
    except UnicodeDecodeError as exc:
        raise errors.InvalidDocument(f"{path.name} is not UTF-8 text: {exc.reason}") from None
    try:
        doc = parse(text)
    except errors.InvalidDocument as exc:
        raise errors.InvalidDocument(
            f"{path.name} is {exc}" if str(exc).startswith("not ") else f"{path.name}: {exc}"
        ) from None
    return read(doc, path.name, now)


def write_document(wf, rows: dict) -> None:
    """Write every row of a checked document into `wf`, in one transaction."""
    with wf.transaction():
        wf.put_rows("series", [rows["series"]])
        for table in EXPORTED:
            wf.put_rows(table, rows[table])


def import_json(
    source: str | os.PathLike, target: str | os.PathLike, warnings: list[str] | None = None
):
    """Create workshop file `target` from a document; all of it is valid or nothing is written.

    Returns the open file; what the reader had to say is added to `warnings`.
    """
    from workshop_app.core.store import WorkshopFile

    doc = load(source)
    target = Path(target)
    if target.exists():
        raise errors.AlreadyExists(f"{target} already exists; choose a new file name.")
    wf = WorkshopFile.create_filled(
        target,
        lambda wf: write_document(wf, doc.rows),
        series_id=doc.rows["series"]["id"],
        bulk=True,
    )
    if warnings is not None:
        warnings += doc.warnings
    return wf
