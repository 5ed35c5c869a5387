"""`workshop-app reset-pin FILE`: forgets the PIN and the locked state on this computer
(and a hash an older version left in the file) without touching a note."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from participant_helpers import PIN, make_series

from workshop_app.core import pin
from workshop_app.core.store import WorkshopFile

RELEASED = Path(__file__).resolve().parents[1] / "fixtures" / "released_0_1_0"


def reset(path, *extra, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", "reset-pin", str(path), *extra],
        capture_output=True,
        text=True,
        stdin=stdin,
        timeout=60,
    )


def test_reset_pin_forgets_pin_and_lock_and_keeps_every_note(tmp_path):
    path = tmp_path / "a.samla"
    ids = make_series(path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, PIN)
        pin.PinStore().lock(wf.series()["id"], path, "participant")
        for i in range(5):
            wf.add_note(ids["question"], ids["workshop"], f"lapp {i}")
    result = reset(path, "--yes")
    assert result.returncode == 0, result.stderr
    assert "reset" in result.stdout
    with WorkshopFile.open(path) as wf:
        assert not pin.has_pin(wf)
        assert pin.PinStore().lock_of(wf.series()["id"]) is None
        assert pin.PinStore().locked_paths() == []
        assert sorted(n["text"] for n in wf.notes()) == [f"lapp {i}" for i in range(5)]
        pin.set_pin(wf, "2468")  # a new PIN can be chosen afterwards
        assert pin.check_pin(wf, "2468")


def test_reset_pin_blanks_a_hash_left_in_an_old_file(tmp_path):
    path = tmp_path / "pin.samla"
    shutil.copyfile(RELEASED / "pin.samla", path)
    result = reset(path, "--yes")
    assert result.returncode == 0, result.stderr
    with WorkshopFile.open(path) as wf:
        assert not wf.setting(pin.SETTING) and not pin.has_pin(wf)


def test_reset_pin_without_terminal_needs_yes(tmp_path):
    path = tmp_path / "a.samla"
    make_series(path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, PIN)
    result = reset(path, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    with WorkshopFile.open(path) as wf:
        assert pin.check_pin(wf, PIN)
