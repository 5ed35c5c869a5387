"""What a mutation changed: returned by every call of the core API.

The GUI refreshes the views that show the touched tables, and its undo stack
keeps the `Changes` so `WorkshopFile.revert` / `WorkshopFile.reapply` can undo
and redo any action the same way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RowChange:
    table: str
    id: str
    #: The whole row before the change; None when the row was created.
    before: dict | None
    #: The whole row after the change.
    after: dict


@dataclass(frozen=True)
class Changes:
    rows: tuple[RowChange, ...] = ()

    @property
    def tables(self) -> set[str]:
        return {row.table for row in self.rows}

    def ids(self, table: str) -> list[str]:
        return [row.id for row in self.rows if row.table == table]

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __add__(self, other: Changes) -> Changes:
        return Changes(self.rows + other.rows)
