"""The step timer: a countdown the facilitator starts, pauses, resets and extends.

It reads the time from a monotonic clock (seconds), `time.monotonic` unless another
is given: a test gives one it moves by hand, and a time box ends without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

#: How often a running countdown looks at the clock (and ticks).
POLL_MS = 200


def clock_text(seconds: int) -> str:
    """Seconds as the timer shows them: "05:00"."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class StepTimer(QObject):
    #: Seconds remaining, about once a second while running (and on every change).
    tick = Signal(int)
    #: The time is up (emitted once per countdown).
    finished = Signal()
    #: Started, paused or reset.
    state_changed = Signal()

    def __init__(
        self,
        seconds: int = 300,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self._clock = clock
        self._duration = seconds
        self._remaining_ms = seconds * 1000
        self._started_at = 0.0  # the clock when the countdown last started
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._update)
        self._done = False

    def _elapsed_ms(self) -> int:
        return int((self._clock() - self._started_at) * 1000)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining(self) -> int:
        """Whole seconds left (rounded up, so 0 only when the time is really up)."""
        ms = self._remaining_ms - (self._elapsed_ms() if self.running else 0)
        return max(0, -(-ms // 1000))

    @property
    def duration(self) -> int:
        return self._duration

    def set_duration(self, seconds: int) -> None:
        self._timer.stop()
        self._duration = seconds
        self.reset()

    def start(self) -> None:
        if self.running or self.remaining == 0:
            return
        self._started_at = self._clock()
        self._timer.start()
        self.state_changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._remaining_ms -= self._elapsed_ms()
        self._timer.stop()
        self.state_changed.emit()
        self.tick.emit(self.remaining)

    def reset(self) -> None:
        self._timer.stop()
        self._remaining_ms = self._duration * 1000
        self._done = False
        self.state_changed.emit()
        self.tick.emit(self.remaining)

    def add_minute(self) -> None:
        if self.running:
            self._remaining_ms = self._remaining_ms - self._elapsed_ms() + 60_000
            self._started_at = self._clock()
        else:
            self._remaining_ms = max(0, self._remaining_ms) + 60_000
        self._done = False
        self.tick.emit(self.remaining)

    def _update(self) -> None:
        left = self.remaining
        self.tick.emit(left)
        if left == 0 and not self._done:
            self._done = True
            self._remaining_ms = 0
            self._timer.stop()
            self.state_changed.emit()
            self.finished.emit()
