"""Board geometry without Qt: card and frame sizes, and the tidy layout.

Positions are top-left corners in board units (1 unit = 1 pixel at 100% zoom).
A theme's frame holds its notes in a grid below a title bar; tidy puts the
unclustered notes in their own block on the left and the themes in rows to its
right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

CARD_W = 180.0
CARD_H = 116.0
GAP = 12.0
#: Space between a theme's frame and its notes.
PAD = 14.0
#: Height of a theme's title bar.
TITLE_H = 46.0
#: Space between theme frames, and between the unclustered block and the themes.
MARGIN = 48.0
#: Themes wrap to a new row past this width (tidy widens it for big boards).
ROW_WIDTH = 2600.0
#: Tidy aims for a board about this much wider than high (a screen, a projector).
ASPECT = 16 / 9

Point = tuple[float, float]


def theme_columns(count: int) -> int:
    """Columns of a theme's grid: roughly square, at most four cards wide."""
    return max(1, min(4, math.ceil(math.sqrt(max(count, 1)))))


def grid(origin: Point, count: int, columns: int) -> list[Point]:
    """Top-left corners of `count` cards in rows of `columns`, starting at `origin`."""
    x0, y0 = origin
    return [
        (x0 + (i % columns) * (CARD_W + GAP), y0 + (i // columns) * (CARD_H + GAP))
        for i in range(count)
    ]


def frame_size(count: int, columns: int | None = None) -> tuple[float, float]:
    """Width and height of a tidy theme frame holding `count` notes."""
    columns = columns or theme_columns(count)
    rows = max(1, math.ceil(count / columns))
    cols = max(1, min(columns, max(count, 1)))
    return (
        2 * PAD + cols * CARD_W + (cols - 1) * GAP,
        TITLE_H + PAD + rows * CARD_H + (rows - 1) * GAP + PAD,
    )


def slots_in_frame(frame_origin: Point, count: int, columns: int | None = None) -> list[Point]:
    """Where `count` notes go inside a tidy frame whose top-left is `frame_origin`."""
    x, y = frame_origin
    return grid((x + PAD, y + TITLE_H + PAD), count, columns or theme_columns(count))


def unclustered_columns(count: int) -> int:
    return max(2, math.ceil(math.sqrt(count)))


def tidy(
    themes: Sequence[tuple[str, Sequence[str]]],
    unclustered: Sequence[str],
    origin: Point = (0.0, 0.0),
) -> dict[str, Point]:
    """Positions for every theme (frame top-left) and note id, tidily arranged.

    `themes` is a list of (theme id, its note ids) in display order.
    """
    out: dict[str, Point] = {}
    x0, y0 = origin
    left = x0
    if unclustered:
        columns = unclustered_columns(len(unclustered))
        top = y0 + TITLE_H  # leaves room for the block's label, level with theme titles
        for nid, pos in zip(unclustered, grid((x0, top), len(unclustered), columns), strict=True):
            out[nid] = pos
        left = x0 + columns * (CARD_W + GAP) - GAP + MARGIN * 2
    sizes = [frame_size(len(notes)) for _, notes in themes]
    area = sum((w + MARGIN) * (h + MARGIN) for w, h in sizes)
    widest = max((w for w, _ in sizes), default=0.0)
    row_width = max(widest, math.sqrt(area * ASPECT))
    x, y, row_height = left, y0, 0.0
    for (theme_id, notes), (width, height) in zip(themes, sizes, strict=True):
        if x > left and x + width > left + row_width:
            x, y, row_height = left, y + row_height + MARGIN, 0.0
        out[theme_id] = (x, y)
        for nid, pos in zip(notes, slots_in_frame((x, y), len(notes)), strict=True):
            out[nid] = pos
        x += width + MARGIN
        row_height = max(row_height, height)
    return out


# ---------------------------------------------------------------- the board's geometry

Rect = tuple[float, float, float, float]  # left, top, right, bottom

#: Side of a cell of the spatial index (board units): a card spans one or two cells.
_CELL = 256.0
#: Breathing room kept around a card or a frame that is placed or pushed.
CARD_ROOM = GAP
FRAME_ROOM = MARGIN / 2


def overlap(a: Rect, b: Rect) -> bool:
    """Whether two rectangles share any area (touching edges do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inflate(r: Rect, d: float) -> Rect:
    return (r[0] - d, r[1] - d, r[2] + d, r[3] + d)


def card_rect(pos: Point) -> Rect:
    return (pos[0], pos[1], pos[0] + CARD_W, pos[1] + CARD_H)


class BoardLayout:
    """Where everything on one question's board is, without Qt, answered incrementally.

    Holds each note's card (top-left corner) and theme, and each theme's origin (the
    top-left of its frame when it holds no notes). A theme's frame is computed from its
    notes and kept until one of them moves; the unclustered cards and the frames are in
    a spatial index, so "what is here" costs the size of the place asked about, not of
    the board. The scene mirrors this model; the board's actions plan their moves on it
    (`trial`, `make_room`, `free_place`) so that no action leaves cards or frames on top
    of each other (`overlaps` checks that).
    """

    def __init__(self) -> None:
        self.cards: dict[str, Point] = {}
        self.theme_of: dict[str, str | None] = {}
        self.origins: dict[str, Point] = {}
        self.members: dict[str | None, set[str]] = {None: set()}
        self._frames: dict[str, Rect] = {}
        self._cells: dict[tuple[int, int], set[tuple[str, str]]] = {}
        self._where: dict[tuple[str, str], tuple[tuple[int, int], ...]] = {}
        self._journal: list | None = None
        #: The unclustered cards' bounding box, kept as they come and go (None: work it out).
        self._loose_box: Rect | None = None
        self._loose_known = True
        #: Where `unclustered_slots` last stopped: (left, top, columns, next cell).
        self._loose_cursor: tuple | None = None
        #: Unclustered cards `add_cards` has not put into the index yet.
        self._unindexed: list[str] = []

    # ------------------------------------------------------------------ reading

    def card(self, note_id: str) -> Rect:
        return card_rect(self.cards[note_id])

    def frame(self, theme_id: str) -> Rect:
        found = self._frames.get(theme_id)
        if found is None:
            found = self._frames[theme_id] = self._compute_frame(theme_id)
        return found

    def _compute_frame(self, theme_id: str) -> Rect:
        notes = self.members.get(theme_id)
        if not notes:
            x, y = self.origins.get(theme_id, (0.0, 0.0))
            w, h = frame_size(0)
            return (x, y, x + w, y + h)
        xs = [self.cards[n][0] for n in notes]
        ys = [self.cards[n][1] for n in notes]
        left, top = min(xs) - PAD, min(ys) - TITLE_H - PAD
        right, bottom = max(xs) + CARD_W + PAD, max(ys) + CARD_H + PAD
        return (left, top, max(right, left + CARD_W + 2 * PAD), bottom)

    def loose(self) -> set[str]:
        return self.members[None]

    def loose_box(self) -> Rect | None:
        """The bounding box of the unclustered cards (None: there are none)."""
        if not self._loose_known:
            notes = self.members[None]
            if notes:
                xs = [self.cards[n][0] for n in notes]
                ys = [self.cards[n][1] for n in notes]
                self._loose_box = (min(xs), min(ys), max(xs) + CARD_W, max(ys) + CARD_H)
            else:
                self._loose_box = None
            self._loose_known = True
        return self._loose_box

    def _loose_added(self, pos: Point) -> None:
        if not self._loose_known:
            return
        card = card_rect(pos)
        box = self._loose_box
        self._loose_box = (
            card
            if box is None
            else (
                min(box[0], card[0]),
                min(box[1], card[1]),
                max(box[2], card[2]),
                max(box[3], card[3]),
            )
        )

    def _loose_removed(self, pos: Point) -> None:
        box, card = self._loose_box, card_rect(pos)
        if (
            box is None
            or card[0] <= box[0]
            or card[1] <= box[1]
            or card[2] >= box[2]
            or (card[3] >= box[3])
        ):
            self._loose_known = False  # it was on the edge: work the box out when asked

    def content_box(self) -> Rect | None:
        boxes = [self.frame(t) for t in self.origins]
        loose = self.loose_box()
        if loose:
            boxes.append(loose)
        if not boxes:
            return None
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    def ordered(self, theme_id: str | None) -> list[str]:
        """The notes of a theme (None: the unclustered) in reading order."""
        return sorted(
            self.members.get(theme_id, ()),
            key=lambda n: (round(self.cards[n][1]), round(self.cards[n][0]), n),
        )

    def rect_of(self, key: tuple[str, str]) -> Rect:
        kind, ident = key
        return self.card(ident) if kind == "n" else self.frame(ident)

    def near(self, rect: Rect) -> set[tuple[str, str]]:
        """Unclustered cards ("n", id) and frames ("t", id) that overlap `rect`."""
        if self._unindexed:
            self._index_cards()
        found = set()
        for cell in _cells_of(rect):
            found |= self._cells.get(cell, set())
        return {key for key in found if overlap(self.rect_of(key), rect)}

    def overlaps(self) -> list[tuple[tuple[str, str], tuple[str, str]]]:
        """Every pair of frames or cards that lie on top of each other (empty: none).

        Cards of one theme must not overlap each other, nor stick out of their frame;
        an unclustered card must not lie on a frame or another card; frames must not
        overlap. (The checks every board operation must pass; tests call this.)
        """
        found = []
        objects = [("t", t) for t in self.origins] + [("n", n) for n in self.members[None]]
        rects = {key: self.rect_of(key) for key in objects}
        for i, a in enumerate(objects):
            for b in objects[i + 1 :]:
                if overlap(rects[a], rects[b]):
                    found.append((a, b))
        for theme_id, notes in self.members.items():
            if theme_id is None:
                continue
            frame = self.frame(theme_id)
            inner = (frame[0], frame[1] + TITLE_H, frame[2], frame[3])
            ordered = sorted(notes)
            for i, a in enumerate(ordered):
                card = self.card(a)
                if not (inner[0] <= card[0] and inner[1] <= card[1]) or not (
                    card[2] <= inner[2] and card[3] <= inner[3]
                ):
                    found.append((("n", a), ("t", theme_id)))
                for b in ordered[i + 1 :]:
                    if overlap(card, self.card(b)):
                        found.append((("n", a), ("n", b)))
        return found

    # ----------------------------------------------------------------- changing

    def set_note(self, note_id: str, pos: Point, theme_id: str | None) -> None:
        """Put a note's card at `pos` in `theme_id` (None: unclustered)."""
        if theme_id is not None and theme_id not in self.origins:
            theme_id = None  # a theme of another question, or gone: shown unclustered
        old_theme = self.theme_of.get(note_id, "-")
        old_pos = self.cards.get(note_id)
        if old_theme == theme_id and old_pos == pos:
            return
        self._record("note", note_id, old_pos, old_theme)
        if old_theme != "-":
            self.members[old_theme].discard(note_id)
            self._touch(old_theme)
            if old_theme is None:
                self._loose_removed(old_pos)
        self.cards[note_id] = (float(pos[0]), float(pos[1]))
        self.theme_of[note_id] = theme_id
        self.members.setdefault(theme_id, set()).add(note_id)
        self._touch(theme_id)
        if theme_id is None:
            self._loose_added(self.cards[note_id])
            self._index(("n", note_id), self.card(note_id))
        else:
            self._unindex(("n", note_id))

    def remove_note(self, note_id: str) -> None:
        if note_id not in self.cards:
            return
        self._record("note", note_id, self.cards[note_id], self.theme_of[note_id])
        theme_id = self.theme_of.pop(note_id)
        if theme_id is None:
            self._loose_removed(self.cards[note_id])
        del self.cards[note_id]
        self.members[theme_id].discard(note_id)
        self._unindex(("n", note_id))
        self._touch(theme_id)

    def set_theme(self, theme_id: str, origin: Point) -> None:
        """A theme whose frame starts at `origin` while it holds no notes."""
        self._record("theme", theme_id, self.origins.get(theme_id), None)
        self.origins[theme_id] = (float(origin[0]), float(origin[1]))
        self.members.setdefault(theme_id, set())
        self._touch(theme_id)

    def remove_theme(self, theme_id: str) -> None:
        """Remove a theme; notes still in it are shown unclustered where they are."""
        if theme_id not in self.origins:
            return
        for note_id in list(self.members.get(theme_id, ())):
            self.set_note(note_id, self.cards[note_id], None)
        self._record("theme", theme_id, self.origins[theme_id], None)
        del self.origins[theme_id]
        self.members.pop(theme_id, None)
        self._frames.pop(theme_id, None)
        self._unindex(("t", theme_id))

    def move_theme(self, theme_id: str, delta: Point) -> None:
        """Move a theme's frame and every note in it by `delta`."""
        dx, dy = delta
        left, top, *_ = self.frame(theme_id)
        self.set_theme(theme_id, (left + dx, top + dy))
        for note_id in list(self.members[theme_id]):
            cx, cy = self.cards[note_id]
            self.set_note(note_id, (cx + dx, cy + dy), theme_id)

    def _touch(self, theme_id: str | None) -> None:
        if theme_id is None or theme_id not in self.origins:
            return
        self._frames.pop(theme_id, None)
        self._index(("t", theme_id), self.frame(theme_id))

    # ------------------------------------------------------------- the index

    def _index_cards(self) -> None:
        """Put the cards `add_cards` left out into the index: a board's first frame does
        not wait for it, the first question asked of the index does."""
        pending, self._unindexed = self._unindexed, []
        cells, where, floor, cards = self._cells, self._where, math.floor, self.cards
        for note_id in pending:
            if self.theme_of.get(note_id, "-") is not None:
                continue  # filed in a theme, or gone, meanwhile
            x, y = cards[note_id]
            key = ("n", note_id)
            i0, i1 = floor(x / _CELL), floor((x + CARD_W) / _CELL)
            j0, j1 = floor(y / _CELL), floor((y + CARD_H) / _CELL)
            occupied = tuple((i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1))
            for cell in occupied:
                bucket = cells.get(cell)
                if bucket is None:
                    bucket = cells[cell] = set()
                bucket.add(key)
            where[key] = occupied

    def _index(self, key: tuple[str, str], rect: Rect) -> None:
        if self._unindexed:
            self._index_cards()
        cells = tuple(_cells_of(rect))
        old = self._where.get(key, ())
        if old == cells:
            return
        for cell in old:
            bucket = self._cells.get(cell)
            if bucket is not None:
                bucket.discard(key)
        for cell in cells:
            self._cells.setdefault(cell, set()).add(key)
        self._where[key] = cells

    def _unindex(self, key: tuple[str, str]) -> None:
        if self._unindexed:
            self._index_cards()
        for cell in self._where.pop(key, ()):
            bucket = self._cells.get(cell)
            if bucket is not None:
                bucket.discard(key)

    def load(
        self,
        themes: dict[str, Point],
        notes: list[tuple[str, Point, str | None]],
    ) -> None:
        """Start over with these themes (origins) and notes (id, card, theme)."""
        self.__init__()
        for theme_id, origin in themes.items():
            self.origins[theme_id] = (float(origin[0]), float(origin[1]))
            self.members[theme_id] = set()
        self.add_cards(notes)
        for theme_id in self.origins:
            self._index(("t", theme_id), self.frame(theme_id))

    def add_cards(self, notes: list[tuple[str, Point, str | None]]) -> None:
        """Many new notes at once (id, card, theme): what `set_note` does, in bulk."""
        if self._journal is not None or any(n[0] in self.cards for n in notes):
            for note_id, pos, theme_id in notes:
                self.set_note(note_id, pos, theme_id)
            return
        if len(notes) > 50:
            self._loose_known = False  # worked out once when asked, not card by card
        cards, theme_of, members, origins = self.cards, self.theme_of, self.members, self.origins
        unindexed = self._unindexed
        for note_id, (x, y), theme_id in notes:
            if theme_id is not None and theme_id not in origins:
                theme_id = None
            cards[note_id] = (float(x), float(y))
            theme_of[note_id] = theme_id
            members[theme_id].add(note_id)
            if theme_id is None:
                self._loose_added(cards[note_id])
                unindexed.append(note_id)
        for theme_id in {t for _, _, t in notes if t in origins}:
            self._frames.pop(theme_id, None)
            self._index(("t", theme_id), self.frame(theme_id))

    # -------------------------------------------------------------- places

    def theme_slots(self, theme_id: str, count: int, exclude=frozenset()) -> list[Point]:
        """Where `count` more notes go in a theme: the first free cells of its grid."""
        notes = [n for n in self.members.get(theme_id, ()) if n not in exclude]
        if not notes:
            left, top, *_ = self.frame(theme_id)
            return slots_in_frame((left, top), count)
        left = min(self.cards[n][0] for n in notes)
        top = min(self.cards[n][1] for n in notes)
        right = max(self.cards[n][0] for n in notes) + CARD_W
        columns = max(
            theme_columns(len(notes) + count), round((right - left + GAP) / (CARD_W + GAP))
        )
        taken = [self.card(n) for n in notes]
        if len(taken) * count > 200_000:  # a huge theme: new rows below it
            bottom = max(self.cards[n][1] for n in notes) + CARD_H + GAP
            return grid((left, bottom), count, columns)
        out: list[Point] = []
        cell = 0
        while len(out) < count:
            pos = (
                left + (cell % columns) * (CARD_W + GAP),
                top + (cell // columns) * (CARD_H + GAP),
            )
            rect = card_rect(pos)
            if not any(overlap(rect, other) for other in taken):
                out.append(pos)
                taken.append(rect)
            cell += 1
        return out

    def unclustered_slots(
        self, count: int, exclude=frozenset(), origin: Point = (40.0, 40.0 + TITLE_H)
    ) -> list[Point]:
        """Where `count` notes go among the unclustered: free cells of their block's grid,
        or, for many notes at once, a block of their own below everything."""
        everyone = self.members[None]
        loose = [n for n in everyone if n not in exclude] if exclude & everyone else everyone
        pitch_x, pitch_y = CARD_W + GAP, CARD_H + GAP
        if not loose:
            columns = unclustered_columns(count)
            box = self.content_box()
            if box is None:
                return grid(origin, count, columns)
            return grid((box[0] - columns * pitch_x - 2 * MARGIN, box[1] + TITLE_H), count, columns)
        if len(loose) < len(everyone):
            left = min(self.cards[n][0] for n in loose)
            top = min(self.cards[n][1] for n in loose)
            right = max(self.cards[n][0] for n in loose) + CARD_W
            bottom = max(self.cards[n][1] for n in loose) + CARD_H
        else:
            left, top, right, bottom = self.loose_box()
        columns = max(2, round((right - left + GAP) / pitch_x))
        if count > max(4 * columns, len(loose)):
            box = self.content_box() or (left, top, right, bottom)
            return grid((left, box[3] + 2 * MARGIN), count, unclustered_columns(count))
        skip = {("n", n) for n in exclude}
        out: list[Point] = []
        # Scan the block's grid from its last row (or from where the last call stopped).
        cell = max(0, math.floor((bottom - top) / pitch_y) - 1) * columns
        cursor = self._loose_cursor
        if cursor is not None and cursor[:3] == (left, top, columns):
            cell = max(cell, cursor[3])
        chosen: list[Rect] = []
        while len(out) < count:
            pos = (left + (cell % columns) * pitch_x, top + (cell // columns) * pitch_y)
            cell += 1
            rect = card_rect(pos)
            room = inflate(rect, CARD_ROOM - 1)
            if self.near(room) - skip or any(overlap(room, c) for c in chosen):
                continue
            out.append(pos)
            chosen.append(rect)
        self._loose_cursor = (left, top, columns, cell)
        return out

    def free_theme_origin(self, count: int, exclude=frozenset()) -> Point:
        """Where a new theme of `count` notes goes: after the last theme, wrapping rows,
        on a place where its frame lies on nothing."""
        size = frame_size(count)
        frames = [self.frame(t) for t in self.origins]
        if not frames:
            box = self.content_box()
            near = (40.0, 40.0) if box is None else (box[2] + 2 * MARGIN, box[1])
        else:
            left = min(f[0] for f in frames)
            top_row = max(f[1] for f in frames)
            last = max((f for f in frames if f[1] == top_row), key=lambda f: f[2])
            near = (last[2] + MARGIN, top_row)
            if near[0] + size[0] > left + ROW_WIDTH:
                near = (left, max(f[3] for f in frames) + MARGIN)
        return self.free_place(size, near, FRAME_ROOM, ignore={("n", n) for n in exclude})

    # ------------------------------------------------------------- planning

    def _record(self, kind: str, ident: str, pos, theme) -> None:
        if self._journal is not None:
            self._journal.append((kind, ident, pos, theme))

    def trial(self) -> _Trial:
        """`with layout.trial():` changes made inside are undone when it ends (to plan)."""
        return _Trial(self)

    def free_place(
        self, size: tuple[float, float], near: Point, room: float, ignore=frozenset()
    ) -> Point:
        """The top-left nearest `near` where a `size` rectangle (with `room` around it)
        lies on nothing but `ignore`; searched in rings around `near`, then below all."""
        w, h = size
        step = 24.0
        x0, y0 = near
        for ring in range(0, 40):
            candidates = _ring(ring)
            for dx, dy in sorted(candidates, key=lambda d: (abs(d[0]) + abs(d[1]), d[1], d[0])):
                x, y = x0 + dx * step, y0 + dy * step
                if not self.near(inflate((x, y, x + w, y + h), room - 1)) - ignore:
                    return (x, y)
        box = self.content_box() or (x0, y0, x0, y0)
        return (x0, box[3] + 2 * room)

    def make_room(self, keep: list[tuple[str, str]]) -> None:
        """Push whatever overlaps the frames or cards in `keep` to the right or down (the
        shorter way), and what those then overlap, until nothing overlaps."""
        fixed = set(keep)
        queue = list(keep)
        pushes = 0
        while queue and pushes < 20 * (len(self.origins) + len(self.members[None]) + 1):
            key = queue.pop(0)
            if key[0] == "t" and key[1] not in self.origins:
                continue
            if key[0] == "n" and self.theme_of.get(key[1], "-") is not None:
                continue
            rect = self.rect_of(key)
            for other in sorted(self.near(inflate(rect, _room(key) - 1))):
                if other == key or other in fixed:
                    continue
                theirs = self.rect_of(other)
                room = max(_room(key), _room(other))
                dx = rect[2] + room - theirs[0]
                dy = rect[3] + room - theirs[1]
                delta = (dx, 0.0) if dx <= dy else (0.0, dy)
                if other[0] == "t":
                    self.move_theme(other[1], delta)
                else:
                    x, y = self.cards[other[1]]
                    self.set_note(other[1], (x + delta[0], y + delta[1]), None)
                pushes += 1
                queue.append(other)


class _Trial:
    """Changes to a layout that are taken back at the end; `notes` and `themes` then hold
    where the changed notes (card) and themes (origin) ended up: the moves to save."""

    def __init__(self, layout: BoardLayout):
        self.layout = layout
        self.notes: dict[str, Point] = {}
        self.themes: dict[str, Point] = {}

    def __enter__(self) -> _Trial:
        if self.layout._journal is not None:
            raise RuntimeError("trials do not nest")
        self.layout._journal = []
        return self

    def __exit__(self, *exc) -> None:
        layout, journal = self.layout, self.layout._journal
        first: dict[tuple[str, str], tuple] = {}
        for kind, ident, pos, theme in journal:
            first.setdefault((kind, ident), (pos, theme))
        for (kind, ident), (pos, _theme) in first.items():
            if kind == "note" and ident in layout.cards and layout.cards[ident] != pos:
                self.notes[ident] = layout.cards[ident]
            elif kind == "theme" and ident in layout.origins:
                left, top, *_ = layout.frame(ident)
                origin = (left, top) if layout.members[ident] else layout.origins[ident]
                if origin != pos:
                    self.themes[ident] = origin
        layout._journal = None
        for kind, ident, pos, theme in reversed(journal):
            if kind == "note":
                if pos is None:
                    layout.remove_note(ident)
                else:
                    layout.set_note(ident, pos, theme)
            elif pos is None:
                layout.remove_theme(ident)
            else:
                layout.origins.setdefault(ident, pos)
                layout.set_theme(ident, pos)


def _room(key: tuple[str, str]) -> float:
    return FRAME_ROOM if key[0] == "t" else CARD_ROOM


def _cells_of(rect: Rect):
    i0, i1 = math.floor(rect[0] / _CELL), math.floor(rect[2] / _CELL)
    j0, j1 = math.floor(rect[1] / _CELL), math.floor(rect[3] / _CELL)
    for i in range(i0, i1 + 1):
        for j in range(j0, j1 + 1):
            yield (i, j)


def _ring(r: int) -> list[tuple[int, int]]:
    if r == 0:
        return [(0, 0)]
    out = []
    for d in range(-r, r + 1):
        out += [(d, -r), (d, r)]
    for d in range(-r + 1, r):
        out += [(-r, d), (r, d)]
    return out
