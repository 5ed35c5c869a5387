"""One participant's turn at the shared laptop (plain Python, no Qt).

The note rules (`clean_note`, `NOTE_LIMIT`) are in `workshop_app.core.notes`.
A turn remembers the ids of the notes added in it, and only those can be edited
or withdrawn (erased for good): any other id is refused, so nobody can reach another person's note
through participant mode. "Next person" starts a new turn and forgets the ids.
"""

from __future__ import annotations

from workshop_app.core import errors
from workshop_app.core.changes import Changes
from workshop_app.core.notes import NOTE_LIMIT, clean_note
from workshop_app.core.store import WorkshopFile

__all__ = ["NOTE_LIMIT", "NotInThisTurn", "Turn"]


class NotInThisTurn(errors.WorkshopFileError):
    """A note that was not written in the current turn."""


class Turn:
    """The notes one person wrote since they sat down; the only notes they may change."""

    def __init__(
        self,
        wf: WorkshopFile,
        *,
        perspective_id: str | None = None,
        limit: int = NOTE_LIMIT,
    ):
        self.wf = wf
        self.perspective_id = perspective_id
        self.limit = limit
        self._ids: list[str] = []

    @property
    def note_ids(self) -> list[str]:
        """Ids of this turn's notes, withdrawn ones included, oldest first."""
        return list(self._ids)

    def notes(self) -> list[dict]:
        """This turn's notes that are not withdrawn, oldest first."""
        found = (self.wf.get("notes", i) for i in self._ids)
        return [n for n in found if n is not None and n["deleted_at"] is None]

    def add(self, question_id: str, workshop_id: str, text: str) -> Changes:
        """Commit a note (durable when this returns) and remember it as this turn's."""
        changes = self.wf.add_note(
            question_id,
            workshop_id,
            clean_note(text, self.limit),
            perspective_id=self.perspective_id,
        )
        self._ids.append(changes.rows[0].id)
        return changes

    def _own(self, note_id: str) -> dict:
        note = self.wf.get("notes", note_id) if note_id in self._ids else None
        if note is None or note["deleted_at"] is not None:
            raise NotInThisTurn("Only your own notes from this turn can be changed.")
        return note

    def edit(self, note_id: str, text: str) -> Changes:
        self._own(note_id)
        return self.wf.update("notes", note_id, text=clean_note(text, self.limit))

    def withdraw(self, note_id: str) -> Changes:
        """Take a note back: its text is erased for good (from the table, the search
        index and the file's free space; `WorkshopFile.erase_notes`), not undoable, and
        no merge brings it back. What the participant takes back nobody reads."""
        self._own(note_id)
        return self.wf.erase_notes([note_id])
