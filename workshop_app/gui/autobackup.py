"""Automatic backups of the open file: on open, every few minutes while it changes, on close.

The backups on open and while working are made off the GUI thread, through a read-only
connection of their own (`WorkshopFile.open(path, readonly=True)`: the open file's
connection stays on its thread), and the one on open waits until the window has shown
its first frame: copying a file of 50,000 notes takes a quarter of a second, which the
facilitator would otherwise wait for at every open and every few minutes. The backup on
close is made there and then, before the file closes.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.core.backups import make_backup
from workshop_app.core.errors import WorkshopFileError
from workshop_app.gui.session import Session

#: Minutes between backups while the file keeps changing.
INTERVAL_MINUTES = 5
#: The backup on open starts this long after the file was opened (after the first frame).
OPEN_DELAY_MS = 1000


class AutoBackup(QObject):
    """Backs up `session.wf` with the online backup API (see core/backups.py).

    `start()` when the file is opened (the "open" backup follows shortly), `stop()` when
    it is closed (makes a "close" backup if anything changed since the last one, or if
    the "open" one was never made). In between, a backup is made every `interval_ms` if
    `session.changed` fired.
    """

    #: A backup was made (the `Backup`).
    made = Signal(object)
    #: From the backup thread: (Backup or None, WorkshopFileError or None).
    _finished = Signal(object, object)

    def __init__(
        self,
        session: Session,
        interval_ms: int = INTERVAL_MINUTES * 60_000,
        parent: QObject | None = None,
        *,
        open_delay_ms: int = OPEN_DELAY_MS,
    ):
        super().__init__(parent)
        self.session = session
        self.dirty = False
        self._opened = False  # the "open" backup was made
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.backup_if_changed)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(open_delay_ms)
        self._open_timer.timeout.connect(lambda: self._start_backup("open"))
        self._finished.connect(self._done)
        session.changed.connect(self._on_changed)

    def _on_changed(self, _changes: object) -> None:
        self.dirty = True

    @property
    def busy(self) -> bool:
        """A backup is being made on its thread."""
        return self._thread is not None

    def start(self) -> None:
        self._open_timer.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop the timers, wait for a backup under way, then the "close" backup."""
        self._open_timer.stop()
        self._timer.stop()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self.dirty or not self._opened:
            self.backup("open" if not self._opened and not self.dirty else "close")

    def backup_if_changed(self) -> None:
        if self.dirty:
            self._start_backup("auto")

    def backup(self, reason: str) -> None:
        """Make a backup now, on this thread (closing: the file is still open for it)."""
        try:
            made = make_backup(self.session.wf, reason)
        except WorkshopFileError as exc:
            self.session.report_error(exc)
            return
        self.dirty = False
        self._opened = True
        self.made.emit(made)

    def _start_backup(self, reason: str) -> None:
        if self._thread is not None:
            return  # one at a time; the timer comes back
        self.dirty = False  # a change from now on is not in this backup
        if reason == "open":
            self._opened = True
        self._thread = threading.Thread(
            target=self._work,
            args=(self.session.wf.path, reason),
            name=f"backup-{reason}",
            daemon=True,
        )
        self._thread.start()

    def _work(self, path, reason: str) -> None:
        from workshop_app.core.store import WorkshopFile

        try:
            with WorkshopFile.open(path, readonly=True) as copy:
                made = make_backup(copy, reason)
        except WorkshopFileError as exc:
            self._finished.emit(None, exc)
        else:
            self._finished.emit(made, None)

    def _done(self, made, exc) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        if exc is not None:
            self.dirty = True  # try again at the next turn
            self.session.report_error(exc)
            return
        self.made.emit(made)
