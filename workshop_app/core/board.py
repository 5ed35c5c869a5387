"""What the board does to the file: filing notes, making, merging, splitting and dissolving
themes, marking quotes. No Qt: the board (gui/board/scene.py) decides where things go on
screen and calls these, each one action in one transaction, returning what changed.

Positions are top-left corners in board units (core/layout.py); `moves` maps a row id to
its new (x, y).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workshop_app.core import errors
from workshop_app.core.changes import Changes
from workshop_app.core.store import WorkshopFile

Moves = Mapping[str, tuple[float, float]]


def place(wf: WorkshopFile, table: str, moves: Moves) -> Changes:
    """Save where notes or theme frames are on the board."""
    with wf.transaction():
        changes = Changes()
        for key, (x, y) in (moves or {}).items():
            changes += wf.update(table, key, x=float(x), y=float(y))
        return changes


def file_notes(
    wf: WorkshopFile, note_ids: Iterable[str], theme_id: str | None, moves: Moves | None = None
) -> Changes:
    """Put notes into a theme (None: back among the unclustered) and where they now lie."""
    ids = list(note_ids)
    with wf.transaction():
        changes = wf.file_notes(ids, theme_id) if ids else Changes()
        return changes + place(wf, "notes", moves)


def new_theme(
    wf: WorkshopFile,
    question_id: str,
    title: str,
    origin: tuple[float, float],
    note_ids: Iterable[str] = (),
    moves: Moves | None = None,
) -> Changes:
    """A new theme at `origin` holding `note_ids`; the theme is `changes.rows[0]`."""
    ids = list(note_ids)
    with wf.transaction():
        changes = wf.add(
            "themes", question_id=question_id, title=title, x=float(origin[0]), y=float(origin[1])
        )
        if ids:
            changes += file_notes(wf, ids, changes.rows[0].id, moves)
        return changes


def theme_of(wf: WorkshopFile, note_ids: Iterable[str]) -> dict:
    """The one theme all these notes are in; refuses notes of several themes or of none."""
    themes = {(wf.get("notes", nid) or {}).get("theme_id") for nid in note_ids}
    if len(themes) != 1 or None in themes:
        raise errors.InvalidValue("Choose notes of one theme to split it.")
    theme = wf.get("themes", themes.pop())
    if theme is None or theme["deleted_at"] is not None:
        raise errors.InvalidValue("The theme of these notes is gone.")
    return theme


def split_theme(
    wf: WorkshopFile,
    note_ids: Iterable[str],
    title: str,
    origin: tuple[float, float],
    moves: Moves | None = None,
) -> Changes:
    """Notes of one theme become a new theme of their own (under the same question)."""
    ids = list(note_ids)
    with wf.transaction():
        source = theme_of(wf, ids)
        return new_theme(wf, source["question_id"], title, origin, ids, moves)


def merge_themes(
    wf: WorkshopFile, target_id: str, source_ids: Iterable[str], moves: Moves | None = None
) -> Changes:
    """Every note of the source themes into the target; the sources are removed."""
    with wf.transaction():
        return wf.merge_themes(target_id, list(source_ids)) + place(wf, "notes", moves)


def dissolve_themes(wf: WorkshopFile, theme_ids: Iterable[str]) -> Changes:
    """Remove themes; their notes go back among the unclustered."""
    with wf.transaction():
        changes = Changes()
        for theme_id in theme_ids:
            changes += wf.dissolve_theme(theme_id)
        return changes


def remove(wf: WorkshopFile, note_ids: Iterable[str], theme_ids: Iterable[str]) -> Changes:
    """Delete notes and themes (soft, undoable); a deleted theme's notes go back unclustered."""
    with wf.transaction():
        changes = Changes()
        for note_id in note_ids:
            changes += wf.delete("notes", note_id)
        return changes + dissolve_themes(wf, theme_ids)


def quoted_after_toggle(notes: Iterable[dict]) -> bool:
    """What "mark as quote" does to a selection: unmark when all are quotes, else mark all."""
    return not all(n.get("is_quote") for n in notes)


def set_quote(wf: WorkshopFile, note_ids: Iterable[str], value: bool) -> Changes:
    """Mark notes as quotes for the report (or unmark them)."""
    with wf.transaction():
        changes = Changes()
        for note_id in note_ids:
            changes += wf.update("notes", note_id, is_quote=value)
        return changes


def toggle_quote(wf: WorkshopFile, note_ids: Iterable[str]) -> Changes:
    """Unmark the notes when all of them are quotes, else mark all of them."""
    ids = list(note_ids)
    with wf.transaction():
        notes = [wf.get("notes", nid) or {} for nid in ids]
        return set_quote(wf, ids, quoted_after_toggle(notes))
