"""Presentation mode: what the projector shows the room. Read-only.

The question, the step and the timer, large and high contrast; once the
facilitator reveals them, the notes (grouped by theme when there are themes) of
the current question and workshop; in the vote step, the results of the round
once it is revealed. It follows the facilitator's current question and step
(`Session.current_changed`) and every change to the file (`Session.changed`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import voting
from workshop_app.gui.participant.common import label, scaled_font
from workshop_app.gui.session import Session
from workshop_app.gui.steps import step_title
from workshop_app.gui.style import text_colour_for
from workshop_app.gui.timer import StepTimer, clock_text

BACKGROUND = "#0d1117"
TEXT = "#ffffff"
SOFT = "#c9d1d9"
BAR = "#f2cc60"


class VoteBar(QWidget):
    """A horizontal bar for one theme's dots, with the number at its end."""

    def __init__(self, value: int, maximum: int, factor: float = 1.5, parent=None):
        super().__init__(parent)
        self.value, self.maximum = value, max(1, maximum)
        self.setFont(scaled_font(factor, bold=True))
        self.setMinimumHeight(self.fontMetrics().height() + 8)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def paintEvent(self, event) -> None:  # Qt override
        painter = QPainter(self)
        number = str(self.value)
        room = self.width() - self.fontMetrics().horizontalAdvance("0000")
        width = int(room * self.value / self.maximum)
        painter.fillRect(0, 2, width, self.height() - 4, QColor(BAR))
        painter.setPen(QColor(TEXT))
        painter.drawText(
            width + 10, 0, self.width() - width - 10, self.height(), Qt.AlignVCenter, number
        )
        painter.end()


