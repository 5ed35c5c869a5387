"""The five guided steps of a question, and the page the workspace shows for each.

Each step has a short instruction for the facilitator and a default time box.
Pages only show and add; moving between steps never removes, hides or finalizes
anything, so any step can be revisited. The Cluster and Vote pages here are plain
working versions (lists); richer views replace them through
`MainWindow.set_step_page`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.changes import Changes
from workshop_app.core.notes import NOTE_LIMIT, EmptyNote, NoteTooLong, clean_note
from workshop_app.gui.session import Session
from workshop_app.gui.style import icon, scaled_font

STEPS = Session.STEPS
ID_ROLE = Qt.ItemDataRole.UserRole

#: Default time box per step, in minutes.
DEFAULT_MINUTES = {"introduce": 3, "write": 8, "cluster": 15, "vote": 5, "synthesize": 15}


def step_title(step: str) -> str:
    return {
        "introduce": QCoreApplication.translate("Steps", "Introduce"),
        "write": QCoreApplication.translate("Steps", "Write"),
        "cluster": QCoreApplication.translate("Steps", "Cluster"),
        "vote": QCoreApplication.translate("Steps", "Vote"),
        "synthesize": QCoreApplication.translate("Steps", "Synthesize"),
    }[step]


def step_instruction(step: str) -> str:
    """What the facilitator does in this step, in a sentence or two."""
    return {
        "introduce": QCoreApplication.translate(
            "Steps",
            "Read the question aloud and make sure everyone understands it. "
            "Explain the next step: everyone writes on their own, one idea per note.",
        ),
        "write": QCoreApplication.translate(
            "Steps",
            "Silent writing: each person writes their own ideas, one per note. "
            "Notes stay hidden from the room until you reveal them. "
            "If someone prefers to dictate, type their idea below.",
        ),
        "cluster": QCoreApplication.translate(
            "Steps",
            "Read the notes aloud and group those that belong together into themes. "
            "Name each theme once the groups have settled.",
        ),
        "vote": QCoreApplication.translate(
            "Steps",
            "Dot voting: each person gets a few dots to place on the themes that matter "
            "most. Enter the count for each theme.",
        ),
        "synthesize": QCoreApplication.translate(
            "Steps",
            "For each theme, write a heading and a short synthesis, pick quotes from "
            "the notes, and note where opinions were divided.",
        ),
    }[step]


def participant_instruction() -> str:
    return QCoreApplication.translate(
        "Steps",
        "Think on your own for a moment. Then write one idea per note: short, concrete, "
        "in your own words. There are no wrong answers.",
    )


class StepPage(QWidget):
    """Base of a step's page: refreshes when the file or the current question changes."""

    #: Tables whose changes this page shows.
    watches: set[str] = set()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = False
        session.changed.connect(self._on_changed)
        session.current_changed.connect(self._refresh_when_seen)

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & self.watches:
            self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Refresh now if shown; a hidden page refreshes when it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        pass


class IntroducePage(StepPage):
    """What to say to the room: the question (shown in the header) and how to answer."""

    watches = {"questions", "perspectives"}

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        heading = QLabel(self.tr("Say to the participants"))
        heading.setFont(scaled_font(heading, 1.1, bold=True))
        self.perspective = QLabel()
        self.perspective.setTextFormat(Qt.TextFormat.PlainText)  # perspective names are user text
        self.perspective.setObjectName("muted")
        self.perspective.setWordWrap(True)
        self.instruction = QLabel(participant_instruction())
        self.instruction.setWordWrap(True)
        self.instruction.setFont(scaled_font(self.instruction, 1.25))
        inner.addWidget(heading)
        inner.addWidget(self.instruction)
        inner.addWidget(self.perspective)
        layout = QVBoxLayout(self)
        layout.addWidget(card)
        layout.addStretch()
        self._refresh_when_seen()

    def refresh(self) -> None:
        wf = self.session.wf
        question = (
            wf.get("questions", self.session.question_id) if self.session.question_id else None
        )
        perspective = (
            wf.get("perspectives", question["perspective_id"])
            if question and question["perspective_id"]
            else None
        )
        if perspective:
            self.perspective.setText(
                self.tr("Perspective: %1").replace(
                    "%1", perspective["plural"] or perspective["name"]
                )
            )
        else:
            self.perspective.setText("")


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
            self.tr("Add note"),
            lambda wf: wf.add_note(qid, wid, text, perspective_id=question["perspective_id"]),
        )
        if changes is not None:
            self.input.clear()
        self.input.setFocus()

    def remove_note(self) -> None:
        item = self.notes.currentItem()
        if item:
            note_id = item.data(ID_ROLE)
            self.session.do(self.tr("Remove note"), lambda wf: wf.delete("notes", note_id))

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

    def refresh(self) -> None:
        closed = self.session.input_closed
        self.banner.setVisible(closed)
        self.input.setEnabled(not closed)
        self.add_button.setEnabled(not closed)
        self.notes.clear()
        qid, wid = self.session.question_id, self.session.workshop_id
        notes = self.session.wf.notes(qid, [wid]) if qid and wid else []
        for note in notes:
            self._append(note)
        self.notes.scrollToBottom()
        self._count = len(notes)
        self._show_count()


class VotePage(StepPage):
    """Dots per theme: the count typed in for this workshop, beside the totals.

    The editable number is the hand count (dots counted in the room); the totals
    beside it add the ballots of dot-voting rounds, for this workshop and for all.
    """

    watches = {"themes", "votes"}

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("vote_table")
        self.table.setAccessibleName(self.tr("Votes per theme"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Theme"),
                self.tr("Counted by hand"),
                self.tr("This workshop"),
                self.tr("All workshops"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.tr("No themes yet: group the notes in the Cluster step first."))
        self.empty.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._refresh_when_seen()

    def set_count(self, theme_id: str, count: int) -> None:
        """Set this workshop's hand count for a theme (ballots of voting rounds stay)."""
        from workshop_app.core import voting  # imported on first use: start-up stays quick

        wid = self.session.workshop_id
        if not wid:
            return
        self.session.do(
            self.tr("Count votes"),
            lambda wf: voting.set_hand_count(wf, theme_id, wid, count),
        )

    def refresh(self) -> None:
        qid, wid = self.session.question_id, self.session.workshop_id
        from workshop_app.core import voting  # imported on first use: start-up stays quick

        wf = self.session.wf
        themes = wf.themes(qid) if qid else []
        here = voting.theme_totals(wf, qid, [wid]) if qid and wid else {}
        everywhere = voting.theme_totals(wf, qid) if qid else {}
        self.empty.setVisible(not themes)
        ids = [t["id"] for t in themes]
        rebuild = ids != getattr(self, "_ids", None)
        self._ids = ids
        if rebuild:
            self.table.setRowCount(len(themes))
        for row, theme in enumerate(themes):
            counted = voting.hand_count(wf, theme["id"], wid) if wid else 0
            title = QTableWidgetItem(theme["title"] or self.tr("(untitled theme)"))
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, title)
            if rebuild:
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.valueChanged.connect(lambda value, tid=theme["id"]: self.set_count(tid, value))
                self.table.setCellWidget(row, 1, spin)
            spin = self.table.cellWidget(row, 1)
            spin.setAccessibleName(
                self.tr("Dots counted by hand for %1").replace("%1", theme["title"] or "")
            )
            if spin.value() != counted:  # keep the cursor of a spin box being edited
                spin.blockSignals(True)
                spin.setValue(counted)
                spin.blockSignals(False)
            for column, total in ((2, here), (3, everywhere)):
                item = QTableWidgetItem(str(total.get(theme["id"], 0)))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
