"""Automatic backups of the open file: on open, every few minutes while it changes, on close."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.core.backups import make_backup
from workshop_app.core.errors import WorkshopFileError
from workshop_app.gui.session import Session

#: Minutes between backups while the file keeps changing.
INTERVAL_MINUTES = 5


class AutoBackup(QObject):
    """Backs up `session.wf` with the online backup API (see core/backups.py).

    `start()` when the file is opened (makes the "open" backup), `stop()` when it
    is closed (makes a "close" backup if anything changed since the last one).
    In between, a backup is made every `interval_ms` if `session.changed` fired.
    """

    #: A backup was made (the `Backup`).
    made = Signal(object)

    def __init__(
        self,
        session: Session,
        interval_ms: int = INTERVAL_MINUTES * 60_000,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.backup_if_changed)
        session.changed.connect(self._on_changed)

    def _on_changed(self, _changes: object) -> None:
        self.dirty = True

    def start(self) -> None:
        self.backup("open")
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.dirty:
            self.backup("close")

    def backup_if_changed(self) -> None:
        if self.dirty:
            self.backup("auto")

    def backup(self, reason: str) -> None:
        try:
            made = make_backup(self.session.wf, reason)
        except WorkshopFileError as exc:
            self.session.report_error(exc)
            return
        self.dirty = False
        self.made.emit(made)