class PresentationWindow(QWidget):
    """The room's view on a projector; F11 toggles full screen, Escape leaves full screen."""

    def __init__(self, session: Session, timer: StepTimer, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.session = session
        self.setWindowTitle(self.tr("Presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.setStyleSheet(
            f"PresentationWindow, QScrollArea, #body {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: {TEXT}; }}"
        )
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(BACKGROUND))
        self.setPalette(palette)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        outer.setSpacing(16)
        top = QHBoxLayout()
        self.zoom = 1.0
        self.step_label = label("", 1.3, wrap=False)
        self.step_label.setStyleSheet(f"color: {SOFT};")
        top.addWidget(self.step_label, 1)
        self.timer_label = label("", 3.0, bold=True, wrap=False)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        top.addWidget(self.timer_label)
        outer.addLayout(top)
        self.question_label = label("", 2.6, bold=True)
        self.question_label.setAccessibleName(self.tr("Question"))
        outer.addWidget(self.question_label)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.message_label = label("", 2.0)
        self.message_label.setAlignment(Qt.AlignCenter)
        self.message_label.setStyleSheet(f"color: {SOFT};")
        self.pages.addWidget(self.message_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.pages.addWidget(self.scroll)

        self.timer = None
        self.set_timer(timer)
        session.current_changed.connect(self.refresh)
        session.changed.connect(self._on_changed)
        self._apply_zoom()
        self.refresh()

    # ------------------------------------------------------------------ size

    def _zoom_for_height(self) -> float:
        """Type grows with the window (a projector is read from far away): 1× up to
        500 px high, 1.5× at 768 px, at most 3×, always times the system font size."""
        return max(1.0, min(3.0, self.height() / 500))

    def _apply_zoom(self) -> None:
        self.zoom = self._zoom_for_height()
        for widget, factor, bold in (
            (self.step_label, 1.3, False),
            (self.timer_label, 3.0, True),
            (self.question_label, 2.2, True),
            (self.message_label, 1.8, False),
        ):
            widget.setFont(scaled_font(factor * self.zoom, bold=bold))

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if abs(self._zoom_for_height() - self.zoom) > 0.01:
            self._apply_zoom()
            self.refresh()

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
        }:
            self.refresh()

    def refresh(self) -> None:
        wf, session = self.session.wf, self.session
        question = wf.get("questions", session.question_id) if session.question_id else None
        workshop = wf.get("workshops", session.workshop_id) if session.workshop_id else None
        self.question_label.setText(question["text"] if question else "")
        where = f" · {workshop['title']}" if workshop else ""
        self.step_label.setText(step_title(session.step) + where)
        if question is None:
            self._message(self.tr("No question chosen yet."))
            return
        workshop_ids = [session.workshop_id] if session.workshop_id else None
        notes = wf.notes(question["id"], workshop_ids)
        if session.step == "vote":
            self._show_votes(question["id"])
        elif not session.revealed:
            self._message(
                self.tr(
                    "%1 notes so far. They are shown when the facilitator reveals them."
                ).replace("%1", str(len(notes)))
            )
        else:
            # Largest type at which everything fits on the screen, else the smallest and scroll.
            for scale in (1.0, 0.85, 0.72, 0.6, 0.5):
                body = self._show_notes(question["id"], notes, scale * self.zoom)
                if body is None or self._fits(body):
                    break

    def _fits(self, body: QWidget) -> bool:
        viewport = self.scroll.viewport()
        layout = body.layout()
        width = viewport.width()
        need = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        return need <= viewport.height()

    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.pages.setCurrentIndex(0)

    def _body(self) -> tuple[QWidget, QGridLayout]:
        body = QWidget()
        body.setObjectName("body")
        grid = QGridLayout(body)
        return body, grid

    def _install(self, body: QWidget) -> None:
        """Show a finished body (its layout must exist before `setWidget`)."""
        self.scroll.setWidget(body)
        body.show()
        self.pages.setCurrentIndex(1)

    def _card(self, text: str, colour: str, factor: float) -> QWidget:
        card = label(text, factor)
        ink = text_colour_for(QColor(colour)).name()  # readable on any perspective colour
        card.setStyleSheet(
            f"background: {colour}; color: {ink}; padding: 0.5em; border-radius: 4px;"
        )
        card.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        return card

    def _show_notes(self, question_id: str, notes: list[dict], zoom: float) -> QWidget | None:
        if not notes:
            self._message(self.tr("No notes yet."))
            return None
        colours = {p["id"]: p["colour"] for p in self.session.wf.perspectives()}
        factor = zoom * (1.6 if len(notes) <= 12 else 1.3 if len(notes) <= 30 else 1.0)
        themes = self.session.wf.themes(question_id)
        body, grid = self._body()
        grid.setSpacing(16)
        if not themes:
            columns = 4 if len(notes) > 6 else 3
            for index, note in enumerate(notes):
                card = self._card(
                    note["text"], colours.get(note["perspective_id"], "#F9E27D"), factor
                )
                grid.addWidget(card, index // columns, index % columns)
            for column in range(columns):
                grid.setColumnStretch(column, 1)
            grid.setRowStretch(len(notes) // columns + 1, 1)
            self._install(body)
            return body
        revealed = voting.latest_revealed_round(
            self.session.wf, question_id, self.session.workshop_id
        )
        totals = voting.round_totals(self.session.wf, revealed["id"]) if revealed else {}
        groups = [(t["title"] or self.tr("(theme without a name)"), t["id"]) for t in themes]
        groups.append((self.tr("Not in a theme yet"), None))
        columns = 3
        shown = 0
        for title, theme_id in groups:
            members = [n for n in notes if n["theme_id"] == theme_id]
            if not members and theme_id is None:
                continue
            box = QFrame()
            box.setStyleSheet(
                "QFrame { border: 2px solid #30363d; border-radius: 6px; } QLabel { border: none; }"
            )
            inner = QVBoxLayout(box)
            heading = title
            if theme_id in totals:
                heading += "   " + self.tr("● %1").replace("%1", str(totals[theme_id]))
            inner.addWidget(label(heading, factor * 1.1, bold=True))
            for note in members:
                inner.addWidget(label("– " + note["text"], factor * 0.8))
            inner.addStretch(1)
            grid.addWidget(box, shown // columns, shown % columns)
            shown += 1
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch((shown + columns - 1) // columns, 1)
        self._install(body)
        return body

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
        body, grid = self._body()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        most = max(totals.values(), default=0)
        for row, (theme_id, total) in enumerate(ranked):
            name = label(titles.get(theme_id, ""), 1.5 * self.zoom)
            grid.addWidget(name, row, 0)
            bar = VoteBar(total, most, 1.5 * self.zoom)
            bar.setAccessibleName(
                self.tr("%1: %2 dots")
                .replace("%1", titles.get(theme_id, ""))
                .replace("%2", str(total))
            )
            grid.addWidget(bar, row, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(len(ranked), 1)
        self._install(body)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)
