"""The series introduction: free text, with a starting point generated from the facts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.changes import Changes
from workshop_app.gui.fields import AutoCommit
from workshop_app.gui.session import Session
from workshop_app.report.model import generated_intro


class IntroEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        hint = QLabel(
            self.tr(
                "The introduction opens the report. Generate a first version from the "
                "facts (workshops, dates, perspectives, participants) and edit it."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.text = QPlainTextEdit()
        self.text.setObjectName("intro_text")
        self.text.setAccessibleName(self.tr("Introduction"))
        self.generate_button = QPushButton(self.tr("Generate from facts"))
        self.generate_button.setObjectName("intro_generate")
        self.generate_button.setToolTip(
            self.tr(
                "Writes the introduction from the facts; asks first before it replaces "
                "a text of yours. Undo brings yours back."
            )
        )
        self.generate_button.clicked.connect(self.generate)
        self._auto = AutoCommit(self.text, self._save)
        row = QHBoxLayout()
        row.addWidget(self.generate_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _save(self, text: str) -> bool:
        return (
            self.session.do(self.tr("Edit introduction"), lambda wf: wf.update_series(intro=text))
            is not None
        )

    def generate(self) -> None:
        """Write the introduction from the facts; a text written by hand is replaced only
        when the facilitator says so."""
        self._auto.commit()
        wf = self.session.wf
        text = generated_intro(wf, wf.series()["language"])
        current = (wf.series()["intro"] or "").strip()
        if current and current != text.strip() and not self._may_replace():
            return
        self.session.do(self.tr("Generate introduction"), lambda wf: wf.update_series(intro=text))

    def _may_replace(self) -> bool:
        box = QMessageBox(self)
        box.setObjectName("replace_intro")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the introduction?"))
        box.setText(self.tr("Replace your introduction with one written from the facts?"))
        box.setInformativeText(self.tr("Your text is replaced. Edit → Undo brings it back."))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep my text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _on_changed(self, changes: Changes) -> None:
        if "series" in changes.tables:
            self.refresh()

    def refresh(self) -> None:
        self._auto.load(self.session.wf.series()["intro"] or "")
