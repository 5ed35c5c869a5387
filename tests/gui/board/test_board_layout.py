"""Tidy layout geometry (pure Python)."""

from __future__ import annotations

from workshop_app.core import layout
from workshop_app.core.layout import CARD_H, CARD_W, TITLE_H


def rect(x, y, w, h):
    return (x, y, x + w, y + h)


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_tidy_puts_notes_in_their_frames_without_overlaps():
    themes = [(f"t{i}", [f"n{i}-{k}" for k in range(i + 1)]) for i in range(9)]
    loose = [f"u{k}" for k in range(10)]
    pos = layout.tidy(themes, loose, (40.0, 40.0))
    cards = {k: rect(*pos[k], CARD_W, CARD_H) for k in pos if not k.startswith("t")}
    frames = {t: rect(*pos[t], *layout.frame_size(len(ns))) for t, ns in themes}
    names = list(cards)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not overlap(cards[a], cards[b]), (a, b)
    frame_names = list(frames)
    for i, a in enumerate(frame_names):
        for b in frame_names[i + 1 :]:
            assert not overlap(frames[a], frames[b]), (a, b)
    for theme_id, notes in themes:
        f = frames[theme_id]
        for n in notes:
            c = cards[n]
            assert f[0] < c[0] and c[2] < f[2] and f[1] + TITLE_H <= c[1] and c[3] < f[3]
    # The unclustered notes are a block of their own, left of every theme.
    right_of_loose = max(cards[u][2] for u in loose)
    assert all(f[0] > right_of_loose for f in frames.values())
    # Themes wrap into rows: the board is not one long strip.
    assert len({pos[t][1] for t, _ in themes}) > 1
