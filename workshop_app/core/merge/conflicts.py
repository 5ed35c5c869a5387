"""The versions a merge set aside, and settling them (keep ours, or put theirs back)."""

from __future__ import annotations

import json

from workshop_app.core import errors
from workshop_app.core.changes import Changes
from workshop_app.core.merge.merging import MERGED, version_hash
from workshop_app.core.store import WorkshopFile


def _set_aside(row: dict) -> dict:
    """The version a conflict holds; refused in plain words unless it is one a merge wrote
    (a file changed elsewhere may name any table, even SQL, and hold anything)."""
    try:
        version = json.loads(row["version"])
    except (TypeError, ValueError):
        version = None
    if row["table_name"] not in MERGED or not isinstance(version, dict):
        raise errors.CorruptFile(
            f"conflicts row {str(row['id'])[:40]!r} is not one a merge writes: the file "
            "was changed outside Samla."
        )
    return version


def conflicts(wf: WorkshopFile, *, include_resolved: bool = False) -> list[dict]:
    """Conflicts for the organizer: the kept version (`ours`) beside the other (`theirs`)."""
    out = []
    for row in wf.merge_conflicts(include_resolved=include_resolved):
        theirs = _set_aside(row)
        out.append(
            {
                "id": row["id"],
                "table": row["table_name"],
                "row_id": row["row_id"],
                "ours": wf.get(row["table_name"], row["row_id"]),
                "theirs": theirs,
                "theirs_from": row["version_from"],
                "source_file": row["source_file"],
                "detected_at": row["detected_at"],
                "resolved_at": row["resolved_at"],
                "resolution": row["resolution"],
            }
        )
    return out


def resolve_conflict(wf: WorkshopFile, conflict_id: str, keep: str = "ours") -> Changes:
    """Settle a conflict: keep the version in the file ("ours"), or put the other one back.

    Keeping "theirs" writes that version with a new update time (so later merges keep
    it) and keeps the replaced version as a settled conflict.
    """
    if keep not in ("ours", "theirs"):
        raise ValueError(keep)
    found = [c for c in wf.merge_conflicts(include_resolved=True) if c["id"] == conflict_id]
    if not found:
        raise errors.InvalidValue(f"No conflict {conflict_id}")
    c = found[0]
    if c["resolved_at"] is not None:
        raise errors.InvalidValue("This conflict is already settled.")
    with wf.transaction():
        changes = Changes()
        replaced = None
        if keep == "theirs":
            table, row_id = c["table_name"], c["row_id"]
            current = wf.get(table, row_id)
            if current is not None and current.get("erased_at"):
                raise errors.InvalidValue("The note was erased; its other version cannot return.")
            version = {
                **_set_aside(c),
                "id": row_id,
                "created_at": current["created_at"],
                "updated_at": wf.now(),
            }
            changes = wf.put_rows(table, [version])
            replaced = {
                "table": table,
                "row_id": row_id,
                "version": current,
                "version_hash": version_hash(table, current),
                "version_from": wf.path.name,
                "merge_id": c["merge_id"],
            }
        changes += wf.settle_conflict(conflict_id, keep, replaced)
    return changes
