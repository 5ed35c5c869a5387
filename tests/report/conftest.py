"""Fixtures for the report tests: the demo series."""

from __future__ import annotations

import pytest

from workshop_app.core.demo import write_demo


@pytest.fixture
def demo(tmp_path):
    wf = write_demo(tmp_path / "d.workshop")
    yield wf
    wf.close()
