"""Cluster suggestions computed in short slices between the window's events.

The grouping (core/suggest.py `suggest_steps`) is a generator that pauses every few
milliseconds of work; a job runs it from a zero-interval timer for at most `SLICE_MS`
at a time and then lets the event loop paint and answer the facilitator. (On a worker
thread the computation held Python's lock in long stretches and every paint of the
board waited for it: seconds of frozen window on a few thousand notes.)

The job gets plain data read on the GUI thread (the notes as dicts, the language, the
question's text), never the open file. A job can be cancelled at any moment; nothing
runs on after its board is gone.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

#: The longest stretch of grouping work before the window gets its turn again.
SLICE_MS = 8.0


class SuggestJob(QObject):
    """One computation, run in slices on the GUI thread until it is done or cancelled."""

    #: (job, suggestions) and (job, exception).
    ready = Signal(object, object)
    failed = Signal(object, object)
    #: The job is over: done, failed or cancelled.
    ended = Signal(object)

    running: set[SuggestJob] = set()

    def __init__(self, notes: list[dict], language: str, ignore: str, parent=None):
        super().__init__(parent)
        self.notes, self.language, self.ignore = notes, language, ignore
        self._steps = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def start(self) -> None:
        SuggestJob.running.add(self)
        self._timer.start()

    @property
    def active(self) -> bool:
        return self in SuggestJob.running

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_MS / 1000
        try:
            if self._steps is None:
                from workshop_app.core import suggest  # loads the stemmers: on first use

                self._steps = suggest.suggest_steps(self.notes, self.language, ignore=self.ignore)
            while time.perf_counter() < deadline:
                next(self._steps)
        except StopIteration as done:
            self._end()
            self.ready.emit(self, done.value)
        except Exception as exc:  # reported to the board, which shows it
            self._end()
            self.failed.emit(self, exc)

    def cancel(self) -> None:
        """Stop at once; no result will come."""
        if self.active:
            self._end()

    def _end(self) -> None:
        self._timer.stop()
        if self._steps is not None:
            self._steps.close()
        SuggestJob.running.discard(self)
        self.ended.emit(self)

    @classmethod
    def cancel_all(cls) -> None:
        for job in list(cls.running):
            job.cancel()
