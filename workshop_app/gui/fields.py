"""Text fields that save themselves: no Save button, every edit is committed.

A field commits (through the caller's callback, which goes through `Session.do`)
when the user pauses typing for a moment, presses Enter (line edits) or leaves
the field. Loading a value never commits, and a refresh never overwrites text
the user is still typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

#: How long typing must pause before the text is saved (ms).
IDLE_MS = 800


class TabMovesFocus(QObject):
    """In a multi-line field Tab (and Shift+Tab) moves to the next (previous) field, as in
    every other field; Ctrl+Tab types a tab for whoever needs one."""

    def __init__(self, field: QPlainTextEdit):
        super().__init__(field)
        field.setTabChangesFocus(True)
        field.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                obj.insertPlainText("\t")
            event.accept()
            return True
        return False


class AutoCommit(QObject):
    """Watches one QLineEdit or QPlainTextEdit and calls `on_commit(text)` when it settles.

    `on_commit` returns False when the value was not saved; the field then shows the
    stored value again, so the screen never claims something the file does not hold.
    """

    def __init__(self, field: QLineEdit | QPlainTextEdit, on_commit: Callable[[str], bool]):
        super().__init__(field)
        self.field = field
        self._on_commit = on_commit
        self._saved = self.text()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.commit)
        field.textChanged.connect(self._edited)
        field.installEventFilter(self)
        if isinstance(field, QLineEdit):
            field.editingFinished.connect(self.commit)
        else:
            TabMovesFocus(field)

    def text(self) -> str:
        f = self.field
        return f.toPlainText() if isinstance(f, QPlainTextEdit) else f.text()

    @property
    def pending(self) -> bool:
        return self.text() != self._saved

    def load(self, value: str) -> None:
        """Show a stored value, unless the user is in the middle of editing this field."""
        if self.pending and self.field.hasFocus():
            return
        self._timer.stop()
        self._saved = value
        if self.text() != value:
            blocked = self.field.blockSignals(True)
            if isinstance(self.field, QPlainTextEdit):
                self.field.setPlainText(value)
            else:
                self.field.setText(value)
                self.field.setCursorPosition(0)  # a long text shows its beginning
            self.field.blockSignals(blocked)

    def commit(self) -> None:
        self._timer.stop()
        if self.pending:
            value, before = self.text(), self._saved
            self._saved = value
            if self._on_commit(value) is False:  # not saved (e.g. disk full): show what is stored
                self._saved = ""
                self.load(before)

    def _edited(self) -> None:
        if self.pending:
            self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False
