"""The workspace of one open file: the agenda beside the header, the current page and
the step buttons.

It shows the session's place (`Session.place_changed`), once per move, and keeps
one countdown per question and step, so switching steps does not stop one that
runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.navigation import Place
from workshop_app.gui.agenda import Agenda
from workshop_app.gui.pages import PageMap
from workshop_app.gui.session import Session
from workshop_app.gui.step_header import StepHeader
from workshop_app.gui.steps import DEFAULT_MINUTES, STEPS
from workshop_app.gui.timer import StepTimer

#: Steps whose page needs the height: their header is compact (the timer in one row).
COMPACT_HEADER_STEPS = {"cluster"}


class Workspace(QWidget):
    """Agenda, header (question, instruction, timer), the current page and step navigation."""

    #: The workspace shows this `Place` now: its page, header, timer and step buttons.
    place_shown = Signal(object)
    #: The shown step's timer is another one now (each question's step has its own).
    timer_changed = Signal(object)
    #: The header's "Board only" button was pressed (the main window's action follows).
    focus_requested = Signal(bool)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self.timers: dict[tuple[str | None, str], StepTimer] = {}

        self.agenda = Agenda(session)
        self.agenda.setMinimumWidth(220)
        self.header = StepHeader(session)
        self.stack = QStackedWidget()
        self.pages = PageMap(session, self._page_built)

        self.previous_button = QPushButton(self.tr("← Previous step"))
        self.previous_button.setObjectName("previous_step")
        self.previous_button.clicked.connect(lambda: session.step_by(-1))
        self.next_button = QPushButton(self.tr("Next step →"))
        self.next_button.setObjectName("next_step")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(lambda: session.step_by(+1))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch()
        nav.addWidget(self.next_button)
        self.nav = QWidget()
        self.nav.setLayout(nav)
        self.nav.layout().setContentsMargins(0, 0, 0, 0)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(20, 14, 20, 14)
        right_layout.addWidget(self.header)
        line = QFrame()
        line.setObjectName("rule")
        line.setFixedHeight(1)
        right_layout.addWidget(line)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.nav)

        splitter = QSplitter()
        splitter.addWidget(self.agenda)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.board_focus = False
        self.header.focus_button.toggled.connect(self._focus_clicked)
        session.place_changed.connect(self._show)
        self._show(session.place)

    def _focus_clicked(self, on: bool) -> None:
        if on != self.board_focus:
            self.focus_requested.emit(on)

    def on_board(self) -> bool:
        place = self.session.place
        return place.page is None and place.step in COMPACT_HEADER_STEPS

    def set_board_focus(self, on: bool) -> None:
        """The board alone: agenda and step buttons hidden, header and timer in one line."""
        self.board_focus = on
        self.agenda.setVisible(not on)
        self.nav.setVisible(not on and self.session.place.page is None)
        self.header.set_line(on)
        self.header.focus_button.blockSignals(True)
        self.header.focus_button.setChecked(on)
        self.header.focus_button.blockSignals(False)
        self.header.focus_button.setText(
            self.tr("Show the agenda again") if on else self.tr("Board only")
        )

    def _page_built(self, key: str, page: QWidget) -> None:
        page.setObjectName(page.objectName() or f"page_{key}")
        self.stack.addWidget(page)

    def timer(self) -> StepTimer:
        """The timer of the current question's current step (each keeps running on its own)."""
        key = (self.session.question_id, self.session.step)
        if key not in self.timers:
            self.timers[key] = StepTimer(
                DEFAULT_MINUTES[self.session.step] * 60, self, clock=self._clock
            )
        return self.timers[key]

    def _show(self, place: Place) -> None:
        on_step = place.page is None
        self.header.set_compact(on_step and place.step in COMPACT_HEADER_STEPS)
        self.header.focus_button.setVisible(self.on_board())
        self.stack.setCurrentWidget(self.pages[place.shown])
        timer_widget = self.header.timer_widget
        timer_widget.setVisible(on_step)
        self.nav.setVisible(on_step)
        if on_step:
            timer = self.timer()
            if timer is not timer_widget.timer:
                timer_widget.set_timer(timer)
                self.timer_changed.emit(timer)
        self.header.show_place(place)
        number = STEPS.index(place.step) + 1
        self.previous_button.setEnabled(number > 1)
        last = number == len(STEPS)
        self.next_button.setText(self.tr("Next question →") if last else self.tr("Next step →"))
        self.next_button.setEnabled(not last or self.session.has_next_question())
        self.place_shown.emit(place)

    # ------------------------------------------------------- the shown timer

    def toggle_timer(self) -> None:
        """Start or pause the shown step's timer (a series page has none)."""
        if self.session.place.page is None:
            self.header.timer_widget.toggle()

    def add_minute(self) -> None:
        if self.session.place.page is None:
            self.header.timer_widget.add_minute()
