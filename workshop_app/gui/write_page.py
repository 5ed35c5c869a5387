"""The Write step's page: the notes of this question in this workshop, and a field for
the facilitator to type a note someone dictates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.changes import Changes
from workshop_app.core.notes import NOTE_LIMIT, EmptyNote, NoteTooLong, clean_note
from workshop_app.gui.fields import TabMovesFocus
from workshop_app.gui.session import Session
from workshop_app.gui.step_page import StepPage
from workshop_app.gui.style import icon
from workshop_app.gui.undo import short

ID_ROLE = Qt.ItemDataRole.UserRole


class WritePage(StepPage):
    """Notes for the current question and workshop; the facilitator can type dictated ideas."""

    watches = {"notes"}

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.banner = QFrame()
        self.banner.setObjectName("input_closed_banner")
        banner_layout = QHBoxLayout(self.banner)
        banner_text = QLabel(self.tr("Time is up: input is closed."))
        self.reopen_button = QPushButton(self.tr("Reopen input"))
        self.reopen_button.setObjectName("reopen_input")
        self.reopen_button.clicked.connect(lambda: self.session.set_input_closed(False))
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.reopen_button)

        label = QLabel(self.tr("Dictated note"))
        self.input = QPlainTextEdit()
        self.input.setObjectName("dictation_input")
        self.input.setAccessibleName(self.tr("Dictated note"))
        self.input.setPlaceholderText(self.tr("Type what the participant says…"))
        self.input.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        TabMovesFocus(self.input)
        label.setBuddy(self.input)
        self.add_button = QPushButton(self.tr("Add note (Ctrl+Enter)"))
        self.add_button.setObjectName("dictation_add")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_note)
        self.input.installEventFilter(self)  # Ctrl+Enter adds the note
        self.input.textChanged.connect(self._check_length)
        self.warning = QLabel()
        self.warning.setObjectName("dictation_warning")
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.count = QLabel()
        self.count.setObjectName("muted")
        self.notes = QListWidget()
        self.notes.setObjectName("dictation_notes")
        self.notes.setAccessibleName(self.tr("Notes for this question in this workshop"))
        # One line per note (the whole text in its tooltip): uniform rows keep adding a
        # note fast however many the list already holds.
        self.notes.setUniformItemSizes(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove note"))
        self.remove_button.setObjectName("dictation_remove")
        self.remove_button.clicked.connect(self.remove_note)

        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(label)
        layout.addWidget(self.input)
        layout.addWidget(self.warning)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notes, 1)
        layout.addLayout(row)
        session.input_closed_changed.connect(self.show_input_closed)
        self._refresh_when_seen()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if (
            obj is self.input
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add_note()
            return True
        return super().eventFilter(obj, event)

    def _check_length(self) -> None:
        """Say so while the note is longer than a note may be (the same rule as participants)."""
        length = len(self.input.toPlainText().strip())
        too_long = length > NOTE_LIMIT
        if too_long:
            self.warning.setText(
                self.tr("The note is too long: %1 characters, at most %2.")
                .replace("%1", str(length))
                .replace("%2", str(NOTE_LIMIT))
            )
        self.warning.setVisible(too_long)

    def add_note(self) -> None:
        qid, wid = self.session.question_id, self.session.workshop_id
        if not qid or not wid or self.session.input_closed:
            return
        try:
            text = clean_note(self.input.toPlainText())
        except EmptyNote:
            return
        except NoteTooLong:
            self._check_length()
            self.input.setFocus()
            return
        question = self.session.wf.get("questions", qid)
        changes = self.session.do(
            self.tr("Add note “%1”").replace("%1", short(text)),
            lambda wf: wf.add_note(qid, wid, text, perspective_id=question["perspective_id"]),
        )
        if changes is not None:
            self.input.clear()
        self.input.setFocus()

    def remove_note(self) -> None:
        item = self.notes.currentItem()
        if item:
            note_id = item.data(ID_ROLE)
            label = self.tr("Remove note “%1”").replace("%1", short(item.text()))
            self.session.do(label, lambda wf: wf.delete("notes", note_id))

    def _on_changed(self, changes: Changes) -> None:
        """A new note is appended to the list; anything else refreshes the page."""
        added = [r.after for r in changes.rows if r.table == "notes" and r.before is None]
        if (
            self.isVisible()
            and not self._stale
            and len(added) == len(changes.rows)
            and len(added) < 50
        ):
            qid, wid = self.session.question_id, self.session.workshop_id
            mine = [n for n in added if n["question_id"] == qid and n["workshop_id"] == wid]
            for note in mine:
                self._append(note)
            if mine:
                self._count += len(mine)
                self._show_count()
                self.notes.scrollToBottom()
            return
        super()._on_changed(changes)

    def _append(self, note: dict) -> None:
        item = QListWidgetItem(" ".join(note["text"].split()))
        item.setToolTip(note["text"])
        item.setData(ID_ROLE, note["id"])
        self.notes.addItem(item)

    def _show_count(self) -> None:
        self.count.setText(self.tr("Notes in this workshop: %1").replace("%1", str(self._count)))
        self.remove_button.setEnabled(self._count > 0)

    def show_input_closed(self, closed: bool) -> None:
        """Time is up and input was closed: say so, and offer to reopen it."""
        self.banner.setVisible(closed)
        self.input.setEnabled(not closed)
        self.add_button.setEnabled(not closed)

    def refresh(self) -> None:
        self.show_input_closed(self.session.input_closed)
        self.notes.clear()
        qid, wid = self.session.question_id, self.session.workshop_id
        notes = self.session.wf.notes(qid, [wid]) if qid and wid else []
        for note in notes:
            self._append(note)
        self.notes.scrollToBottom()
        self._count = len(notes)
        self._show_count()
