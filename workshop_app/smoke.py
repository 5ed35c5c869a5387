"""A start-and-quit check for the built app (used by build_spec/smoke.sh and CI).

With the environment variable SAMLA_SMOKE_QUIT_MS set to a number of milliseconds,
`quit_after_if_requested(app)` (called by the GUI right after its QApplication exists)
waits that long in the event loop, then:

- if a modal dialog is open (the first-start language question, a message), prints
  `dialog shown: <title>: <text>`, accepts it as a user pressing OK would, and waits again
  (at most a few times);
- prints `main window shown: <window title>` and quits with exit code 0 once a main window
  is visible, or prints `main window not shown` to stderr and quits with exit code 1.

Without the variable it does nothing. It proves the frozen app found Qt's platform
plugin, its resources and its modules well enough to show its window, with nobody at
the keyboard.

With SAMLA_FIRST_FRAME_QUIT=1 instead, the app prints `first frame: <window title>`
as soon as its main window has been painted for the first time, and quits: the
start-up bench (bench/bench_startup.py) times that line from outside the process.
"""

from __future__ import annotations

import os
import sys

ENV = "SAMLA_SMOKE_QUIT_MS"
FIRST_FRAME_ENV = "SAMLA_FIRST_FRAME_QUIT"
MAX_DIALOGS = 5


def requested_delay_ms() -> int | None:
    value = os.environ.get(ENV, "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        print(f"workshop-app: {ENV} must be milliseconds, not {value!r}", file=sys.stderr)
        return None


def quit_after_if_requested(app) -> bool:
    """Arm the check on `app` (a QApplication) if SAMLA_SMOKE_QUIT_MS (or
    SAMLA_FIRST_FRAME_QUIT) is set; True if armed."""
    if os.environ.get(FIRST_FRAME_ENV):
        quit_at_first_frame(app)
        return True
    delay = requested_delay_ms()
    if delay is None:
        return False
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

    def check(dialogs_left: int) -> None:
        modal = app.activeModalWidget()
        if isinstance(modal, QDialog) and dialogs_left > 0:
            text = modal.text() if isinstance(modal, QMessageBox) else ""
            print(f"dialog shown: {modal.windowTitle()}: {text}".rstrip(": "), flush=True)
            modal.accept()
            QTimer.singleShot(delay, lambda: check(dialogs_left - 1))
            return
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if shown:
            print(f"main window shown: {shown[0].windowTitle()}", flush=True)
            app.exit(0)
        else:
            print("main window not shown", file=sys.stderr, flush=True)
            app.exit(1)

    QTimer.singleShot(delay, lambda: check(MAX_DIALOGS))
    return True


def quit_at_first_frame(app) -> None:
    """Print `first frame: <title>` once a main window has painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstFrame(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and obj.isWidgetType()
                and isinstance(obj.window(), QMainWindow)
            ):
                self.seen = True
                window = obj.window()
                # After this paint pass (every widget of the frame) has been flushed.
                QTimer.singleShot(0, lambda: report(window.windowTitle()))
            return False

    def report(title: str) -> None:
        print(f"first frame: {title}", flush=True)
        app.exit(0)

    app._first_frame_probe = FirstFrame(app)
    app.installEventFilter(app._first_frame_probe)
