"""The report's building blocks on the page: tagged flowables with print-grade breaking rules.

Every flowable that draws real content holds the structure node it belongs to
(`tagging.Node`) and draws inside it; decoration (rules, tints, bars) is drawn as an
artifact. Breaking rules, on top of reportlab's widow and orphan control:

- a heading travels with the first lines of what follows it (`KeepWithFirstLines`,
  used for keepWithNext), never with all of it: a long synthesis splits, its
  heading never stands alone at the foot of a page;
- a block that is kept whole (a box, a quote, a lesson, a chart) moves to the next
  page only when less than a quarter of the page is left (`Group.keep`); with more
  room it splits there, so no page ends with more than a quarter blank;
- a box or quote that starts a page repeats its theme's name above it.
"""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus.flowables import _listWrapOn

from workshop_app.report.tagging import Node

#: A kept-whole block moves to the next page only when less than this part of a page is left.
QUARTER = 0.25


def _frame_height(flowable: Flowable, default: float) -> float:
    frame = getattr(flowable, "_frame", None)
    return getattr(frame, "_aH", None) or getattr(frame, "_height", None) or default


def _at_top(flowable: Flowable) -> bool:
    frame = getattr(flowable, "_frame", None)
    return bool(getattr(frame, "_atTop", False))


class Para(Paragraph):
    """A paragraph drawn inside its structure node; `outline` makes it a bookmark target.

    `outline` is (title, level, key): the bookmark lands on the paragraph itself.
    """

    node: Node | None = None
    outline: tuple[str, int, str] | None = None

    def __init__(self, text, style, node: Node | None = None, outline=None, **kw):
        super().__init__(text, style, **kw)
        self.node = node
        self.outline = outline

    def split(self, aW, aH):
        parts = super().split(aW, aH)
        for i, part in enumerate(parts):
            if part is not self:
                part.node = self.node
                part.outline = self.outline if i == 0 else None
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        if self.outline is not None:
            title, level, key = self.outline
            canv.saveState()
            canv.translate(x, y)
            canv.bookmarkHorizontal(key, 0, self.height)
            canv.restoreState()
            canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        with canv.tagged(self.node):
            super().drawOn(canv, x, y, _sW)


class Rule(Flowable):
    """A thin horizontal rule (decoration: an artifact)."""

    def __init__(self, colour, width_fraction: float = 1.0, space: float = 6, weight=0.8):
        super().__init__()
        self.colour, self.fraction, self.space, self.weight = colour, width_fraction, space, weight

    def wrap(self, aW, aH):
        self.width = aW * self.fraction
        return self.width, 2 * self.space

    def drawOn(self, canv, x, y, _sW=0):
        with canv.artifact():
            super().drawOn(canv, x, y, _sW)

    def draw(self):
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.weight)
        self.canv.line(0, self.space, self.width, self.space)


class KeepWithFirstLines(KeepTogether):
    """keepWithNext for headings: they move only with the first lines of what follows.

    reportlab's KeepTogether would move a heading and its whole synthesis to the next
    page, leaving a gap; here the synthesis splits where it must (at least two lines
    stay with the heading, reportlab's orphan control), and only when even that
    does not fit does the group start the next page.
    """

    def split(self, aW, aH):
        content = self._content[:]
        heads, body = content[:-1], content[-1]
        if not heads:
            return content
        total = _listWrapOn(content, aW, self.canv)[1]
        if total <= aH:
            return content
        head_height = _listWrapOn(heads, aW, self.canv)[1]
        # the frame puts the larger of the two spaces between them (overlapping spaces)
        gap = max(heads[-1].getSpaceAfter(), body.getSpaceBefore())
        room = aH - head_height - gap - 0.5
        parts = body.splitOn(self.canv, aW, room) if room > 0 else []
        if parts:
            _, first = parts[0].wrapOn(self.canv, aW, room)
            if first <= room + 1e-6:
                return [*heads, *parts]
        if _at_top(self):
            return content  # nothing better anywhere: flow as it comes
        from reportlab.platypus.doctemplate import FrameBreak

        return [FrameBreak(), *content]


