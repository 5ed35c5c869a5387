"""The board of one question: its notes and themes, and every clustering action.

The scene mirrors the file: items are made from rows and updated from the
`Changes` each action returns, never the other way round. Every user action is
one `session.do(...)` call (one undo step), running the core calls it needs in
one transaction.

Where things are is held by a `BoardLayout` (core/layout.py, no Qt): the scene
asks it for frames, free places and slots, plans each action's moves on it (so no
action leaves frames or cards on top of each other) and only then writes them.
A change costs what it touches: the notes and themes in its `Changes`, never a
pass over the whole board. A big board's cards are made in batches after its first
frame (the top-left first, where the view opens); an action finishes them first.

Positions: a note or theme whose stored position is unset (x == y == 0, as in a
fresh file or the demo) is placed automatically. Those automatic positions are
not written on their own; the first action that moves or files anything saves
them together with its own change, so the board reopens exactly as it was seen.
"""

from __future__ import annotations

import contextlib
import gc
from collections import deque
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from workshop_app.core import board, layout
from workshop_app.core.changes import Changes
from workshop_app.core.layout import CARD_H, CARD_W, MARGIN, TITLE_H, BoardLayout
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.board.items import FAR, BlocksItem, NoteItem, ThemeItem, title_font
from workshop_app.gui.session import Session

#: Where the automatic layout starts (kept off (0, 0), which means "unset").
ORIGIN = (40.0, 40.0)
_BOARD_TABLES = {"notes", "themes"}
_RELOAD_TABLES = {"perspectives", "workshops", "questions"}
#: Cards made before the board's first frame, and then in each idle moment.
FIRST_BATCH = 400
BATCH = 600
#: Stands for a theme an action is about to create, while its moves are planned.
NEW = "\x00new-theme"


def _unset(row: dict) -> bool:
    return not row.get("x") and not row.get("y")


def _qrect(r: layout.Rect) -> QRectF:
    return QRectF(r[0], r[1], r[2] - r[0], r[3] - r[1])


