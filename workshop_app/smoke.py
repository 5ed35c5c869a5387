"""A start-and-quit check for the built app (used by build_spec/smoke.sh and CI).

With the environment variable SAMLA_SMOKE_QUIT_MS set to a number of milliseconds,
`quit_after_if_requested(app)` (called by the GUI once its main window is built)
waits that long in the event loop, prints `main window shown: <window title>` and
quits with exit code 0, or prints `main window not shown` to stderr and quits with
exit code 1 when no main window is visible. Without the variable it does nothing.
This proves the frozen app found Qt's platform plugin, its resources and its
modules well enough to show a window, without anyone clicking.
"""

from __future__ import annotations

import os
import sys

ENV = "SAMLA_SMOKE_QUIT_MS"


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
    """Arm the check on `app` (a QApplication) if SAMLA_SMOKE_QUIT_MS is set; True if armed."""
    delay = requested_delay_ms()
    if delay is None:
        return False
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    def report_and_quit() -> None:
        shown = [
            w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
        ]
        if shown:
            print(f"main window shown: {shown[0].windowTitle()}", flush=True)
            app.exit(0)
        else:
            print("main window not shown", file=sys.stderr, flush=True)
            app.exit(1)

    QTimer.singleShot(delay, report_and_quit)
    return True
