"""Fixtures for presentation mode: a session on the small series (tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(qtbot, wf, ids):
    from workshop_app.gui.session import Session

    session = Session(wf)
    session.set_current(workshop_id=ids["workshop"], question_id=ids["question"], step="write")
    return session
