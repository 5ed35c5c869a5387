"""The common base of the step pages: each shows the current question in the current
workshop, and refreshes when that or the rows it shows change (a hidden page when it
is next shown)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop_app.core.changes import Changes
from workshop_app.core.navigation import Place
from workshop_app.gui.session import Session


class StepPage(QWidget):
    """Base of a step's page: refreshes when its rows or the current question change."""

    #: Tables whose changes this page shows.
    watches: set[str] = set()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = False
        self._shown_for = (session.workshop_id, session.question_id)
        session.changed.connect(self._on_changed)
        session.place_changed.connect(self._on_place_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & self.watches:
            self._refresh_when_seen()

    def _on_place_changed(self, place: Place) -> None:
        """Another workshop or question: this page shows other rows now (a step or series
        page moves nothing here)."""
        shown_for = (place.workshop_id, place.question_id)
        if shown_for != self._shown_for:
            self._shown_for = shown_for
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
