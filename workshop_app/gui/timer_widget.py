"""The step timer as the facilitator sees it: big digits, four buttons, a clear end signal.

It is a card (big digits over the buttons) or, where the page needs the height
(the Cluster step's board), one compact row: `set_compact(True)`.

When the time is up the panel flashes for a few seconds and stays red, the app
beeps (where the platform has a sound), and, if the facilitator chose so, input
is closed until they reopen it, reset or add a minute.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from workshop_app.gui.session import Session
from workshop_app.gui.style import icon, scaled_font
from workshop_app.gui.timer import StepTimer, clock_text

FLASHES = 6
FLASH_MS = 350


class TimerWidget(QFrame):
    #: The time of the shown timer is up (after the signal has been given).
    time_up = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.timer: StepTimer | None = None
        self.setObjectName("timer")
        self.setAccessibleName(self.tr("Step timer"))
        self.setProperty("finished", False)
        self.setProperty("flash", False)

        self.display = QLabel("00:00")
        self.display.setObjectName("timer_display")
        self._big_font = scaled_font(self.display, 3.2, bold=True)
        self._row_font = scaled_font(self.display, 1.6, bold=True)
        self.display.setFont(self._big_font)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Time left"))
        self.state = QLabel()
        self.state.setObjectName("timer_state")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.start_button = QPushButton(icon("start"), self.tr("Start"))
        self.start_button.setObjectName("timer_start")
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(icon("reset"), self.tr("Reset"))
        self.reset_button.setObjectName("timer_reset")
        self.reset_button.setAccessibleName(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        self.minute_button = QPushButton(icon("add-minute"), self.tr("+1 min"))
        self.minute_button.setObjectName("timer_add_minute")
        self.minute_button.setAccessibleName(self.tr("Add one minute"))
        self.minute_button.clicked.connect(self.add_minute)
        self.stop_input = QCheckBox(self.tr("Stop input when time is up"))
        self.stop_input.setObjectName("timer_stop_input")
        # Kept in the file for each step (Write, Vote, …), so it is as chosen when the
        # file is opened again, here or on another laptop.
        self.stop_input.toggled.connect(self._stop_input_chosen)
        session.changed.connect(
            lambda changes: "settings" in changes.tables and self.load_stop_input()
        )
        self.minutes = QSpinBox()
        self.minutes.setObjectName("timer_minutes")
        self.minutes.setRange(1, 180)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time box in minutes"))
        self.minutes.setToolTip(self.tr("The length of this step's time box"))
        self.minutes.valueChanged.connect(self.set_minutes)
        self.box_label = QLabel(self.tr("Time box:"))
        self.box_label.setBuddy(self.minutes)

        self._grid = QGridLayout(self)
        self.compact = True
        self.set_compact(False)

        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._toggle_flash)
        self._flashes_left = 0

    # ------------------------------------------------------------------- layout

    def set_compact(self, compact: bool) -> None:
        """One row (time, state, buttons, time box, stop input) or the tall card."""
        if compact == self.compact:
            return
        self.compact = compact
        grid = self._grid
        widgets = (
            self.display,
            self.state,
            self.start_button,
            self.reset_button,
            self.minute_button,
            self.box_label,
            self.minutes,
            self.stop_input,
        )
        for widget in widgets:
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        self.display.setFont(self._row_font if compact else self._big_font)
        self.setProperty("compact", compact)
        self.style().unpolish(self)
        self.style().polish(self)
        # One row must fit a 1024-pixel screen: no state text (the time shows it), and
        # Reset and +1 min as icons with their names as tooltips.
        self.state.setVisible(not compact)
        self.box_label.setVisible(not compact)  # the box says "15 min" and has a tooltip
        self.minutes.setMaximumWidth(self.minutes.sizeHint().width() if compact else 16777215)
        self.reset_button.setText("" if compact else self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Reset") if compact else "")
        self.minute_button.setText("" if compact else self.tr("+1 min"))
        self.minute_button.setToolTip(self.tr("Add one minute") if compact else "")
        if compact:
            grid.setContentsMargins(10, 4, 10, 4)
            grid.setHorizontalSpacing(8)
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, 0, column)
            grid.setColumnStretch(len(widgets), 1)  # everything to the left
            self.display.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        else:
            grid.setContentsMargins(9, 9, 9, 9)
            grid.setHorizontalSpacing(6)
            grid.addWidget(self.display, 0, 0, 1, 3)
            grid.addWidget(self.state, 1, 0, 1, 3)
            grid.addWidget(self.start_button, 2, 0)
            grid.addWidget(self.reset_button, 2, 1)
            grid.addWidget(self.minute_button, 2, 2)
            grid.addWidget(self.box_label, 3, 0)
            grid.addWidget(self.minutes, 3, 1)
            grid.addWidget(self.stop_input, 4, 0, 1, 3)
            self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)

    # ------------------------------------------------------------------ binding

    def set_timer(self, timer: StepTimer) -> None:
        """Show `timer` (one per question and step; switching steps keeps each running)."""
        if self.timer is timer:
            return
        if self.timer is not None:
            self.timer.tick.disconnect(self._show)
            self.timer.state_changed.disconnect(self._state)
            self.timer.finished.disconnect(self._finished)
        self.timer = timer
        timer.tick.connect(self._show)
        timer.state_changed.connect(self._state)
        timer.finished.connect(self._finished)
        self._stop_flash()
        self._set_finished(timer.remaining == 0)
        self._show(timer.remaining)
        self._state()
        self.load_stop_input()

    # ----------------------------------------------------- stop input, per step

    def _stop_input_key(self) -> str:
        return f"stop_input_when_time_is_up.{self.session.step}"

    def load_stop_input(self) -> None:
        """The box as chosen for the shown step (unticked until someone ticks it)."""
        chosen = self.session.wf.setting(self._stop_input_key(), "0") == "1"
        self.stop_input.blockSignals(True)
        self.stop_input.setChecked(chosen)
        self.stop_input.blockSignals(False)

    def _stop_input_chosen(self, checked: bool) -> None:
        key, value = self._stop_input_key(), "1" if checked else "0"
        if self.session.wf.setting(key, "0") == value:
            return
        label = (
            self.tr("Stop input when time is up")
            if checked
            else self.tr("Keep input open when time is up")
        )
        self.session.do(label, lambda wf: wf.set_setting(key, value))

    # ------------------------------------------------------------------ actions

    def set_minutes(self, minutes: int) -> None:
        """Change the time box of the shown step (only while its timer is not running)."""
        if self.timer is None or self.timer.running or minutes * 60 == self.timer.duration:
            return
        self.timer.set_duration(minutes * 60)
        self._end_signal_off()

    def toggle(self) -> None:
        if self.timer is None:
            return
        if self.timer.running:
            self.timer.pause()
        else:
            self.timer.start()

    def reset(self) -> None:
        if self.timer is not None:
            self.timer.reset()
            self._end_signal_off()

    def add_minute(self) -> None:
        if self.timer is not None:
            self.timer.add_minute()
            self._end_signal_off()

    # -------------------------------------------------------------------- shown

    def _show(self, seconds: int) -> None:
        self.display.setText(clock_text(seconds))

    def _state(self) -> None:
        timer = self.timer
        if timer is None:
            return
        if timer.running:
            self.start_button.setText(self.tr("Pause"))
            self.start_button.setIcon(icon("pause"))
            self.state.setText(self.tr("Running"))
        else:
            self.start_button.setText(self.tr("Start"))
            self.start_button.setIcon(icon("start"))
            if timer.remaining == 0:
                self.state.setText(self.tr("Time is up!"))
            elif timer.remaining != timer.duration:
                self.start_button.setText(self.tr("Continue"))
                self.state.setText(self.tr("Paused"))
            else:
                self.state.setText(self.tr("Ready to start"))
        self.start_button.setEnabled(timer.remaining > 0)
        self.minutes.setEnabled(not timer.running)
        if self.minutes.value() * 60 != timer.duration and timer.duration % 60 == 0:
            self.minutes.blockSignals(True)
            self.minutes.setValue(max(1, timer.duration // 60))
            self.minutes.blockSignals(False)

    def _finished(self) -> None:
        self._set_finished(True)
        self._state()
        QApplication.beep()
        self._flashes_left = FLASHES
        self._flash.start()
        if self.stop_input.isChecked():
            self.session.set_input_closed(True)
        self.time_up.emit()

    def _end_signal_off(self) -> None:
        self._stop_flash()
        self._set_finished(False)
        if self.session.input_closed and self.stop_input.isChecked():
            self.session.set_input_closed(False)
        self._state()

    def _toggle_flash(self) -> None:
        self._flashes_left -= 1
        self._set_prop("flash", self._flashes_left > 0 and self._flashes_left % 2 == 1)
        if self._flashes_left <= 0:
            self._flash.stop()

    def _stop_flash(self) -> None:
        self._flash.stop()
        self._flashes_left = 0
        self._set_prop("flash", False)

    def _set_finished(self, finished: bool) -> None:
        self._set_prop("finished", finished)

    def _set_prop(self, name: str, value: bool) -> None:
        if self.property(name) != value:
            self.setProperty(name, value)
            # Re-polish so the stylesheet's [finished="true"] / [flash="true"] rules apply.
            for widget in (self, self.display, self.state):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
