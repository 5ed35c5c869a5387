"""Proposed groups of similar notes: the facilitator accepts, renames or rejects each.

Accepting a group creates its theme and files its notes (one undo step each);
rejecting only removes the proposal. Nothing is changed until a group is accepted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.suggest import Suggestion


class SuggestionRow(QFrame):
    def __init__(self, suggestion: Suggestion, texts: dict[str, str], dialog: SuggestionsDialog):
        super().__init__()
        self.suggestion = suggestion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.name = QLineEdit(suggestion.name)
        self.name.setAccessibleName(self.tr("Theme name"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        top.addWidget(self.name, 1)
        top.addWidget(self.accept_button)
        top.addWidget(self.reject_button)
        layout.addLayout(top)
        lines = [f"• {texts.get(nid, '')[:140]}" for nid in suggestion.note_ids]
        self.notes = QLabel("\n".join(lines))
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.notes)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.accept_button.clicked.connect(lambda: dialog.accept_row(self))
        self.reject_button.clicked.connect(lambda: dialog.reject_row(self))

    def close_with(self, text: str) -> None:
        self.name.setEnabled(False)
        self.accept_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.status.setText(text)


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
        self.resize(620, 560)
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
        body = QWidget()
        rows = QVBoxLayout(body)
        self.rows = [SuggestionRow(s, texts, self) for s in suggestions]
        for row in self.rows:
            rows.addWidget(row)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def accept_row(self, row: SuggestionRow) -> None:
        name = row.name.text().strip() or row.suggestion.name
        if self.on_accept(list(row.suggestion.note_ids), name):
            row.close_with(self.tr("Accepted: the theme is on the board."))

    def reject_row(self, row: SuggestionRow) -> None:
        row.close_with(self.tr("Rejected."))
