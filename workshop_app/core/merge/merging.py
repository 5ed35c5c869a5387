"""Comparing a checked source with the target and writing the result, in one transaction.

Rules (docs/merging.md):

- Rows are the same record when they have the same id. Perspectives with the same name
  and questions with the same text under the same perspective are the same record too
  even when their ids differ (names compared after Unicode normalisation, ignoring case
  and spacing): the source's ids are mapped to the target's everywhere, and the mapping
  is kept (`id_map`) so merging again finds the same rows. Where only such a cosmetic
  variant differs, the target's wording stays and no conflict is made.
- The target's series row is kept.
- When a record differs, the version changed last wins (times compared as instants; a
  tie goes to the version whose content sorts last, so every laptop decides the same).
  The losing version is kept in `conflicts` unless it is the version an earlier merge
  brought in (nothing was lost then).
- An erased note (a tombstone, `erased_at` set) is never brought back: a tombstone from
  either side wins, and no version of the erased text is kept anywhere.
- The comparison is made inside the write transaction, so an edit another program makes
  while the merge is being prepared is compared too, never overwritten unseen.
- A backup of the target is made before anything is written.
- Where each merged row came from is kept in `origins` (with `merges`: the source's
  name, its series, when).
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from workshop_app.core import errors, validation
from workshop_app.core.changes import Changes
from workshop_app.core.document import TABLES_IN_ORDER
from workshop_app.core.merge.source import Source, _refuse, read_source
from workshop_app.core.schema import TABLES
from workshop_app.core.store import WorkshopFile, new_id
from workshop_app.core.terminal import one_line

Progress = Callable[[int, int, str], None]
#: Tables a merge brings in, parents before children.
MERGED = TABLES_IN_ORDER


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class MergeReport:
    """What one merge did: counts per table, conflicts, and the changed rows."""

    source: str
    source_series_id: str
    source_title: str
    counts: dict[str, TableCounts] = field(default_factory=dict)
    #: Perspectives and questions recognised by name or text although their ids differ.
    matched: dict[str, int] = field(default_factory=dict)
    #: New conflicts: table, row_id, the version not kept, where it came from.
    conflicts: list[dict] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    #: Id of the `merges` row; None when nothing changed (then nothing was written).
    merge_id: str | None = None
    #: What the reader had to say (fields it did not know, ...).
    warnings: list[str] = field(default_factory=list)
    #: Notes whose text a tombstone from the source erased here.
    erased: int = 0

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.counts.values())

    @property
    def changed(self) -> bool:
        return self.merge_id is not None

    def lines(self) -> list[str]:
        """A plain-words summary, one line per table that has rows."""
        out = [
            f"{one_line(self.source)} ({one_line(self.source_title) or 'untitled'}): "
            f"{self.total('added')} added, {self.total('updated')} updated, "
            f"{self.total('unchanged')} unchanged, {self.total('conflicts')} conflicts"
        ]
        for table, c in self.counts.items():
            if c.added or c.updated or c.unchanged or c.conflicts:
                out.append(
                    f"  {table:<12} {c.added:>6} added {c.updated:>6} updated "
                    f"{c.unchanged:>6} unchanged {c.conflicts:>4} conflicts"
                )
        for table, n in self.matched.items():
            if n:
                out.append(
                    f"  {n} {table} recognised by {'name' if table == 'perspectives' else 'text'}"
                )
        if self.erased:
            out.append(f"  {self.erased} notes erased, as they were on the other laptop")
        return out


def match_key(text: str | None) -> str:
    """What two names must share to be the same: NFC, case and spacing aside."""
    folded = unicodedata.normalize("NFC", " ".join((text or "").split())).casefold()
    return unicodedata.normalize("NFC", folded)


def _payload(table: str, row: dict) -> list:
    return [row.get(c) for c in TABLES[table].columns] + [row["updated_at"], row["deleted_at"]]


def _canon(table: str, row: dict) -> str:
    return json.dumps(_payload(table, row), ensure_ascii=False, separators=(",", ":"))


def version_hash(table: str, row: dict) -> str:
    """Hash of one version of a row (its fields and update time, not its id)."""
    return hashlib.sha256(_canon(table, row).encode()).hexdigest()[:32]


def _same_content(table: str, a: dict, b: dict) -> bool:
    columns = TABLES[table].columns
    return all(a.get(c) == b.get(c) for c in columns) and a["deleted_at"] == b["deleted_at"]


def _believed(stamp: str, now: datetime) -> datetime:
    """When a version was changed, as far as it can be true: a time in the future (a wrong
    clock, here or on the other laptop) counts as the oldest, as the validator takes it."""
    when = validation.parse_time(stamp)
    return validation.EARLIEST if validation.is_future(when, now) else when


def _newer(table: str, theirs: dict, ours: dict, now: datetime) -> bool:
    """Whether `theirs` was changed after `ours` (instants; ties broken by content)."""
    return (_believed(theirs["updated_at"], now), _canon(table, theirs)) > (
        _believed(ours["updated_at"], now),
        _canon(table, ours),
    )


#: The field by which a recognised perspective or question is matched.
KEY_FIELD = {"perspectives": "name", "questions": "text"}


def _map_matched(
    table: str,
    source_rows: list[dict],
    target_rows: dict[str, dict],
    id_map: dict[tuple[str, str], str],
    key: Callable[[dict], object],
) -> dict[str, str]:
    """Map source ids of perspectives or questions onto the target's (id, id_map, then key)."""
    source_ids = {r["id"] for r in source_rows}
    claimed = source_ids & set(target_rows)
    order = sorted(
        target_rows.values(),
        key=lambda r: (
            r["deleted_at"] is not None,
            r.get("position") or 0,
            r["created_at"],
            r["id"],
        ),
    )
    by_key: dict[object, list[str]] = {}
    for row in order:
        by_key.setdefault(key(row), []).append(row["id"])
    mapping: dict[str, str] = {}
    for row in source_rows:
        sid = row["id"]
        if sid in target_rows:
            mapping[sid] = sid
            continue
        known = id_map.get((table, sid))
        if known in target_rows and known not in claimed:
            mapping[sid] = known
            claimed.add(known)
            continue
        for candidate in by_key.get(key(row), []):
            if candidate not in claimed:
                mapping[sid] = candidate
                claimed.add(candidate)
                break
        else:
            mapping[sid] = sid
    return mapping


