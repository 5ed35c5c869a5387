"""What a note may be, wherever it is typed (participant mode, the Write step). No Qt.

Imports and merges keep notes as they come; these rules are for new input.
"""

from __future__ import annotations

import unicodedata

from workshop_app.core import errors

#: Longest note one can type in (characters).
NOTE_LIMIT = 500


class EmptyNote(errors.InvalidValue):
    """A note with nothing but blank space."""


class NoteTooLong(errors.InvalidValue):
    """A note longer than the limit."""


def has_visible_text(text: str) -> bool:
    """Whether `text` shows anything: not only blank space and invisible format
    characters (zero-width space and joiners, direction marks, BOM)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc") for ch in text)


def clean_note(text: str, limit: int = NOTE_LIMIT) -> str:
    """The note as stored: surrounding blank space removed, inside kept exactly.
    A note that would show nothing (only blank space or zero-width characters) is refused."""
    text = text.strip()
    if not has_visible_text(text):
        raise EmptyNote("Write something first.")
    if len(text) > limit:
        raise NoteTooLong(f"A note can have at most {limit} characters.")
    return text
