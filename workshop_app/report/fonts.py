"""The report's font family (DejaVu Sans, shipped in resources/fonts) and a coverage check.

Imports reportlab, so only the PDF renderer imports this module.

reportlab draws a character its font lacks as glyph 0 (.notdef) and, in its text
layer, as U+0000: the text is lost without a word. Two fixes keep such text
recoverable: a missing character is given its own code that draws a stand-in glyph
the font has (a white square; nothing for a combining mark) but maps back to the
real character in the PDF's ToUnicode table, and that table writes
characters beyond U+FFFF as UTF-16 surrogate pairs (reportlab writes an invalid
5-digit code there, which drops emoji from extracted text). The caller reports
every such character to the user.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from workshop_app.core.assets import asset

REGULAR, BOLD = "Samla-Regular", "Samla-Bold"
ITALIC, BOLD_ITALIC = "Samla-Italic", "Samla-BoldItalic"
FAMILY = "Samla"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
#: Characters that draw nothing and need no glyph.
INVISIBLE = frozenset("\n\t")

_lock = threading.Lock()
#: font name -> the code points the font really has (before any missing-glyph codes were added)
_covered: dict[str, frozenset[int]] = {}


def _utf16(value: int) -> str:
    if value > 0xFFFF:
        value -= 0x10000
        return f"{0xD800 + (value >> 10):04X}{0xDC00 + (value & 0x3FF):04X}"
    return f"{value:04X}"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with code points above U+FFFF as surrogate pairs."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    lines += [f"<{i:02X}> <{_utf16(v)}>" for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def register() -> None:
    """Register the family once per process (idempotent, thread-safe)."""
    with _lock:
        if _covered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, filename in FILES.items():
            with asset("fonts", filename).open("rb") as fh:
                font = TTFont(name, fh)
            pdfmetrics.registerFont(font)
            _covered[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )


def missing(text: str, font: str = REGULAR) -> list[str]:
    """Characters of `text` that `font` has no glyph for, in order of first appearance."""
    covered = _covered[font]
    seen = dict.fromkeys(ch for ch in set(text) if ord(ch) not in covered and ch not in INVISIBLE)
    return sorted(seen, key=text.index)


#: What a character the font lacks is drawn as: a white square for a visible character,
#: nothing for a mark or format character, a space for a space. Never glyph 0
#: (.notdef), which PDF/UA forbids showing.
SUBSTITUTE_BOX, SUBSTITUTE_NOTHING, SUBSTITUTE_SPACE = 0x25A1, 0x200B, 0x20


def substitute(char: str) -> int:
    kind = unicodedata.category(char)
    if kind in ("Mn", "Me", "Cf"):
        return SUBSTITUTE_NOTHING
    if kind == "Zs":
        return SUBSTITUTE_SPACE
    return SUBSTITUTE_BOX


def keep_in_text_layer(chars: set[str]) -> None:
    """Give each missing character its own code: drawn as a substitute glyph (a white
    square, or nothing for a combining mark), extracted as the character itself."""
    with _lock:
        for name in FILES:
            face = pdfmetrics.getFont(name).face
            for ch in chars:
                code = ord(ch)
                if code not in _covered[name] and code not in face.charToGlyph:
                    stand_in = substitute(ch)
                    face.charToGlyph[code] = face.charToGlyph[stand_in]
                    face.charWidths[code] = face.charWidths.get(stand_in, face.defaultWidth)


@dataclass(frozen=True)
class Missing:
    char: str

    def describe(self) -> str:
        name = unicodedata.name(self.char, "")
        code = f"U+{ord(self.char):04X}"
        return f"{self.char} ({code} {name})" if name else code
