"""The things on the board: sticky notes, theme frames, and far-zoom theme labels.

Items paint themselves in Python, so each paint is kept cheap: a note's text is
laid out once into a QStaticText (re-laid out only when the text changes), and at
far zoom (level of detail below `FAR`) a note is a plain coloured block and a
theme's title is drawn large over its frame instead.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from workshop_app.core.layout import CARD_H, CARD_W, PAD, TITLE_H
from workshop_app.gui.style import text_colour_for

#: Below this level of detail (screen pixels per board unit) cards are drawn as blocks.
FAR = 0.3
DEFAULT_NOTE_COLOUR = "#F9E27D"
#: At far zoom a theme's title covers at most this share of its frame (the top).
LABEL_SHARE = 0.5

INK = QColor("#1F2328")
PAPER_INK = QColor("#FFFFFF")
SELECTED = QColor("#2F6FDB")
MATCH = QColor("#E4572E")
FRAME_FILL = QColor("#F4F2ED")
FRAME_LINE = QColor("#CDC6B8")
TITLE_INK = QColor("#3B3A36")
BADGE_INK = QColor(59, 58, 54, 140)
SHADOW = QColor(0, 0, 0, 38)

_TEXT_MARGIN = 10.0
_NOTE_FONT_PX = 13
_TITLE_FONT_PX = 17


_FONTS: dict[tuple[str, int], QFont] = {}
#: A perspective's colour -> (paper, ink): worked out once, not for every card.
_COLOURS: dict[str | None, tuple[QColor, QColor]] = {}
_CARD = QRectF(0, 0, CARD_W, CARD_H)


def note_font() -> QFont:
    font = _FONTS.get(("note", _NOTE_FONT_PX))
    if font is None:
        font = _FONTS[("note", _NOTE_FONT_PX)] = QFont()
        font.setPixelSize(_NOTE_FONT_PX)
    return font


def title_font(px: float = _TITLE_FONT_PX) -> QFont:
    """The bold font of theme titles at a pixel size (kept: paint asks for it often)."""
    size = max(1, round(px))
    font = _FONTS.get(("title", size))
    if font is None:
        font = QFont()
        font.setPixelSize(size)
        font.setWeight(QFont.Weight.DemiBold)
        if len(_FONTS) < 400:
            _FONTS[("title", size)] = font
    return font


def _fitted_text(text: str, font: QFont, width: float, height: float) -> QStaticText:
    """A laid-out text that fits the box, shortened with an ellipsis when it does not."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def make(s: str) -> QStaticText:
        st = QStaticText(s)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.setTextOption(option)
        st.setTextWidth(width)
        st.prepare(font=font)
        return st

    text = " ".join(text.split())  # newlines and runs of spaces would waste the card
    # Even the longest note only needs the first few hundred characters on a card.
    candidate = text[:400]
    st = make(candidate)
    if st.size().height() <= height and len(candidate) == len(text):
        return st
    lo, hi = 0, len(candidate)
    while lo < hi:  # the longest prefix that fits with an ellipsis
        mid = (lo + hi + 1) // 2
        if make(candidate[:mid].rstrip() + "…").size().height() <= height:
            lo = mid
        else:
            hi = mid - 1
    return make(candidate[:lo].rstrip() + "…")


