"""Honest undo: the app-wide undo stack moves only when the file was written.

Each user action is one `ChangeCommand` holding the core's `Changes`; undo reverts
those rows (`WorkshopFile.revert`), redo reapplies them (`WorkshopFile.reapply`),
each committed at once. A write can fail (disk full, the file locked by another
program): then the stack stays where it was, so Edit → Undo still offers the same
step and the file still holds what the stack says (docs/decisions/0002).

Qt's QUndoStack moves its index even when a command's undo() fails, so the write
happens first, in `UndoStack.undo`/`redo`, and the stack moves only after it
succeeded. Undo and redo go through these two methods (the main window's actions
call them), never through QUndoStack's own slots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.core.changes import Changes
from workshop_app.core.navigation import Place

if TYPE_CHECKING:
    from workshop_app.core.store import WorkshopFile

#: Writes through the session: returns the Changes, or None when the write failed
#: (the session has then said so). The text names what was attempted, for the message;
#: the place is where the action was done (the session shows it again).
Write = Callable[[Callable[["WorkshopFile"], Changes], str, "Place | None"], "Changes | None"]


def _inside(label: str) -> str:
    """An action's label as it reads after "Undo:" (a lower-case verb; "PIN" stays)."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def undo_text(label: str) -> str:
    """Edit → Undo for an action: "Undo: remove lesson 2"."""
    return QCoreApplication.translate("Undo", "Undo: %1").replace("%1", _inside(label))


def redo_text(label: str) -> str:
    """Edit → Redo for an action: "Redo: remove lesson 2"."""
    return QCoreApplication.translate("Undo", "Redo: %1").replace("%1", _inside(label))


class ChangeCommand(QUndoCommand):
    """One user action, already applied to the file when it is pushed.

    `text` names the action and its object ("Remove lesson 2"); `place` is where the
    facilitator was when it was done, shown again when it is undone or redone.
    """

    def __init__(self, write: Write, text: str, changes: Changes, place: Place | None = None):
        super().__init__(text)
        self._write = write
        self._changes = changes
        self._applied = True
        self.place = place

    def write_undo(self) -> bool:
        """Revert the action's rows in the file; False (and said so) if that failed."""
        attempted = undo_text(self.text())
        if self._write(lambda wf: wf.revert(self._changes), attempted, self.place) is None:
            return False
        self._applied = False
        return True

    def write_redo(self) -> bool:
        """Apply the action's rows again; False (and said so) if that failed."""
        attempted = redo_text(self.text())
        if self._write(lambda wf: wf.reapply(self._changes), attempted, self.place) is None:
            return False
        self._applied = True
        return True

    # QUndoStack calls these when its index moves: after UndoStack.undo/redo wrote the
    # file (nothing left to do), or on push (the action already ran). Anything else that
    # moves the index writes here; a failure then drops the command rather than let the
    # stack claim a state the file is not in.

    def undo(self) -> None:
        if self._applied and not self.write_undo():
            self.setObsolete(True)

    def redo(self) -> None:
        if not self._applied and not self.write_redo():
            self.setObsolete(True)


class UndoStack(QUndoStack):
    """A QUndoStack of `ChangeCommand`s whose undo and redo write first and move after."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)

    def undo(self) -> None:
        if not self.canUndo():
            return
        command = self.command(self.index() - 1)
        if isinstance(command, ChangeCommand) and not command.write_undo():
            return  # the file is as it was: so is the stack
        super().undo()

    def redo(self) -> None:
        if not self.canRedo():
            return
        command = self.command(self.index())
        if isinstance(command, ChangeCommand) and not command.write_redo():
            return
        super().redo()


def short(text: str, limit: int = 30) -> str:
    """The start of a note or title on one line, to name it in an undo label."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
