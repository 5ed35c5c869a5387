"""A public copy of a series for Datasette: live rows only, nothing about the laptop.

The copy is a new workshop file built by the same migrations as any other (so its
schema is exactly the expected one and it passes `check`), holding the series and
its live rows; rows whose parent was removed are left out with it. It has no
`settings` (where 0.1.0 kept the participant-mode PIN hash), no merge bookkeeping (it
names local files and machines; provenance stays as the series and each note's
workshop), no removed or withdrawn rows, and so no text of theirs: the deleted
rows are never written to it, its search index is rebuilt and the file is
VACUUMed. With `redact`, the privacy review's findings are replaced by markers in
the rows before they are written: the source file is not changed.

`metadata_for` describes the copy for Datasette (`--metadata metadata.json`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.core import errors, privacy
from workshop_app.core.document import TABLES_IN_ORDER
from workshop_app.core.schema import TABLES
from workshop_app.core.store import WorkshopFile

#: Tables copied, parents before children (the copy checks its foreign keys).
PUBLISHED = TABLES_IN_ORDER
#: Foreign keys a row cannot do without: without its parent the row is left out.
#: Any other foreign key is set to NULL when its parent is not published.
REQUIRED_PARENTS = {
    table: {col: ref for col, ref in spec.foreign_keys.items() if col in spec.required}
    for table, spec in TABLES.items()
}


@dataclass
class PublishReport:
    path: Path
    #: Rows written, by table.
    counts: dict[str, int] = field(default_factory=dict)
    #: Findings of the privacy review in what was published (redacted when `redacted`).
    findings: list[privacy.Finding] = field(default_factory=list)
    redacted: bool = False
    #: The series row as published (redacted when `redacted`): describe the copy by it.
    series: dict = field(default_factory=dict)


def _chosen_workshops(wf: WorkshopFile, workshop_ids: Iterable[str] | None) -> set[str]:
    live = {w["id"] for w in wf.workshops()}
    if workshop_ids is None:
        return live
    wanted = list(dict.fromkeys(workshop_ids))
    unknown = [w for w in wanted if w not in live]
    if unknown:
        raise errors.InvalidValue(f"No workshop {unknown[0]!r} in this series.")
    if not wanted:
        raise errors.InvalidValue("Choose at least one workshop to publish.")
    return set(wanted)


def public_rows(wf: WorkshopFile, workshop_ids: Iterable[str] | None = None) -> dict[str, list]:
    """The rows a public copy holds, by table: live ones whose required parents are published.

    With `workshop_ids`, only those workshops and their notes, vote rounds and votes;
    a theme whose notes all come from other workshops is left out, as in the report
    of those workshops (a theme without notes stays).
    """
    chosen = _chosen_workshops(wf, workshop_ids)
    subset = workshop_ids is not None
    out: dict[str, list] = {}
    kept: dict[str, set[str]] = {}
    all_notes = wf.notes() if subset else []
    for table in PUBLISHED:
        rows = [dict(r) for r in wf.rows(table)]
        if table == "workshops":
            rows = [r for r in rows if r["id"] in chosen]
        if table in ("notes", "vote_rounds", "votes"):
            rows = [r for r in rows if r["workshop_id"] in chosen]
        if table == "themes" and subset:
            members: dict[str, set[str]] = {}
            for n in all_notes:
                if n["theme_id"]:
                    members.setdefault(n["theme_id"], set()).add(n["workshop_id"])
            rows = [r for r in rows if not members.get(r["id"]) or members[r["id"]] & chosen]
        fks = TABLES[table].foreign_keys
        published = []
        for row in rows:
            required = REQUIRED_PARENTS[table]
            if any(row[col] not in kept.get(ref, set()) for col, ref in required.items()):
                continue
            if table == "votes" and row["round_id"] and row["round_id"] not in kept["vote_rounds"]:
                continue  # a vote of a removed round does not count
            for col, ref in fks.items():
                if col not in required and row[col] is not None and row[col] not in kept[ref]:
                    row[col] = None
            published.append(row)
        out[table] = published
        kept[table] = {r["id"] for r in published}
    return out


def write_public_copy(
    wf: WorkshopFile,
    out: str | os.PathLike,
    *,
    redact: bool = False,
    keep: Iterable[str] = (),
    workshop_ids: Iterable[str] | None = None,
) -> PublishReport:
    """Write the public copy of `wf` to `out`, a name not yet taken; `wf` is only read."""
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise errors.AlreadyExists(
            f"{out} already exists; choose another name (or delete the old copy first)."
        )
    series = dict(wf.series())
    rows = public_rows(wf, workshop_ids)
    language = privacy.series_language(wf)
    keep = list(keep)
    findings = privacy.find_in_row("series", series, language, keep)
    for table, table_rows in rows.items():
        for row in table_rows:
            findings += privacy.find_in_row(table, row, language, keep)
    if redact and findings:
        by_key = {("series", series["id"]): series}
        by_key.update({(t, r["id"]): r for t, rs in rows.items() for r in rs})
        for key, values in privacy.redacted_values(by_key, findings, language).items():
            by_key[key].update(values)
    report = PublishReport(out, findings=findings, redacted=redact, series=series)

    def fill(copy: WorkshopFile) -> None:
        copy.put_rows("series", [series])
        for table in PUBLISHED:
            copy.put_rows(table, rows[table])
            report.counts[table] = len(rows[table])

    # Built through the ordinary migrations beside `out` and moved into place whole
    # (WorkshopFile.create_filled); the deleted rows are never written to it.
    fields = {k: series[k] for k in TABLES["series"].columns}
    # Compacted before it is moved into place: no free pages, so nothing deleted survives.
    copy = WorkshopFile.create_filled(
        out, fill, clock=wf.clock, series_id=series["id"], compact=True, bulk=True, **fields
    )
    copy.close()
    return report


# --------------------------------------------------------------------------- metadata

_TEXT = {
    "sv": {
        "description": "Workshopserien {title}, publicerad med Samla: deltagarnas anteckningar, "
        "teman och röster. Borttagna och återkallade anteckningar finns inte med.",
        "series": "Serien: titel, underrubrik, organisation, mål, inledning.",
        "perspectives": "Perspektiv som frågorna ställs ur (t.ex. kommuner, regioner).",
        "workshops": "Workshoppar: titel, datum, plats, samtalsledare, antal deltagare.",
        "questions": "Frågorna deltagarna svarade på.",
        "themes": "Teman som anteckningarna samlades i, med sammanfattning och delade meningar.",
        "notes": "Deltagarnas anteckningar, en rad per lapp (is_quote = citat). Sök i text.",
        "vote_rounds": "Röstningsomgångar: antal prickar per person och största antal per tema.",
        "votes": "Röster på teman, per workshop och valsedel.",
        "examples": "Goda exempel med länkar.",
        "lessons": "Lärdomar från experter.",
        "bookkeeping": "Sammanslagningarnas bokföring; tom i en publicerad kopia.",
        "queries": {
            "notes_by_theme": ("Anteckningar per tema", "Varje anteckning med fråga och tema."),
            "themes_by_votes": ("Teman efter röster", "Teman med flest röster först."),
            "workshops": ("Workshoppar", "Varje workshop med antal anteckningar."),
            "search_notes": ("Sök anteckningar", "Anteckningar som innehåller orden i q."),
        },
    },
    "en": {
        "description": "The workshop series {title}, published with Samla: the participants' "
        "notes, themes and votes. Removed or withdrawn notes are not included.",
        "series": "The series: title, subtitle, organisation, goal, introduction.",
        "perspectives": "Perspectives the questions are asked from (e.g. municipalities).",
        "workshops": "Workshops: title, date, place, facilitator, number of participants.",
        "questions": "The questions participants answered.",
        "themes": "Themes the notes were clustered into, with syntheses and divided opinions.",
        "notes": "The participants' notes, one row per note (is_quote = a quote). Searchable.",
        "vote_rounds": "Voting rounds: dots per person and the most per theme.",
        "votes": "Votes on themes, per workshop and ballot.",
        "examples": "Good examples with links.",
        "lessons": "Lessons from experts.",
        "bookkeeping": "Merge bookkeeping; empty in a public copy.",
        "queries": {
            "notes_by_theme": ("Notes by theme", "Every note with its question and theme."),
            "themes_by_votes": ("Themes by votes", "Themes with the most votes first."),
            "workshops": ("Workshops", "Every workshop with its number of notes."),
            "search_notes": ("Search notes", "Notes containing the words in q."),
        },
    },
}

QUERIES = {
    "notes_by_theme": (
        "select question, theme, text, perspective, workshop, workshop_date, is_quote "
        "from notes_overview order by question, theme, workshop_date, created_at"
    ),
    "themes_by_votes": (
        "select question, title, perspective, synthesis, divided, divided_note, notes, votes "
        "from themes_overview order by question, votes desc, notes desc"
    ),
    "workshops": (
        "select title, date, place, facilitator, participants, notes "
        "from workshops_overview order by date, title"
    ),
    "search_notes": (
        "select o.text, o.question, o.theme, o.workshop, o.perspective "
        "from notes_fts join notes on notes.rowid = notes_fts.rowid "
        "join notes_overview o on o.id = notes.id "
        "where notes_fts match :q order by notes_fts.rank"
    ),
}

DEFAULT_LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


def metadata_for(
    series: dict,
    database: str,
    *,
    licence: str = DEFAULT_LICENCE[0],
    licence_url: str | None = DEFAULT_LICENCE[1],
    source: str | None = None,
    source_url: str | None = None,
) -> dict:
    """Datasette's metadata for one public copy served as `database` (its file's stem)."""
    language = series.get("language") if series.get("language") in _TEXT else "sv"
    text = _TEXT[language]
    title = series.get("title") or database
    subtitle = (series.get("subtitle") or "").strip()
    if subtitle and subtitle[-1] not in ".!?":
        subtitle += "."
    described = [subtitle, text["description"].format(title=title)]
    entry: dict = {
        "title": title,
        "description": " ".join(d for d in described if d),
        "license": licence,
        "source": source or series.get("organization") or "Samla",
        "tables": {t: {"description": text[t]} for t in ("series", *PUBLISHED)},
        "queries": {
            name: {
                "title": text["queries"][name][0],
                "description": text["queries"][name][1],
                "sql": sql,
            }  # fmt: skip
            for name, sql in QUERIES.items()
        },
    }
    if licence_url:
        entry["license_url"] = licence_url
    if source_url:
        entry["source_url"] = source_url
    entry["tables"]["notes"]["fts_table"] = "notes_fts"
    for table in ("settings", "merges", "origins", "id_map", "conflicts"):
        entry["tables"][table] = {"description": text["bookkeeping"], "hidden": True}
    return entry


def merged_metadata(
    existing: dict | None, database: str, entry: dict, site_title: str | None = None
) -> dict:
    """`existing` metadata with this database's entry added or replaced (others kept).

    With one database the site is described as that series; with several, as
    `site_title` (or the title it had, or "Samla"), each series under its own entry.
    """
    metadata = dict(existing or {})
    databases = dict(metadata.get("databases") or {})
    databases[database] = entry
    metadata["databases"] = databases
    if len(databases) == 1:
        for key in ("title", "description", "license", "license_url", "source", "source_url"):
            metadata.pop(key, None)
            if key in entry:
                metadata[key] = entry[key]
    else:
        titles = {d.get("title") for d in databases.values()}
        if site_title or metadata.get("title") in titles or not metadata.get("title"):
            metadata["title"] = site_title or "Samla"
        if metadata.get("description") in {d.get("description") for d in databases.values()}:
            metadata["description"] = ""
    if site_title:
        metadata["title"] = site_title
    return metadata
