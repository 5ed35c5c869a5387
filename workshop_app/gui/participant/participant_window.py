"""Participant mode: the locked, full-screen capture screen of the shared laptop.

A person sits down, optionally picks the perspective they speak for, types a
note and presses Enter. The note is committed to the file (durable on return)
before the calm confirmation appears. They can edit or withdraw (erase for good) only the notes of
their own turn; "Next person" (or the idle timeout) ends the turn. The screen
never shows anybody else's notes. Leaving needs the facilitator's PIN
(`LockedWindow`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import pin as pins
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.notes import NOTE_LIMIT, NoteTooLong, clean_note
from workshop_app.core.turn import Turn
from workshop_app.gui.participant.locked_window import LockedWindow, clear_clipboard
from workshop_app.gui.participant.look import ACCENT, CALM_GREEN, MUTED, WARN, BigButton
from workshop_app.gui.participant.note_edit import NoteEdit
from workshop_app.gui.participant.pin_prompt import DEFAULT_IDLE_MINUTES
from workshop_app.gui.room_text import label, note_label, scaled_font, set_note_text
from workshop_app.gui.session import Session

#: Seconds between "Are you still here?" and the end of an untouched turn.
IDLE_GRACE_SECONDS = 30


def display_name(name: str) -> str:
    """A perspective's name as a button label: "kommun" (as in the questions) → "Kommun"."""
    return name[:1].upper() + name[1:]


def _button(text: str, name: str, description: str, factor: float = 1.1) -> QPushButton:
    button = QPushButton(text)
    button.setFont(scaled_font(factor))
    button.setAutoDefault(True)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    return button


