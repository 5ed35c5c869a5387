"""Regression: rendering thousands of notes into an image many times must not crash.

PySide6 6.12.0 on Python 3.11 crashes (none_dealloc) after many renders of a
Python-overridden paint() into a QImage (docs/decisions/0001-pyside6-version.md);
the dependency pin avoids it. The renders run in a subprocess, so a crash is
this test's failure instead of the end of the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("board_render_many.py")
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_thousands_of_notes_render_to_an_image_many_times_without_crashing():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "3000", "300"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, (
        f"rendering crashed with exit code {result.returncode}:\n{result.stderr[-2000:]}"
    )
    assert "rendered 3000 notes 300 times" in result.stdout
    paints = int(result.stdout.split(",")[-1].split()[0])
    assert paints > 300_000  # Python paint() really ran into the image, many times over