class BoardScene(QGraphicsScene):
    #: An item to edit inline: a ThemeItem (rename) or a NoteItem (edit text).
    edit_requested = Signal(object)
    #: The set of items changed after a reload or an action (the view may want to fit).
    reloaded = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.question_id: str | None = None
        #: The notes' items (a big board's are made in batches: see `finish_loading`).
        self.notes: dict[str, NoteItem] = {}
        self.themes: dict[str, ThemeItem] = {}
        self.layout = BoardLayout()
        #: Every live note of the board: where it is, its theme, workshop and perspective
        #: (`board.places`), and the whole rows read so far (a big board reads them in
        #: batches as it makes their cards).
        self.facts: dict[str, dict] = {}
        self.rows: dict[str, dict] = {}
        self._theme_rows: dict[str, dict] = {}
        self.workshop_filter: str | None = None
        self.perspective_filter: str | None = None
        self.query = ""
        self.matches: set[str] = set()
        #: The note whose most similar notes are highlighted ("Show similar"), or None.
        self.similar_to: str | None = None
        self._dimmed = False
        self._pressed: dict[QGraphicsItem, QPointF] = {}
        self._colours: dict[str, str] = {}
        #: Automatic places (of rows whose stored place is unset), kept across undo.
        self._auto: dict[tuple[str, str], layout.Point] = {}
        #: Those whose row is still unset: saved with the next action.
        self._unsaved: set[tuple[str, str]] = set()
        self._pending: deque[str] = deque()
        self._unprepared: list[NoteItem] = []
        self._selection_order: list[str] = []
        self._extent = QRectF()
        self.far = False
        self.blocks = BlocksItem(self.notes)
        self.loose_label: QGraphicsSimpleTextItem | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_some)
        self._restyle_queue: set[str] = set()
        self._restyle_timer = QTimer(self)
        self._restyle_timer.setInterval(0)
        self._restyle_timer.timeout.connect(self._restyle_some)
        self._graveyard: list[NoteItem] = []
        self._bury_timer = QTimer(self)
        self._bury_timer.setInterval(0)
        self._bury_timer.timeout.connect(self._bury_some)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_some)
        self.selectionChanged.connect(self._selection_changed)
        self.setBackgroundBrush(QColor("#FBFAF7"))

    # ------------------------------------------------------------------ loading

    @property
    def wf(self) -> WorkshopFile:
        return self.session.wf

    def load(self) -> None:
        """Rebuild the board for the session's current question."""
        self._build_timer.stop()
        self._prepare_timer.stop()
        self.clearSelection()
        self._tear_down()
        self.rows, self.facts, self._theme_rows = {}, {}, {}
        self._auto, self._unsaved = {}, set()
        self._pending, self._unprepared = deque(), []
        self._restyle_queue.clear()
        self._selection_order = []
        self.addItem(self.blocks)
        self.blocks.setVisible(self.far)
        self.loose_label = QGraphicsSimpleTextItem(self.tr("Unclustered notes"))
        self.loose_label.setFont(title_font())
        self.loose_label.setBrush(QColor("#6B675E"))
        self.loose_label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.loose_label.setVisible(False)
        self.addItem(self.loose_label)
        self.question_id = qid = self.session.question_id
        self.layout = BoardLayout()
        if qid is None:
            self._update_scene_rect(full=True)
            self.reloaded.emit()
            return
        self._colours = {p["id"]: p["colour"] for p in self.wf.perspectives()}
        theme_rows = self.wf.themes(qid)
        note_rows = board.places(self.wf, qid)
        self.facts = {row["id"]: row for row in note_rows}
        everything_unset = all(_unset(r) for r in note_rows) and all(_unset(r) for r in theme_rows)
        if everything_unset and (note_rows or theme_rows):
            self._tidy_unset(theme_rows, note_rows)
        origins = {r["id"]: self._place_of("themes", r) for r in theme_rows}
        notes = [
            (r["id"], self._place_of("notes", r), r["theme_id"])
            for r in note_rows
            if not _unset(r) or ("notes", r["id"]) in self._auto
        ]
        # A theme without a place yet starts at (0, 0) until `_place_new` finds it one.
        self.layout.load({t: o or (0.0, 0.0) for t, o in origins.items()}, notes)
        self._theme_rows = {row["id"]: row for row in theme_rows}
        self.matches, self._dimmed, self.similar_to = set(), False, None
        if self.query:
            self._run_search()
        self._place_new(
            [r["id"] for r in note_rows if ("notes", r["id"]) not in self._auto and _unset(r)],
            [r["id"] for r in theme_rows if origins[r["id"]] is None],
        )
        self._refresh_loose_label()
        # What is nearest the board's top-left corner first: the view opens there.
        cards, box = self.layout.cards, self.layout.content_box() or (0.0, 0.0, 0.0, 0.0)
        left, top = box[0], box[1]
        frames = {t: self.layout.frame(t) for t in self._theme_rows}
        queue = [(max(x - left, (y - top) * 1.8), "n", n) for n, (x, y) in cards.items()]
        queue += [(max(f[0] - left, (f[1] - top) * 1.8), "t", t) for t, f in frames.items()]
        queue.sort()
        self._pending = deque((kind, ident) for _, kind, ident in queue)
        self._build_some(FIRST_BATCH)
        self._update_scene_rect(full=True)
        self.reloaded.emit()

    def _tear_down(self) -> None:
        """Take the old board away. Its cards are hidden at once and removed in batches in
        idle moments: deleting 10,000 items in one go would freeze the window."""
        old = list(self.notes.values())
        self.notes.clear()
        for note in old:
            note.hide()
        self._graveyard += old
        if self._graveyard:
            self._bury_timer.start()
        for theme in self.themes.values():
            self.removeItem(theme.label)
            self.removeItem(theme)
        self.themes.clear()
        for item in (self.blocks, self.loose_label):
            if item is not None and shiboken6.isValid(item) and item.scene() is self:
                self.removeItem(item)
        self.loose_label = None

    def _bury_some(self) -> None:
        batch, self._graveyard = self._graveyard[:BATCH], self._graveyard[BATCH:]
        for note in batch:
            if note.scene() is self:
                self.removeItem(note)
        del batch
        if not self._graveyard:
            self._bury_timer.stop()

    def _place_of(self, table: str, row: dict) -> layout.Point | None:
        """Where a row is: its stored place, else its automatic one (None: not yet)."""
        if not _unset(row):
            return (row["x"], row["y"])
        return self._auto.get((table, row["id"]))

    def _tidy_unset(self, theme_rows: list[dict], note_rows: list[dict]) -> None:
        """A board where nothing has a place yet: a tidy layout for all of it."""
        by_theme: dict[str | None, list[str]] = {r["id"]: [] for r in theme_rows}
        by_theme[None] = []
        for row in sorted(note_rows, key=lambda r: (r["created_at"], r["id"])):
            by_theme[row["theme_id"] if row["theme_id"] in by_theme else None].append(row["id"])
        ordered = sorted(theme_rows, key=lambda t: (t.get("position") or 0, t["id"]))
        positions = layout.tidy(
            [(t["id"], by_theme[t["id"]]) for t in ordered], by_theme[None], ORIGIN
        )
        kinds = {r["id"]: "themes" for r in theme_rows}
        for key, xy in positions.items():
            table = kinds.get(key, "notes")
            self._auto[(table, key)] = xy
            self._unsaved.add((table, key))

    def _place_new(self, note_ids: list[str], theme_ids: list[str]) -> None:
        """Automatic places for rows without one: beside what is on the board."""
        for theme_id in theme_ids:
            if self.layout.members.get(theme_id):
                xy = self.layout.frame(theme_id)[:2]  # its notes have places: around them
            else:
                self.layout.remove_theme(theme_id)
                xy = self.layout.free_theme_origin(0)
            self._auto[("themes", theme_id)] = xy
            self._unsaved.add(("themes", theme_id))
            self.layout.set_theme(theme_id, xy)
            if theme_id in self.themes:
                self._refresh_theme(theme_id)
        by_theme: dict[str | None, list[str]] = {}
        for note_id in sorted(note_ids, key=lambda n: (self.facts[n]["created_at"], n)):
            theme_id = self.facts[note_id]["theme_id"]
            by_theme.setdefault(theme_id if theme_id in self.layout.origins else None, []).append(
                note_id
            )
        for theme_id, notes in sorted(by_theme.items(), key=lambda kv: kv[0] or ""):
            if theme_id is None:
                slots = self.layout.unclustered_slots(
                    len(notes), origin=(ORIGIN[0], ORIGIN[1] + TITLE_H)
                )
            else:
                slots = self.layout.theme_slots(theme_id, len(notes))
            for note_id, xy in zip(notes, slots, strict=True):
                self._auto[("notes", note_id)] = xy
                self._unsaved.add(("notes", note_id))
            self.layout.add_cards([(n, xy, theme_id) for n, xy in zip(notes, slots, strict=True)])

    def _build_some(self, count: int = BATCH) -> None:
        """Make the next `count` cards (in reading order) into items."""
        pending, rows = self._pending, self.rows
        batch = []
        while pending and len(batch) < count:
            kind, ident = pending.popleft()
            if kind == "t":
                if ident in self._theme_rows and ident not in self.themes:
                    self._add_theme(self._theme_rows[ident])
                    self._refresh_theme(ident)
            elif ident in self.facts and ident not in self.notes:
                batch.append(ident)
        unread = [n for n in batch if n not in rows]
        for row in board.notes_by_id(self.wf, unread) if unread else ():
            rows[row["id"]] = row
        made = 0
        for note_id in batch:
            if note_id in rows:
                self._make_note(rows[note_id])
                made += 1
        if pending:
            self._build_timer.start()
        else:
            self._build_timer.stop()
            if made or not self._prepare_timer.isActive():
                self._prepare_texts()
            self.layout.near((0.0, 0.0, 0.0, 0.0))  # the spatial index made, in idle time
            if made:
                # The board's items live as long as it is shown: out of the garbage
                # collector's full passes they stay short on a board of thousands of cards
                # (refcounting still frees them; they hold no reference cycles).
                gc.freeze()
        if made:
            self.blocks.invalidate()

    def finish_loading(self) -> None:
        """Make every card an item now (an action or a picture needs the whole board)."""
        if self._pending:
            self._build_some(len(self._pending))

    def _prepare_texts(self) -> None:
        """Lay out the notes' texts in idle moments, so panning meets them ready."""
        self._unprepared = list(self.notes.values())
        self._prepare_timer.start()

    def _prepare_some(self) -> None:
        batch, self._unprepared = self._unprepared[:200], self._unprepared[200:]
        for note in batch:
            if note.scene() is self:
                note.static_text()
        if not self._unprepared:
            self._prepare_timer.stop()

    def _add_theme(self, row: dict) -> ThemeItem:
        item = ThemeItem(row)
        self.themes[row["id"]] = item
        item.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not self.far)
        self.addItem(item)
        self.addItem(item.label)
        return item

    def _make_note(self, row: dict) -> NoteItem:
        item = NoteItem(row, self._colours.get(row.get("perspective_id")))
        if self.far:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.notes[row["id"]] = item
        x, y = self.layout.cards[row["id"]]
        item.setPos(x, y)
        self.addItem(item)
        if self.workshop_filter is not None or self.perspective_filter is not None:
            self._apply_filters([item])
        if self._dimmed:
            self._style(item)
        return item

    def _remove_note(self, note_id: str) -> None:
        self.rows.pop(note_id, None)
        self.facts.pop(note_id, None)
        self.matches.discard(note_id)
        self._unsaved.discard(("notes", note_id))
        self.layout.remove_note(note_id)
        item = self.notes.pop(note_id, None)
        if item is not None:
            self.removeItem(item)

    def _remove_theme(self, theme_id: str) -> None:
        self._unsaved.discard(("themes", theme_id))
        self._theme_rows.pop(theme_id, None)
        self.layout.remove_theme(theme_id)
        item = self.themes.pop(theme_id, None)
        if item is not None:
            self.removeItem(item.label)
            self.removeItem(item)
        if theme_id in self._selection_order:
            self._selection_order.remove(theme_id)

    def unsaved_places(self) -> set[str]:
        """Ids of notes and themes shown at an automatic place the file does not have yet
        (it is saved with the next action)."""
        return {key for _table, key in self._unsaved}

    def ordered_themes(self) -> list[ThemeItem]:
        self.finish_loading()
        return sorted(self.themes.values(), key=lambda t: (t.row.get("position") or 0, t.theme_id))

    def theme_members(self, theme_id: str) -> list[NoteItem]:
        """The notes of a theme that are items, in reading order of their place."""
        return [self.notes[n] for n in self.layout.ordered(theme_id) if n in self.notes]

    def members(self) -> dict[str | None, list[NoteItem]]:
        """Notes by theme id (None: unclustered), in reading order of their position."""
        self.finish_loading()
        return {
            key: [self.notes[n] for n in self.layout.ordered(key)] for key in self.layout.members
        }

    def board_rows(self) -> list[dict]:
        """Whole rows of every note on the board (read from the file where not read yet)."""
        unread = [n for n in self.facts if n not in self.rows]
        for row in board.notes_by_id(self.wf, unread) if unread else ():
            self.rows[row["id"]] = row
        return [self.rows[n] for n in self.facts if n in self.rows]

    def loose_rows(self) -> list[dict]:
        """Whole rows of the unclustered notes (read from the file where not read yet)."""
        loose = self.layout.ordered(None)
        unread = [n for n in loose if n not in self.rows]
        for row in board.notes_by_id(self.wf, unread) if unread else ():
            self.rows[row["id"]] = row
        return [self.rows[n] for n in loose if n in self.rows]

    # ------------------------------------------------------------- geometry

    def _refresh_theme(self, theme_id: str) -> None:
        theme = self.themes.get(theme_id)
        if theme is None:
            return
        theme.count = len(self.layout.members.get(theme_id, ()))
        theme.set_frame(_qrect(self.layout.frame(theme_id)))
        theme.update()

    def _refresh_loose_label(self) -> None:
        label = self.loose_label
        if label is None or not shiboken6.isValid(label):
            return
        box = self.layout.loose_box()
        label.setVisible(box is not None)
        if box is not None:
            label.setPos(box[0], box[1] - TITLE_H + 12)

    def _update_scene_rect(self, full: bool = False, touched: Iterable[layout.Rect] = ()) -> None:
        """The scene's extent: the whole board with room to pan past its edges. After a
        change it only grows (by what the change touched), so no pass over the board."""
        if full:
            box = self.layout.content_box()
            self._extent = _qrect(box) if box else QRectF(0, 0, 800, 600)
        else:
            extent = QRectF(self._extent)
            for r in touched:
                extent = extent.united(_qrect(r))
            if extent == self._extent:
                return
            self._extent = extent
        self.setSceneRect(self._extent.adjusted(-1500, -1500, 1500, 1500))
        self.blocks.set_rect(self.sceneRect())
        self.blocks.invalidate()

    def set_far(self, far: bool) -> None:
        """Zoomed far out: draw all notes as blocks in one go (see BlocksItem)."""
        if far == self.far:
            return
        self.far = far
        for note in self.notes.values():
            note.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, far)
        for theme in self.themes.values():
            theme.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not far)
        self.blocks.setVisible(far)
        self.blocks.invalidate()

    def _selection_changed(self) -> None:
        if not shiboken6.isValid(self.blocks):  # not while the scene is being torn down
            return
        self.blocks.invalidate()
        chosen = [i.theme_id for i in self.selectedItems() if isinstance(i, ThemeItem)]
        now = set(chosen)
        order = [t for t in self._selection_order if t in now]
        known = set(order)
        position = (
            {t.theme_id: k for k, t in enumerate(self.ordered_themes())} if now - known else {}
        )
        order += sorted(now - known, key=lambda t: position.get(t, 0))
        self._selection_order = order

    def set_far_for(self, scale: float) -> None:
        self.set_far(scale < FAR)

    def _shown(self, row: dict) -> bool:
        return (self.workshop_filter in (None, row.get("workshop_id"))) and (
            self.perspective_filter in (None, row.get("perspective_id"))
        )

    def board_rect(self) -> QRectF:
        """The bounding box of every visible note and theme, and the unclustered notes' title."""
        box = QRectF()
        for theme_id in self.layout.origins:
            box = box.united(_qrect(self.layout.frame(theme_id)))
        filtered = self.workshop_filter is not None or self.perspective_filter is not None
        if not filtered:
            loose = self.layout.loose_box()
            if loose:
                box = box.united(_qrect(loose))
        else:
            for note_id in self.layout.loose():
                if self._shown(self.facts[note_id]):
                    box = box.united(_qrect(self.layout.card(note_id)))
        label = self.loose_label
        if label is not None and label.isVisible():
            box = box.united(label.sceneBoundingRect())
        return box

    def free_theme_origin(self, count: int) -> tuple[float, float]:
        """Where a new theme of `count` notes goes: after the last theme, wrapping rows."""
        return self.layout.free_theme_origin(count)

    def theme_slots(self, theme: ThemeItem, count: int, exclude: Iterable[NoteItem] = ()):
        """Slots for `count` more notes in a theme: the first free cells of its grid."""
        return self.layout.theme_slots(theme.theme_id, count, {n.note_id for n in exclude})

    def unclustered_slots(self, count: int, exclude: Iterable[NoteItem] = ()):
        """Slots for `count` notes among the unclustered: free cells of their block."""
        return self.layout.unclustered_slots(
            count, {n.note_id for n in exclude}, origin=(ORIGIN[0], ORIGIN[1] + TITLE_H)
        )

    def theme_at(self, pos: QPointF, ignore: Iterable[ThemeItem] = ()) -> ThemeItem | None:
        skip = {t.theme_id for t in ignore}
        point = (pos.x(), pos.y(), pos.x() + 0.01, pos.y() + 0.01)
        hits = [
            self.themes[ident]
            for kind, ident in self.layout.near(point)
            if kind == "t" and ident not in skip and ident in self.themes
        ]
        # The smallest frame wins when frames overlap.
        return min(hits, key=lambda t: t.frame().width() * t.frame().height(), default=None)

    # ---------------------------------------------------------- file changes

    def apply_changes(self, changes: Changes) -> None:
        """Bring the board up to date with what an action, undo or redo changed: only the
        notes and themes in `changes`, and the frames they are in."""
        tables = changes.tables
        if tables & _RELOAD_TABLES:
            self.load()
            return
        if not tables & _BOARD_TABLES or self.question_id is None:
            return
        latest: dict[tuple[str, str], dict] = {}
        for row in changes.rows:
            if row.table in _BOARD_TABLES:
                latest[(row.table, row.id)] = row.after
        qid = self.question_id
        touched_themes: set[str | None] = set()
        touched_notes: list[str] = []
        unplaced_notes: list[str] = []
        unplaced_themes: list[str] = []
        # Themes first, so that notes filed in a new theme find it.
        for (table, row_id), row in sorted(latest.items(), key=lambda kv: kv[0][0] != "themes"):
            alive = row.get("deleted_at") is None and row.get("question_id") == qid
            if table == "themes":
                if not alive:
                    if row_id in self.layout.origins:
                        touched_themes.update([None] if self.layout.members.get(row_id) else [])
                        self._remove_theme(row_id)
                    continue
                self._theme_rows[row_id] = row
                item = self.themes.get(row_id) or self._add_theme(row)
                item.set_row(row)
                place = self._place_of("themes", row)
                if _unset(row) and place is not None:
                    self._unsaved.add(("themes", row_id))
                else:
                    self._unsaved.discard(("themes", row_id))
                if place is None:
                    unplaced_themes.append(row_id)  # placed below, once its notes are in
                self.layout.set_theme(row_id, place or (0.0, 0.0))
                touched_themes.add(row_id)
                continue
            old_theme = self.layout.theme_of.get(row_id, "-")
            if not alive:
                if row_id in self.facts:
                    touched_themes.add(old_theme)
                    self._remove_note(row_id)
                continue
            self.rows[row_id] = self.facts[row_id] = row
            item = self.notes.get(row_id)
            if item is not None:
                item.set_row(row)
            place = self._place_of("notes", row)
            if _unset(row) and place is not None:
                self._unsaved.add(("notes", row_id))
            else:
                self._unsaved.discard(("notes", row_id))
            if place is None:
                unplaced_notes.append(row_id)
                continue
            self.layout.set_note(row_id, place, row["theme_id"])
            touched_themes.update([old_theme, self.layout.theme_of[row_id]])
            touched_notes.append(row_id)
        if unplaced_notes or unplaced_themes:
            self._place_new(unplaced_notes, unplaced_themes)
            for note_id in unplaced_notes:
                touched_themes.add(self.layout.theme_of.get(note_id))
            touched_notes += unplaced_notes
            touched_themes.update(unplaced_themes)
        touched_rects = []
        for note_id in touched_notes:
            item = self.notes.get(note_id)
            if item is None:
                if note_id not in self._pending:
                    item = self._make_note(self.rows[note_id])
                else:
                    continue
            x, y = self.layout.cards[note_id]
            if item.x() != x or item.y() != y:
                item.setPos(x, y)
            touched_rects.append(self.layout.card(note_id))
        for theme_id in touched_themes:
            if theme_id in self.themes:
                self._refresh_theme(theme_id)
                touched_rects.append(self.layout.frame(theme_id))
        if None in touched_themes or "-" in touched_themes:
            self._refresh_loose_label()
        built = [self.notes[n] for n in touched_notes if n in self.notes]
        self._apply_filters(built)
        if self.query or self.similar_to is not None:
            self._run_search(touched=touched_notes)
        self._update_scene_rect(touched=touched_rects)
        self.blocks.invalidate()

    # ------------------------------------------------------- filters, search

    def set_filters(self, workshop_id: str | None, perspective_id: str | None) -> None:
        if (workshop_id, perspective_id) == (self.workshop_filter, self.perspective_filter):
            return
        self.workshop_filter = workshop_id
        self.perspective_filter = perspective_id
        self._apply_filters(self.notes.values())

    def _apply_filters(self, notes: Iterable[NoteItem]) -> None:
        for note in notes:
            shown = self._shown(note.row)
            if note.isVisible() != shown:
                note.setVisible(shown)
                if not shown:
                    note.setSelected(False)
        self.blocks.invalidate()

    def search(self, query: str) -> set[str]:
        """Highlight the notes matching `query` (full-text search of the file)."""
        query = query.strip()
        if query == self.query and self.similar_to is None:
            return self.matches
        self.query, self.similar_to = query, None
        self._run_search()
        return self.matches

    def highlight_similar(self, note_id: str, similar: list[str]) -> None:
        """ "Show similar": the note and the notes most like it stand out, the rest dim."""
        if note_id not in self.facts:
            return
        before, was_dim = self.matches, self._dimmed
        self.similar_to = note_id
        self.matches = ({note_id} | set(similar)) & self.facts.keys()
        self._dimmed = True
        self._restyle(list(self.notes) if not was_dim else before ^ self.matches)

    def clear_similar(self) -> None:
        """Back from "Show similar" to the search (if any)."""
        if self.similar_to is not None:
            self.similar_to = None
            self._run_search()

    def _run_search(self, touched: Iterable[str] = ()) -> None:
        """Ask the file's full-text index; restyle only the notes whose state changed."""
        if self.similar_to is not None:
            self._restyle(touched)  # new or changed notes get the highlight's look
            return
        before, was_dim = self.matches, self._dimmed
        found = set(self.wf.search_notes(self.query, self.question_id)) if self.query else set()
        self.matches = found & self.facts.keys()
        dim = bool(self.query)
        self._dimmed = dim
        if dim != was_dim:
            changed: Iterable[str] = list(self.notes)
        else:
            changed = (before ^ self.matches) | set(touched)
        self._restyle(changed)

    def _restyle(self, note_ids: Iterable[str]) -> None:
        """Show the search's state on these notes: the ones in view now, the others in
        batches between events (dimming 10,000 cards at once would freeze the window)."""
        ids = [n for n in note_ids if n in self.notes]
        if len(ids) > BATCH:
            views = self.views()
            seen = views[0].mapToScene(views[0].viewport().rect()).boundingRect() if views else None
            now = (
                {i.note_id for i in self.items(seen) if isinstance(i, NoteItem)} if seen else set()
            )
            self._restyle_queue.update(n for n in ids if n not in now)
            ids = [n for n in ids if n in now]
            self._restyle_timer.start()
        for note_id in ids:
            self._style(self.notes[note_id])
        self.blocks.invalidate()

    def _style(self, note: NoteItem) -> None:
        hit = note.note_id in self.matches
        note.set_matched(hit)
        note.setOpacity(0.35 if self._dimmed and not hit else 1.0)

    def _restyle_some(self) -> None:
        queue = self._restyle_queue
        for _ in range(min(BATCH * 3, len(queue))):
            note = self.notes.get(queue.pop())
            if note is not None:
                self._style(note)
        if not queue:
            self._restyle_timer.stop()
        self.blocks.invalidate()

    # ---------------------------------------------------------------- mouse

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        self._pressed = {}
        if event.button() == Qt.MouseButton.LeftButton:
            movable = [
                item
                for item in self.selectedItems()
                if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            ]
            for theme in [i for i in movable if isinstance(i, ThemeItem)]:
                self.finish_loading()
                theme._dragging = theme.members
                movable += theme._dragging
            self._pressed = {item: QPointF(item.pos()) for item in movable}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if self.far and self._pressed:
            self.blocks.invalidate()  # notes being dragged: show them where they are

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
        for item in pressed:
            if isinstance(item, ThemeItem):
                item._dragging = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        moved = [item for item, before in pressed.items() if item.pos() != before]
        if moved:
            self.drop(moved, event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        pos = event.scenePos()
        for item in self.items(pos):
            if isinstance(item, NoteItem) and item.isVisible():
                self.edit_requested.emit(item)
                return
            if isinstance(item, ThemeItem) and item.title_rect().contains(pos):
                self.edit_requested.emit(item)
                return
        super().mouseDoubleClickEvent(event)

    # --------------------------------------------------------------- actions

    def selected_notes(self) -> list[NoteItem]:
        return sorted(
            (i for i in self.selectedItems() if isinstance(i, NoteItem)),
            key=lambda n: (round(n.y()), round(n.x()), n.note_id),
        )

    def selected_themes(self) -> list[ThemeItem]:
        """The selected themes in the order they were selected (the first one clicked first)."""
        return [self.themes[t] for t in self._selection_order if t in self.themes]

    def _do(self, label: str, build: Callable[[WorkshopFile], Changes]) -> Changes | None:
        """One undoable action: `build` runs in one transaction, auto positions saved with it."""
        auto: dict[str, dict[str, layout.Point]] = {"notes": {}, "themes": {}}
        for table, key in self._unsaved:
            auto[table][key] = self._auto[(table, key)]

        def action(wf: WorkshopFile) -> Changes:
            with wf.transaction():
                placed = board.place(wf, "notes", auto["notes"]) + board.place(
                    wf, "themes", auto["themes"]
                )
                return placed + build(wf)

        result = self.session.do(label, action)
        if result is None:
            self.load()  # the file did not change: show it as it is
        return result

    @contextlib.contextmanager
    def _planning(self):
        """Plan an action's moves on the layout (taken back after): yields the trial, whose
        `notes` and `themes` then hold every move the action must save."""
        self.finish_loading()
        with self.layout.trial() as trial:
            yield trial

    def _settle(self, keep: Iterable[tuple[str, str]]) -> None:
        """Inside a plan: make room around the changed frames and cards."""
        self.layout.make_room([k for k in keep if k[0] != "t" or k[1] in self.layout.origins])

    def _nudge_card(self, note_id: str) -> None:
        """Inside a plan: a dropped card lying on something goes to the nearest free place."""
        L = self.layout
        theme_id = L.theme_of[note_id]
        card = L.card(note_id)
        if theme_id is None:
            others = L.near(layout.inflate(card, layout.CARD_ROOM - 1)) - {("n", note_id)}
            if others:
                xy = L.free_place(
                    (CARD_W, CARD_H), L.cards[note_id], layout.CARD_ROOM, {("n", note_id)}
                )
                L.set_note(note_id, xy, None)
            return
        siblings = [n for n in L.members[theme_id] if n != note_id]
        if any(layout.overlap(card, L.card(n)) for n in siblings):
            xy = L.theme_slots(theme_id, 1, {note_id})[0]
            L.set_note(note_id, xy, theme_id)

    def drop(self, moved: list[QGraphicsItem], pos: QPointF) -> None:
        """Items were dragged and let go at `pos`: save positions, file notes where dropped.
        Whatever lands on something else is nudged to the nearest free place, and a frame
        that grows makes room around it."""
        themes = [i for i in moved if isinstance(i, ThemeItem)]
        notes = [i for i in moved if isinstance(i, NoteItem)]
        L = self.layout
        if themes:
            with self._planning() as plan:
                carried = {n.note_id for t in themes for n in t.members}
                for theme in themes:
                    left, top, *_ = L.frame(theme.theme_id)
                    L.move_theme(theme.theme_id, (theme.x() - left, theme.y() - top))
                for note in notes:
                    if note.note_id not in carried:
                        L.set_note(note.note_id, (note.x(), note.y()), L.theme_of[note.note_id])
                for theme in themes:
                    frame = L.frame(theme.theme_id)
                    key = ("t", theme.theme_id)
                    if L.near(layout.inflate(frame, layout.FRAME_ROOM - 1)) - {key}:
                        size = (frame[2] - frame[0], frame[3] - frame[1])
                        x, y = L.free_place(size, frame[:2], layout.FRAME_ROOM, {key})
                        L.move_theme(theme.theme_id, (x - frame[0], y - frame[1]))
                for note in notes:
                    if note.note_id not in carried:
                        self._nudge_card(note.note_id)
                finals = self._finals(themes, notes)
            theme_moves, note_moves = plan.themes, plan.notes
            self._keep_finals(finals, theme_moves, note_moves)
            if not theme_moves and not note_moves:
                self._back_in_place(themes + notes)
                return
            self._do(
                self.tr("Move theme"),
                lambda wf: (
                    board.place(wf, "themes", theme_moves) + board.place(wf, "notes", note_moves)
                ),
            )
            return
        target = self.theme_at(pos)
        target_id = target.theme_id if target else None
        to_file = [n for n in notes if L.theme_of[n.note_id] != target_id]
        with self._planning() as plan:
            for note in notes:  # where the user put them
                theme_id = L.theme_of[note.note_id] if note not in to_file else None
                L.set_note(note.note_id, (note.x(), note.y()), theme_id)
            if target is not None and to_file:
                slots = L.theme_slots(target_id, len(to_file), {n.note_id for n in to_file})
                for note, xy in zip(to_file, slots, strict=True):
                    L.set_note(note.note_id, xy, target_id)
            for note in notes:
                if note not in to_file or target is None:
                    self._nudge_card(note.note_id)
            touched = {("t", t) for t in {L.theme_of[n.note_id] for n in notes} if t}
            self._settle(sorted(touched) + [("n", n.note_id) for n in notes])
            finals = self._finals([], notes)
        moves, theme_moves = plan.notes, plan.themes
        self._keep_finals(finals, theme_moves, moves)
        ids = [n.note_id for n in to_file]
        if not ids and not moves and not theme_moves:
            self._back_in_place(notes)
            return
        if not ids:
            label = self.tr("Move note") if len(notes) == 1 else self.tr("Move notes")
            self._do(
                label,
                lambda wf: board.place(wf, "notes", moves) + board.place(wf, "themes", theme_moves),
            )
            return
        label = (
            self.tr("Take notes out of their theme")
            if target is None
            else self.tr("File notes in theme")
        )
        self._do(
            label,
            lambda wf: (
                board.file_notes(wf, ids, target_id, moves) + board.place(wf, "themes", theme_moves)
            ),
        )

    def _finals(self, themes: list[ThemeItem], notes: list[NoteItem]) -> dict:
        """Inside a plan: where dragged items end up (their items are where the drag left)."""
        L = self.layout
        return {
            "themes": {t: L.frame(t.theme_id)[:2] for t in themes if t.theme_id in L.origins},
            "notes": {n: L.cards[n.note_id] for n in notes if n.note_id in L.cards},
        }

    @staticmethod
    def _keep_finals(finals: dict, theme_moves: dict, note_moves: dict) -> None:
        """Save dragged items whose planned place is not where the drag left them, even when
        that is where they were before (the file has it, the screen does not)."""
        for item, xy in finals["themes"].items():
            if (item.x(), item.y()) != xy:
                theme_moves.setdefault(item.theme_id, xy)
        for item, xy in finals["notes"].items():
            if (item.x(), item.y()) != xy:
                note_moves.setdefault(item.note_id, xy)

    def _back_in_place(self, items: list[QGraphicsItem]) -> None:
        """A drag that changes nothing in the file: the items go back to their places."""
        for item in items:
            if isinstance(item, ThemeItem) and item.theme_id in self.themes:
                self._refresh_theme(item.theme_id)
            elif isinstance(item, NoteItem) and item.note_id in self.layout.cards:
                item.setPos(*self.layout.cards[item.note_id])

    def file_selection_into(self, theme: ThemeItem, notes: list[NoteItem]) -> None:
        notes = [n for n in notes if n.theme_id != theme.theme_id]
        if not notes:
            return
        ids = [n.note_id for n in notes]
        with self._planning() as plan:
            slots = self.layout.theme_slots(theme.theme_id, len(ids), set(ids))
            for note_id, xy in zip(ids, slots, strict=True):
                self.layout.set_note(note_id, xy, theme.theme_id)
            self._settle([("t", theme.theme_id)])
        moves, theme_moves = plan.notes, plan.themes
        self._do(
            self.tr("File notes in theme"),
            lambda wf: (
                board.file_notes(wf, ids, theme.theme_id, moves)
                + board.place(wf, "themes", theme_moves)
            ),
        )

    def _plan_new_theme(self, ids: list[str]):
        """Inside a plan: a new theme holding `ids` on a free place; returns its origin."""
        origin = self.layout.free_theme_origin(len(ids), exclude=set(ids))
        self.layout.set_theme(NEW, origin)
        for note_id, xy in zip(ids, layout.slots_in_frame(origin, len(ids)), strict=True):
            self.layout.set_note(note_id, xy, NEW)
        self._settle([("t", NEW)])
        left, top, *_ = self.layout.frame(NEW)
        return (left, top)

    def new_theme(self, notes: list[NoteItem], title: str | None = None) -> ThemeItem | None:
        """A new theme holding `notes` (one undo step); returns its item."""
        title = title if title is not None else self.tr("New theme")
        ids, qid = [n.note_id for n in notes], self.question_id
        with self._planning() as plan:
            origin = self._plan_new_theme(ids)
        moves, theme_moves = plan.notes, {k: v for k, v in plan.themes.items() if k != NEW}
        done = self._do(
            self.tr("New theme"),
            lambda wf: (
                board.new_theme(wf, qid, title, origin, ids, moves)
                + board.place(wf, "themes", theme_moves)
            ),
        )
        return self._created_theme(done)

    def _created_theme(self, done: Changes | None) -> ThemeItem | None:
        if not done:
            return None
        created = [r.id for r in done.rows if r.table == "themes" and r.before is None]
        return self.themes.get(created[0]) if created else None

    def merge(self, themes: list[ThemeItem]) -> None:
        """Merge the themes into the first one (the first selected): it keeps its name and
        its place, takes the others' notes into free cells of its grid, and what its grown
        frame would cover moves aside."""
        if len(themes) < 2:
            return
        target, sources = themes[0], themes[1:]
        L = self.layout
        with self._planning() as plan:
            moving = [n for s in sources for n in L.ordered(s.theme_id)]
            for source in sources:
                L.remove_theme(source.theme_id)
            slots = L.theme_slots(target.theme_id, len(moving), set(moving))
            for note_id, xy in zip(moving, slots, strict=True):
                L.set_note(note_id, xy, target.theme_id)
            self._settle([("t", target.theme_id)])
        source_ids = [s.theme_id for s in sources]
        moves = plan.notes
        theme_moves = {k: v for k, v in plan.themes.items() if k not in source_ids}
        self._do(
            self.tr("Merge themes"),
            lambda wf: (
                board.merge_themes(wf, target.theme_id, source_ids, moves)
                + board.place(wf, "themes", theme_moves)
            ),
        )

    def split(self, notes: list[NoteItem]) -> ThemeItem | None:
        """Selected notes of one theme become a new theme of their own."""
        self.finish_loading()
        owners = {n.theme_id for n in notes}
        if not notes or len(owners) != 1 or None in owners or next(iter(owners)) not in self.themes:
            return None
        source = self.themes[next(iter(owners))]
        title = self.tr("%1 (split)").replace("%1", source.title() or self.tr("Theme"))
        ids = [n.note_id for n in notes]
        with self._planning() as plan:
            origin = self._plan_new_theme(ids)
        moves, theme_moves = plan.notes, {k: v for k, v in plan.themes.items() if k != NEW}
        done = self._do(
            self.tr("New theme"),
            lambda wf: (
                board.split_theme(wf, ids, title, origin, moves)
                + board.place(wf, "themes", theme_moves)
            ),
        )
        return self._created_theme(done)

    def dissolve(self, themes: list[ThemeItem]) -> None:
        if not themes:
            return
        ids = [t.theme_id for t in themes]
        label = self.tr("Dissolve theme") if len(ids) == 1 else self.tr("Dissolve themes")
        self._do(label, lambda wf: board.dissolve_themes(wf, ids))

    def unfile(self, notes: list[NoteItem]) -> None:
        notes = [n for n in notes if n.theme_id is not None]
        if not notes:
            return
        ids = [n.note_id for n in notes]
        with self._planning() as plan:
            slots = self.unclustered_slots(len(notes), exclude=notes)
            for note_id, xy in zip(ids, slots, strict=True):
                self.layout.set_note(note_id, xy, None)
            self._settle([("n", n) for n in ids])
        moves, theme_moves = plan.notes, plan.themes
        self._do(
            self.tr("Take notes out of their theme"),
            lambda wf: (
                board.file_notes(wf, ids, None, moves) + board.place(wf, "themes", theme_moves)
            ),
        )

    def toggle_quote(self, notes: list[NoteItem]) -> None:
        if not notes:
            return
        value = board.quoted_after_toggle(n.row for n in notes)
        ids = [n.note_id for n in notes]
        label = self.tr("Mark as quote") if value else self.tr("Unmark quote")
        self._do(label, lambda wf: board.set_quote(wf, ids, value))

    def delete(self, notes: list[NoteItem], themes: list[ThemeItem]) -> None:
        """Delete notes (soft, undoable); a deleted theme's notes go back unclustered."""
        if not notes and not themes:
            return
        note_ids = [n.note_id for n in notes]
        theme_ids = [t.theme_id for t in themes]
        self._do(self.tr("Delete"), lambda wf: board.remove(wf, note_ids, theme_ids))

    def rename_theme(self, theme_id: str, title: str) -> None:
        title = title.strip()
        theme = self.themes.get(theme_id)
        if theme is None or not title or title == theme.title():
            return  # an empty name keeps the old one
        self._do(self.tr("Rename theme"), lambda wf: wf.update("themes", theme_id, title=title))

    def edit_note(self, note_id: str, text: str) -> None:
        note = self.notes.get(note_id)
        if note is None or not text.strip() or text == note.row["text"]:
            return
        self._do(self.tr("Edit note"), lambda wf: wf.update("notes", note_id, text=text))

    def tidy(self) -> None:
        """Arrange notes in a grid inside each theme, themes in rows, unclustered apart."""
        L = self.layout
        positions = layout.tidy(
            [(t.theme_id, L.ordered(t.theme_id)) for t in self.ordered_themes()],
            L.ordered(None),
            ORIGIN,
        )
        note_moves, theme_moves = {}, {}
        for key, xy in positions.items():
            if key in L.cards:
                if L.cards[key] != xy or ("notes", key) in self._unsaved:
                    note_moves[key] = xy
            elif L.frame(key)[:2] != xy or ("themes", key) in self._unsaved:
                theme_moves[key] = xy
        if not note_moves and not theme_moves:
            return
        self._do(
            self.tr("Tidy board"),
            lambda wf: (
                board.place(wf, "themes", theme_moves) + board.place(wf, "notes", note_moves)
            ),
        )

    # ------------------------------------------------------------ pictures

    def _render_rect(self) -> QRectF:
        return self.board_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def render_image(self, scale: float = 2.0, max_side: int = 12000) -> QImage:
        """The whole board as an image (selection not shown)."""
        source = self._render_rect()
        if source.isEmpty():
            source = QRectF(0, 0, 400, 300)
        scale = min(scale, max_side / max(source.width(), source.height()))
        image = QImage(
            max(1, round(source.width() * scale)),
            max(1, round(source.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(self.backgroundBrush().color())
        with self._picture_mode():
            painter = QPainter(image)
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            )
            self.render(painter, QRectF(image.rect()), source)
            painter.end()
        return image

    @contextlib.contextmanager
    def _picture_mode(self):
        """Every note draws itself, nothing selected, while a picture is made."""
        self.finish_loading()
        selected, far = self.selectedItems(), self.far
        self.clearSelection()
        self.set_far(False)
        # Cards paint afresh (an SVG gets text, not cached pixels).
        for note in self.notes.values():
            note.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            yield
        finally:
            for note in self.notes.values():
                note.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.set_far(far)
            for item in selected:
                item.setSelected(True)

    def export_png(self, path) -> None:
        from workshop_app.core.atomic import atomic_path

        image = self.render_image()
        with atomic_path(path) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise OSError(self.tr("The picture could not be written."))

    def export_svg(self, path, title: str = "") -> None:
        from PySide6.QtCore import QSize
        from PySide6.QtSvg import QSvgGenerator

        from workshop_app.core.atomic import atomic_path

        source = self._render_rect()
        with self._picture_mode(), atomic_path(path) as tmp:
            generator = QSvgGenerator()
            generator.setFileName(str(tmp))
            generator.setSize(QSize(round(source.width()), round(source.height())))
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle(title)
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, source.width(), source.height()), self.backgroundBrush())
            self.render(painter, QRectF(0, 0, source.width(), source.height()), source)
            painter.end()