class TurnNoteRow(QFrame):
    """One of this turn's notes, with Edit and Erase (which asks once more: erasing is
    for good)."""

    def __init__(self, number: int, note: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.note_id = note["id"]
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        text = note["text"]
        shown = text if len(text) <= 90 else text[:87] + "…"
        self.text_label = note_label(f"{number}. {shown}", 1.1)
        self.text_label.setAccessibleName(self.tr("Your note %1").replace("%1", str(number)))
        self.text_label.setAccessibleDescription(text)
        layout.addWidget(self.text_label)
        self.actions = QWidget()
        buttons = QHBoxLayout(self.actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        self.edit_button = _button(
            self.tr("Edit"),
            self.tr("Edit note %1").replace("%1", str(number)),
            self.tr("Put this note back in the box to change it."),
        )
        self.erase_button = _button(
            self.tr("Erase"),
            self.tr("Erase note %1").replace("%1", str(number)),
            self.tr("Erase this note for good; nobody will see it."),
        )
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.erase_button)
        layout.addWidget(self.actions)
        self.confirm = QWidget()
        asking = QVBoxLayout(self.confirm)
        asking.setContentsMargins(0, 0, 0, 0)
        self.confirm_label = label(
            self.tr("Erase this note for good? Nobody will see it, and it cannot be brought back."),
            1.1,
        )
        self.confirm_label.setStyleSheet(f"color: {WARN};")
        asking.addWidget(self.confirm_label)
        confirm = QHBoxLayout()
        confirm.addStretch(1)
        asking.addLayout(confirm)
        self.keep_button = _button(
            self.tr("Keep it"),
            self.tr("Keep note %1").replace("%1", str(number)),
            self.tr("Do not erase this note."),
        )
        self.confirm_erase_button = _button(
            self.tr("Erase it"),
            self.tr("Erase note %1 now").replace("%1", str(number)),
            self.tr("Erase this note for good; nobody will see it."),
        )
        confirm.addWidget(self.keep_button)
        confirm.addWidget(self.confirm_erase_button)
        layout.addWidget(self.confirm)
        self.confirm.hide()
        self.erase_button.clicked.connect(self.ask)
        self.keep_button.clicked.connect(self.keep)

    def ask(self) -> None:
        """Erasing asks once more, in the row itself."""
        self.actions.hide()
        self.confirm.show()
        self.keep_button.setFocus()

    def keep(self) -> None:
        self.confirm.hide()
        self.actions.show()
        self.erase_button.setFocus()


class ParticipantWindow(LockedWindow):
    """The capture screen for the session's current question and workshop."""

    #: Emitted with the note's text right after its confirmation is shown.
    note_confirmed = Signal(str)
    #: Emitted when a turn ends (Next person, or nobody used the screen for a while).
    turn_ended = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        ask_perspective: bool = True,
        store: pins.PinStore | None = None,
        guard: pins.PinGuard | None = None,
    ):
        super().__init__(session, parent, mode="participant", store=store, guard=guard)
        self.setWindowTitle(self.tr("Participant mode"))
        self.setAccessibleName(self.tr("Participant mode"))
        self.ask_perspective = ask_perspective
        self.turn = Turn(session.wf)
        self.turn_rows: list[TurnNoteRow] = []
        self._editing: str | None = None
        #: What the turn list shows: note id -> text (to tell others' edits from ours).
        self._shown: dict[str, str] = {}
        self.idle_grace_seconds = IDLE_GRACE_SECONDS

        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(16)

        top = QHBoxLayout()
        self.series_label = note_label("", 1.0)
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

        self.question_label = note_label("", 2.0, bold=True)
        self.question_label.setAccessibleName(self.tr("Question"))
        outer.addWidget(self.question_label)

        self.idle_bar = self._build_idle_bar()
        outer.addWidget(self.idle_bar)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.perspective_page = self._build_perspective_page()
        self.write_page = self._build_write_page()
        self.closed_page = self._build_closed_page()
        for page in (self.perspective_page, self.write_page, self.closed_page):
            self.pages.addWidget(page)

        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.timeout.connect(self._end_idle_turn)
        self._grace_tick = QTimer(self)
        self._grace_tick.setInterval(1000)
        self._grace_tick.timeout.connect(self._show_grace_left)
        self.idle.connect(self._ask_if_still_here)
        self.used.connect(self._still_here)
        self.set_idle_minutes(pins.idle_minutes(session.wf, DEFAULT_IDLE_MINUTES, self.store))

        session.place_changed.connect(self.refresh)
        session.input_closed_changed.connect(self.refresh)
        session.changed.connect(self._on_changed)
        self.refresh()
        self.new_turn()

    # ---------------------------------------------------------------- building

    def _build_idle_bar(self) -> QWidget:
        bar = QFrame()
        bar.setFrameShape(QFrame.StyledPanel)
        layout = QHBoxLayout(bar)
        self.idle_label = label("", 1.3, bold=True)
        self.idle_label.setStyleSheet(f"color: {WARN};")
        self.idle_label.setAccessibleName(self.tr("Are you still here?"))
        layout.addWidget(self.idle_label, 1)
        self.still_here_button = BigButton(self.tr("I am still here"), 1.2)
        self.still_here_button.setAccessibleName(self.tr("I am still here"))
        self.still_here_button.setAccessibleDescription(self.tr("Keep this turn going."))
        self.still_here_button.clicked.connect(self._still_here)
        layout.addWidget(self.still_here_button)
        bar.hide()
        return bar

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
            name = display_name(perspective["name"])
            button = BigButton(name, 2.0)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("M") * 10)
            button.setAccessibleName(name)
            button.setAccessibleDescription(self.tr("Write your notes as %1.").replace("%1", name))
            button.clicked.connect(
                lambda _=False, pid=perspective["id"]: self.choose_perspective(pid)
            )
            self.perspective_buttons.append(button)
            self.perspective_row.addWidget(button)
        skip_row = QHBoxLayout()
        self.skip_button = _button(
            self.tr("Continue without choosing"),
            self.tr("Continue without choosing"),
            self.tr("Write without saying who you are writing as."),
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
        self.hint = label(self._default_hint_text(), 1.15)
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
        self.cancel_edit_button = _button(
            self.tr("Cancel editing"),
            self.tr("Cancel editing"),
            self.tr("Keep the note as it was."),
        )
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
        self.draft_bar = self._build_draft_bar()
        right.addWidget(self.draft_bar)
        self.next_button = BigButton(self.tr("Next person"), 1.4)
        self.next_button.setAccessibleName(self.tr("Next person"))
        self.next_button.setAccessibleDescription(
            self.tr("Finish your turn; your notes are saved and hidden from the next person.")
        )
        self.next_button.setStyleSheet(f"color: {ACCENT};")
        self.next_button.clicked.connect(self.next_person)
        right.addWidget(self.next_button)
        layout.addLayout(right, 2)
        return page

    def _build_draft_bar(self) -> QWidget:
        """Asked when Next person is pressed with an unsaved note in the box."""
        bar = QFrame()
        bar.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(bar)
        self.draft_label = label(self.tr("The note in the box is not saved yet."), 1.2, bold=True)
        self.draft_label.setStyleSheet(f"color: {WARN};")
        layout.addWidget(self.draft_label)
        row = QHBoxLayout()
        self.save_draft_button = _button(
            self.tr("Save it"), self.tr("Save it"), self.tr("Save the note, then finish the turn.")
        )
        self.discard_draft_button = _button(
            self.tr("Throw it away"),
            self.tr("Throw it away"),
            self.tr("Finish the turn without saving the note in the box."),
        )
        self.keep_writing_button = _button(
            self.tr("Keep writing"), self.tr("Keep writing"), self.tr("Go back to the note.")
        )
        for button in (self.save_draft_button, self.discard_draft_button, self.keep_writing_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.save_draft_button.clicked.connect(self._save_draft_and_finish)
        self.discard_draft_button.clicked.connect(self.new_turn)
        self.keep_writing_button.clicked.connect(self._keep_writing)
        bar.hide()
        return bar

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

    # ---------------------------------------------------------------- following

    def refresh(self, *_news: object) -> None:
        """Follow the facilitator's current question and the input-closed state."""
        wf = self.session.wf
        set_note_text(self.series_label, wf.series().get("title") or "")
        question = (
            wf.get("questions", self.session.question_id) if self.session.question_id else None
        )
        if question:
            set_note_text(self.question_label, question["text"])
        else:
            self.question_label.setText(self.tr("No question chosen"))
        self._follow_input_closed()

    def _follow_input_closed(self) -> None:
        closed = bool(self.session.input_closed)
        if closed and self.pages.currentWidget() is not self.closed_page:
            self._page_before_closed = self.pages.currentWidget()
            self.pages.setCurrentWidget(self.closed_page)
        elif not closed and self.pages.currentWidget() is self.closed_page:
            self.pages.setCurrentWidget(getattr(self, "_page_before_closed", self.write_page))
            self.focus_screen()

    def lock_place(self) -> dict:
        return {**super().lock_place(), "step": self.session.step}

    # ---------------------------------------------------------------- turns

    def has_draft(self) -> bool:
        """Whether the box holds text that is not saved (or an edit not yet saved)."""
        return bool(self.editor.toPlainText().strip())

    def next_person(self) -> None:
        """End the turn, asking first when the box holds an unsaved note."""
        if self.has_draft() and not self.session.input_closed:
            self.draft_bar.show()
            self.save_draft_button.setFocus()
            return
        self.new_turn()

    def _save_draft_and_finish(self) -> None:
        if self.submit():
            self.new_turn()
        else:
            self.draft_bar.hide()

    def _keep_writing(self) -> None:
        self.draft_bar.hide()
        self.editor.setFocus()

    def new_turn(self) -> None:
        """Start a fresh turn: nothing of the previous person is shown or reachable."""
        self.turn = Turn(self.session.wf)
        self._editing = None
        self.editor.clear()  # also forgets the box's undo history
        clear_clipboard()
        self.cancel_edit_button.hide()
        self.draft_bar.hide()
        self._hide_idle_bar()
        self.add_button.setText(self.tr("Add note"))
        self.confirmation.hide()
        self._set_hint_default()
        self._rebuild_turn_list()
        if self.ask_perspective and self.perspective_buttons:
            self.pages.setCurrentWidget(self.perspective_page)
        else:
            self.pages.setCurrentWidget(self.write_page)
        self._update_perspective_label()
        self._follow_input_closed()
        self.focus_screen()
        self.turn_ended.emit()

    def choose_perspective(self, perspective_id: str | None) -> None:
        self.turn.perspective_id = perspective_id
        self._update_perspective_label()
        self.pages.setCurrentWidget(self.write_page)
        self.focus_screen()

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

    def focus_screen(self) -> None:
        page = self.pages.currentWidget()
        if page is self.perspective_page and self.perspective_buttons:
            self.perspective_buttons[0].setFocus()
        elif page is self.write_page:
            self.editor.setFocus()

    # ---------------------------------------------------------------- idle

    def _ask_if_still_here(self) -> None:
        """Nobody used the screen for the idle time: ask, then end the turn."""
        untouched = (
            not self.turn.note_ids
            and not self.has_draft()
            and self.pages.currentWidget() is not self.write_page
            and self.screens.currentWidget() is self.content
        )
        if untouched:
            return
        self._grace_left = self.idle_grace_seconds
        self._show_grace_left()
        self.idle_bar.show()
        self._grace.start(int(self.idle_grace_seconds * 1000))
        self._grace_tick.start()

    def _show_grace_left(self) -> None:
        left = max(0, round(self._grace.remainingTime() / 1000))
        if not self._grace.isActive():
            left = int(self.idle_grace_seconds)
        self.idle_label.setText(
            self.tr("Are you still here? This turn ends in %1 s.").replace("%1", str(left))
        )

    def _still_here(self) -> None:
        if self.idle_bar.isVisible() or self._grace.isActive():
            self._hide_idle_bar()
            self.focus_screen()

    def _hide_idle_bar(self) -> None:
        self._grace.stop()
        self._grace_tick.stop()
        self.idle_bar.hide()

    def _end_idle_turn(self) -> None:
        self.back_to_screen()
        self.new_turn()

    # ---------------------------------------------------------------- notes

    def _set_hint_default(self) -> None:
        self.hint.setStyleSheet(f"color: {MUTED};")
        self.hint.setText(self._default_hint_text())

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
            if self.hint.text() != self._default_hint_text() and self._editing is None:
                self._set_hint_default()

    def _default_hint_text(self) -> str:
        return self.tr(
            "Enter adds your note · Shift+Enter starts a new line · Notes are anonymous."
        )

    def submit(self) -> bool:
        """Commit the note (or the edit) and only then confirm it. True when saved."""
        if self.session.input_closed:
            self._follow_input_closed()
            return False
        text = self.editor.toPlainText()
        try:
            clean_note(text)
        except NoteTooLong:
            self._warn(
                self.tr("The note is too long: at most %1 characters.").replace(
                    "%1", str(NOTE_LIMIT)
                )
            )
            self.editor.setFocus()
            return False
        except WorkshopFileError:
            self._warn(self.tr("The note is empty. Write something first."))
            self.editor.setFocus()
            return False
        if self.session.question_id is None or self.session.workshop_id is None:
            self._warn(self.tr("No question is open. Please ask the facilitator."))
            return False
        editing = self._editing
        try:
            if editing is not None:
                changes = self.turn.edit(editing, text)
                message = self.tr("Thank you — your change is saved")
            else:
                changes = self.turn.add(self.session.question_id, self.session.workshop_id, text)
                message = self.tr("Thank you — your note is saved")
        except WorkshopFileError as exc:
            self.confirmation.hide()
            self._warn(self.tr("The note could not be saved: %1").replace("%1", str(exc)))
            return False
        # The note is on disk now; it is safe to tell the participant so.
        self._editing = None
        self.cancel_edit_button.hide()
        self.add_button.setText(self.tr("Add note"))
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        clear_clipboard()
        self.counter.setText(f"0 / {NOTE_LIMIT}")
        self._set_hint_default()
        if editing is None:
            self._append_turn_row(changes.rows[0].after)
        else:
            self._rebuild_turn_list()
        self.confirmation.setText(message)
        self.confirmation.show()
        self.note_confirmed.emit(clean_note(text))
        self.session.record(changes)  # tell the workspace; this list already shows it
        self.editor.setFocus()
        return True

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
        self.confirmation.setText(self.tr("Your note is erased"))
        self.confirmation.show()
        self.session.record(changes)  # no undo entry: erased is erased
        self.editor.setFocus()

    def _on_changed(self, changes) -> None:
        """Someone else (the facilitator, an undo) changed one of this turn's notes: show
        the file as it is. Our own changes are already on screen and change nothing here."""
        if "notes" in changes.tables:
            for row in changes.rows:
                if row.table != "notes" or row.id not in self.turn.note_ids:
                    continue
                after = row.after
                now = None if after is None or after.get("deleted_at") else after.get("text")
                if self._shown.get(row.id) != now:
                    self._rebuild_turn_list()
                    break
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
        self.turn_rows = []
        self._shown = {}
        for note in self.turn.notes():
            self._append_turn_row(note)
        self._update_turn_title()

    def _append_turn_row(self, note: dict) -> None:
        """Add one note to the turn list (cheaper than rebuilding it after every note)."""
        row = TurnNoteRow(len(self.turn_rows) + 1, note)
        row.edit_button.clicked.connect(lambda _=False, i=note["id"]: self.start_edit(i))
        row.confirm_erase_button.clicked.connect(lambda _=False, i=note["id"]: self.withdraw(i))
        self.turn_list_layout.insertWidget(self.turn_list_layout.count() - 1, row)
        row.setVisible(self.turn_list.isVisible())
        # Tab order: the box, Add, the turn's notes, Next person.
        previous = self.turn_rows[-1].confirm_erase_button if self.turn_rows else self.add_button
        QWidget.setTabOrder(previous, row.edit_button)
        QWidget.setTabOrder(row.edit_button, row.erase_button)
        QWidget.setTabOrder(row.erase_button, row.keep_button)
        QWidget.setTabOrder(row.keep_button, row.confirm_erase_button)
        QWidget.setTabOrder(row.confirm_erase_button, self.next_button)
        self.turn_rows.append(row)
        self._shown[note["id"]] = note["text"]
        self._update_turn_title()

    def _update_turn_title(self) -> None:
        self.turn_title.setText(
            self.tr("Your notes in this turn: %1").replace("%1", str(len(self.turn_rows)))
        )
