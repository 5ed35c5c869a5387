"""Fixtures for the shared-laptop screens: a small series file and a session on it."""

from __future__ import annotations

import pytest
from participant_helpers import PIN, make_series

from workshop_app.core import pin
from workshop_app.core.store import WorkshopFile


@pytest.fixture
def series_file(tmp_path):
    path = tmp_path / "serie.samla"
    ids = make_series(path)
    return path, ids


@pytest.fixture
def wf(series_file):
    path, _ = series_file
    wf = WorkshopFile.open(path)
    yield wf
    wf.close()


@pytest.fixture
def ids(series_file):
    return series_file[1]


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
