"""`LockedWindow`: the full-screen window of the shared laptop that only the
facilitator's PIN can leave, and that holds under a real window manager.

While a locked window shows:

- every other window of the app (the facilitator's window with every note and the
  live vote totals, dialogs) is hidden, not just covered; a window that shows up
  meanwhile is hidden too. Presentation mode stays only on another screen (the
  projector), which shows the room what the room may see anyway;
- minimising it, hiding it, showing the desktop, switching desktops or giving
  another window the focus brings it straight back, full screen and on top; on X11
  it also holds the keyboard, so the window manager's own keys (Super+D, Alt+Tab,
  Alt+Space, desktop switching) do not reach the window manager;
- the clipboard and the X selection are emptied when it starts and whenever a note
  is saved or the next person starts (`clear_clipboard`);
- the locked state is remembered outside the file (`core.pin.PinStore`), so the app
  started again after a crash or kill -9 reopens straight into the locked screen;
- leaving goes through the PIN page (`PinPrompt`), which checks against the hash
  the screen started with: resetting the PIN from outside does not open it.

The operating system's own kiosk settings add what an app cannot do by itself
(docs/participant-mode.md).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.core import pin as pins
from workshop_app.gui.participant.look import INK, PAPER
from workshop_app.gui.participant.pin_prompt import PinPrompt
from workshop_app.gui.session import Session

#: The locked windows showing now (they have no Qt parent; this keeps them alive).
_active: list[LockedWindow] = []
#: Input that counts as somebody using the screen (for the idle timeout).
_ACTIVITY = (
    QEvent.KeyPress,
    QEvent.MouseButtonPress,
    QEvent.Wheel,
    QEvent.TouchBegin,
    QEvent.InputMethod,
)
#: Kinds of top-level window hidden while the screen is locked.
_HIDDEN_KINDS = (Qt.Window, Qt.Dialog, Qt.Sheet, Qt.Drawer, Qt.Tool)


def _x11() -> bool:
    return QGuiApplication.platformName() == "xcb"


def active() -> LockedWindow | None:
    """The locked window showing now, if any."""
    _active[:] = [w for w in _active if shiboken6.isValid(w) and w.locked]
    return _active[-1] if _active else None


def clear_clipboard() -> None:
    """Empty the clipboard, the X selection (middle-click paste) and the find buffer."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.FindBuffer)


