"""The open workshop file as the GUI sees it: where the facilitator is, one undo stack,
and one signal per kind of news.

Every user action goes through `Session.do(label, action)`: the action calls the
core API (committed at once), its `Changes` land on the app-wide undo stack
(gui/undo.py), and `changed` tells every view which rows moved. Views never write
SQL and never keep state that the file does not have.

Where the facilitator is (workshop, question, step, or a series page) has one
owner, the `Navigation` of core/navigation.py; `set_current` moves it and
`place_changed` tells everyone, once per move. What the room is shown (revealed
notes, closed input) has its own signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workshop_app.core.changes import Changes
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.navigation import STEPS, Navigation, Place
from workshop_app.gui.undo import ChangeCommand, UndoStack

if TYPE_CHECKING:
    from workshop_app.core.store import WorkshopFile

#: Tables whose rows the current place points at.
_PLACE_TABLES = {"workshops", "questions"}


class Session(QObject):
    #: Emitted with the `Changes` of every action, undo and redo.
    changed = Signal(object)
    #: The facilitator moved to another workshop, question, step or series page (the `Place`).
    place_changed = Signal(object)
    #: Notes, themes and revealed votes are shown to the room, or hidden again.
    revealed_changed = Signal(bool)
    #: Input was closed (the step's time is up) or reopened.
    input_closed_changed = Signal(bool)
    #: A known environment error (disk full, locked, ...): the main window explains it.
    failed = Signal(object)
    #: An undo or redo the file refused, and what it was ("Undo Add note"): the stack did
    #: not move, and the main window says so.
    undo_failed = Signal(object, str)

    STEPS = STEPS

    def __init__(
        self, wf: WorkshopFile, parent: QObject | None = None, *, place: Place | None = None
    ):
        super().__init__(parent)
        self.wf = wf
        self.undo_stack = UndoStack(self)
        #: Set when the step's time is up and the facilitator chose to stop input then.
        self.input_closed = False
        #: Whether notes/themes/vote results are shown to the room (presentation mode).
        self.revealed = False
        self.navigation = Navigation(place)
        self._settle()  # a remembered place may name rows that are gone
        self.navigation.subscribe(self._moved)

    # ----------------------------------------------------------------- where

    @property
    def place(self) -> Place:
        return self.navigation.place

    @property
    def workshop_id(self) -> str | None:
        return self.navigation.place.workshop_id

    @property
    def question_id(self) -> str | None:
        return self.navigation.place.question_id

    @property
    def step(self) -> str:
        return self.navigation.place.step

    def set_current(
        self,
        *,
        workshop_id: str | None = None,
        question_id: str | None = None,
        step: str | None = None,
        page: str | None = None,
    ) -> None:
        """Move to a workshop, question, step or series page (None: keep that field).
        Choosing a step (or its workshop or question) shows it, leaving a series page."""
        given = {
            name: value
            for name, value in (
                ("workshop_id", workshop_id),
                ("question_id", question_id),
                ("step", step),
                ("page", page),
            )
            if value is not None
        }
        self.navigation.go(**given)

    def step_by(self, delta: int) -> None:
        """The next (+1) or previous (-1) step of the current question; after the last
        step, the next question's first."""
        if delta > 0:
            self.navigation.forward([q["id"] for q in self.wf.questions()])
        else:
            self.navigation.step_by(delta)

    def has_next_question(self) -> bool:
        from workshop_app.core.navigation import next_question

        ids = [q["id"] for q in self.wf.questions()]
        return next_question(self.question_id, ids) is not None

    def _moved(self, place: Place) -> None:
        self.place_changed.emit(place)

    def _settle(self) -> None:
        self.navigation.settle(
            [w["id"] for w in self.wf.workshops()], [q["id"] for q in self.wf.questions()]
        )

    # ----------------------------------------------------------------- writes

    def do(self, text: str, action: Callable[[WorkshopFile], Changes]) -> Changes | None:
        """Run one user action; on a known error, report it and change nothing."""
        try:
            changes = action(self.wf)
        except WorkshopFileError as exc:
            self.report_error(exc)
            return None
        if changes:
            self.undo_stack.push(ChangeCommand(self._write, text, changes, self.place))
            self._announce(changes)
        return changes

    def record(self, changes: Changes) -> None:
        """Announce changes made outside the undo stack (e.g. a participant's note)."""
        if changes:
            self._announce(changes)

    def _write(
        self,
        action: Callable[[WorkshopFile], Changes],
        attempted: str,
        place: Place | None = None,
    ) -> Changes | None:
        """An undo or redo: the Changes, or None when the write failed (and it was said).

        The facilitator is taken to `place`, where the action was done, so the change
        undone or redone is in sight (a place whose rows are gone gives way as always).
        """
        try:
            changes = action(self.wf)
        except WorkshopFileError as exc:
            self.undo_failed.emit(exc, attempted)
            return None
        if changes.tables & _PLACE_TABLES:
            self._settle()
        if place is not None:
            self.navigation.go(**place.to_dict())
            self._settle()
        self.changed.emit(changes)
        return changes

    def _announce(self, changes: Changes) -> None:
        # The place first: views that refresh on `changed` read a live workshop and question.
        if changes.tables & _PLACE_TABLES:
            self._settle()
        self.changed.emit(changes)

    def report_error(self, exc: WorkshopFileError) -> None:
        """Hand a known problem to whoever shows it to the facilitator (the main window)."""
        self.failed.emit(exc)

    # ------------------------------------------------------------- the room

    def set_revealed(self, revealed: bool) -> None:
        if revealed != self.revealed:
            self.revealed = revealed
            self.revealed_changed.emit(revealed)

    def set_input_closed(self, closed: bool) -> None:
        """Close (or reopen) input, e.g. when the step's time is up."""
        if closed != self.input_closed:
            self.input_closed = closed
            self.input_closed_changed.emit(closed)
