"""Text on the screens the room sees (participant mode, dot voting, presentation mode).

Fonts are multiples of the system font; labels show untrusted note text as plain
text that wraps anywhere (a 500-character word or a long web address cannot push
buttons off screen) and that direction controls cannot reorder (a right-to-left
override shows the text as it was typed). The stored note is never changed: only
what is drawn.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from workshop_app.gui import style

#: Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they can
#: reverse or reorder text beyond the note; the marks U+200E/U+200F stay.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Runs without blank space longer than this get invisible break chances.
_LONG_RUN = 16
_BREAK = "\u200b"


def scaled_font(factor: float, *, bold: bool = False, base: QFont | None = None) -> QFont:
    """The application font (or `base`) scaled by `factor`: see `gui.style.scaled_font`."""
    return style.scaled_font(base, factor, bold)


def _breakable_after(ch: str, following: str) -> bool:
    """A break between `ch` and `following` splits no letter, emoji or flag."""
    if ord(ch) >= 0x2600 or ord(following) >= 0x2600:
        return False  # emoji, flags and their joiners stay whole
    return not unicodedata.category(following).startswith("M") and following != "\u200d"


def display_text(text: str) -> str:
    """`text` as the room's screens draw it: direction controls removed, and break
    chances (zero-width spaces) inside runs too long to fit on a line."""
    text = _DIRECTION_CONTROLS.sub("", text)

    def soften(match: re.Match) -> str:
        run = match.group(0)
        out = []
        for index, ch in enumerate(run):
            out.append(ch)
            if index + 1 < len(run) and _breakable_after(ch, run[index + 1]):
                out.append(_BREAK)
        return "".join(out)

    return re.sub(rf"\S{{{_LONG_RUN + 1},}}", soften, text)


def label(text: str, factor: float = 1.0, *, bold: bool = False, wrap: bool = True) -> QLabel:
    """A plain-text label in the room's type (trusted interface text)."""
    widget = QLabel(text)
    widget.setFont(scaled_font(factor, bold=bold))
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.PlainText)
    return widget


def note_label(text: str, factor: float = 1.0, *, bold: bool = False) -> QLabel:
    """A label for untrusted text (a note, a question, a theme's title): plain text that
    wraps anywhere and keeps its order; the text itself is its accessible description."""
    widget = label(display_text(text), factor, bold=bold)
    widget.setAccessibleDescription(text)
    return widget


def set_note_text(widget: QLabel, text: str) -> None:
    """Show untrusted `text` on an existing label made by `note_label`."""
    widget.setText(display_text(text))
    widget.setAccessibleDescription(text)