class Group(Flowable):
    """Flowables drawn as one block: a box, a quote, a list item's parts, a chart.

    `keep`: the block moves to the next page whole unless more than a quarter of
    a page is left, in which case it splits there. `background` and `bar` draw a
    tint and a left rule (artifacts); `repeat` is a flowable (the theme's name)
    shown above the block when it starts a page.
    """

    def __init__(
        self,
        content: list[Flowable],
        *,
        keep: bool = True,
        padding: tuple[float, float, float, float] = (0, 0, 0, 0),
        background=None,
        bar=None,
        bar_width: float = 2.2,
        repeat: Flowable | None = None,
        space_before: float = 0,
        space_after: float = 0,
        page_height: float = 700,
        continued: bool = False,
    ):
        super().__init__()
        self.content = content
        self.keep = keep
        self.padding = padding  # top, right, bottom, left
        self.background = background
        self.bar = bar
        self.bar_width = bar_width
        self.repeat = repeat
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.page_height = page_height
        self.continued = continued
        self._show_repeat = False

    def _copy(self, content: list[Flowable], continued: bool) -> Group:
        return Group(
            content,
            keep=self.keep,
            padding=self.padding,
            background=self.background,
            bar=self.bar,
            bar_width=self.bar_width,
            repeat=self.repeat,
            space_before=self.spaceBefore,
            space_after=self.spaceAfter,
            page_height=self.page_height,
            continued=continued,
        )

    def _inner_width(self, aW: float) -> float:
        return aW - self.padding[1] - self.padding[3]

    def _layout(self, aW: float) -> float:
        inner = self._inner_width(aW)
        self._heights = []
        height = self.padding[0] + self.padding[2]
        previous_after = 0.0
        for i, f in enumerate(self.content):
            _, h = f.wrapOn(self.canv, inner, 0xFFFFFF)
            gap = 0.0 if i == 0 else max(f.getSpaceBefore(), previous_after)
            self._heights.append((gap, h))
            height += gap + h
            previous_after = f.getSpaceAfter()
        return height

    def wrap(self, aW, aH):
        self._show_repeat = bool(self.repeat is not None and _at_top(self) and not self.continued)
        self.width = aW
        self.height = self._layout(aW)
        if self._show_repeat:
            _, self._repeat_h = self.repeat.wrapOn(self.canv, aW, aH)
            self.height += self._repeat_h + self.repeat.getSpaceAfter()
        return aW, self.height

    def split(self, aW, aH):
        self.wrap(aW, aH)
        if self.height <= aH:
            return [self]
        page = _frame_height(self, self.page_height)
        if self.keep and aH < QUARTER * page and not _at_top(self):
            return []
        inner = self._inner_width(aW)
        room = aH - self.padding[0] - self.padding[2]
        if self._show_repeat:
            room -= self._repeat_h + self.repeat.getSpaceAfter()
        used = 0.0
        for i, (f, (gap, h)) in enumerate(zip(self.content, self._heights, strict=True)):
            if used + gap + h <= room:
                used += gap + h
                continue
            parts = f.splitOn(self.canv, inner, room - used - gap) if room - used - gap > 0 else []
            first = self.content[:i] + parts[:1]
            rest = parts[1:] + self.content[i + 1 :] if parts else self.content[i:]
            if not first:
                return []
            head = self._copy(first, self.continued)
            head._show_repeat = self._show_repeat
            return [head, self._copy(rest, True)]
        return [self]

    def draw(self):
        canv = self.canv
        top, _, bottom, left = self.padding
        box_top = self.height
        if self._show_repeat:
            y = self.height - self._repeat_h
            with canv.artifact():
                canv.saveState()
                self.repeat.drawOn(canv, 0, y)
                canv.restoreState()
            box_top = y - self.repeat.getSpaceAfter()
        if self.background is not None or self.bar is not None:
            with canv.artifact():
                canv.saveState()
                if self.background is not None:
                    canv.setFillColor(self.background)
                    canv.rect(0, 0, self.width, box_top, stroke=0, fill=1)
                if self.bar is not None:
                    canv.setFillColor(self.bar)
                    canv.rect(0, 0, self.bar_width, box_top, stroke=0, fill=1)
                canv.restoreState()
        y = box_top - top
        for f, (gap, h) in zip(self.content, self._heights, strict=True):
            y -= gap + h
            f.drawOn(canv, left, y)


