"""The board of one question: its notes and themes, and every clustering action.

The scene mirrors the file: items are made from rows and updated from the
`Changes` each action returns, never the other way round. Every user action is
one `session.do(...)` call (one undo step), running the core calls it needs in
one transaction.

Positions: a note or theme whose stored position is unset (x == y == 0, as in a
fresh file or the demo) is placed automatically. Those automatic positions are
not written on their own; the first action that moves or files anything saves
them together with its own change, so the board reopens exactly as it was seen.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
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
from workshop_app.core.layout import CARD_H, CARD_W, GAP, MARGIN, PAD, TITLE_H
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.board.items import FAR, BlocksItem, NoteItem, ThemeItem, title_font
from workshop_app.gui.session import Session

#: Where the automatic layout starts (kept off (0, 0), which means "unset").
ORIGIN = (40.0, 40.0)
_BOARD_TABLES = {"notes", "themes"}
_RELOAD_TABLES = {"perspectives", "workshops", "questions"}


def _unset(row: dict) -> bool:
    return not row.get("x") and not row.get("y")


class BoardScene(QGraphicsScene):
    #: An item to edit inline: a ThemeItem (rename) or a NoteItem (edit text).
    edit_requested = Signal(object)
    #: The set of items changed after a reload or an action (the view may want to fit).
    reloaded = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.question_id: str | None = None
        self.notes: dict[str, NoteItem] = {}
        self.themes: dict[str, ThemeItem] = {}
        self.workshop_filter: str | None = None
        self.perspective_filter: str | None = None
        self.query = ""
        self.matches: set[str] = set()
        self._pressed: dict[QGraphicsItem, QPointF] = {}
        self._colours: dict[str, str] = {}
        self.far = False
        self.blocks = BlocksItem(self.notes)
        self.selectionChanged.connect(self._selection_changed)
        self.setBackgroundBrush(QColor("#FBFAF7"))

    # ------------------------------------------------------------------ loading

    @property
    def wf(self) -> WorkshopFile:
        return self.session.wf

    def load(self) -> None:
        """Rebuild the board for the session's current question."""
        self.clearSelection()
        if self.blocks.scene() is self:
            self.removeItem(self.blocks)
        self.clear()
        self.notes.clear()
        self.themes.clear()
        self.addItem(self.blocks)
        self.blocks.setVisible(self.far)
        self.loose_label = QGraphicsSimpleTextItem(self.tr("Unclustered notes"))
        self.loose_label.setFont(title_font())
        self.loose_label.setBrush(QColor("#6B675E"))
        self.loose_label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.loose_label.setVisible(False)
        self.addItem(self.loose_label)
        self.question_id = qid = self.session.question_id
        if qid is None:
            self.reloaded.emit()
            return
        self._colours = {p["id"]: p["colour"] for p in self.wf.perspectives()}
        for row in self.wf.themes(qid):
            self._add_theme(row)
        for row in self.wf.notes(qid):
            self._add_note(row)
        self._place_unset(everything=True)
        self._refresh_frames()
        self._apply_filters(self.notes.values())
        self._run_search()
        self._update_scene_rect()
        self._prepare_texts()
        self.reloaded.emit()

    def _prepare_texts(self) -> None:
        """Lay out the notes' texts in idle moments, so panning meets them ready."""
        self._unprepared = list(self.notes.values())
        if not hasattr(self, "_prepare_timer"):
            self._prepare_timer = QTimer(self)
            self._prepare_timer.setInterval(0)
            self._prepare_timer.timeout.connect(self._prepare_some)
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
        if not _unset(row):
            item.place(QPointF(row["x"], row["y"]))
        return item

    def _add_note(self, row: dict) -> NoteItem:
        item = NoteItem(row, self._colours.get(row.get("perspective_id")))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.far)
        self.notes[row["id"]] = item
        self.addItem(item)
        if not _unset(row):
            item.setPos(row["x"], row["y"])
        return item

    @staticmethod
    def _set_pos(item: QGraphicsItem, pos: QPointF) -> None:
        if isinstance(item, ThemeItem):
            item.place(pos)
        else:
            item.setPos(pos)

    def _remove(self, item: QGraphicsItem) -> None:
        if isinstance(item, ThemeItem):
            self.themes.pop(item.theme_id, None)
            self.removeItem(item.label)
        elif isinstance(item, NoteItem):
            self.notes.pop(item.note_id, None)
        self.removeItem(item)

    def ordered_themes(self) -> list[ThemeItem]:
        return sorted(self.themes.values(), key=lambda t: (t.row.get("position") or 0, t.theme_id))

    def members(self) -> dict[str | None, list[NoteItem]]:
        """Notes by theme id (None: unclustered), in reading order of their position."""
        out: dict[str | None, list[NoteItem]] = defaultdict(list)
        for note in self.notes.values():
            key = note.theme_id if note.theme_id in self.themes else None
            out[key].append(note)
        for notes in out.values():
            notes.sort(key=lambda n: (round(n.y()), round(n.x()), n.row["created_at"]))
        return out

    def _place_unset(self, everything: bool = False) -> None:
        """Give every note and theme without a stored position an automatic one."""
        unset_notes = [n for n in self.notes.values() if _unset(n.row) and n.auto_pos is None]
        unset_themes = [t for t in self.themes.values() if _unset(t.row) and t.auto_pos is None]
        if not unset_notes and not unset_themes:
            return
        all_unset = (
            everything
            and all(_unset(n.row) for n in self.notes.values())
            and all(_unset(t.row) for t in self.themes.values())
        )
        if all_unset:
            by_theme = defaultdict(list)
            for note in sorted(self.notes.values(), key=lambda n: (n.row["created_at"], n.note_id)):
                by_theme[note.theme_id if note.theme_id in self.themes else None].append(note)
            positions = layout.tidy(
                [
                    (t.theme_id, [n.note_id for n in by_theme[t.theme_id]])
                    for t in self.ordered_themes()
                ],
                [n.note_id for n in by_theme[None]],
                ORIGIN,
            )
            for key, (x, y) in positions.items():
                item = self.notes.get(key) or self.themes[key]
                item.auto_pos = QPointF(x, y)
                self._set_pos(item, item.auto_pos)
            return
        # Some things were placed by hand: put the rest beside what is there.
        for theme in unset_themes:
            x, y = self.free_theme_origin(0)
            theme.auto_pos = QPointF(x, y)
            theme.place(theme.auto_pos)
            self._refresh_frames([theme.theme_id])
        by_theme = defaultdict(list)
        for note in sorted(unset_notes, key=lambda n: (n.row["created_at"], n.note_id)):
            by_theme[note.theme_id if note.theme_id in self.themes else None].append(note)
        for theme_id, notes in sorted(by_theme.items(), key=lambda kv: kv[0] or ""):
            placed = set(map(id, notes))
            if theme_id is None:
                slots = self.unclustered_slots(len(notes), exclude=placed)
            else:
                slots = self.theme_slots(self.themes[theme_id], len(notes), exclude=placed)
            for note, (x, y) in zip(notes, slots, strict=True):
                note.auto_pos = QPointF(x, y)
                note.setPos(note.auto_pos)

    # ------------------------------------------------------------- geometry

    def _refresh_frames(self, theme_ids: Iterable[str] | None = None) -> None:
        groups = self.members()
        loose = groups.get(None, [])
        label = getattr(self, "loose_label", None)
        if label is not None and shiboken6.isValid(label):
            label.setVisible(bool(loose))
            if loose:
                left = min(n.x() for n in loose)
                top = min(n.y() for n in loose)
                label.setPos(left, top - TITLE_H + 12)
        for theme in (
            self.themes.values()
            if theme_ids is None
            else [self.themes[t] for t in theme_ids if t in self.themes]
        ):
            notes = groups.get(theme.theme_id, [])
            theme.members = notes
            theme.count = len(notes)
            if notes:
                box = QRectF()
                for note in notes:
                    box = box.united(note.sceneBoundingRect())
                frame = box.adjusted(-PAD, -(TITLE_H + PAD), PAD, PAD)
                min_width = CARD_W + 2 * PAD
                if frame.width() < min_width:
                    frame.setWidth(min_width)
            else:
                origin = theme.pos()
                w, h = layout.frame_size(0)
                frame = QRectF(origin.x(), origin.y(), w, h)
            theme.set_frame(frame)
            theme.update()

    def _update_scene_rect(self) -> None:
        box = self._content_rect()
        if box.isEmpty():
            box = QRectF(0, 0, 800, 600)
        # Room around the board so it can be panned past its edges.
        self.setSceneRect(box.adjusted(-1500, -1500, 1500, 1500))
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
        if shiboken6.isValid(self.blocks):  # not while the scene is being torn down
            self.blocks.invalidate()

    def set_far_for(self, scale: float) -> None:
        self.set_far(scale < FAR)

    def board_rect(self) -> QRectF:
        """The bounding box of every visible note and theme, and the unclustered notes' title."""
        box = QRectF()
        for item in [self.loose_label, *self.themes.values(), *self.notes.values()]:
            if item.isVisible():
                box = box.united(item.sceneBoundingRect())
        return box

    def _content_rect(self, exclude: set[int] = frozenset()) -> QRectF:
        box = QRectF()
        for item in list(self.themes.values()) + list(self.notes.values()):
            if id(item) not in exclude:
                box = box.united(item.sceneBoundingRect())
        return box

    def free_theme_origin(self, count: int) -> tuple[float, float]:
        """Where a new theme of `count` notes goes: after the last theme, wrapping rows."""
        frames = [
            t.frame() for t in self.themes.values() if t.auto_pos is not None or not _unset(t.row)
        ]
        if not frames:
            box = self._content_rect()
            if box.isEmpty():
                return ORIGIN
            return (box.right() + 2 * MARGIN, box.top())
        left = min(f.left() for f in frames)
        top_row = max(f.top() for f in frames)
        last = max((f for f in frames if f.top() == top_row), key=lambda f: f.right())
        width, _ = layout.frame_size(count)
        x = last.right() + MARGIN
        if x + width > left + layout.ROW_WIDTH:
            return (left, max(f.bottom() for f in frames) + MARGIN)
        return (x, top_row)

    def theme_slots(self, theme: ThemeItem, count: int, exclude: set[int] = frozenset()):
        """Slots for `count` more notes in a theme: new rows below its current notes."""
        notes = [n for n in theme.members if id(n) not in exclude]
        frame = theme.frame()
        if not notes:
            return layout.slots_in_frame((frame.left(), frame.top()), count)
        left = min(n.x() for n in notes)
        bottom = max(n.y() for n in notes) + CARD_H + GAP
        span = max(n.x() for n in notes) + CARD_W - left
        columns = max(
            layout.theme_columns(len(notes) + count), round((span + GAP) / (CARD_W + GAP))
        )
        return layout.grid((left, bottom), count, columns)

    def unclustered_slots(self, count: int, exclude: set[int] = frozenset()):
        """Slots for `count` notes among the unclustered: rows below them, or left of the board."""
        loose = [
            n
            for n in self.notes.values()
            if (n.theme_id not in self.themes) and id(n) not in exclude
        ]
        columns = layout.unclustered_columns(len(loose) + count)
        if loose:
            left = min(n.x() for n in loose)
            bottom = max(n.y() for n in loose) + CARD_H + GAP
            return layout.grid((left, bottom), count, columns)
        box = self._content_rect(exclude)
        if box.isEmpty():
            return layout.grid((ORIGIN[0], ORIGIN[1] + TITLE_H), count, columns)
        width = columns * (CARD_W + GAP)
        return layout.grid((box.left() - width - 2 * MARGIN, box.top() + TITLE_H), count, columns)

    def theme_at(self, pos: QPointF, ignore: Iterable[ThemeItem] = ()) -> ThemeItem | None:
        skip = set(map(id, ignore))
        hits = [t for t in self.themes.values() if id(t) not in skip and t.frame().contains(pos)]
        # The smallest frame wins when frames overlap.
        return min(hits, key=lambda t: t.frame().width() * t.frame().height(), default=None)

    # ---------------------------------------------------------- file changes

    def apply_changes(self, changes: Changes) -> None:
        """Bring the board up to date with what an action, undo or redo changed."""
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
        touched: list[NoteItem] = []
        for (table, row_id), row in latest.items():
            items = self.notes if table == "notes" else self.themes
            item = items.get(row_id)
            alive = row.get("deleted_at") is None and row.get("question_id") == self.question_id
            if not alive:
                if item is not None:
                    self._remove(item)
                continue
            if item is None:
                item = self._add_note(row) if table == "notes" else self._add_theme(row)
            else:
                item.set_row(row)
            if _unset(row):
                if item.auto_pos is not None:
                    self._set_pos(item, item.auto_pos)
            else:
                # auto_pos is kept: an undo back to "unset" returns the item there.
                self._set_pos(item, QPointF(row["x"], row["y"]))
            if table == "notes":
                touched.append(item)
        self._place_unset()
        self._refresh_frames()
        self._apply_filters(touched)
        if self.query:
            self._run_search()
        self._update_scene_rect()

    # ------------------------------------------------------- filters, search

    def set_filters(self, workshop_id: str | None, perspective_id: str | None) -> None:
        self.workshop_filter = workshop_id
        self.perspective_filter = perspective_id
        self._apply_filters(self.notes.values())

    def _apply_filters(self, notes: Iterable[NoteItem]) -> None:
        for note in notes:
            row = note.row
            shown = (self.workshop_filter in (None, row.get("workshop_id"))) and (
                self.perspective_filter in (None, row.get("perspective_id"))
            )
            note.setVisible(shown)
            if not shown:
                note.setSelected(False)
        self.blocks.invalidate()

    def search(self, query: str) -> set[str]:
        """Highlight the notes matching `query` (full-text search of the file)."""
        self.query = query.strip()
        self._run_search()
        return self.matches

    def _run_search(self) -> None:
        found = set(self.wf.search_notes(self.query, self.question_id)) if self.query else set()
        self.matches = found & set(self.notes)
        dim = bool(self.query)
        for note_id, note in self.notes.items():
            hit = note_id in self.matches
            note.set_matched(hit)
            note.setOpacity(0.35 if dim and not hit else 1.0)
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
                movable += theme.members
            self._pressed = {item: QPointF(item.pos()) for item in movable}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if self.far and self._pressed:
            self.blocks.invalidate()  # notes being dragged: show them where they are

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
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
        chosen = {id(i) for i in self.selectedItems()}
        return [t for t in self.ordered_themes() if id(t) in chosen]

    def _do(self, label: str, build: Callable[[WorkshopFile], Changes]) -> Changes | None:
        """One undoable action: `build` runs in one transaction, auto positions saved with it."""
        auto: dict[str, dict[str, tuple[float, float]]] = {"notes": {}, "themes": {}}
        for table, items in (("notes", self.notes), ("themes", self.themes)):
            for key, item in items.items():
                if item.auto_pos is not None and _unset(item.row):
                    auto[table][key] = (item.auto_pos.x(), item.auto_pos.y())

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

    def drop(self, moved: list[QGraphicsItem], pos: QPointF) -> None:
        """Items were dragged and let go at `pos`: save positions, file notes where dropped."""
        themes = [i for i in moved if isinstance(i, ThemeItem)]
        notes = [i for i in moved if isinstance(i, NoteItem)]
        if themes:
            theme_moves = {t.theme_id: (t.x(), t.y()) for t in themes}
            note_moves = {n.note_id: (n.x(), n.y()) for n in notes}
            self._do(
                self.tr("Move theme"),
                lambda wf: (
                    board.place(wf, "themes", theme_moves) + board.place(wf, "notes", note_moves)
                ),
            )
            return
        target = self.theme_at(pos)
        target_id = target.theme_id if target else None
        to_file = [n for n in notes if n.theme_id != target_id]
        moves = {n.note_id: (n.x(), n.y()) for n in notes}
        if target is not None and to_file:
            slots = self.theme_slots(target, len(to_file), exclude=set(map(id, to_file)))
            moves.update({n.note_id: xy for n, xy in zip(to_file, slots, strict=True)})
        ids = [n.note_id for n in to_file]
        if not ids:
            label = self.tr("Move note") if len(notes) == 1 else self.tr("Move notes")
            self._do(label, lambda wf: board.place(wf, "notes", moves))
            return
        label = (
            self.tr("Take notes out of their theme")
            if target is None
            else self.tr("File notes in theme")
        )
        self._do(label, lambda wf: board.file_notes(wf, ids, target_id, moves))

    def file_selection_into(self, theme: ThemeItem, notes: list[NoteItem]) -> None:
        notes = [n for n in notes if n.theme_id != theme.theme_id]
        if not notes:
            return
        slots = self.theme_slots(theme, len(notes), exclude=set(map(id, notes)))
        moves = {n.note_id: xy for n, xy in zip(notes, slots, strict=True)}
        ids = [n.note_id for n in notes]
        self._do(
            self.tr("File notes in theme"),
            lambda wf: board.file_notes(wf, ids, theme.theme_id, moves),
        )

    def _new_theme_layout(self, notes: list[NoteItem]) -> tuple[tuple[float, float], dict]:
        origin = self.free_theme_origin(len(notes))
        slots = layout.slots_in_frame(origin, len(notes))
        return origin, dict(zip([n.note_id for n in notes], slots, strict=True))

    def new_theme(self, notes: list[NoteItem], title: str | None = None) -> ThemeItem | None:
        """A new theme holding `notes` (one undo step); returns its item."""
        title = title if title is not None else self.tr("New theme")
        origin, moves = self._new_theme_layout(notes)
        ids, qid = [n.note_id for n in notes], self.question_id
        done = self._do(
            self.tr("New theme"), lambda wf: board.new_theme(wf, qid, title, origin, ids, moves)
        )
        return self._created_theme(done)

    def _created_theme(self, done: Changes | None) -> ThemeItem | None:
        if not done:
            return None
        created = [r.id for r in done.rows if r.table == "themes" and r.before is None]
        return self.themes.get(created[0]) if created else None

    def merge(self, themes: list[ThemeItem]) -> None:
        """Merge the themes into the first one (by order on the board)."""
        if len(themes) < 2:
            return
        target, sources = themes[0], themes[1:]
        moving = [n for s in sources for n in s.members]
        slots = self.theme_slots(target, len(moving))
        moves = {n.note_id: xy for n, xy in zip(moving, slots, strict=True)}
        source_ids = [s.theme_id for s in sources]
        self._do(
            self.tr("Merge themes"),
            lambda wf: board.merge_themes(wf, target.theme_id, source_ids, moves),
        )

    def split(self, notes: list[NoteItem]) -> ThemeItem | None:
        """Selected notes of one theme become a new theme of their own."""
        owners = {n.theme_id for n in notes}
        if not notes or len(owners) != 1 or None in owners or next(iter(owners)) not in self.themes:
            return None
        source = self.themes[next(iter(owners))]
        title = self.tr("%1 (split)").replace("%1", source.title() or self.tr("Theme"))
        origin, moves = self._new_theme_layout(notes)
        ids = [n.note_id for n in notes]
        done = self._do(
            self.tr("New theme"), lambda wf: board.split_theme(wf, ids, title, origin, moves)
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
        slots = self.unclustered_slots(len(notes), exclude=set(map(id, notes)))
        moves = {n.note_id: xy for n, xy in zip(notes, slots, strict=True)}
        ids = [n.note_id for n in notes]
        self._do(
            self.tr("Take notes out of their theme"),
            lambda wf: board.file_notes(wf, ids, None, moves),
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
        groups = self.members()
        positions = layout.tidy(
            [
                (t.theme_id, [n.note_id for n in groups.get(t.theme_id, [])])
                for t in self.ordered_themes()
            ],
            [n.note_id for n in groups.get(None, [])],
            ORIGIN,
        )
        note_moves, theme_moves = {}, {}
        for key, xy in positions.items():
            item = self.notes.get(key) or self.themes[key]
            if (item.x(), item.y()) == xy and not _unset(item.row):
                continue
            (note_moves if key in self.notes else theme_moves)[key] = xy
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
