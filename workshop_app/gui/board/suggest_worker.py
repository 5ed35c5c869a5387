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
from collections.abc import Callable, Generator

from PySide6.QtCore import QObject, QTimer, Signal

#: The longest stretch of grouping work before the window gets its turn again.
SLICE_MS = 8.0


class StepsJob(QObject):
    """One computation (a generator of steps, made by `make_steps` when it first runs),
    run in slices on the GUI thread until it is done or cancelled."""

    #: (job, result) and (job, exception).
    ready = Signal(object, object)
    failed = Signal(object, object)
    #: The job is over: done, failed or cancelled.
    ended = Signal(object)

    running: set[StepsJob] = set()

    def __init__(self, make_steps: Callable[[], Generator], parent=None):
        super().__init__(parent)
        self._make_steps = make_steps
        self._steps = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def start(self) -> None:
        StepsJob.running.add(self)
        self._timer.start()

    @property
    def active(self) -> bool:
        return self in StepsJob.running

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_MS / 1000
        try:
            if self._steps is None:
                self._steps = self._make_steps()
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
        StepsJob.running.discard(self)
        self.ended.emit(self)

    @classmethod
    def cancel_all(cls) -> None:
        for job in list(cls.running):
            job.cancel()


class SuggestJob(StepsJob):
    """Suggest groups for these notes (plain dicts), the series' language and the
    question's text (core/suggest.py `suggest_steps`)."""

    def __init__(self, notes: list[dict], language: str, ignore: str, parent=None):
        def steps():
            from workshop_app.core import suggest  # loads the stemmers: on first use

            return suggest.suggest_steps(notes, language, ignore=ignore)

        super().__init__(steps, parent)
        self.notes = notes


class SimilarJob(StepsJob):
    """The notes most like one of them (core/suggest.py `similar_steps`)."""

    def __init__(self, notes: list[dict], note_id: str, language: str, ignore: str, parent=None):
        def steps():
            from workshop_app.core import suggest

            return suggest.similar_steps(notes, note_id, language, ignore=ignore)

        super().__init__(steps, parent)
        self.note_id = note_id