class Label:
    """A list item's label ("1.", "•"): one line of our own text drawn directly inside
    its Lbl node, aligned with the body's first line. Far cheaper than a Paragraph, which
    matters for an appendix of thousands of notes."""

    def __init__(self, text: str, style, node: Node | None, *, right: bool = False):
        self.text, self.style, self.node, self.right = text, style, node, right
        self.width = self.height = 0.0

    def wrapOn(self, canv, aW, aH):
        self.width, self.height = aW, self.style.leading
        return self.width, self.height

    def drawOn(self, canv, x, y, _sW=0):
        style = self.style
        baseline = y + self.height - style.fontSize
        if self.right:
            x += self.width - canv.stringWidth(self.text, style.fontName, style.fontSize)
        with canv.tagged(self.node):
            # one text object of its own, written directly: the same few bytes for each of
            # thousands of bullets, and the canvas' own state is untouched
            colour = self._shown(canv)
            canv.addLiteral(f"BT {colour} 1 0 0 1 {x:.2f} {baseline:.2f} Tm {self._text} ET")

    def _shown(self, canv) -> str:
        """Font and colour operators, and the encoded text, made once per document."""
        # per canvas: a font's codes for a character depend on the document
        codes = canv.__dict__.setdefault("_label_code", {})
        key = (self.style.fontName, self.style.fontSize, self.text)
        cached = codes.get(key)
        if cached is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.pdfdoc import PDFString

            font = pdfmetrics.getFont(self.style.fontName)
            doc = canv._doc
            runs = []
            for subset, data in font.splitString(self.text, doc):
                name = font.getSubsetInternalName(subset, doc)
                text = PDFString(data, enc="raw").format(doc).decode("latin-1")
                runs.append(f"{name} {self.style.fontSize:g} Tf {text} Tj")
            colour = self.style.textColor
            rgb = " ".join(f"{c:.3f}" for c in (colour.red, colour.green, colour.blue))
            cached = codes[key] = (f"{rgb} rg", " ".join(runs))
        self._text = cached[1]
        return cached[0]


class ListItem(Flowable):
    """A list item: its label (Lbl) hanging in the margin, its body (LBody) beside it."""

    def __init__(self, label: Label | None, body: Flowable, indent: float, *, keep: bool, **kw):
        super().__init__()
        self.label, self.body, self.indent, self.keep = label, body, indent, keep
        self.spaceBefore = kw.get("space_before", 0)
        self.spaceAfter = kw.get("space_after", 0)
        self.page_height = kw.get("page_height", 700)
        #: room between the label and the body
        self.gap = kw.get("gap", 3)

    def wrap(self, aW, aH):
        self.width = aW
        _, body_h = self.body.wrapOn(self.canv, aW - self.indent, aH)
        label_h = self.label.wrapOn(self.canv, self.indent - self.gap, aH)[1] if self.label else 0
        self.height = max(body_h, label_h)
        return aW, self.height

    def split(self, aW, aH):
        self.wrap(aW, aH)
        if self.height <= aH:
            return [self]
        page = _frame_height(self, self.page_height)
        if self.keep and (self.height <= page * QUARTER or aH < page * QUARTER):
            return []
        parts = self.body.splitOn(self.canv, aW - self.indent, aH)
        if len(parts) < 2:
            return []
        first = ListItem(self.label, parts[0], self.indent, keep=False, gap=self.gap)
        first.spaceBefore = self.spaceBefore
        rest = [ListItem(None, p, self.indent, keep=False, gap=self.gap) for p in parts[1:]]
        rest[-1].spaceAfter = self.spaceAfter
        return [first, *rest]

    def drawOn(self, canv, x, y, _sW=0):
        # no translation of its own: thousands of appendix notes draw one state less each
        if self.label is not None:
            self.label.drawOn(canv, x, y + self.height - self.label.height)
        self.body.drawOn(canv, x + self.indent, y + self.height - self.body.height)


class TaggedTable(Table):
    """A reportlab Table whose rules and tints are artifacts; its cells are tagged `Para`s."""

    def _drawBkgrnd(self):
        with self.canv.artifact():
            super()._drawBkgrnd()

    def _drawLines(self):
        with self.canv.artifact():
            super()._drawLines()


