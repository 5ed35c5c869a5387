"""Presentation mode: what the projector shows the room (read-only).

- `open_presentation(parent, session, timer)`: `PresentationWindow` full screen on
  the second screen when there is one, else a window the facilitator can move,
  placed wholly on the screen.
- `Reveal.of(session)`: "Show notes to the room", per question and workshop.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from workshop_app.gui.presentation.reveal import Reveal
from workshop_app.gui.presentation.window import PresentationWindow
from workshop_app.gui.session import Session
from workshop_app.gui.timer import StepTimer

__all__ = ["PresentationWindow", "Reveal", "open_presentation"]

#: The window's size when there is no second screen (shrunk to fit a small screen).
WINDOW_SIZE = QSize(1024, 640)
#: Room left for the title bar and borders the window manager adds.
FRAME = QSize(16, 48)


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
        return window
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    size = WINDOW_SIZE.boundedTo(available.size() - FRAME)
    frame = QRect(available.topLeft(), size + FRAME)
    frame.moveCenter(available.center())
    window.resize(size)
    window.move(max(available.left(), frame.left()), max(available.top(), frame.top()))
    window.show()
    return window
