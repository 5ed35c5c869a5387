"""The workspace's header: the step, the question (large), what to do now, and the timer.

Beside the timer card, or (compact, for the board) above the timer in one row, so
the page below gets the height. It shows the place it is given and relabels itself
when the question, the workshop or the series is renamed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.changes import Changes
from workshop_app.core.navigation import Place
from workshop_app.gui.agenda import series_page_title
from workshop_app.gui.session import Session
from workshop_app.gui.steps import STEPS, step_instruction, step_title
from workshop_app.gui.style import scaled_font
from workshop_app.gui.timer_widget import TimerWidget


class StepHeader(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.place = session.place
        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.step_label.setObjectName("step_title")
        self.step_label.setFont(scaled_font(self.step_label, 1.1, bold=True))
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.question_label.setObjectName("question_text")
        self.question_label.setWordWrap(True)
        self._question_fonts = (
            scaled_font(self.question_label, 1.7, bold=True),
            scaled_font(self.question_label, 1.35, bold=True),  # compact header
        )
        self.question_label.setFont(self._question_fonts[0])
        self.question_label.setAccessibleName(self.tr("Question"))
        self.instruction_label = QLabel()
        self.instruction_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.instruction_label.setObjectName("instruction")
        self.instruction_label.setWordWrap(True)
        self.timer_widget = TimerWidget(session)
        self.focus_button = QPushButton(self.tr("Board only"))
        self.focus_button.setObjectName("board_focus")
        self.focus_button.setCheckable(True)
        self.focus_button.setToolTip(
            self.tr("Give the board the whole window (Ctrl+Shift+F); again to bring all back")
        )
        self.focus_button.hide()
        self.line = False
        self._text = QWidget()
        text_layout = QVBoxLayout(self._text)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.step_label)
        text_layout.addWidget(self.question_label)
        text_layout.addWidget(self.instruction_label)
        text_layout.addStretch()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self.compact = True
        self.set_compact(False)
        session.changed.connect(self._on_changed)

    def set_compact(self, compact: bool) -> None:
        """The text above the timer in one row (compact), or beside the timer card."""
        if compact == self.compact:
            return
        if self.line:
            self.set_line(False)
        self.compact = compact
        self._grid.removeWidget(self._text)
        self._grid.removeWidget(self.timer_widget)
        self.timer_widget.set_compact(compact)
        self.question_label.setFont(self._question_fonts[1 if compact else 0])
        self._grid.removeWidget(self.focus_button)
        if compact:
            self._add_compact()
            self._grid.setVerticalSpacing(4)
        else:
            self._grid.addWidget(self._text, 0, 0)
            self._grid.addWidget(self.timer_widget, 0, 1, Qt.AlignmentFlag.AlignTop)
            self._grid.setVerticalSpacing(6)
        self._grid.activate()  # laid out now, not at the next event: the page below moves too

    def set_line(self, line: bool) -> None:
        """Question, timer and the focus button in one line (the board alone), or as before."""
        if line == self.line or not self.compact:
            return
        self.line = line
        self.step_label.setVisible(not line)
        self.instruction_label.setVisible(not line)
        for widget in (self._text, self.timer_widget, self.focus_button):
            self._grid.removeWidget(widget)
        # On one line the timer takes only the room it needs; the question the rest.
        policy = self.timer_widget.sizePolicy()
        policy.setHorizontalPolicy(
            QSizePolicy.Policy.Maximum if line else QSizePolicy.Policy.Preferred
        )
        self.timer_widget.setSizePolicy(policy)
        if line:
            self._grid.addWidget(self._text, 0, 0)
            self._grid.addWidget(self.timer_widget, 0, 1)
            self._grid.addWidget(self.focus_button, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._add_compact()
        self._grid.activate()

    def _add_compact(self) -> None:
        """The text with the focus button at its right, the timer's row below (the row
        must fit a 1024-pixel screen beside the agenda)."""
        self._grid.addWidget(self._text, 0, 0)
        self._grid.addWidget(self.focus_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(self.timer_widget, 1, 0, 1, 2)

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & {"questions", "series", "workshops"}:
            self.show_place(self.place)

    def show_place(self, place: Place) -> None:
        self.place = place
        wf = self.session.wf
        if place.page:
            self.step_label.setText(series_page_title(place.page))
            self.question_label.setText(wf.series()["title"])
            self.instruction_label.setText("")
            return
        workshop = wf.get("workshops", place.workshop_id) if place.workshop_id else None
        label = (
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(STEPS.index(place.step) + 1))
            .replace("%2", str(len(STEPS)))
            .replace("%3", step_title(place.step))
        )
        if workshop:
            label += f"  ·  {workshop['title']}"
        self.step_label.setText(label)
        question = wf.get("questions", place.question_id) if place.question_id else None
        if question is None:
            self.question_label.setText(self.tr("No questions yet"))
            self.instruction_label.setText(
                self.tr("Add workshops and questions in Workshop → Series set-up.")
            )
        elif workshop is None:
            self.question_label.setText(question["text"])
            self.instruction_label.setText(
                self.tr("Add a workshop in Workshop → Series set-up to collect notes.")
            )
        else:
            self.question_label.setText(question["text"])
            self.instruction_label.setText(step_instruction(place.step))
