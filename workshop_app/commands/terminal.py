"""Text from a workshop file, made safe to print on a terminal.

A file may come from another laptop: its text can hold escape sequences that move
the cursor, change colours, retitle the window or hide what follows, and bidi or
zero-width characters that reorder or hide a line. Printed text keeps none of them.
"""

from __future__ import annotations

import re
import unicodedata

#: ESC-started sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and the rest.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)


def safe(text: str) -> str:
    """`text` on one line: escape sequences removed, control and format characters too."""
    text = _ESCAPES.sub("", text)
    out = []
    for char in text:
        category = unicodedata.category(char)
        if char in "\t\n\r\v\f\x85\u2028\u2029":
            out.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            continue
        else:
            out.append(char)
    return "".join(out)
