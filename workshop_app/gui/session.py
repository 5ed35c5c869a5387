"""The open workshop file as the GUI sees it: one undo stack, one "changed" signal.

Every user action goes through `Session.do(label, action)`: the action calls the
core API (committed at once), its `Changes` land on the app-wide QUndoStack, and
`changed` tells every view which tables moved. Views never write SQL and never
keep state that the file does not have.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.core.changes import Changes
from workshop_app.core.errors import WorkshopFileError

if TYPE_CHECKING:
    from workshop_app.core.store import WorkshopFile


class ChangeCommand(QUndoCommand):
    """One user action, already applied; undo reverts its rows, redo reapplies them."""

    def __init__(self, session: Session, text: str, changes: Changes):
        super().__init__(text)
        self._session = session
        self._changes = changes
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo(); the action already ran
            return
        self._session._run(lambda wf: wf.reapply(self._changes))
        self._applied = True

    def undo(self) -> None:
        self._session._run(lambda wf: wf.revert(self._changes))
        self._applied = False


class Session(QObject):
    #: Emitted with the `Changes` of every action, undo and redo.
    changed = Signal(object)
    #: Emitted when the facilitator moves to another workshop, question or step.
    current_changed = Signal()
    #: A known environment error (disk full, locked, ...): the main window explains it.
    failed = Signal(object)

    STEPS = ("introduce", "write", "cluster", "vote", "synthesize")

    def __init__(self, wf: WorkshopFile, parent: QObject | None = None):
        super().__init__(parent)
        self.wf = wf
        self.undo_stack = QUndoStack(self)
        self.workshop_id: str | None = None
        self.question_id: str | None = None
        self.step: str = "introduce"
        #: Set when the step's time is up and the facilitator chose to stop input then.
        self.input_closed = False
        #: Whether notes/themes/vote results are shown to the room (presentation mode).
        self.revealed = False
        workshops, questions = wf.workshops(), wf.questions()
        self.workshop_id = workshops[0]["id"] if workshops else None
        self.question_id = questions[0]["id"] if questions else None

    def do(self, text: str, action: Callable[[WorkshopFile], Changes]) -> Changes | None:
        """Run one user action; on a known error, report it and change nothing."""
        try:
            changes = action(self.wf)
        except WorkshopFileError as exc:
            self.report_error(exc)
            return None
        if changes:
            self.undo_stack.push(ChangeCommand(self, text, changes))
            self.changed.emit(changes)
        return changes

    def record(self, changes: Changes) -> None:
        """Announce changes made outside the undo stack (e.g. a participant's note)."""
        if changes:
            self.changed.emit(changes)

    def _run(self, action: Callable[[WorkshopFile], Changes]) -> None:
        try:
            changes = action(self.wf)
        except WorkshopFileError as exc:
            self.report_error(exc)
            return
        self.changed.emit(changes)

    def set_current(
        self,
        *,
        workshop_id: str | None = None,
        question_id: str | None = None,
        step: str | None = None,
    ) -> None:
        if workshop_id is not None:
            self.workshop_id = workshop_id
        if question_id is not None:
            self.question_id = question_id
        if step is not None:
            if step not in self.STEPS:
                raise ValueError(step)
            self.step = step
        self.current_changed.emit()

    def set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        self.current_changed.emit()

    def report_error(self, exc: WorkshopFileError) -> None:
        """Hand a known problem to whoever shows it to the facilitator (the main window)."""
        self.failed.emit(exc)

    def set_input_closed(self, closed: bool) -> None:
        """Close (or reopen) input, e.g. when the step's time is up."""
        self.input_closed = closed
        self.current_changed.emit()
