"""Kill test: a note confirmed in participant mode survives SIGKILL of the app.

A child process types notes into a real ParticipantWindow and prints
"CONFIRMED <text>" when each confirmation shows; the parent kills it with SIGKILL
right after reading a line (after a random number of notes), then opens the file
fresh: every confirmed note is there and the file is intact.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from participant_helpers import make_series

from workshop_app.core.store import WorkshopFile

CHILD = Path(__file__).with_name("kill_child.py")


@pytest.mark.slow
def test_confirmed_notes_survive_sigkill(tmp_path):
    path = tmp_path / "kill.samla"
    ids = make_series(path)
    rng = random.Random(20261128)
    confirmed: list[str] = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for attempt in range(6):
        stop_after = rng.randint(1, 12)
        child = subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                str(path),
                ids["question"],
                ids["workshop"],
                f"k{attempt}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        seen = 0
        try:
            for line in child.stdout:
                assert line.startswith("CONFIRMED "), line
                confirmed.append(line[len("CONFIRMED ") :].rstrip("\n"))
                seen += 1
                if seen >= stop_after:
                    child.send_signal(signal.SIGKILL)
                    break
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(timeout=30)
            stderr = child.communicate()[1]  # reads and closes both pipes
        assert child.returncode == -signal.SIGKILL, stderr
        assert seen == stop_after, stderr

    with WorkshopFile.open(path, readonly=True) as fresh:
        stored = {n["text"] for n in fresh.notes(ids["question"], [ids["workshop"]])}
        check = fresh.db.execute("PRAGMA integrity_check").fetchall()
    assert check == [("ok",)]
    missing = [text for text in confirmed if text not in stored]
    assert not missing, f"confirmed but lost: {missing}"
    assert len(confirmed) >= 6