@dataclass
class _Plan:
    """What a merge would write: rows per table, bookkeeping, and the report."""

    report: MergeReport
    puts: dict[str, list[dict]] = field(default_factory=dict)
    origins: list[tuple[str, str, str]] = field(default_factory=list)
    id_map: list[tuple[str, str, str]] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.puts or self.conflicts or self.id_map)


def _plan(target: WorkshopFile, source: Source, *, origins: bool = True) -> _Plan:
    """Compare the source with the target as it is now (call inside the write transaction).

    Without `origins`, only what would change is worked out (not the version hashes
    the bookkeeping keeps).
    """
    doc = source.rows
    book = target.merge_bookkeeping()
    report = MergeReport(
        source.name, doc["series"]["id"], doc["series"].get("title") or "", warnings=source.warnings
    )
    plan = _Plan(report)
    target_name = target.path.name
    now = target.clock()
    remap: dict[str, dict[str, str]] = {}
    for table in MERGED:
        existing = {r["id"]: r for r in target.rows(table, include_deleted=True)}
        rows = doc[table]
        if table in KEY_FIELD:
            if table == "perspectives":
                keyed = rows

                def key(r: dict) -> object:
                    return match_key(r["name"])

            else:
                keyed = [
                    {**r, "perspective_id": remap["perspectives"].get(r["perspective_id"])}
                    for r in rows
                ]

                def key(r: dict) -> object:
                    return (r["perspective_id"], match_key(r["text"]))

            remap[table] = _map_matched(table, keyed, existing, book.id_map, key)
            report.matched[table] = sum(1 for s, t in remap[table].items() if s != t)
            plan.id_map += [
                (table, s, t)
                for s, t in remap[table].items()
                if s != t and book.id_map.get((table, s)) != t
            ]
        counts = report.counts.setdefault(table, TableCounts())
        for source_row in rows:
            # A checked row stays valid when its references are mapped to the target's ids.
            row = validation.Checked(source_row)
            for column, parent in TABLES[table].foreign_keys.items():
                if parent in remap and row.get(column) is not None:
                    row[column] = remap[parent].get(row[column], row[column])
            if table in remap:
                row["id"] = remap[table][row["id"]]
            ours = existing.get(row["id"])
            if ours is None:
                counts.added += 1
                plan.puts.setdefault(table, []).append(row)
                continue
            row["created_at"] = ours["created_at"]
            recognised = row["id"] != source_row["id"]
            if recognised:  # a cosmetic variant of the name: the target's wording stays
                key_field = KEY_FIELD[table]
                if match_key(row[key_field]) == match_key(ours[key_field]):
                    row[key_field] = ours[key_field]
            if _same_content(table, row, ours):
                counts.unchanged += 1
                continue
            if table == "notes" and (ours.get("erased_at") or row.get("erased_at")):
                if ours.get("erased_at"):
                    counts.unchanged += 1  # erased here: nothing of the other version is kept
                else:
                    counts.updated += 1
                    plan.puts.setdefault(table, []).append(row)
                    plan.erased.append(row["id"])
                continue
            theirs_wins = _newer(table, row, ours, now)
            loser, loser_from = (ours, target_name) if theirs_wins else (row, source.name)
            lost = version_hash(table, loser)
            if (
                lost != book.origins.get((table, row["id"]))
                and (table, row["id"], lost) not in book.conflicts
            ):
                book.conflicts.add((table, row["id"], lost))
                counts.conflicts += 1
                plan.conflicts.append(
                    {
                        "table": table,
                        "row_id": row["id"],
                        "version": loser,
                        "version_hash": lost,
                        "version_from": loser_from,
                    }
                )
            if theirs_wins:
                counts.updated += 1
                plan.puts.setdefault(table, []).append(row)
            else:
                counts.unchanged += 1
    if origins:
        for table, rows in plan.puts.items():
            plan.origins += [(table, r["id"], version_hash(table, r)) for r in rows]
    return plan


