"""The Introduce step's page: what to say to the room, and the question's perspective."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from workshop_app.gui.session import Session
from workshop_app.gui.step_page import StepPage
from workshop_app.gui.steps import participant_instruction
from workshop_app.gui.style import scaled_font


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
