"""Text from a file, made safe to print in a terminal.

A series title, a note or a file name may hold escape sequences (`ESC ] 0 ; … BEL` sets
the terminal's title, `ESC [ 2 J` clears the screen, OSC 8 makes links) or control
characters that forge lines or reverse text. `safe` removes every escape sequence
(whole, never cut in half) and every C0 and C1 control character, DEL, and the
Unicode characters that reorder or break lines (bidi overrides and isolates, line
and paragraph separators); `say` prints through it. Newlines the program itself
writes stay; file text is flattened where it is put into a message (`one_line`).
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

#: A string sequence (OSC, DCS, ...) cut off before its end is removed up to the end of
#: its line only, so that a sequence cut in half never takes the lines after it along.
_ESCAPE = re.compile(
    r"""
    \x1b\[[0-?]*[\x20-/]*[@-~]?         # CSI ... final byte (cut-off ones too)
    | \x1b\][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?   # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b\x9c\n]*(?:\x1b\\|\x9c)?       # DCS, SOS, PM, APC ... ST
    | \x1b[\x20-/]*[0-~]?                # other escape sequences (two or three bytes)
    | \x9b[0-?]*[\x20-/]*[@-~]?         # CSI as one C1 character
    | [\x90\x98\x9d\x9e\x9f][^\x07\x9c\n]*[\x07\x9c]?  # C1 string controls ... ST
    """,
    re.VERBOSE,
)
#: C0 controls but newline and tab, DEL, C1 controls, and reordering or line-breaking marks.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def safe(text: object) -> str:
    """`text` without escape sequences or controls; newlines and tabs are kept."""
    cleaned = _ESCAPE.sub("", str(text))
    return _CONTROL.sub("", cleaned.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: object) -> str:
    """File text flattened to one line (every run of white space becomes one space)."""
    return " ".join(safe(text).split())


def say(
    *parts: object, file: TextIO | None = None, sep: str = " ", end: str = "\n", flush=False
) -> None:
    """`print`, through `safe`."""
    print(safe(sep.join(str(p) for p in parts)), file=file or sys.stdout, end=end, flush=flush)