class NoteItem(QGraphicsRectItem):
    """A sticky note: the text on a card in its perspective's colour. No author.

    A QGraphicsRectItem so that its geometry (boundingRect, shape) is answered in
    C++: only paint() is Python, and only when the card's cached pixmap is stale.
    """

    KIND = "note"

    def __init__(self, row: dict, colour: str | None):
        super().__init__(0, 0, CARD_W, CARD_H)
        self.setPen(Qt.PenStyle.NoPen)
        self.note_id: str = row["id"]
        self.row = row
        #: Where the automatic layout put this note (used while its stored position is unset).
        self.matched = False
        self._static: QStaticText | None = None
        self._static_key: str | None = None
        self.set_colour(colour)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setZValue(1)
        # Panning blits cached cards instead of calling paint() (QPixmapCache bounds memory).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(row["text"][:500])

    def set_colour(self, colour: str | None) -> None:
        found = _COLOURS.get(colour)
        if found is None:
            paper = QColor(colour or DEFAULT_NOTE_COLOUR)
            if not paper.isValid():
                paper = QColor(DEFAULT_NOTE_COLOUR)
            found = (paper, text_colour_for(paper, dark=INK, light=PAPER_INK))
            if len(_COLOURS) < 256:
                _COLOURS[colour] = found
        self.colour, self.ink = found
        self.update()

    def set_row(self, row: dict) -> None:
        self.row = row
        if row["text"] != self._static_key:
            self._static = None
            self.setToolTip(row["text"][:500])
        self.update()

    def set_matched(self, matched: bool) -> None:
        if matched != self.matched:
            self.matched = matched
            self.update()

    @property
    def theme_id(self) -> str | None:
        return self.row.get("theme_id")

    def static_text(self) -> QStaticText:
        if self._static is None:
            text = self.row["text"]
            self._static = _fitted_text(
                text,
                note_font(),
                CARD_W - 2 * _TEXT_MARGIN,
                CARD_H - 2 * _TEXT_MARGIN,
            )
            self._static_key = text
        return self._static

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()  # cheaper than testing option.state (a Python enum)
        rect = _CARD
        if lod < FAR:
            painter.fillRect(rect, self.colour)
            if selected or self.matched:
                painter.setPen(QPen(SELECTED if selected else MATCH, 3 / max(lod, 0.01)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            return
        # A soft edge on the right and bottom (not a whole shadow rect: blending is costly).
        painter.fillRect(QRectF(rect.right(), rect.top() + 3, 2, rect.height()), SHADOW)
        painter.fillRect(QRectF(rect.left() + 2, rect.bottom(), rect.width() - 2, 3), SHADOW)
        painter.fillRect(rect, self.colour)
        if selected or self.matched:
            pen = QPen(SELECTED if selected else MATCH, 3)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setPen(self.ink)
        painter.setFont(note_font())
        painter.drawStaticText(QPointF(_TEXT_MARGIN, _TEXT_MARGIN), self.static_text())
        if self.row.get("is_quote"):
            font = title_font(30)
            painter.setFont(font)
            quote = QColor(self.ink)
            quote.setAlpha(110)
            painter.setPen(quote)
            painter.drawText(
                QRectF(0, CARD_H - 30, CARD_W - 8, 34),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                "\u201d",
            )


class ThemeItem(QGraphicsRectItem):
    """A theme: a labelled frame around its notes. Dragging the frame moves its notes."""

    KIND = "theme"

    def __init__(self, row: dict):
        super().__init__(0, 0, CARD_W + 2 * PAD, TITLE_H + CARD_H + 2 * PAD)
        self.setPen(Qt.PenStyle.NoPen)
        self.theme_id: str = row["id"]
        self.row = row
        self.count = 0
        self._rect = QRectF(0, 0, CARD_W + 2 * PAD, TITLE_H + CARD_H + 2 * PAD)
        self._title: QStaticText | None = None
        self._badge: QStaticText | None = None
        self._following = True
        #: While a drag moves it: the notes that move with it (set by the scene).
        self._dragging: list[NoteItem] | None = None
        self._last_pos = QPointF()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(-1)
        self.label = ThemeLabelItem(self)

    def set_row(self, row: dict) -> None:
        if row.get("title") != self.row.get("title"):
            self._title = None
        self.row = row
        self.update()
        self.label.update()

    def title(self) -> str:
        return self.row.get("title") or ""

    @property
    def members(self) -> list[NoteItem]:
        """Its notes in reading order (they move with the frame while it is dragged)."""
        scene = self.scene()
        return scene.theme_members(self.theme_id) if scene is not None else []

    def place(self, pos: QPointF) -> None:
        """Move the frame without dragging its notes along (the file says where they are)."""
        self._following = False
        try:
            self.setPos(pos)
        finally:
            self._following = True
        self.label.sync()

    def set_frame(self, frame: QRectF) -> None:
        """Size and place the frame (scene coordinates) around its notes."""
        self._rect = QRectF(0, 0, frame.width(), frame.height())
        self.setRect(self._rect)
        self.place(frame.topLeft())

    def frame(self) -> QRectF:
        return self._rect.translated(self.pos())

    def title_rect(self) -> QRectF:
        """The title bar, in scene coordinates (double-click here to rename)."""
        return QRectF(self.pos(), self._rect.size()).adjusted(
            0, 0, 0, TITLE_H - self._rect.height()
        )

    def itemChange(self, change, value):  # noqa: N802 (Qt override)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self._following:
            delta = self.pos() - self._last_pos
            if not delta.isNull() and self._dragging is not None:
                for note in self._dragging:
                    if not note.isSelected():  # selected notes already move with the drag
                        note.moveBy(delta.x(), delta.y())
            self.label.sync()
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._last_pos = QPointF(self.pos())
        return super().itemChange(change, value)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Only the title bar grabs the theme; inside the frame a drag selects notes.
        if event.pos().y() > TITLE_H:
            event.ignore()
            return
        super().mousePressEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        rect = self._rect
        line = SELECTED if selected else FRAME_LINE
        width = (3 if selected else 1.5) / (lod if lod < FAR else 1)
        # A plain fill and outline: a rounded shape costs several times more per frame.
        painter.fillRect(rect, FRAME_FILL)
        painter.setPen(QPen(line, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
        if lod < FAR:
            return
        if self._title is None:
            self._title = _fitted_text(
                self.title() or "\u2026", title_font(), rect.width() - 2 * PAD - 36, TITLE_H - 14
            )
        painter.setPen(TITLE_INK)
        painter.setFont(title_font())
        painter.drawStaticText(QPointF(PAD, 12), self._title)
        # The number of notes, as a quiet badge on the right of the title bar.
        if self._badge is None or self._badge.text() != str(self.count):
            self._badge = QStaticText(str(self.count))
            self._badge.prepare(font=title_font(13))
        painter.setFont(title_font(13))
        painter.setPen(BADGE_INK)
        painter.drawStaticText(
            QPointF(rect.width() - PAD - self._badge.size().width(), 15), self._badge
        )


class ThemeLabelItem(QGraphicsRectItem):
    """A theme's title drawn large over its frame, only when zoomed far out.

    Lives above the notes and lets every click through to what is beneath.
    """

    def __init__(self, theme: ThemeItem):
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        # Drawn only at far zoom; the scene turns contents on and off (see set_far).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        # Not a reference of its own: the theme holds its label, and a cycle between the two
        # would wait for the garbage collector (the board keeps its items out of it).
        self._theme = weakref.ref(theme)
        self.setZValue(3)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._rect = QRectF()
        self._measured: tuple | None = None
        self._fit: tuple = (0.0, QRectF(), "", Qt.AlignmentFlag.AlignLeft)

    @property
    def theme(self) -> ThemeItem:
        return self._theme()

    def sync(self) -> None:
        self._rect = QRectF(self.theme.frame())
        self.setRect(self._rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= FAR or self._rect.isEmpty():
            return
        # About 24 screen pixels high, wrapped to the frame, smaller only when it must: the
        # title takes at most the top half of the frame, so the notes' blocks stay in view.
        text = self.theme.title() or "\u2026"
        key = (text, round(lod, 3), round(self._rect.width()), round(self._rect.height()))
        if self._measured != key:
            self._measured = key
            px = 24 / max(lod, 0.005)
            smallest = 9 / max(lod, 0.005)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            band = max(TITLE_H, self._rect.height() * LABEL_SHARE)
            room = QRectF(self._rect.topLeft(), QSizeF(self._rect.width(), band)).adjusted(
                PAD, PAD, -PAD, -PAD
            )
            shown, align = text, flags
            for _ in range(16):
                metrics = QFontMetricsF(title_font(px))
                needed = metrics.boundingRect(room, flags, text)
                fits = needed.width() <= room.width() and needed.height() <= room.height()
                if fits or px <= smallest:
                    break
                px = max(smallest, px * 0.88)
            if not fits:  # a narrow frame: the start of the title on one line
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
                align = Qt.AlignmentFlag.AlignLeft
                needed = QRectF(0, 0, room.width(), metrics.height())
            height = needed.height() if not fits else min(needed.height(), room.height())
            self._fit = (px, QRectF(room.topLeft(), QSizeF(room.width(), height)), shown, align)
        px, text_box, shown, align = self._fit
        painter.fillRect(text_box.adjusted(-PAD, -PAD, PAD, PAD), QColor(255, 255, 255, 225))
        painter.setFont(title_font(px))
        painter.setPen(TITLE_INK)
        painter.drawText(text_box, align | Qt.AlignmentFlag.AlignTop, shown)


class BlocksItem(QGraphicsRectItem):
    """Every note as a coloured block, in one paint, while the view is zoomed far out.

    Calling into Python once per note costs more than drawing it, so at far zoom
    the notes stop painting themselves (ItemHasNoContents; they can still be
    selected and dragged) and this one item draws them all, a batch per colour.
    The batches are kept until the scene calls `invalidate()` (something moved,
    was selected, filtered or matched).
    """

    def __init__(self, notes: dict[str, NoteItem]):
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        self.notes = notes
        self.setZValue(1.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._batches: list[tuple[QColor, list[QRectF]]] | None = None
        self._outlines: list[tuple[QColor, list[QRectF]]] = []

    def set_rect(self, rect: QRectF) -> None:
        self._rect = QRectF(rect)
        self.setRect(self._rect)

    def invalidate(self) -> None:
        self._batches = None
        if self.isVisible():
            self.update()

    def _build(self) -> None:
        batches: dict[tuple[int, bool], tuple[QColor, list[QRectF]]] = {}
        selected: list[QRectF] = []
        matched: list[QRectF] = []
        for note in self.notes.values():
            if not note.isVisible():
                continue
            rect = note.sceneBoundingRect()
            dim = note.opacity() < 1
            key = (note.colour.rgba(), dim)
            if key not in batches:
                colour = QColor(note.colour)
                if dim:
                    colour.setAlpha(90)
                batches[key] = (colour, [])
            batches[key][1].append(rect)
            if note.isSelected():
                selected.append(rect)
            elif note.matched:
                matched.append(rect)
        self._batches = list(batches.values())
        self._outlines = [(SELECTED, selected), (MATCH, matched)]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if self._batches is None:
            self._build()
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._batches:
            painter.setBrush(colour)
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, rects in self._outlines:
            if rects:
                painter.setPen(QPen(colour, 3 / max(lod, 0.01)))
                painter.drawRects(rects)
