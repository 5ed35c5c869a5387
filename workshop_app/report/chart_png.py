"""The vote chart as a PNG picture (Pillow, which reportlab already depends on), for DOCX.

Drawn at print resolution with the report's own font (DejaVu Sans): theme names
wrapped on the left, a bar and the count on the right. The document puts the same
numbers in a table beside it, and the picture's alt text says what it shows.
"""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

from workshop_app.core.assets import asset
from workshop_app.report.model import Question
from workshop_app.report.text import visual_order

#: Pixels per point: 16 cm wide at about 250 dpi.
SCALE = 3.5
WIDTH_PT = 450


def _font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    with asset("fonts", name).open("rb") as fh:
        return ImageFont.truetype(io.BytesIO(fh.read()), round(size * SCALE))


def chart_png(question: Question, *, bar="#5e9c96", ink="#1d1d1b", muted="#5a5f63") -> bytes:
    """The question's votes per theme as a PNG (white background)."""
    label_font, number_font = _font(8.5), _font(8.5)
    width = round(WIDTH_PT * SCALE)
    label_w = width * 0.44
    x0 = label_w + 10 * SCALE
    span = width - x0 - 30 * SCALE
    line = round(11 * SCALE)
    chars = max(int(label_w / (label_font.getlength("n") or 1)), 8)
    rows = []
    for t in question.themes:
        lines = textwrap.wrap(visual_order(" ".join(t.title.split())), chars) or [""]
        if len(lines) > 3:  # the table beside the chart has the whole name
            lines = lines[:2] + [textwrap.shorten(" ".join(lines[2:]), chars - 1, placeholder="…")]
        rows.append(lines)
    heights = [max(len(r) * line, round(12 * SCALE)) + round(5 * SCALE) for r in rows]
    height = sum(heights) + round(4 * SCALE)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    top_votes = max((t.votes or 0) for t in question.themes) or 1
    y = round(2 * SCALE)
    for theme, lines, h in zip(question.themes, rows, heights, strict=True):
        for i, text in enumerate(lines):
            draw.text((0, y + i * line), text, font=label_font, fill=ink)
        votes = theme.votes or 0
        length = max(span * votes / top_votes, SCALE)
        bar_top = y + round(1.5 * SCALE)
        draw.rectangle((x0, bar_top, x0 + length, bar_top + round(8.5 * SCALE)), fill=bar)
        draw.text(
            (x0 + length + 4 * SCALE, bar_top - SCALE), str(votes), font=number_font, fill=muted
        )
        y += h
    draw.line((x0 - SCALE, 0, x0 - SCALE, height), fill="#c9d3d2", width=round(SCALE * 0.6))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
