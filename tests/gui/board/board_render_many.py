"""Render a board of thousands of notes into an image many times (run as a script).

Run in a subprocess by test_board_render_crash.py: PySide6 6.12.0 on Python 3.11 crashes
in this situation (a Python-overridden paint() rendered into a QImage), and a
crash must fail one test, not kill the test run.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene  # noqa: E402

from workshop_app.core.layout import tidy  # noqa: E402
from workshop_app.gui.board.items import NoteItem, ThemeItem  # noqa: E402

PAINTS = 0


class CountedNote(NoteItem):
    def paint(self, painter, option, widget=None) -> None:
        global PAINTS
        PAINTS += 1
        super().paint(painter, option, widget)


def main(notes: int, renders: int) -> int:
    app = QApplication.instance() or QApplication([])
    scene = QGraphicsScene()
    themes = [(f"t{t}", [f"n{t}-{i}" for i in range(10)]) for t in range(notes // 20)]
    loose = [f"u{i}" for i in range(notes - 10 * len(themes))]
    positions = tidy(themes, loose, (40.0, 40.0))
    for theme_id, _members in themes:
        item = ThemeItem({"id": theme_id, "title": f"Tema {theme_id}", "position": 0})
        scene.addItem(item)
        scene.addItem(item.label)
        item.place(QPointF(*positions[theme_id]))
    colours = ["#F9E27D", "#9ED2F0", "#C7E8B5", "#3D5A80"]
    for k, note_id in enumerate([m for _, ms in themes for m in ms] + loose):
        row = {
            "id": note_id,
            "text": f"Anteckning {k}: bättre bussar och bredband i byarna",
            "is_quote": k % 7 == 0,
            "theme_id": None,
            "created_at": "",
        }
        item = CountedNote(row, colours[k % len(colours)])
        # As when the board is exported: no pixmap cache, paint() draws into the image.
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        item.setPos(*positions[note_id])
        scene.addItem(item)
    source = scene.itemsBoundingRect()
    for i in range(renders):
        # Alternate between the whole board (blocks) and a close-up (cards with text).
        if i % 2:
            target = QRectF(0, 0, 1200, 1200 * source.height() / source.width())
            rect = source
        else:
            target = QRectF(0, 0, 1600, 1000)
            rect = QRectF(source.left() + (i * 37) % 2000, source.top(), 1600, 1000)
        image = QImage(int(target.width()), int(target.height()), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, target, rect)
        painter.end()
    app.processEvents()
    print(f"rendered {notes} notes {renders} times, {PAINTS} paint calls")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2])))
