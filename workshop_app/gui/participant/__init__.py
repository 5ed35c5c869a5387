"""The shared-laptop screens: participant mode, dot voting, presentation mode.

Entry points for the workspace:

- `start_participant_mode(parent, session)`: asks for a facilitator PIN on first
  use, then shows `ParticipantWindow` full screen (returns it, or None if cancelled).
- `start_voting(parent, session)`: the round set-up dialog, then `VotingWindow`.
- `open_presentation(parent, session, timer)`: `PresentationWindow` on the second
  screen when there is one, else as a window the facilitator can move.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workshop_app.core import pin as pins
from workshop_app.core import voting
from workshop_app.gui.participant.capture import NoteEdit, ParticipantWindow
from workshop_app.gui.participant.common import PinDialog, SetPinDialog
from workshop_app.gui.participant.presentation import PresentationWindow
from workshop_app.gui.participant.voting_window import RoundDialog, VotingWindow
from workshop_app.gui.session import Session
from workshop_app.gui.timer import StepTimer

__all__ = [
    "NoteEdit",
    "ParticipantWindow",
    "PinDialog",
    "PresentationWindow",
    "RoundDialog",
    "SetPinDialog",
    "VotingWindow",
    "ensure_pin",
    "open_presentation",
    "start_participant_mode",
    "start_voting",
]


def ensure_pin(parent: QWidget | None, session: Session) -> bool:
    """A PIN is set for the file: ask the facilitator to choose one if not."""
    if pins.has_pin(session.wf):
        return True
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


def open_presentation(
    parent: QWidget | None, session: Session, timer: StepTimer
) -> PresentationWindow:
    """Presentation mode on the second screen (full screen), else a movable window."""
    window = PresentationWindow(session, timer, parent)
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        here = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        target = next((s for s in screens if s is not here), screens[1])
        window.setScreen(target)
        window.setGeometry(target.geometry())
        window.showFullScreen()
    else:
        window.resize(1024, 640)
        window.show()
    return window