def _same_file(a: Path, b: Path) -> bool:
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def merge_into(
    target: WorkshopFile,
    source: str | os.PathLike | dict,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge a workshop file or interchange document into `target`, in one transaction.

    `progress(done, total, what)` is called between steps; raising from it cancels the
    merge (nothing is written).
    """
    from workshop_app.core.backups import make_backup

    report_progress = progress or (lambda done, total, what: None)
    total = 4
    report_progress(0, total, "checking")
    if target.readonly:
        raise errors.ReadOnlyFile(f"{target.path.name} is open read-only.")
    if not isinstance(source, dict) and _same_file(Path(source), target.path):
        raise _refuse(Path(source).name, "it is the file it would be merged into")
    checked = read_source(source, target.clock())
    report_progress(1, total, "comparing")
    first = _plan(target, checked, origins=False)
    if first.empty:
        report_progress(total, total, "done")
        return first.report
    make_backup(target, "before-merge")
    report_progress(2, total, "writing")
    with target.transaction():
        plan = _plan(target, checked)  # again, under the write lock: what is there now
        report = plan.report
        if not plan.empty:
            changes = Changes()
            for table in MERGED:
                if table in plan.puts:
                    changes += target.put_rows(table, plan.puts[table])
            merge_id = new_id()
            changes += target.record_merge(
                {
                    "id": merge_id,
                    "source_file": checked.name,
                    "source_series_id": report.source_series_id,
                    "source_title": report.source_title,
                    "added": report.total("added"),
                    "updated": report.total("updated"),
                    "conflicts": report.total("conflicts"),
                },
                plan.origins,
                plan.id_map,
                plan.conflicts,
            )
            if plan.erased:
                target.forget_erased(plan.erased)
            report.changes = changes
            report.conflicts = plan.conflicts
            report.merge_id = merge_id
            report.erased = len(plan.erased)
        # Last call inside the transaction: a cancel raised from here still rolls back, so
        # "cancelled" never hides a merge that was in fact written.
        report_progress(total, total, "done")
    if report.erased:
        target.purge_free_text()
    return report
