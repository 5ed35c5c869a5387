"""Shared pieces of the shared-laptop screens: relative fonts, big buttons, PIN dialogs,
and `LockedWindow`, the full-screen window that only the facilitator's PIN can close."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import pin as pins
from workshop_app.core.errors import WorkshopFileError
from workshop_app.gui import style
from workshop_app.gui.session import Session

#: Colours of the participant screens: calm, high contrast (WCAG AA or better).
INK = "#1b1f24"
MUTED = "#4a5360"
PAPER = "#f7f5ef"
ACCENT = "#1f5f8b"
CALM_GREEN = "#1e6b3a"
WARN = "#9b2c1f"


def scaled_font(factor: float, *, bold: bool = False, base: QFont | None = None) -> QFont:
    """The application font (or `base`) scaled by `factor`: see `gui.style.scaled_font`."""
    return style.scaled_font(base, factor, bold)


def label(text: str, factor: float = 1.0, *, bold: bool = False, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setFont(scaled_font(factor, bold=bold))
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.PlainText)
    return widget


class BigButton(QPushButton):
    """A large push button that Enter (as well as Space) presses when it has focus."""

    def __init__(self, text: str, factor: float = 1.4, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setFont(scaled_font(factor, bold=True))
        self.setAutoDefault(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumHeight(self.fontMetrics().height() * 2)
        self.setCursor(Qt.PointingHandCursor)


class PinDialog(QDialog):
    """Asks for the facilitator's PIN before leaving a locked screen.

    Wrong PINs are refused; after a few, the field is disabled for a growing delay
    (`PinGuard`). The guard belongs to the window, so closing the dialog does not
    reset it.
    """

    def __init__(self, session: Session, guard: pins.PinGuard, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.guard = guard
        self.setWindowTitle(self.tr("Facilitator PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.prompt = label(self.tr("Only the facilitator can leave this screen."), 1.2)
        layout.addWidget(self.prompt)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.Password)
        self.field.setFont(scaled_font(1.4))
        self.field.setMaxLength(pins.MAX_LENGTH)
        self.field.setAccessibleName(self.tr("Facilitator PIN"))
        self.field.setAccessibleDescription(self.tr("Type the PIN and press Enter to leave."))
        layout.addWidget(self.field)
        self.message = label("", 1.0)
        self.message.setStyleSheet(f"color: {WARN};")
        self.message.setAccessibleName(self.tr("PIN message"))
        layout.addWidget(self.message)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        buttons = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("Leave"))
        self.leave_button.setDefault(True)
        self.leave_button.setAccessibleName(self.tr("Leave"))
        self.leave_button.setAccessibleDescription(self.tr("Check the PIN and leave this screen."))
        self.cancel_button = QPushButton(self.tr("Back"))
        self.cancel_button.setAccessibleName(self.tr("Back"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Return to the screen without leaving.")
        )
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.leave_button)
        layout.addLayout(buttons)
        self.leave_button.clicked.connect(self.try_pin)
        self.cancel_button.clicked.connect(self.reject)
        self.field.returnPressed.connect(self.try_pin)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._update_wait)
        if not pins.has_pin(session.wf):
            self.prompt.setText(self.tr("No facilitator PIN is set for this file."))
        self._update_wait()

    def try_pin(self) -> None:
        if self.guard.wait_left() > 0:
            self._update_wait()
            return
        entered = self.field.text()
        if not pins.has_pin(self.session.wf) or pins.check_pin(self.session.wf, entered):
            self.guard.succeeded()
            self.accept()
            return
        self.field.clear()
        delay = self.guard.failed()
        self.message.setText(self.tr("That PIN is not right."))
        if delay > 0:
            self._update_wait()

    def _update_wait(self) -> None:
        left = self.guard.wait_left()
        waiting = left > 0
        self.field.setEnabled(not waiting)
        self.leave_button.setEnabled(not waiting)
        if waiting:
            self.message.setText(
                self.tr("That PIN is not right. Try again in %1 s.").replace(
                    "%1", str(int(left) + 1)
                )
            )
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.field.setFocus()


class SetPinDialog(QDialog):
    """Chooses the facilitator's PIN at first use: typed twice, stored only as a salted hash."""

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
        # Not an undoable action: Ctrl+Z in the workspace must not drop the PIN.
        try:
            changes = pins.set_pin(self.session.wf, first)
        except WorkshopFileError as exc:
            self.message.setText(self.tr("The PIN could not be saved: %1").replace("%1", str(exc)))
            return
        self.session.record(changes)
        self.accept()


class LockedWindow(QWidget):
    """A full-screen window that Escape, Alt+F4 and the close button cannot leave.

    Leaving asks for the facilitator's PIN; the right PIN closes the window and
    emits `left`, returning to the workspace underneath.
    """

    #: Emitted after the facilitator left with the right PIN.
    left = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.session = session
        self.guard = pins.PinGuard()
        self.pin_dialog: PinDialog | None = None
        self._may_close = False
        self.setWindowModality(Qt.ApplicationModal)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"LockedWindow, QStackedWidget > QWidget {{ background: {PAPER}; color: {INK}; }}"
            " QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )

    def show_locked(self) -> None:
        """Full screen on the screen it is on; the geometry is set too, for window
        managers that ignore the full-screen request (and for none at all)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def extra_leave_options(self, dialog: PinDialog) -> None:
        """Subclasses may add facilitator choices to the PIN dialog."""

    def request_leave(self) -> None:
        """Ask for the PIN (a second request just brings the open dialog forward)."""
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            self.pin_dialog.raise_()
            self.pin_dialog.activateWindow()
            return
        self.pin_dialog = PinDialog(self.session, self.guard, self)
        self.extra_leave_options(self.pin_dialog)
        self.pin_dialog.accepted.connect(self._leave)
        self.pin_dialog.open()
        self.pin_dialog.field.setFocus()

    def about_to_leave(self) -> None:
        """Subclasses act on the facilitator's choices before the window closes."""

    def _leave(self) -> None:
        self.about_to_leave()
        self._may_close = True
        self.close()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key_Escape:
            self.request_leave()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self.request_leave()
