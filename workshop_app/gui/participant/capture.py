"""Participant mode: the locked, full-screen capture screen of the shared laptop.

A person sits down, optionally picks the perspective they speak for, types a
note and presses Enter. The note is committed to the file (durable on return)
before the calm confirmation appears. They can edit or withdraw only the notes of
their own turn; "Next person" forgets the turn. The screen never shows anybody
else's notes. Leaving needs the facilitator's PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.notes import NOTE_LIMIT, clean_note
from workshop_app.gui.participant.common import (
    ACCENT,
    CALM_GREEN,
    MUTED,
    WARN,
    BigButton,
    LockedWindow,
    label,
    scaled_font,
)
from workshop_app.gui.participant.turn import Turn
from workshop_app.gui.session import Session


def display_name(name: str) -> str:
    """A perspective's name as a button label: "kommun" (as in the questions) → "Kommun"."""
    return name[:1].upper() + name[1:]


class NoteEdit(QPlainTextEdit):
    """The note box: Enter submits, Shift+Enter breaks the line, pastes arrive as plain text."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFont(scaled_font(1.6))
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if event.modifiers() & Qt.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key_Escape:
            event.ignore()  # the window asks for the facilitator's PIN
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt override
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        """Formatted text (HTML, RTF) from a paste or drop arrives as its plain text."""
        if source.hasText():
            self.insertPlainText(source.text())


class TurnNoteRow(QFrame):
    """One of this turn's notes, with Edit and Withdraw."""

    def __init__(self, number: int, note: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.note_id = note["id"]
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        buttons = QHBoxLayout()
        text = note["text"]
        shown = text if len(text) <= 90 else text[:87] + "…"
        self.text_label = label(f"{number}. {shown}", 1.1)
        self.text_label.setAccessibleName(self.tr("Your note %1").replace("%1", str(number)))
        self.text_label.setAccessibleDescription(text)
        layout.addWidget(self.text_label)
        buttons.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        for button, name, description in (
            (
                self.edit_button,
                self.tr("Edit note %1").replace("%1", str(number)),
                self.tr("Put this note back in the box to change it."),
            ),
            (
                self.withdraw_button,
                self.tr("Withdraw note %1").replace("%1", str(number)),
                self.tr("Take this note back; it will not be used."),
            ),
        ):
            button.setFont(scaled_font(1.1))
            button.setAutoDefault(True)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            buttons.addWidget(button)
        layout.addLayout(buttons)


class ParticipantWindow(LockedWindow):
    """The capture screen for the session's current question and workshop."""

    #: Emitted with the note's text right after its confirmation is shown.
    note_confirmed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, *, ask_perspective=True):
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Participant mode"))
        self.setAccessibleName(self.tr("Participant mode"))
        self.ask_perspective = ask_perspective
        self.turn = Turn(session.wf)
        self._editing: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(16)

        top = QHBoxLayout()
        self.series_label = label("", 1.0, wrap=False)
        self.series_label.setStyleSheet(f"color: {MUTED};")
        top.addWidget(self.series_label, 1)
        self.leave_button = QPushButton(self.tr("Facilitator…"))
        self.leave_button.setFont(scaled_font(0.9))
        self.leave_button.setAccessibleName(self.tr("Facilitator"))
        self.leave_button.setAccessibleDescription(
            self.tr("Leave participant mode; needs the facilitator's PIN.")
        )
        self.leave_button.setFocusPolicy(Qt.TabFocus)
        self.leave_button.clicked.connect(self.request_leave)
        top.addWidget(self.leave_button)
        outer.addLayout(top)

        self.question_label = label("", 2.0, bold=True)
        self.question_label.setAccessibleName(self.tr("Question"))
        outer.addWidget(self.question_label)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_perspective_page())
        self.pages.addWidget(self._build_write_page())
        self.pages.addWidget(self._build_closed_page())

        self._check_closed = QTimer(self)
        self._check_closed.setInterval(500)
        self._check_closed.timeout.connect(self._follow_input_closed)
        self._check_closed.start()
        session.current_changed.connect(self.refresh)
        session.changed.connect(self._on_changed)
        self.refresh()
        self.new_turn()

    # ---------------------------------------------------------------- building

    def _build_perspective_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        prompt = label(self.tr("Who are you writing as?"), 1.6, bold=True)
        prompt.setAlignment(Qt.AlignHCenter)
        layout.addWidget(prompt)
        self.perspective_row = QHBoxLayout()
        self.perspective_row.setSpacing(24)
        layout.addLayout(self.perspective_row)
        self.perspective_buttons: list[BigButton] = []
        for perspective in self.session.wf.perspectives():
            button = BigButton(display_name(perspective["name"]), 2.0)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("M") * 10)
            button.setAccessibleName(display_name(perspective["name"]))
            button.setAccessibleDescription(
                self.tr("Write your notes as %1.").replace("%1", display_name(perspective["name"]))
            )
            button.clicked.connect(
                lambda _=False, pid=perspective["id"]: self.choose_perspective(pid)
            )
            self.perspective_buttons.append(button)
            self.perspective_row.addWidget(button)
        skip_row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Continue without choosing"))
        self.skip_button.setFont(scaled_font(1.1))
        self.skip_button.setAutoDefault(True)
        self.skip_button.setAccessibleName(self.tr("Continue without choosing"))
        self.skip_button.setAccessibleDescription(
            self.tr("Write without saying who you are writing as.")
        )
        self.skip_button.clicked.connect(lambda: self.choose_perspective(None))
        skip_row.addStretch(1)
        skip_row.addWidget(self.skip_button)
        skip_row.addStretch(1)
        layout.addLayout(skip_row)
        layout.addStretch(2)
        return page

    def _build_write_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setSpacing(32)

        left = QVBoxLayout()
        self.perspective_label = label("", 1.2)
        self.perspective_label.setStyleSheet(f"color: {MUTED};")
        left.addWidget(self.perspective_label)
        self.editor = NoteEdit()
        self.editor.setAccessibleName(self.tr("Your note"))
        self.editor.setAccessibleDescription(
            self.tr("Type one idea. Enter adds the note, Shift+Enter starts a new line.")
        )
        self.editor.setPlaceholderText(self.tr("Type one idea per note…"))
        self.editor.submitted.connect(self.submit)
        self.editor.textChanged.connect(self._on_text_changed)
        left.addWidget(self.editor, 1)

        info = QHBoxLayout()
        self.hint = label(
            self.tr("Enter adds your note · Shift+Enter starts a new line · Notes are anonymous."),
            1.15,
        )
        self.hint.setStyleSheet(f"color: {MUTED};")
        self.hint.setAccessibleName(self.tr("Hint"))
        info.addWidget(self.hint, 1)
        self.counter = label("", 1.15, wrap=False)
        self.counter.setAccessibleName(self.tr("Characters used"))
        self.counter.setAlignment(Qt.AlignRight | Qt.AlignTop)
        info.addWidget(self.counter)
        left.addLayout(info)

        actions = QHBoxLayout()
        self.add_button = BigButton(self.tr("Add note"), 1.4)
        self.add_button.setMinimumWidth(self.add_button.fontMetrics().horizontalAdvance("M") * 12)
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.setAccessibleDescription(self.tr("Save the note (same as Enter)."))
        self.add_button.clicked.connect(self.submit)
        actions.addWidget(self.add_button)
        self.cancel_edit_button = QPushButton(self.tr("Cancel editing"))
        self.cancel_edit_button.setFont(scaled_font(1.1))
        self.cancel_edit_button.setAutoDefault(True)
        self.cancel_edit_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_edit_button.setAccessibleDescription(self.tr("Keep the note as it was."))
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.cancel_edit_button.hide()
        actions.addWidget(self.cancel_edit_button)
        self.confirmation = label("", 1.4, bold=True)
        self.confirmation.setStyleSheet(f"color: {CALM_GREEN};")
        self.confirmation.setAccessibleName(self.tr("Confirmation"))
        self.confirmation.hide()
        actions.addWidget(self.confirmation, 1)
        actions.addStretch(1)  # the Add button keeps its size whether or not a confirmation shows
        left.addLayout(actions)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        self.turn_title = label("", 1.2, bold=True)
        self.turn_title.setAccessibleName(self.tr("Notes in this turn"))
        right.addWidget(self.turn_title)
        explain = label(self.tr("Only you see these, and only until the next person starts."), 1.1)
        explain.setStyleSheet(f"color: {MUTED};")
        right.addWidget(explain)
        self.turn_list = QWidget()
        self.turn_list_layout = QVBoxLayout(self.turn_list)
        self.turn_list_layout.setContentsMargins(0, 0, 0, 0)
        self.turn_list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.turn_list)
        scroll.setFocusPolicy(Qt.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        right.addWidget(scroll, 1)
        self.next_button = BigButton(self.tr("Next person"), 1.4)
        self.next_button.setAccessibleName(self.tr("Next person"))
        self.next_button.setAccessibleDescription(
            self.tr("Finish your turn; your notes are saved and hidden from the next person.")
        )
        self.next_button.setStyleSheet(f"color: {ACCENT};")
        self.next_button.clicked.connect(self.new_turn)
        right.addWidget(self.next_button)
        layout.addLayout(right, 2)
        return page

    def _build_closed_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.closed_label = label(
            self.tr(
                "Time is up — thank you! Writing is closed now; please wait for the facilitator."
            ),
            1.8,
        )
        self.closed_label.setAlignment(Qt.AlignCenter)
        self.closed_label.setAccessibleName(self.tr("Writing is closed"))
        layout.addWidget(self.closed_label)
        layout.addStretch(2)
        return page

    # ---------------------------------------------------------------- behaviour

    @property
    def writing_page(self) -> bool:
        return self.pages.currentIndex() == 1

    def refresh(self) -> None:
        """Follow the facilitator's current question and the input-closed state."""
        wf = self.session.wf
        series = wf.series()
        self.series_label.setText(series.get("title") or "")
        question = (
            wf.get("questions", self.session.question_id) if self.session.question_id else None
        )
        self.question_label.setText(question["text"] if question else self.tr("No question chosen"))
        self._follow_input_closed()

    def _follow_input_closed(self) -> None:
        closed = bool(self.session.input_closed)
        if closed and self.pages.currentIndex() != 2:
            self._page_before_closed = self.pages.currentIndex()
            self.pages.setCurrentIndex(2)
        elif not closed and self.pages.currentIndex() == 2:
            self.pages.setCurrentIndex(getattr(self, "_page_before_closed", 1))
            self._focus_page()

    def new_turn(self) -> None:
        """Start a fresh turn: nothing of the previous person is shown or reachable."""
        self.turn = Turn(self.session.wf)
        self._editing = None
        self.editor.clear()
        self.cancel_edit_button.hide()
        self.add_button.setText(self.tr("Add note"))
        self.confirmation.hide()
        self._set_hint_default()
        self._rebuild_turn_list()
        if self.ask_perspective and self.perspective_buttons:
            self.pages.setCurrentIndex(0)
        else:
            self.pages.setCurrentIndex(1)
        self._update_perspective_label()
        self._follow_input_closed()
        self._focus_page()

    def choose_perspective(self, perspective_id: str | None) -> None:
        self.turn.perspective_id = perspective_id
        self._update_perspective_label()
        self.pages.setCurrentIndex(1)
        self._focus_page()

    def _focus_page(self) -> None:
        index = self.pages.currentIndex()
        if index == 0 and self.perspective_buttons:
            self.perspective_buttons[0].setFocus()
        elif index == 1:
            self.editor.setFocus()

    def _update_perspective_label(self) -> None:
        pid = self.turn.perspective_id
        perspective = self.session.wf.get("perspectives", pid) if pid else None
        if perspective:
            self.perspective_label.setText(
                self.tr("Writing as: %1").replace("%1", display_name(perspective["name"]))
            )
            self.perspective_label.show()
        else:
            self.perspective_label.hide()

    def _set_hint_default(self) -> None:
        self.hint.setStyleSheet(f"color: {MUTED};")
        self.hint.setText(
            self.tr("Enter adds your note · Shift+Enter starts a new line · Notes are anonymous.")
        )

    def _warn(self, text: str) -> None:
        self.hint.setStyleSheet(f"color: {WARN}; font-weight: bold;")
        self.hint.setText(text)

    def _on_text_changed(self) -> None:
        length = len(self.editor.toPlainText().strip())
        self.counter.setText(f"{length} / {NOTE_LIMIT}")
        over = length > NOTE_LIMIT
        self.counter.setStyleSheet(f"color: {WARN if over else MUTED};")
        if over:
            self._warn(
                self.tr("The note is too long: at most %1 characters.").replace(
                    "%1", str(NOTE_LIMIT)
                )
            )
        elif self.editor.toPlainText():
            self.confirmation.hide()
            if self.hint.text() != self._default_hint_text():
                self._set_hint_default()

    def _default_hint_text(self) -> str:
        return self.tr(
            "Enter adds your note · Shift+Enter starts a new line · Notes are anonymous."
        )

    def submit(self) -> None:
        """Commit the note (or the edit) and only then confirm it."""
        if self.session.input_closed:
            self._follow_input_closed()
            return
        text = self.editor.toPlainText()
        try:
            clean_note(text)
        except WorkshopFileError:
            if not text.strip():
                self._warn(self.tr("The note is empty. Write something first."))
            else:
                self._warn(
                    self.tr("The note is too long: at most %1 characters.").replace(
                        "%1", str(NOTE_LIMIT)
                    )
                )
            self.editor.setFocus()
            return
        if self.session.question_id is None or self.session.workshop_id is None:
            self._warn(self.tr("No question is open. Please ask the facilitator."))
            return
        editing = self._editing
        try:
            if editing is not None:
                changes = self.turn.edit(editing, text)
                message = self.tr("Thank you — your change is saved")
            else:
                changes = self.turn.add(self.session.question_id, self.session.workshop_id, text)
                message = self.tr("Thank you — your note is saved")
        except WorkshopFileError as exc:
            self._warn(self.tr("The note could not be saved: %1").replace("%1", str(exc)))
            return
        # The note is on disk now; it is safe to tell the participant so.
        self._editing = None
        self.cancel_edit_button.hide()
        self.add_button.setText(self.tr("Add note"))
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.counter.setText(f"0 / {NOTE_LIMIT}")
        self._set_hint_default()
        if editing is None:
            self._append_turn_row(changes.rows[0].after)
        else:
            self._rebuild_turn_list()
        self.confirmation.setText(message)
        self.confirmation.show()
        self.note_confirmed.emit(clean_note(text))
        self._record(changes)
        self.editor.setFocus()

    def _record(self, changes) -> None:
        """Tell the workspace; our own list is already up to date."""
        self._own_changes = changes
        try:
            self.session.record(changes)
        finally:
            self._own_changes = None

    def start_edit(self, note_id: str) -> None:
        note = next((n for n in self.turn.notes() if n["id"] == note_id), None)
        if note is None:
            return
        self._editing = note_id
        self.editor.setPlainText(note["text"])
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.add_button.setText(self.tr("Save change"))
        self.cancel_edit_button.show()
        self.confirmation.hide()
        self._warn(self.tr("You are changing one of your notes. Enter saves the change."))
        self.editor.setFocus()

    def cancel_edit(self) -> None:
        self._editing = None
        self.editor.clear()
        self.add_button.setText(self.tr("Add note"))
        self.cancel_edit_button.hide()
        self._set_hint_default()
        self.editor.setFocus()

    def withdraw(self, note_id: str) -> None:
        try:
            changes = self.turn.withdraw(note_id)
        except WorkshopFileError as exc:
            self._warn(str(exc))
            return
        if self._editing == note_id:
            self.cancel_edit()
        self._rebuild_turn_list()
        self.confirmation.setText(self.tr("Your note is withdrawn"))
        self.confirmation.show()
        self._record(changes)
        self.editor.setFocus()

    def _on_changed(self, changes) -> None:
        if changes is getattr(self, "_own_changes", None):
            return
        if "notes" in changes.tables and set(changes.ids("notes")) & set(self.turn.note_ids):
            self._rebuild_turn_list()
        if "questions" in changes.tables or "series" in changes.tables:
            self.refresh()

    def _rebuild_turn_list(self) -> None:
        while self.turn_list_layout.count() > 1:
            item = self.turn_list_layout.takeAt(0)
            if item.widget() is not None:
                # Gone at once, not at the next event loop turn: the next person must not see it.
                item.widget().hide()
                item.widget().setParent(None)
                item.widget().deleteLater()
        self.turn_rows: list[TurnNoteRow] = []
        for note in self.turn.notes():
            self._append_turn_row(note)
        self._update_turn_title()

    def _append_turn_row(self, note: dict) -> None:
        """Add one note to the turn list (cheaper than rebuilding it after every note)."""
        row = TurnNoteRow(len(self.turn_rows) + 1, note)
        row.edit_button.clicked.connect(lambda _=False, i=note["id"]: self.start_edit(i))
        row.withdraw_button.clicked.connect(lambda _=False, i=note["id"]: self.withdraw(i))
        self.turn_list_layout.insertWidget(self.turn_list_layout.count() - 1, row)
        row.setVisible(self.turn_list.isVisible())
        # Tab order: the box, Add, the turn's notes, Next person.
        previous = self.turn_rows[-1].withdraw_button if self.turn_rows else self.add_button
        QWidget.setTabOrder(previous, row.edit_button)
        QWidget.setTabOrder(row.edit_button, row.withdraw_button)
        QWidget.setTabOrder(row.withdraw_button, self.next_button)
        self.turn_rows.append(row)
        self._update_turn_title()

    def _update_turn_title(self) -> None:
        self.turn_title.setText(
            self.tr("Your notes in this turn: %1").replace("%1", str(len(self.turn_rows)))
        )
