"""Merging another laptop's workshop file (or an interchange document) into an open one.

- `source.py` reads and checks what is merged (it is untrusted);
- `merging.py` compares it with the target and writes the result, in one transaction;
- `conflicts.py` lists the versions a merge set aside and settles them.

The rules are in docs/merging.md.
"""

from workshop_app.core.merge.conflicts import conflicts, resolve_conflict
from workshop_app.core.merge.merging import MergeReport, TableCounts, merge_into
from workshop_app.core.merge.source import SourceRefused, read_source

__all__ = [
    "MergeReport",
    "SourceRefused",
    "TableCounts",
    "conflicts",
    "merge_into",
    "read_source",
    "resolve_conflict",
]
