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
