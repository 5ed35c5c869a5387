"""Dot voting on the shared laptop, and the facilitator's round set-up dialog.

Each person in turn places the round's dots on the question's themes with large
+/- buttons (or the + and - keys), sees how many are left, and confirms: the
ballot is committed in one transaction before the thank-you appears. The screen
never shows totals; results reach the room only when the facilitator reveals the
round (presentation mode). Leaving needs the facilitator's PIN.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import pin as pins
from workshop_app.core import voting
from workshop_app.core.errors import WorkshopFileError
from workshop_app.gui.participant.locked_window import LockedWindow
from workshop_app.gui.participant.look import ACCENT, CALM_GREEN, MUTED, WARN, BigButton
from workshop_app.gui.participant.pin_prompt import DEFAULT_IDLE_MINUTES
from workshop_app.gui.room_text import label, note_label, scaled_font
from workshop_app.gui.session import Session


class RoundDialog(QDialog):
    """Set up a voting round: dots per person and the most dots on one theme."""

    def __init__(self, theme_count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start dot voting"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr("Each person votes in turn on the %1 themes of this question.").replace(
                    "%1", str(theme_count)
                )
            )
        )
        form = QFormLayout()
        self.dots = QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setValue(voting.default_dots(theme_count))
        self.dots.setAccessibleName(self.tr("Dots per person"))
        self.dots.setAccessibleDescription(self.tr("How many dots each person places."))
        self.max_per_theme = QSpinBox()
        self.max_per_theme.setRange(1, 50)
        self.max_per_theme.setValue(voting.DEFAULT_MAX_PER_THEME)
        self.max_per_theme.setAccessibleName(self.tr("Most dots on one theme"))
        self.max_per_theme.setAccessibleDescription(
            self.tr("The most dots one person can put on a single theme.")
        )
        form.addRow(self.tr("Dots per person:"), self.dots)
        form.addRow(self.tr("Most dots on one theme:"), self.max_per_theme)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Start voting"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ThemeRow(QFrame):
    """One theme with its -, dots and + controls. + and - keys work anywhere in the row
    (the arrow keys do not: they move, they never vote)."""

    changed = Signal()

    def __init__(self, theme: dict, max_per_theme: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme_id = theme["id"]
        self.title = theme["title"] or self.tr("(theme without a name)")
        self.max_per_theme = max_per_theme
        self.count = 0
        self.room_left = lambda: 0
        self.setFrameShape(QFrame.StyledPanel)
        self.setObjectName("themeRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.title_label = note_label(self.title, 1.4)
        layout.addWidget(self.title_label, 1)
        self.minus = BigButton("−", 1.8)
        self.plus = BigButton("+", 1.8)
        for button in (self.minus, self.plus):
            button.setFixedWidth(button.minimumHeight() * 2)
        self.minus.setAccessibleName(self.tr("Remove a dot from %1").replace("%1", self.title))
        self.minus.setAccessibleDescription(self.tr("Minus key does the same."))
        self.plus.setAccessibleName(self.tr("Add a dot to %1").replace("%1", self.title))
        self.plus.setAccessibleDescription(self.tr("Plus key does the same."))
        self.dots_label = label("", 1.8, bold=True, wrap=False)
        self.dots_label.setAlignment(Qt.AlignCenter)
        self.dots_label.setMinimumWidth(
            self.dots_label.fontMetrics().horizontalAdvance("●") * (max_per_theme + 2)
        )
        self.dots_label.setStyleSheet(f"color: {ACCENT};")
        layout.addWidget(self.minus)
        layout.addWidget(self.dots_label)
        layout.addWidget(self.plus)
        self.minus.clicked.connect(lambda: self.add(-1))
        self.plus.clicked.connect(lambda: self.add(1))
        self.update_view()

    def add(self, step: int) -> None:
        new = self.count + step
        if new < 0 or new > self.max_per_theme or (step > 0 and self.room_left() <= 0):
            return
        self.count = new
        self.update_view()
        self.changed.emit()

    def update_view(self) -> None:
        self.dots_label.setText("●" * self.count + "○" * (self.max_per_theme - self.count))
        self.dots_label.setAccessibleName(
            self.tr("%1: %2 dots").replace("%1", self.title).replace("%2", str(self.count))
        )
        self.minus.setEnabled(self.count > 0)
        self.plus.setEnabled(self.count < self.max_per_theme and self.room_left() > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key_Plus:
            self.add(1)
        elif event.key() == Qt.Key_Minus:
            self.add(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class VotingWindow(LockedWindow):
    """One round's ballot screen; each person in turn votes and hands over."""

    #: Emitted with the ballot's changes after each confirmed ballot.
    ballot_cast = Signal(object)

    def __init__(
        self,
        session: Session,
        round_id: str,
        parent: QWidget | None = None,
        *,
        store: pins.PinStore | None = None,
        guard: pins.PinGuard | None = None,
    ):
        self.round_id = round_id
        super().__init__(session, parent, mode="voting", store=store, guard=guard)
        self.round = voting.get_round(session.wf, round_id)
        self.setWindowTitle(self.tr("Dot voting"))
        self.setAccessibleName(self.tr("Dot voting"))
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.round_label = label(self.tr("Dot voting"), 1.0, wrap=False)
        self.round_label.setStyleSheet(f"color: {MUTED};")
        top.addWidget(self.round_label, 1)
        self.leave_button = QPushButton(self.tr("Facilitator…"))
        self.leave_button.setFont(scaled_font(0.9))
        self.leave_button.setAccessibleName(self.tr("Facilitator"))
        self.leave_button.setAccessibleDescription(
            self.tr("Leave dot voting; needs the facilitator's PIN.")
        )
        self.leave_button.setFocusPolicy(Qt.TabFocus)
        self.leave_button.clicked.connect(self.request_leave)
        top.addWidget(self.leave_button)
        outer.addLayout(top)

        question = session.wf.get("questions", self.round["question_id"])
        self.question_label = note_label(question["text"] if question else "", 1.7, bold=True)
        self.question_label.setAccessibleName(self.tr("Question"))
        outer.addWidget(self.question_label)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_ballot_page())
        self.pages.addWidget(self._build_thanks_page())
        self._add_reveal_choice()
        # A ballot left half done is emptied after the idle time: the next person
        # starts from nothing.
        self.idle.connect(self.new_ballot)
        self.set_idle_minutes(pins.idle_minutes(session.wf, DEFAULT_IDLE_MINUTES, self.store))
        self.new_ballot()

    def lock_place(self) -> dict:
        return {
            "question_id": self.round["question_id"],
            "workshop_id": self.round["workshop_id"],
            "round_id": self.round_id,
        }

    def focus_screen(self) -> None:
        if self.pages.currentIndex() == 0 and self.rows:
            self.rows[0].plus.setFocus()
        elif self.pages.currentIndex() == 1:
            self.next_button.setFocus()

    def _build_ballot_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.rules_label = label(
            self.tr("You have %1 dots. Put at most %2 on one theme.")
            .replace("%1", str(self.round["dots"]))
            .replace("%2", str(min(self.round["max_per_theme"], self.round["dots"]))),
            1.3,
        )
        head.addWidget(self.rules_label, 1)
        self.left_label = label("", 1.8, bold=True, wrap=False)
        self.left_label.setAccessibleName(self.tr("Dots left"))
        head.addWidget(self.left_label)
        layout.addLayout(head)

        self.rows: list[ThemeRow] = []
        holder = QWidget()
        rows_layout = QVBoxLayout(holder)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        for theme in voting.round_themes(self.session.wf, self.round_id):
            # With fewer dots than the per-theme limit, the dots are the real limit.
            row = ThemeRow(theme, min(self.round["max_per_theme"], self.round["dots"]))
            row.room_left = self.dots_left
            row.changed.connect(self._update)
            rows_layout.addWidget(row)
            self.rows.append(row)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setFocusPolicy(Qt.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        self.hint = label(
            self.tr(
                "Tab moves between themes; + and − place and remove dots. "
                "Nobody sees the results until the facilitator shows them."
            ),
            1.1,
        )
        self.hint.setStyleSheet(f"color: {MUTED};")
        self.hint.setAccessibleName(self.tr("Hint"))
        bottom.addWidget(self.hint, 1)
        self.confirm_button = BigButton(self.tr("Confirm my votes"), 1.4)
        self.confirm_button.setAccessibleName(self.tr("Confirm my votes"))
        self.confirm_button.setAccessibleDescription(
            self.tr("Save your dots; they cannot be seen by the next person.")
        )
        self.confirm_button.clicked.connect(self.confirm)
        bottom.addWidget(self.confirm_button)
        layout.addLayout(bottom)
        return page

    def _build_thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.thanks_label = label(self.tr("Thank you — your votes are saved."), 2.0, bold=True)
        self.thanks_label.setAlignment(Qt.AlignCenter)
        self.thanks_label.setStyleSheet(f"color: {CALM_GREEN};")
        self.thanks_label.setAccessibleName(self.tr("Confirmation"))
        layout.addWidget(self.thanks_label)
        self.ballots_label = label("", 1.2)
        self.ballots_label.setAlignment(Qt.AlignCenter)
        self.ballots_label.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.ballots_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.next_button = BigButton(self.tr("Next person"), 1.6)
        self.next_button.setAccessibleName(self.tr("Next person"))
        self.next_button.setAccessibleDescription(self.tr("Start a new, empty ballot."))
        self.next_button.clicked.connect(self.new_ballot)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def dots_left(self) -> int:
        return self.round["dots"] - sum(row.count for row in self.rows)

    def ballot(self) -> dict[str, int]:
        return {row.theme_id: row.count for row in self.rows if row.count}

    def _update(self) -> None:
        left = self.dots_left()
        self.left_label.setText(self.tr("Dots left: %1").replace("%1", str(left)))
        self.left_label.setStyleSheet(f"color: {ACCENT if left else CALM_GREEN};")
        for row in self.rows:
            row.update_view()
        self.confirm_button.setEnabled(left < self.round["dots"])

    def new_ballot(self) -> None:
        """An empty ballot for the next person."""
        for row in self.rows:
            row.count = 0
        self._update()
        self.hint.setStyleSheet(f"color: {MUTED};")
        self.pages.setCurrentIndex(0)
        if self.rows:
            self.rows[0].plus.setFocus()

    def confirm(self) -> None:
        """Commit the ballot, then thank the person."""
        try:
            changes = voting.cast_ballot(self.session.wf, self.round_id, self.ballot())
        except WorkshopFileError as exc:
            self.hint.setText(str(exc))
            self.hint.setStyleSheet(f"color: {WARN}; font-weight: bold;")
            return
        self.ballots_label.setText(
            self.tr("Ballots so far: %1").replace(
                "%1", str(voting.ballot_count(self.session.wf, self.round_id))
            )
        )
        self.pages.setCurrentIndex(1)
        self.next_button.setFocus()
        self.session.record(changes)
        self.ballot_cast.emit(changes)

    def _add_reveal_choice(self) -> None:
        """The PIN page offers the facilitator to reveal the results on leaving."""
        self.reveal_on_leave = QCheckBox(self.tr("Reveal the results to the room"))
        self.reveal_on_leave.setAccessibleName(self.tr("Reveal the results to the room"))
        self.reveal_on_leave.setAccessibleDescription(
            self.tr("Show the dot totals in presentation mode after leaving.")
        )
        self.pin_prompt.extra.addWidget(self.reveal_on_leave)

    def about_to_leave(self) -> None:
        if self.reveal_on_leave is not None and self.reveal_on_leave.isChecked():
            self.session.do(
                self.tr("Reveal vote results"),
                lambda wf: voting.set_revealed(wf, self.round_id, True),
            )
