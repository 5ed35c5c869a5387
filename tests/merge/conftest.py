"""Fixtures for merging and backups (helpers live in merge_helpers.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from merge_helpers import LAPTOPS, Clock, make_laptop_file


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Backups and logs go to a folder of the test's own."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SAMLA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def laptops(tmp_path) -> dict[str, Path]:
    return {name: make_laptop_file(tmp_path / f"{name}.workshop", name) for name in LAPTOPS}


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2030, 3, 2, 9, 0, tzinfo=UTC))  # after the files were made