class VoteChart(Flowable):
    """Votes per theme as horizontal bars, tagged as what it is for a screen reader.

    The bars are one Figure (with Alt text saying what the chart shows); the theme
    names and the numbers beside the bars are a real Table (a row header per theme,
    a data cell per count) with the chart's title as its caption. Long theme names
    wrap instead of being cut; a chart taller than the room left splits by rows.
    """

    def __init__(
        self,
        caption: Para | None,
        rows: list[tuple[Para, int, Node]],
        *,
        figure: Node,
        maximum: int,
        number_style,
        bar_colour,
        rule_colour,
        page_height: float = 700,
        label_fraction: float = 0.46,
    ):
        super().__init__()
        self.caption, self.rows, self.figure = caption, rows, figure
        self.maximum = max(maximum, 1)
        self.number_style = number_style
        self.bar_colour, self.rule_colour = bar_colour, rule_colour
        self.page_height = page_height
        self.label_fraction = label_fraction
        self.spaceBefore, self.spaceAfter = 4, 10
        self.bar = 8.5
        self.gap = 5

    def _copy(self, caption, rows) -> VoteChart:
        chart = VoteChart(
            caption,
            rows,
            figure=self.figure,
            maximum=self.maximum,
            number_style=self.number_style,
            bar_colour=self.bar_colour,
            rule_colour=self.rule_colour,
            page_height=self.page_height,
            label_fraction=self.label_fraction,
        )
        chart.spaceBefore = self.spaceBefore if caption is not None else 0
        return chart

    def _row_heights(self, aW: float) -> list[float]:
        label_w = aW * self.label_fraction
        heights = []
        for label, _, _ in self.rows:
            _, h = label.wrapOn(self.canv, label_w, 0xFFFFFF)
            heights.append(max(h, self.bar + 2) + self.gap)
        return heights

    def wrap(self, aW, aH):
        self.width = aW
        self._caption_h = self.caption.wrapOn(self.canv, aW, aH)[1] + 3 if self.caption else 0
        self._heights = self._row_heights(aW)
        self.height = self._caption_h + sum(self._heights)
        return aW, self.height

    def split(self, aW, aH):
        self.wrap(aW, aH)
        if self.height <= aH:
            return [self]
        page = _frame_height(self, self.page_height)
        if aH < QUARTER * page and not _at_top(self):
            return []
        used, n = self._caption_h, 0
        for h in self._heights:
            if used + h > aH:
                break
            used += h
            n += 1
        if n == 0:
            return []
        return [self._copy(self.caption, self.rows[:n]), self._copy(None, self.rows[n:])]

    def draw(self):
        canv = self.canv
        label_w = self.width * self.label_fraction
        number_w = 28
        x0 = label_w + 8
        span = max(self.width - x0 - number_w, 10)
        tops, y = [], self.height - self._caption_h
        for h in self._heights:
            tops.append(y)
            y -= h
        # the bars first (one Figure), then the table's text in reading order
        with canv.tagged(self.figure):
            canv.saveState()
            canv.setFillColor(self.bar_colour)
            for (_, votes, _), top in zip(self.rows, tops, strict=True):
                length = span * votes / self.maximum
                if length > 0:
                    canv.rect(x0, top - self.bar - 1.5, max(length, 1), self.bar, stroke=0, fill=1)
            canv.restoreState()
        with canv.artifact():
            canv.saveState()
            canv.setStrokeColor(self.rule_colour)
            canv.setLineWidth(0.6)
            canv.line(x0 - 0.5, tops[0] + 1, x0 - 0.5, tops[-1] - self._heights[-1] + self.gap - 1)
            canv.restoreState()
        if self.caption is not None:
            self.caption.drawOn(canv, 0, self.height - self._caption_h + 3)
        style = self.number_style
        for (label, votes, cell), top in zip(self.rows, tops, strict=True):
            label.drawOn(canv, 0, top - label.height)
            length = span * votes / self.maximum
            with canv.tagged(cell):
                canv.saveState()
                canv.setFont(style.fontName, style.fontSize)
                canv.setFillColor(style.textColor)
                canv.drawString(x0 + max(length, 1) + 4, top - self.bar + 0.5, str(votes))
                canv.restoreState()


class TocLine(Flowable):
    """A table-of-contents entry: its title (a link) and, flush right, its page number.

    Both are drawn inside the entry's Link node, so a screen reader hears the title and
    the page as one link.
    """

    def __init__(self, title: Para, page: str, node: Node, number_width: float = 26):
        super().__init__()
        self.title, self.page, self.node, self.number_width = title, page, node, number_width

    def wrap(self, aW, aH):
        self.width = aW
        _, self.height = self.title.wrapOn(self.canv, aW - self.number_width, aH)
        return aW, self.height

    def getSpaceBefore(self):
        return self.title.getSpaceBefore()

    def getSpaceAfter(self):
        return self.title.getSpaceAfter()

    def draw(self):
        canv, style = self.canv, self.title.style
        self.title.drawOn(canv, 0, 0)
        lines = len(getattr(getattr(self.title, "blPara", None), "lines", [None]))
        baseline = self.height - style.fontSize - (lines - 1) * style.leading
        with canv.tagged(self.node):
            canv.saveState()
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawRightString(self.width, baseline, self.page)
            canv.restoreState()


class Logo(Flowable):
    """The organization's logo (a PNG), drawn as a Figure whose Alt text says what it is."""

    def __init__(self, data: bytes, node: Node, max_width: float, max_height: float):
        super().__init__()
        from reportlab.lib.utils import ImageReader

        self.image = ImageReader(io.BytesIO(data))
        width, height = self.image.getSize()
        scale = min(max_width / width, max_height / height)
        self.draw_width, self.draw_height = width * scale, height * scale
        self.node = node
        self.spaceAfter = 10

    def wrap(self, aW, aH):
        return self.draw_width, self.draw_height

    def drawOn(self, canv, x, y, _sW=0):
        with canv.tagged(self.node):
            canv.drawImage(self.image, x, y, self.draw_width, self.draw_height, mask="auto")
