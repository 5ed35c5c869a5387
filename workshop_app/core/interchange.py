"""The interchange format: a whole series as one JSON document (format "samla.series").

The document is validated in full (JSON Schema in resources/schema, then ids and
references) before anything is written; importing is all-or-nothing.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from pathlib import Path

import fastjsonschema

from workshop_app import __version__
from workshop_app.core import errors
from workshop_app.core.assets import read_json
from workshop_app.core.atomic import atomic_path
from workshop_app.core.schema import TABLES
from workshop_app.core.store import WorkshopFile

FORMAT = "samla.series"
FORMAT_VERSION = 1
#: Tables carried by the document, parents before children.
EXPORTED = (
    "perspectives",
    "workshops",
    "questions",
    "themes",
    "notes",
    "vote_rounds",
    "votes",
    "examples",
    "lessons",
)


def to_document(wf: WorkshopFile) -> dict:
    """The whole series, removed rows included, as a JSON-ready dict."""
    series = {k: v for k, v in wf.series().items() if k != "deleted_at"}
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_by": f"Samla {__version__}",
        "series": series,
    }
    for table in EXPORTED:
        doc[table] = wf.rows(table, include_deleted=True)
    return doc


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def export_json(wf: WorkshopFile, out: str | os.PathLike) -> None:
    with atomic_path(out) as tmp:
        tmp.write_text(dumps(to_document(wf)), encoding="utf-8")


def _schema() -> dict:
    return read_json("schema", "series.schema.json")


@functools.cache
def _quick_check() -> Callable[[object], bool]:
    """The schema compiled by fastjsonschema: a fast yes/no for 10,000-note documents.

    jsonschema then names the problem precisely when the answer is no. The schema
    only uses keywords that draft 7 shares with 2020-12, so fastjsonschema (which
    knows drafts up to 7) compiles it as draft 7.
    """
    compiled = fastjsonschema.compile(
        {**_schema(), "$schema": "http://json-schema.org/draft-07/schema#"}
    )

    def check(doc: object) -> bool:
        try:
            compiled(doc)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return check


def _where(error) -> str:
    return "/".join(str(p) for p in error.absolute_path) or "the document"


def validate(doc: object) -> dict:
    """Check a parsed document; raise `InvalidDocument` naming the first problem."""
    if isinstance(doc, dict) and doc.get("format") == FORMAT:
        version = doc.get("format_version")
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise errors.InvalidDocument(
                f"The document is format version {version}; this Samla reads up to "
                f"{FORMAT_VERSION}. Update Samla to import it."
            )
    quick = _quick_check()
    if not quick(doc):
        # The full validator gives the verdict and names the problem precisely (imported
        # only here: it costs about 50 ms, which start-up need not pay).
        import jsonschema

        validator = jsonschema.Draft202012Validator(_schema())
        problem = jsonschema.exceptions.best_match(validator.iter_errors(doc))
    else:
        problem = None
    if problem is not None:
        raise errors.InvalidDocument(
            f"Invalid series document at {_where(problem)}: {problem.message}"
        )
    seen: dict[str, set[str]] = {}
    for table in EXPORTED:
        ids = [row["id"] for row in doc[table]]
        if len(ids) != len(set(ids)):
            raise errors.InvalidDocument(f"Invalid series document: duplicate id in {table}")
        seen[table] = set(ids)
    for table in EXPORTED:
        for index, row in enumerate(doc[table]):
            for column, parent in TABLES[table].foreign_keys.items():
                ref = row.get(column)
                if ref is not None and ref not in seen[parent]:
                    raise errors.InvalidDocument(
                        f"Invalid series document at {table}/{index}/{column}: "
                        f"no {parent} with id {ref!r}"
                    )
    return doc


def load(path: str | os.PathLike) -> dict:
    """Read and validate a document from disk."""
    path = Path(path)
    if not path.exists():
        raise errors.FileMissing(f"No such file: {path}")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise errors.InvalidDocument(f"{path.name} is not UTF-8 text: {exc.reason}") from exc
    except json.JSONDecodeError as exc:
        raise errors.InvalidDocument(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return validate(doc)


def write_document(wf: WorkshopFile, doc: dict) -> None:
    """Write every row of a validated document into `wf`, in one transaction."""
    with wf.transaction():
        wf.put_rows("series", [doc["series"]])
        for table in EXPORTED:
            wf.put_rows(table, doc[table])


def import_json(source: str | os.PathLike, target: str | os.PathLike) -> WorkshopFile:
    """Create workshop file `target` from a document; all of it is valid or nothing is written."""
    doc = load(source)
    target = Path(target)
    if target.exists():
        raise errors.AlreadyExists(f"{target} already exists; choose a new file name.")
    return WorkshopFile.create_filled(
        target, lambda wf: write_document(wf, doc), series_id=doc["series"]["id"]
    )
