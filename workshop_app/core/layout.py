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