class LockedWindow(QWidget):
    """A full-screen window that Escape, Alt+F4, the close button and the window
    manager cannot leave. Subclasses build their screen in `self.content`."""

    #: Emitted after the facilitator left with the right PIN.
    left = Signal()
    #: Emitted when nobody has used the screen for the idle time (see `set_idle_minutes`).
    idle = Signal()
    #: Emitted on every key press, click or wheel turn in the screen.
    used = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        mode: str = "participant",
        store: pins.PinStore | None = None,
        guard: pins.PinGuard | None = None,
    ):
        # No Qt parent: a window transient for a hidden parent is at the mercy of the
        # window manager. `parent` is the facilitator's window, hidden while locked.
        super().__init__(None, Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
        self.session = session
        self.facilitator_window = parent
        self.mode = mode
        self.store = store or pins.PinStore()
        self.series_id = session.wf.series()["id"]
        self.guard = guard or pins.PinGuard()
        self.locked = False
        self._may_close = False
        self._hidden: list[QWidget] = []
        self._remapping = False
        self.setAttribute(Qt.WA_DeleteOnClose, False)
        self.setWindowModality(Qt.ApplicationModal)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"LockedWindow, QStackedWidget > QWidget {{ background: {PAPER}; color: {INK}; }}"
            " QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.screens = QStackedWidget()
        outer.addWidget(self.screens)
        self.content = QWidget()
        self.screens.addWidget(self.content)
        # The hash this screen checks against, read once: a later reset from outside
        # cannot open it (fail closed).
        self.pin_prompt = PinPrompt(self.store.pin_hash(self.series_id), self.guard)
        self.pin_prompt.accepted.connect(self._leave)
        self.pin_prompt.back.connect(self.back_to_screen)
        self.screens.addWidget(self.pin_prompt)

        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.setInterval(50)
        self._restore_timer.timeout.connect(self._restore)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.idle)

    # ---------------------------------------------------------------- locking

    def lock_place(self) -> dict:
        """Where this screen is, for reopening it after a crash (subclasses add to it)."""
        return {
            "question_id": self.session.question_id,
            "workshop_id": self.session.workshop_id,
        }

    def show_locked(self) -> None:
        """Lock: remember it, hide the app's other windows, empty the clipboard, then show
        full screen (the geometry is set too, for window managers that ignore the
        full-screen request) and take the keyboard."""
        if not self.locked:
            self.store.lock(self.series_id, self.session.wf.path, self.mode, **self.lock_place())
            self.locked = True
            _active.append(self)
            QApplication.instance().installEventFilter(self)
        clear_clipboard()
        self._hide_other_windows()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        handle = self.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        self._grab_keyboard()
        if self._idle_timer.interval() > 0:
            self._idle_timer.start()

    def set_idle_minutes(self, minutes: float) -> None:
        """Emit `idle` after this long without input (0: never)."""
        self._idle_timer.setInterval(int(minutes * 60_000))
        if minutes > 0 and self.locked:
            self._idle_timer.start()
        else:
            self._idle_timer.stop()

    def _grab_keyboard(self) -> None:
        """On X11, hold the keyboard: the window manager's own keys never reach it."""
        handle = self.windowHandle()
        if handle is not None and self.locked and self.isVisible() and _x11():
            handle.setKeyboardGrabEnabled(True)

    def _hide_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if self._should_hide(widget):
                widget.hide()
                if widget not in self._hidden:
                    self._hidden.append(widget)

    def _should_hide(self, widget: QWidget) -> bool:
        if widget is self or not widget.isVisible() or widget.window() is self:
            return False
        if widget.windowType() not in _HIDDEN_KINDS:
            return False  # tooltips and menus of this screen
        if isinstance(widget, LockedWindow):
            return False
        room = getattr(widget, "shows_the_room", False)
        return not (room and widget.screen() is not self.screen())

    def _restore_soon(self) -> None:
        if self.locked:
            self._restore_timer.start()

    def _restore(self) -> None:
        """Back to full screen, on top, focused, holding the keyboard."""
        if not self.locked:
            return
        state = self.windowState()
        if state & Qt.WindowMinimized or not state & Qt.WindowFullScreen:
            self.setWindowState((state & ~Qt.WindowMinimized) | Qt.WindowFullScreen)
        self._hide_other_windows()
        handle = self.windowHandle()
        if handle is not None and self.isVisible() and not handle.isExposed():
            # Unmapped by the window manager (another desktop, "show desktop"): map it
            # again, which puts it on the desktop the person is looking at.
            self._remapping = True
            self.hide()
            self._remapping = False
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self._grab_keyboard()

    # ---------------------------------------------------------------- leaving

    def request_leave(self) -> None:
        """Show the PIN page instead of the screen (a second request changes nothing)."""
        if self.screens.currentWidget() is not self.pin_prompt:
            self.screens.setCurrentWidget(self.pin_prompt)
        self.pin_prompt.reset()

    def back_to_screen(self) -> None:
        self.screens.setCurrentWidget(self.content)
        self.focus_screen()

    def focus_screen(self) -> None:
        """Subclasses put the focus where the next person starts."""

    def about_to_leave(self) -> None:
        """Subclasses act on the facilitator's choices before the window closes."""

    def _leave(self) -> None:
        self.about_to_leave()
        self.store.unlock(self.series_id)
        self.locked = False
        self._restore_timer.stop()
        self._idle_timer.stop()
        handle = self.windowHandle()
        if handle is not None and _x11():
            handle.setKeyboardGrabEnabled(False)
        QApplication.instance().removeEventFilter(self)
        if self in _active:
            _active.remove(self)
        self._may_close = True
        self.close()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden.clear()
        if self.facilitator_window is not None and shiboken6.isValid(self.facilitator_window):
            self.facilitator_window.show()
            self.facilitator_window.raise_()
            self.facilitator_window.activateWindow()
        self.left.emit()

    # ---------------------------------------------------------------- events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if not self.locked:
            return False
        if watched is self.windowHandle():
            if kind == QEvent.Expose and not self.windowHandle().isExposed():
                self._restore_soon()  # unmapped: another desktop, "show desktop", hidden
            return False
        if kind in _ACTIVITY and isinstance(watched, QWidget) and watched.window() is self:
            if self._idle_timer.interval() > 0:
                self._idle_timer.start()
            self.used.emit()
        elif kind == QEvent.Show and isinstance(watched, QWidget) and watched.isWindow():
            if self._should_hide(watched):
                QTimer.singleShot(0, self._hide_other_windows)
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.WindowStateChange:
            state = self.windowState()
            if state & Qt.WindowMinimized or not state & Qt.WindowFullScreen:
                self._restore_soon()  # minimised, or made a normal window
        elif event.type() == QEvent.ActivationChange:
            if self.isActiveWindow():
                self._grab_keyboard()
            else:
                self._restore_soon()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        if not self._remapping:
            self._restore_soon()

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
