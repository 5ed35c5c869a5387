"""Fixtures for the shared-laptop screens: a session on the small series (tests/conftest.py)."""

from __future__ import annotations

import pytest
from participant_helpers import PIN

from workshop_app.core import pin


@pytest.fixture
def session(qtbot, wf, ids):
    from workshop_app.gui.session import Session

    session = Session(wf)
    session.set_current(workshop_id=ids["workshop"], question_id=ids["question"], step="write")
    return session


@pytest.fixture
def locked_session(session):
    """A session whose file already has the facilitator's PIN."""
    pin.set_pin(session.wf, PIN)
    return session


@pytest.fixture(autouse=True)
def _no_locked_window_outlives_its_test(qapp):
    """A locked window refuses to close without the PIN (qtbot's teardown only closes
    and schedules a delete): delete those a test left, so they cannot hide or steal
    the focus from the windows of later tests."""
    yield
    import shiboken6

    from workshop_app.gui.participant.locked_window import LockedWindow

    for widget in qapp.topLevelWidgets():
        if isinstance(widget, LockedWindow) and shiboken6.isValid(widget):
            shiboken6.delete(widget)
