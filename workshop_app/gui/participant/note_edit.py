"""`NoteEdit`: the note box of participant mode.

Enter submits, Shift+Enter breaks the line, pastes arrive as plain text. Nothing
leaves it: no copy, no cut, no drag out, no X selection (middle-click paste), so
one person's note cannot be carried to the next person through the clipboard.
Alt with a letter does not type the letter (it is a shortcut key elsewhere).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workshop_app.gui.room_text import scaled_font

_NO_COPY = (QKeySequence.Copy, QKeySequence.Cut)


class NoteEdit(QPlainTextEdit):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFont(scaled_font(1.6))
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setContextMenuPolicy(Qt.NoContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if event.modifiers() & Qt.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key_Escape:
            event.ignore()  # the window asks for the facilitator's PIN
            return
        if any(event.matches(key) for key in _NO_COPY):
            event.accept()
            return
        if self._alt_letter(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _alt_letter(event: QKeyEvent) -> bool:
        """Alt+letter or Alt+digit typing that same letter: a shortcut attempt, not text.
        (AltGr on Windows is Ctrl+Alt, and macOS's Option gives other characters such as
        @ for Option+2: those type as usual.)"""
        mods = event.modifiers()
        if not mods & Qt.AltModifier or mods & Qt.ControlModifier:
            return False
        text = event.text()
        return len(text) == 1 and text.isascii() and text.isalnum()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt override)
        """Copy, cut, drag and the X selection get nothing from this box."""
        return QMimeData()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        """Formatted text (HTML, RTF) from a paste or drop arrives as its plain text."""
        if source.hasText():
            self.insertPlainText(source.text())
