"""The look of the shared-laptop screens: calm, high-contrast colours and big buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from workshop_app.gui.room_text import scaled_font

#: Colours of the participant screens: calm, high contrast (WCAG AA or better).
INK = "#1b1f24"
MUTED = "#4a5360"
PAPER = "#f7f5ef"
ACCENT = "#1f5f8b"
CALM_GREEN = "#1e6b3a"
WARN = "#9b2c1f"


class BigButton(QPushButton):
    """A large push button that Enter (as well as Space) presses when it has focus."""

    def __init__(self, text: str, factor: float = 1.4, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setFont(scaled_font(factor, bold=True))
        self.setAutoDefault(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumHeight(self.fontMetrics().height() * 2)
        self.setCursor(Qt.PointingHandCursor)
