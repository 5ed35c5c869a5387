"""Proposed groups of similar notes: the facilitator accepts, renames or rejects each.

Accepting a group creates its theme and files its notes (one undo step each);
rejecting only removes the proposal. Nothing is changed until a group is accepted.

Model/view: the groups are rows of a list model (a list view draws only the rows in
sight), and only the chosen group's notes are laid out, so a hundred suggestions open
as fast as three.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.suggest import Suggestion

ACCEPTED, REJECTED = "accepted", "rejected"


class SuggestionModel(QAbstractListModel):
    """One row per suggested group: its (editable) name, how many notes, and whether it
    was accepted or rejected."""

    def __init__(self, suggestions: list[Suggestion], parent=None):
        super().__init__(parent)
        self.suggestions = list(suggestions)
        self.names = [s.name for s in suggestions]
        self.states: list[str | None] = [None] * len(suggestions)

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        if parent is not None and parent.isValid():
            return 0
        return len(self.suggestions)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            mark = {ACCEPTED: "\u2713 ", REJECTED: "\u2717 "}.get(self.states[row], "")
            return f"{mark}{self.names[row]}  ({len(self.suggestions[row].note_ids)})"
        if role == Qt.ItemDataRole.ForegroundRole and self.states[row] is not None:
            return QColor("#6B675E")
        if role == Qt.ItemDataRole.FontRole and self.states[row] == REJECTED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.names[row]
        return None

    def set_name(self, row: int, name: str) -> None:
        self.names[row] = name
        self.dataChanged.emit(self.index(row), self.index(row))

    def set_state(self, row: int, state: str) -> None:
        self.states[row] = state
        self.dataChanged.emit(self.index(row), self.index(row))


class SuggestionsDialog(QDialog):
    """Lists the suggestions; `on_accept(note_ids, name)` creates a theme for one."""

    def __init__(
        self,
        suggestions: list[Suggestion],
        texts: dict[str, str],
        on_accept: Callable[[list[str], str], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested groups"))
        self.on_accept = on_accept
        self.texts = texts
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        if suggestions:
            intro = self.tr(
                "Groups of similar unclustered notes, found on this computer. "
                "Accept a group to make it a theme, edit its name first if you like, "
                "or reject it."
            )
        else:
            intro = self.tr("No groups of similar unclustered notes were found.")
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)

        self.model = SuggestionModel(suggestions, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # a list of hundreds lays out at once
        self.list.setAccessibleName(self.tr("Suggested groups"))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Theme name"))
        self.name.textEdited.connect(self._name_edited)
        self.name.returnPressed.connect(self.accept_current)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)  # plain text: a note is shown, never interpreted
        self.status = QLabel()
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        side.addWidget(self.name)
        side.addWidget(self.notes, 1)
        side.addWidget(self.status)
        side.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([300, 460])
        layout.addWidget(splitter, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        layout.addWidget(close)
        detail.setEnabled(bool(suggestions))
        if suggestions:
            self.choose(0)
        else:
            self._show_current()

    # ------------------------------------------------------------- reading

    def count(self) -> int:
        return self.model.rowCount()

    def suggestion(self, row: int) -> Suggestion:
        return self.model.suggestions[row]

    def state(self, row: int) -> str | None:
        """ACCEPTED, REJECTED, or None while the group waits for a decision."""
        return self.model.states[row]

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    # --------------------------------------------------------------- acting

    def choose(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row))

    def _show_current(self) -> None:
        row = self.current_row()
        if row < 0:
            self.name.clear()
            self.notes.clear()
            self.status.clear()
            self.accept_button.setEnabled(False)
            self.reject_button.setEnabled(False)
            return
        suggestion, state = self.model.suggestions[row], self.model.states[row]
        self.name.setText(self.model.names[row])
        lines = [f"\u2022 {self.texts.get(nid, '')[:300]}" for nid in suggestion.note_ids]
        self.notes.setPlainText("\n".join(lines))
        self.status.setText(
            {
                ACCEPTED: self.tr("Accepted: the theme is on the board."),
                REJECTED: self.tr("Rejected."),
            }.get(state, "")
        )
        open_ = state is None
        self.name.setEnabled(open_)
        self.accept_button.setEnabled(open_)
        self.reject_button.setEnabled(open_)

    def _name_edited(self, text: str) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_name(row, text)

    def accept_current(self) -> None:
        row = self.current_row()
        if row < 0 or self.model.states[row] is not None:
            return
        suggestion = self.model.suggestions[row]
        name = self.name.text().strip() or suggestion.name
        if self.on_accept(list(suggestion.note_ids), name):
            self.model.set_name(row, name)
            self.model.set_state(row, ACCEPTED)
            self._next_open(row)

    def reject_current(self) -> None:
        row = self.current_row()
        if row < 0 or self.model.states[row] is not None:
            return
        self.model.set_state(row, REJECTED)
        self._next_open(row)

    def _next_open(self, row: int) -> None:
        """On to the next group that waits for a decision (or stay, showing the outcome)."""
        states = self.model.states
        following = [r for r in range(row + 1, len(states)) if states[r] is None]
        if following:
            self.choose(following[0])
        else:
            self._show_current()
