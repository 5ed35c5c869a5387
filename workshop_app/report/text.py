"""Text helpers shared by every renderer: cleaning, safe links, dates, right-to-left runs."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from workshop_app.report.labels import MONTHS, report_language

#: C0 controls other than tab and newline, DEL and the C1 controls: invisible, and
#: not allowed in XML (DOCX) or in a PDF's text layer.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Noncharacters (U+FDD0..U+FDEF and U+xFFFE/U+xFFFF in every plane): never text.
_NONCHARACTER = re.compile(
    "[\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
    + "]"
)


def clean(text: str | None) -> str:
    """User text with line endings normalised, invisible control characters removed,
    noncharacters shown as U+FFFD (the replacement character) and U+FEFF as U+2060."""
    if not text:
        return ""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # U+FEFF inside text is the old zero-width no-break space: U+2060 is its successor
    return _NONCHARACTER.sub("\ufffd", text).replace("\ufeff", "\u2060")


def parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def format_date(value: str | date | None, language: str) -> str:
    """'15 mars 2021' / '15 March 2021'; text that is not an ISO date is kept as it is."""
    day = value if isinstance(value, date) else parse_date(value)
    if day is None:
        return clean(value if isinstance(value, str) else "")
    month = MONTHS[report_language(language)][day.month - 1]
    return f"{day.day} {month} {day.year}"


def join_words(items: list[str], language: str) -> str:
    """'a, b och c' / 'a, b and c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    word = "och" if report_language(language) == "sv" else "and"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


#: Blocks that hold right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, ... and
#: their presentation forms): a fast filter before the exact per-character test.
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def has_rtl(text: str) -> bool:
    return _RTL_BLOCKS.search(text) is not None and any(_is_rtl(ch) for ch in text)


def visual_order(text: str) -> str:
    """Reverse right-to-left runs so that a left-to-right PDF line shows them in reading order.

    A PDF draws glyphs left to right, and PDF text extractors read right-to-left runs
    back in reverse. Each run of right-to-left letters (with the spaces and neutral
    marks between them) is reversed, keeping combining marks after their letter.
    A run that wraps over lines reads its lines in the wrong order, and letters are
    not joined (no shaping): both are reported to the user as a warning.
    """
    if not has_rtl(text):
        return text
    out: list[str] = []
    run: list[list[str]] = []  # clusters of a pending run

    def flush() -> None:
        # trailing neutrals belong after the run, not inside it
        tail: list[list[str]] = []
        while run and not _is_rtl(run[-1][0]):
            tail.insert(0, run.pop())
        for cluster in reversed(run):
            out.extend(cluster)
        for cluster in tail:
            out.extend(cluster)
        run.clear()

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if run and kind == "NSM":
            run[-1].append(ch)
        elif kind in ("R", "AL"):
            run.append([ch])
        elif run and kind in ("WS", "ON", "CS", "BN") and ch != "\n":
            run.append([ch])
        else:
            if run:
                flush()
            out.append(ch)
    flush()
    return "".join(out)


def snippet(text: str, length: int = 40) -> str:
    """A short, one-line excerpt of user text for messages."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


#: A lesson's lead: a few words ending in a full stop or colon, then the rest.
_LEAD = re.compile(r"^(\S[^.:!?\n]{0,40}?[.:])\s+(\S.*)$", re.DOTALL)


def lead_words(text: str) -> tuple[str, str]:
    """('Tydlighet.', 'Varje part ...') when the text opens with a short lead of at most
    four words; ('', text) otherwise."""
    m = _LEAD.match(text)
    if m and len(m.group(1).split()) <= 4:
        return m.group(1), m.group(2)
    return "", text


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(hex_colour: str, background: str = "#FFFFFF") -> float:
    """WCAG contrast ratio of two '#RRGGBB' colours."""
    a, b = sorted((_luminance(hex_colour), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable(hex_colour: str, minimum: float = 4.5) -> str:
    """The colour, darkened just enough for text on white to meet WCAG AA (4.5:1)."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    colour = f"#{r:02X}{g:02X}{b:02X}"
    while contrast(colour) < minimum:
        r, g, b = (int(v * 0.9) for v in (r, g, b))
        colour = f"#{r:02X}{g:02X}{b:02X}"
    return colour
