"""Asking for the facilitator's PIN: `PinPrompt`, the page of a locked screen that
leaving goes through, and `SetPinDialog`, where the facilitator chooses the PIN.

The prompt is a page of the locked window itself, not a window of its own: the
window manager cannot minimise or close it, and while it shows, the screen behind
it (the note box) is hidden, so nothing typed here can end up in a note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import pin as pins
from workshop_app.core.errors import WorkshopFileError
from workshop_app.gui.participant.look import MUTED, WARN
from workshop_app.gui.room_text import label, scaled_font
from workshop_app.gui.session import Session

#: How long a turn may stay untouched before it ends, unless the facilitator chooses.
DEFAULT_IDLE_MINUTES = 3


class PinPrompt(QWidget):
    """The PIN page: one Enter is one try (an empty Enter is none); a wrong PIN clears
    the field and keeps the focus there; after a few wrong PINs the field waits (the
    seconds are shown).

    It checks against `stored_hash`, the hash the locked screen started with, so a
    PIN reset from outside while the screen is locked does not open it. With no hash
    at all, no PIN opens it (the way out is `workshop-app reset-pin` and a restart).
    """

    #: The right PIN was entered.
    accepted = Signal()
    #: The person chose to go back to the locked screen.
    back = Signal()

    def __init__(
        self, stored_hash: str | None, guard: pins.PinGuard, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.stored_hash = stored_hash
        self.guard = guard
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.setSpacing(16)
        self.prompt = label(self.tr("Only the facilitator can leave this screen."), 1.6, bold=True)
        inner.addWidget(self.prompt)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.Password)
        self.field.setFont(scaled_font(1.6))
        self.field.setMaxLength(pins.MAX_LENGTH)
        self.field.setContextMenuPolicy(Qt.NoContextMenu)
        self.field.setAccessibleName(self.tr("Facilitator PIN"))
        self.field.setAccessibleDescription(self.tr("Type the PIN and press Enter to leave."))
        inner.addWidget(self.field)
        self.message = label("", 1.2)
        self.message.setStyleSheet(f"color: {WARN};")
        self.message.setAccessibleName(self.tr("PIN message"))
        inner.addWidget(self.message)
        self.extra = QVBoxLayout()
        inner.addLayout(self.extra)
        buttons = QHBoxLayout()
        # This is no QDialog, so there is no default button: Enter presses only the button
        # that has the focus, and Enter in the field tries the PIN once.
        self.leave_button = QPushButton(self.tr("Leave"))
        self.leave_button.setFont(scaled_font(1.2))
        self.leave_button.setAutoDefault(True)
        self.leave_button.setAccessibleName(self.tr("Leave"))
        self.leave_button.setAccessibleDescription(self.tr("Check the PIN and leave this screen."))
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setFont(scaled_font(1.2))
        self.back_button.setAutoDefault(True)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("Return to the screen without leaving."))
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.leave_button)
        inner.addLayout(buttons)
        QWidget.setTabOrder(self.field, self.back_button)
        QWidget.setTabOrder(self.back_button, self.leave_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.leave_button.clicked.connect(self.try_pin)
        self.back_button.clicked.connect(self.back)
        self.field.returnPressed.connect(self.try_pin)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._update_wait)
        if stored_hash is None:
            self.prompt.setText(
                self.tr(
                    "No facilitator PIN is set for this screen. End the app and run "
                    "workshop-app reset-pin to choose a new one."
                )
            )

    def reset(self) -> None:
        """Fresh for the next time it is shown: empty field, focus in it."""
        self.field.clear()
        if self.guard.wait_left() <= 0:
            self.message.clear()
        self._update_wait()
        self.field.setFocus()

    def try_pin(self) -> None:
        """Check the typed PIN once; right leaves, wrong stays here with the field empty."""
        if self.guard.wait_left() > 0:
            self.field.clear()
            self._update_wait()
            return
        entered = self.field.text()
        if not entered:
            # An empty Enter (a key held down, Enter spamming) is no try: it costs no wait.
            self.message.setText(self.tr("Type the PIN, then press Enter."))
            return
        self.field.clear()
        try:
            right = self.stored_hash is not None and pins.verify_pin(entered, self.stored_hash)
        except pins.PinError:
            right = False
        if right:
            self.guard.succeeded()
            self.message.clear()
            self.accepted.emit()
            return
        delay = self.guard.failed()
        self.message.setText(self.tr("That PIN is not right."))
        self.message.setStyleSheet(f"color: {WARN};")
        self.field.setFocus()
        if delay > 0:
            self._update_wait()

    def _update_wait(self) -> None:
        left = self.guard.wait_left()
        waiting = left > 0
        # Read-only, not disabled: the focus stays in the field, so keys typed while
        # waiting go nowhere else.
        self.field.setReadOnly(waiting)
        self.leave_button.setEnabled(not waiting)
        if waiting:
            self.message.setText(
                self.tr("That PIN is not right. Try again in %1 s.").replace(
                    "%1", str(int(left) + 1)
                )
            )
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.message.setText(self.tr("You can try again now."))
        self.message.setStyleSheet(f"color: {WARN if waiting else MUTED};")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key_Escape:
            # Escape asks for the PIN, however often it is pressed: a second Escape must
            # not put the note box back under the facilitator's fingers. Back does that.
            event.accept()
            return
        super().keyPressEvent(event)


class SetPinDialog(QDialog):
    """Chooses the facilitator's PIN at first use (typed twice, stored only as a salted
    hash on this computer) and how long an untouched turn may last."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Choose a facilitator PIN"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Participants cannot leave the shared screen without this PIN. "
                    "Choose at least 4 characters and remember them."
                )
            )
        )
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field, name in (
            (self.first, self.tr("New PIN")),
            (self.second, self.tr("The same PIN again")),
        ):
            field.setEchoMode(QLineEdit.Password)
            field.setMaxLength(pins.MAX_LENGTH)
            field.setFont(scaled_font(1.3))
            field.setPlaceholderText(name)
            field.setAccessibleName(name)
            layout.addWidget(field)
        self.first.setAccessibleDescription(self.tr("At least 4 characters."))
        self.second.setAccessibleDescription(self.tr("Type the PIN once more to check it."))
        idle_row = QHBoxLayout()
        idle_label = QLabel(self.tr("End a turn after this many minutes without typing:"))
        idle_label.setWordWrap(True)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 60)
        self.idle_minutes.setValue(DEFAULT_IDLE_MINUTES)
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setAccessibleName(self.tr("Minutes before an untouched turn ends"))
        self.idle_minutes.setAccessibleDescription(
            self.tr("When nobody types or clicks for this long, the next person starts.")
        )
        idle_label.setBuddy(self.idle_minutes)
        idle_row.addWidget(idle_label, 1)
        idle_row.addWidget(self.idle_minutes)
        layout.addLayout(idle_row)
        self.message = label("")
        self.message.setStyleSheet(f"color: {WARN};")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        ok = QPushButton(self.tr("Save PIN"))
        ok.setDefault(True)
        ok.setAccessibleName(self.tr("Save PIN"))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout.addLayout(buttons)
        ok.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self.save)

    def save(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < pins.MIN_LENGTH:
            self.message.setText(self.tr("The PIN needs at least 4 characters."))
            return
        if first != second:
            self.message.setText(self.tr("The two PINs differ. Type them again."))
            self.second.clear()
            self.second.setFocus()
            return
        # Not an undoable action, and not in the file: Ctrl+Z cannot drop the PIN, and
        # the file can travel without it.
        try:
            pins.set_pin(self.session.wf, first)
            pins.set_idle_minutes(self.session.wf, self.idle_minutes.value())
        except WorkshopFileError as exc:
            self.message.setText(self.tr("The PIN could not be saved: %1").replace("%1", str(exc)))
            return
        self.accept()
