"""QUALITY.md 1: a note that was acknowledged survives the process being killed at any moment."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from workshop_app.core.store import WorkshopFile

KILLS = 25

#: Adds notes in a loop through the app's own API and acknowledges each one (prints its id)
#: only after add_note has returned, as the app confirms a note only after it is committed.
WRITER = textwrap.dedent(
    """
    import sys
    from workshop_app.core.store import WorkshopFile
    wf = WorkshopFile.open(sys.argv[1])
    q = [q["id"] for q in wf.questions()]
    w = [w["id"] for w in wf.workshops()]
    print("ready", flush=True)
    i = 0
    while True:
        changes = wf.add_note(q[i % len(q)], w[i % len(w)], f"Lapp {sys.argv[2]}-{i} åäö 👍")
        print(changes.rows[0].id, flush=True)
        i += 1
    """
)


def _run_and_kill(path, round_no: int, delay: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(round_no)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)  # the kill lands at a random moment: that is the test
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        acknowledged = child.stdout.read().split()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return acknowledged


def test_every_acknowledged_note_survives_sigkill_at_random_moments(demo_copy):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    acknowledged: list[str] = []
    for round_no in range(KILLS):
        acknowledged += _run_and_kill(demo_copy, round_no, rng.uniform(0.0, 0.12))
        # The file must be readable and sound after every single kill, not only at the end.
        conn = sqlite3.connect(demo_copy)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], seed
            present = {r[0] for r in conn.execute("SELECT id FROM notes")}
        finally:
            conn.close()
        missing = [i for i in acknowledged if i not in present]
        assert not missing, f"seed {seed}, kill {round_no}: lost acknowledged notes {missing}"
    assert len(acknowledged) > KILLS, "the writer hardly wrote anything; the test proves little"
    with WorkshopFile.open(demo_copy) as wf:
        assert wf.integrity_problems() == []
        assert {i for i in acknowledged} <= {n["id"] for n in wf.notes()}
