""" "Show notes to the room" holds for one question in one workshop.

The facilitator reveals the notes of the question on screen; moving to another
question or workshop hides them again, so a new question's notes never appear on
the projector as they are typed. `Reveal` remembers where the notes were revealed
and switches `Session.revealed` off when the place changes.

It follows the navigation model's place (`Session.place_changed`) and the reveal
itself (`Session.revealed_changed`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from workshop_app.gui.session import Session


class Reveal(QObject):
    def __init__(self, session: Session):
        super().__init__(session)
        self.session = session
        # Revealed before anyone watched: where is unknown, so hide (fail closed).
        self.place: tuple | None = None
        if session.revealed:
            session.set_revealed(False)
        session.place_changed.connect(self._follow)
        session.revealed_changed.connect(self._follow)

    @classmethod
    def of(cls, session: Session) -> Reveal:
        """The session's one `Reveal` (made on first use; make it when the file opens)."""
        found = session.findChild(cls)
        return found if found is not None else cls(session)

    def _here(self) -> tuple:
        return (self.session.workshop_id, self.session.question_id)

    def _follow(self, *_news: object) -> None:
        if not self.session.revealed:
            self.place = None
        elif self.place is None:
            self.place = self._here()  # just revealed, here
        elif self.place != self._here():
            self.place = None
            self.session.set_revealed(False)  # emits revealed_changed again

    def shown_here(self) -> bool:
        """Whether the room may see the notes of the current question and workshop."""
        return bool(self.session.revealed) and self.place == self._here()
