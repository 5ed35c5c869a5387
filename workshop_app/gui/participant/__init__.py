"""The shared-laptop screens: participant mode and dot voting.

Entry points for the workspace (the windows are imported when first used):

- `start_participant_mode(parent, session)`: asks for a facilitator PIN on first
  use, then shows `ParticipantWindow` full screen (returns it, or None if cancelled).
- `start_voting(parent, session)`: the round set-up dialog, then `VotingWindow`.
- `file_opened(parent, session)`: call after a file is opened. Moves a PIN hash an
  older version left in the file into the per-user store, and, when the series was
  locked as the app stopped (a crash, kill -9), reopens its locked screen at once.
- `locked_file()`: the file that was locked as the app stopped, to open at start.

Presentation mode lives in `workshop_app.gui.presentation`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workshop_app.core import pin as pins
from workshop_app.core import voting
from workshop_app.core.errors import WorkshopFileError
from workshop_app.gui.session import Session

if TYPE_CHECKING:
    from workshop_app.gui.participant.locked_window import LockedWindow
    from workshop_app.gui.participant.participant_window import ParticipantWindow
    from workshop_app.gui.participant.voting_window import VotingWindow


def ensure_pin(parent: QWidget | None, session: Session) -> bool:
    """A PIN is set for the series on this computer: ask the facilitator to choose one if not."""
    if pins.has_pin(session.wf):
        return True
    from workshop_app.gui.participant.pin_prompt import SetPinDialog

    return SetPinDialog(session, parent).exec() == QDialog.Accepted


def _needs_current(parent: QWidget | None, session: Session) -> bool:
    if session.question_id and session.workshop_id:
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ParticipantEntry", "Choose a question first"),
        QCoreApplication.translate(
            "ParticipantEntry",
            "Choose a workshop and a question before starting the shared screen.",
        ),
    )
    return False


def start_participant_mode(parent: QWidget | None, session: Session) -> ParticipantWindow | None:
    """Show participant mode full screen for the current question and workshop."""
    if not _needs_current(parent, session) or not ensure_pin(parent, session):
        return None
    from workshop_app.gui.participant.participant_window import ParticipantWindow

    window = ParticipantWindow(session, parent)
    window.show_locked()
    return window


def start_voting(parent: QWidget | None, session: Session) -> VotingWindow | None:
    """Set up a round on the current question's themes, then show the ballot screen."""
    if not _needs_current(parent, session):
        return None
    themes = session.wf.themes(session.question_id)
    if not themes:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ParticipantEntry", "No themes yet"),
            QCoreApplication.translate(
                "ParticipantEntry", "Group the notes into themes before voting on them."
            ),
        )
        return None
    from workshop_app.gui.participant.voting_window import RoundDialog, VotingWindow

    dialog = RoundDialog(len(themes), parent)
    if dialog.exec() != QDialog.Accepted or not ensure_pin(parent, session):
        return None
    changes = session.do(
        QCoreApplication.translate("ParticipantEntry", "Start dot voting"),
        lambda wf: voting.create_round(
            wf,
            session.question_id,
            session.workshop_id,
            dots=dialog.dots.value(),
            max_per_theme=dialog.max_per_theme.value(),
        ),
    )
    if not changes:
        return None
    window = VotingWindow(session, changes.rows[0].id, parent)
    window.show_locked()
    return window


def locked_file(store: pins.PinStore | None = None) -> Path | None:
    """The workshop file whose screen was locked when the app last stopped, if it is there."""
    return next((p for p in (store or pins.PinStore()).locked_paths() if p.is_file()), None)


def resume_locked(
    parent: QWidget | None, session: Session, store: pins.PinStore | None = None
) -> LockedWindow | None:
    """Reopen the locked screen of `session`'s series if it was locked when the app
    stopped; before anything else of the file shows."""
    store = store or pins.PinStore()
    locked = store.lock_of(session.wf.series()["id"])
    if locked is None:
        return None
    wf = session.wf

    def alive(table: str, key: str) -> str | None:
        row_id = locked.get(key)
        row = wf.get(table, row_id) if isinstance(row_id, str) else None
        return row_id if row is not None and row["deleted_at"] is None else None

    session.set_current(
        workshop_id=alive("workshops", "workshop_id"),
        question_id=alive("questions", "question_id"),
    )
    round_id = alive("vote_rounds", "round_id")
    if locked["mode"] == "voting" and round_id is not None:
        from workshop_app.gui.participant.voting_window import VotingWindow

        window: LockedWindow = VotingWindow(session, round_id, parent, store=store)
    else:
        from workshop_app.gui.participant.participant_window import ParticipantWindow

        window = ParticipantWindow(session, parent, store=store)
    window.show_locked()
    return window


def file_opened(parent: QWidget | None, session: Session) -> LockedWindow | None:
    """After a file is opened: move an old in-file PIN out of it; resume a lock."""
    try:
        # Not on the undo stack: undoing it would put the hash back into the file.
        session.record(pins.adopt_file_pin(session.wf))
    except WorkshopFileError as exc:
        session.report_error(exc)
    return resume_locked(parent, session)
