"""Presentation mode: what the projector shows the room. Read-only.

The question, the step and the timer, large and high contrast; once the
facilitator reveals them (`Reveal`: for this question and workshop only), the
notes (grouped by theme when there are themes) of the current question and
workshop; in the vote step, the results of the round once it is revealed. It
follows the facilitator's place (`Session.place_changed`), what the room may see
(`Session.revealed_changed`) and every change to the file (`Session.changed`).

Legible from the back of a room: sizes are pixels of the window's height, never
below `MIN_NOTE_PX` for note text and `MIN_QUESTION_PX` for the question. When the
notes do not fit at the smallest size, they are shown page by page, turning every
`PAGE_SECONDS`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import voting
from workshop_app.gui.presentation.reveal import Reveal
from workshop_app.gui.room_text import display_text, label
from workshop_app.gui.session import Session
from workshop_app.gui.steps import step_title
from workshop_app.gui.style import text_colour_for
from workshop_app.gui.timer import StepTimer, clock_text

BACKGROUND = "#0d1117"
TEXT = "#ffffff"
SOFT = "#c9d1d9"
BAR = "#f2cc60"
#: Smallest note text and question, in pixels (read from the back of a room).
MIN_NOTE_PX = 24
MIN_QUESTION_PX = 40
#: Seconds each page of notes shows when they need more than one.
PAGE_SECONDS = 12
SPACING = 16


def px_font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def room_label(text: str, pixels: float, *, bold: bool = False, colour: str = TEXT) -> QLabel:
    """Untrusted text for the room: plain, wraps anywhere, keeps its order."""
    widget = label(display_text(text), bold=bold)
    widget.setFont(px_font(pixels, bold=bold))
    widget.setAccessibleDescription(text)
    widget.setStyleSheet(f"color: {colour};")
    return widget


class VoteBar(QWidget):
    """A horizontal bar for one theme's dots, with the number at its end."""

    def __init__(self, value: int, maximum: int, pixels: float = 32, parent=None):
        super().__init__(parent)
        self.value, self.maximum = value, max(1, maximum)
        self.setFont(px_font(pixels, bold=True))
        self.setMinimumHeight(self.fontMetrics().height() + 8)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(200, self.fontMetrics().height() * 2)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        number = str(self.value)
        room = self.width() - self.fontMetrics().horizontalAdvance("0000")
        width = int(room * self.value / self.maximum)
        inset = max(2, self.height() // 8)
        painter.fillRect(0, inset, width, self.height() - 2 * inset, QColor(BAR))
        painter.setPen(QColor(TEXT))
        painter.drawText(
            width + 10, 0, self.width() - width - 10, self.height(), Qt.AlignVCenter, number
        )
        painter.end()


class PresentationWindow(QWidget):
    """The room's view on a projector; F11 toggles full screen, Escape leaves full screen,
    F7 goes back to the main window (where F7 brings this one forward again), Page Down /
    Page Up (or the arrow keys) turn the pages of notes."""

    #: Locked screens leave this window visible when it is on another screen (the projector).
    shows_the_room = True

    def __init__(self, session: Session, timer: StepTimer, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.session = session
        self.reveal = Reveal.of(session)
        self.setWindowTitle(self.tr("Presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.setStyleSheet(f"PresentationWindow, #body {{ background: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(BACKGROUND))
        self.setPalette(palette)
        self.setMinimumSize(480, 320)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        outer.setSpacing(SPACING)
        top = QHBoxLayout()
        self.step_label = label("", wrap=False)
        self.step_label.setStyleSheet(f"color: {SOFT};")
        top.addWidget(self.step_label, 1)
        self.page_label = label("", wrap=False)
        self.page_label.setStyleSheet(f"color: {SOFT};")
        top.addWidget(self.page_label)
        self.timer_label = label("", bold=True, wrap=False)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        top.addWidget(self.timer_label)
        outer.addLayout(top)
        self.question_label = label("", bold=True)
        self.question_label.setStyleSheet(f"color: {TEXT};")
        self.question_label.setAccessibleName(self.tr("Question"))
        outer.addWidget(self.question_label)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.message_label = label("")
        self.message_label.setAlignment(Qt.AlignCenter)
        self.message_label.setStyleSheet(f"color: {SOFT};")
        self.pages.addWidget(self.message_label)
        self.board = QWidget()
        self.board.setObjectName("body")
        self.board_layout = QVBoxLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.board)

        self.note_px = MIN_NOTE_PX
        self.page = 0
        self.page_count = 1
        self._page_timer = QTimer(self)
        self._page_timer.setInterval(PAGE_SECONDS * 1000)
        self._page_timer.timeout.connect(self.next_page)
        # Fit once the size has settled (F11, the window manager's own resizing).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.refresh)

        self.timer = None
        self.set_timer(timer)
        session.place_changed.connect(self._place_changed)
        session.revealed_changed.connect(self._place_changed)
        session.changed.connect(self._on_changed)
        self._apply_sizes()
        self.refresh()

    # ------------------------------------------------------------------ size

    def question_px(self) -> float:
        return max(MIN_QUESTION_PX, self.height() * 0.06)

    def _apply_sizes(self) -> None:
        height = self.height()
        self.step_label.setFont(px_font(max(20, height * 0.03)))
        self.page_label.setFont(px_font(max(20, height * 0.03)))
        self.timer_label.setFont(px_font(max(36, height * 0.07), bold=True))
        self.question_label.setFont(px_font(self.question_px(), bold=True))
        self.message_label.setFont(px_font(max(28, height * 0.045)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_sizes()
        self._refit.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._refit.start()

    # ------------------------------------------------------------------ timer

    def set_timer(self, timer: StepTimer) -> None:
        """Follow `timer` (the facilitator's current step has its own countdown)."""
        if self.timer is not None:
            self.timer.tick.disconnect(self.show_time)
            self.timer.state_changed.disconnect(self._show_remaining)
        self.timer = timer
        timer.tick.connect(self.show_time)
        timer.state_changed.connect(self._show_remaining)
        self.show_time(timer.remaining)

    def _show_remaining(self) -> None:
        self.show_time(self.timer.remaining)

    def show_time(self, seconds: int) -> None:
        self.timer_label.setText(clock_text(seconds))
        colour = BAR if seconds == 0 else TEXT
        self.timer_label.setStyleSheet(f"color: {colour};")

    # ---------------------------------------------------------------- content

    def _on_changed(self, changes) -> None:
        if changes.tables & {
            "notes",
            "themes",
            "votes",
            "vote_rounds",
            "questions",
            "perspectives",
            "workshops",
        }:
            self.refresh()

    def _place_changed(self, *_news: object) -> None:
        self.page = 0
        self.refresh()

    def next_page(self, step: int = 1) -> None:
        """The next (or, with -1, the previous) page of notes; they also turn by themselves."""
        self.page = (self.page + step) % max(1, self.page_count)
        if self.page_count > 1:
            self._page_timer.start()  # a full turn from now
        self.refresh()

    def refresh(self) -> None:
        wf, session = self.session.wf, self.session
        question = wf.get("questions", session.question_id) if session.question_id else None
        workshop = wf.get("workshops", session.workshop_id) if session.workshop_id else None
        self.question_label.setText(display_text(question["text"]) if question else "")
        where = f" · {display_text(workshop['title'])}" if workshop else ""
        self.step_label.setText(step_title(session.step) + where)
        self.page_count = 1
        if question is None:
            self._message(self.tr("No question chosen yet."))
        elif session.step == "vote":
            self._show_votes(question["id"])
        else:
            workshop_ids = [session.workshop_id] if session.workshop_id else None
            notes = wf.notes(question["id"], workshop_ids)
            if not self.reveal.shown_here():
                self._message(
                    self.tr(
                        "%1 notes so far. They are shown when the facilitator reveals them."
                    ).replace("%1", str(len(notes)))
                )
            elif not notes:
                self._message(self.tr("No notes yet."))
            else:
                self._show_notes(question["id"], notes)
        several = self.page_count > 1
        self.page_label.setVisible(several)
        if several:
            self.page_label.setText(
                self.tr("Page %1 of %2")
                .replace("%1", str(self.page + 1))
                .replace("%2", str(self.page_count))
            )
            if not self._page_timer.isActive():
                self._page_timer.start()
        else:
            self._page_timer.stop()

    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.pages.setCurrentWidget(self.message_label)

    def _clear_board(self) -> None:
        while self.board_layout.count():
            item = self.board_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _area(self) -> QSize:
        """Room for the notes under the question (the window's, before the first layout)."""
        self.layout().activate()
        size = self.pages.size()
        if size.height() < 50:
            size = QSize(self.width() - 80, int(self.height() * 0.6))
        return size

    def _card(self, text: str, colour: str, pixels: float) -> QLabel:
        card = room_label(text, pixels, colour=text_colour_for(QColor(colour)).name())
        card.setStyleSheet(
            f"background: {colour}; color: {text_colour_for(QColor(colour)).name()};"
            " border-radius: 4px;"
        )
        card.setMargin(max(4, round(pixels * 0.25)))
        card.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        return card

    def _theme_box(self, title: str, members: list[dict], pixels: float) -> QFrame:
        box = QFrame()
        box.setObjectName("theme")
        box.setStyleSheet("#theme { border: 2px solid #30363d; border-radius: 6px; }")
        inner = QVBoxLayout(box)
        inner.setSpacing(max(4, round(pixels * 0.25)))
        inner.addWidget(room_label(title, pixels * 1.15, bold=True))
        for note in members:
            inner.addWidget(room_label("– " + note["text"], pixels))
        return box

    def _blocks(self, question_id: str, notes: list[dict], pixels: float) -> list[QWidget]:
        """The pieces to lay out: one card per note, or one box per theme."""
        themes = self.session.wf.themes(question_id)
        if not themes:
            colours = {p["id"]: p["colour"] for p in self.session.wf.perspectives()}
            return [
                self._card(n["text"], colours.get(n["perspective_id"], "#F9E27D"), pixels)
                for n in notes
            ]
        revealed = voting.latest_revealed_round(
            self.session.wf, question_id, self.session.workshop_id
        )
        totals = voting.round_totals(self.session.wf, revealed["id"]) if revealed else {}
        groups = [(t["title"] or self.tr("(theme without a name)"), t["id"]) for t in themes]
        groups.append((self.tr("Not in a theme yet"), None))
        blocks = []
        for title, theme_id in groups:
            members = [n for n in notes if n["theme_id"] == theme_id]
            if not members:
                continue  # a theme without notes here takes no room on the projector
            heading = title
            if theme_id in totals:
                heading += "   " + self.tr("● %1").replace("%1", str(totals[theme_id]))
            blocks.append(self._theme_box(heading, members, pixels))
        return blocks

    @staticmethod
    def _gap(pixels: float) -> int:
        """Room between cards: in proportion to the text."""
        return max(8, round(pixels * 0.4))

    @staticmethod
    def _pack(heights: list[int], columns: int, room: int, gap: int) -> list[list[list[int]]]:
        """Pages of columns of block indexes, in reading order, each column within `room`."""
        pages: list[list[list[int]]] = [[[] for _ in range(columns)]]
        used = [0] * columns
        column = 0
        for index, height in enumerate(heights):
            need = height + (gap if used[column] else 0)
            if used[column] and used[column] + need > room:
                column += 1
                if column == columns:
                    pages.append([[] for _ in range(columns)])
                    used = [0] * columns
                    column = 0
                need = height
            pages[-1][column].append(index)
            used[column] += need
        return pages

    def _layout_for(self, question_id, notes, pixels, area) -> tuple[int, list, list[QWidget]]:
        blocks = self._blocks(question_id, notes, pixels)
        themed = bool(self.session.wf.themes(question_id))
        best = None
        for columns in (3, 4, 5, 6) if not themed else (2, 3, 4):
            gap = self._gap(pixels)
            width = (area.width() - gap * (columns - 1)) // columns
            heights = [b.heightForWidth(width) if b.hasHeightForWidth() else 0 for b in blocks]
            heights = [
                h if h > 0 else b.sizeHint().height() for h, b in zip(heights, blocks, strict=True)
            ]
            pages = self._pack(heights, columns, area.height(), gap)
            if best is None or len(pages) < len(best[1]):
                best = (columns, pages)
            if len(pages) == 1:
                break
        return best[0], best[1], blocks

    def _show_notes(self, question_id: str, notes: list[dict]) -> None:
        """The largest note text at which every note fits on one page; at the smallest
        size (`MIN_NOTE_PX`), as many pages as needed."""
        area = self._area()
        start = max(MIN_NOTE_PX, self.height() / 22)
        sizes = [start]
        while sizes[-1] > MIN_NOTE_PX:
            sizes.append(max(MIN_NOTE_PX, sizes[-1] * 0.85))
        for pixels in sizes:
            columns, pages, blocks = self._layout_for(question_id, notes, pixels, area)
            if len(pages) == 1 or pixels == sizes[-1]:
                break
            for block in blocks:
                block.deleteLater()
        self.note_px = pixels
        self.page_count = len(pages)
        self.page = min(self.page, self.page_count - 1)
        self._clear_board()
        row = QWidget()
        row.setObjectName("body")
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(self._gap(pixels))
        for column in pages[self.page]:
            holder = QVBoxLayout()
            holder.setSpacing(self._gap(pixels))
            for index in column:
                holder.addWidget(blocks[index])
            holder.addStretch(1)
            row_layout.addLayout(holder, 1)
        for _ in range(columns - len(pages[self.page])):
            row_layout.addStretch(1)
        shown = {i for column in pages[self.page] for i in column}
        for index, block in enumerate(blocks):
            if index not in shown:
                block.deleteLater()
        self.board_layout.addWidget(row)
        row.show()  # now, not at the next event loop turn (a layout shows children late)
        self.pages.setCurrentWidget(self.board)

    def _show_votes(self, question_id: str) -> None:
        wf = self.session.wf
        rounds = voting.rounds(wf, question_id, self.session.workshop_id)
        if not rounds:
            self._message(self.tr("Dot voting has not started yet."))
            return
        latest = rounds[-1]
        if not latest["revealed"]:
            self._message(
                self.tr(
                    "Voting in progress: %1 people have voted. "
                    "The results are shown when the facilitator reveals them."
                ).replace("%1", str(voting.ballot_count(wf, latest["id"])))
            )
            return
        totals = voting.round_totals(wf, latest["id"])
        titles = {
            t["id"]: t["title"] or self.tr("(theme without a name)") for t in wf.themes(question_id)
        }
        ranked = sorted(totals.items(), key=lambda item: (-item[1], titles.get(item[0], "")))
        area = self._area()
        # The bars share the whole height (each at most a third of it).
        row_px = area.height() / max(3, len(ranked))
        pixels = max(MIN_NOTE_PX, min(row_px * 0.3, self.height() / 22))
        self._clear_board()
        body = QWidget()
        body.setObjectName("body")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(max(6, int(row_px * 0.15)))
        most = max(totals.values(), default=0)
        for row, (theme_id, total) in enumerate(ranked):
            grid.addWidget(room_label(titles.get(theme_id, ""), pixels), row, 0)
            bar = VoteBar(total, most, pixels)
            bar.setMaximumHeight(int(row_px * 0.7))
            bar.setAccessibleName(
                self.tr("%1: %2 dots")
                .replace("%1", titles.get(theme_id, ""))
                .replace("%2", str(total))
            )
            grid.addWidget(bar, row, 1)
            grid.setRowStretch(row, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        if len(ranked) < 3:
            grid.setRowStretch(len(ranked), 3 - len(ranked))
        self.board_layout.addWidget(body)
        body.show()
        self.pages.setCurrentWidget(self.board)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key_F7:  # the key that opened it: back to the facilitator
            parent = self.parentWidget()
            if parent is not None:
                parent.window().raise_()
                parent.window().activateWindow()
        elif event.key() == Qt.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() in (Qt.Key_PageDown, Qt.Key_Right, Qt.Key_Space):
            self.next_page()
        elif event.key() in (Qt.Key_PageUp, Qt.Key_Left):
            self.next_page(-1)
        else:
            super().keyPressEvent(event)
