"""The facilitator's PIN: stored only as a salted scrypt hash, checked in constant time,
wrong guesses slowed down, and resettable from the command line without losing notes."""

from __future__ import annotations

import subprocess
import sys

import pytest
from participant_helpers import PIN, make_series

from workshop_app.core import pin
from workshop_app.core.store import WorkshopFile


def _file_bytes(path) -> bytes:
    data = b""
    for suffix in ("", "-wal"):
        try:
            data += (path.parent / (path.name + suffix)).read_bytes()
        except FileNotFoundError:
            pass
    return data


def test_pin_is_not_stored_in_plain_text(tmp_path):
    path = tmp_path / "a.samla"
    make_series(path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, "90210")
        stored = wf.setting(pin.SETTING)
    assert stored.startswith("scrypt$n=16384,r=8,p=1$")
    data = _file_bytes(path)
    assert b"90210" not in data
    assert "90210".encode("utf-16-le") not in data
    assert stored.encode() in data  # the hash is there, the PIN is not


def test_same_pin_in_two_files_gives_different_hashes(tmp_path):
    stored = []
    for name in ("a.samla", "b.samla"):
        make_series(tmp_path / name)
        with WorkshopFile.open(tmp_path / name) as wf:
            pin.set_pin(wf, PIN)
            stored.append(wf.setting(pin.SETTING))
    assert stored[0] != stored[1]
    assert stored[0].split("$")[2] != stored[1].split("$")[2]  # different salts
    assert all(pin.verify_pin(PIN, s) for s in stored)


def test_right_pin_accepted_wrong_refused(tmp_path):
    make_series(tmp_path / "a.samla")
    with WorkshopFile.open(tmp_path / "a.samla") as wf:
        assert not pin.has_pin(wf)
        assert not pin.check_pin(wf, PIN)  # no PIN yet: nothing matches
        pin.set_pin(wf, PIN)
        assert pin.check_pin(wf, PIN)
        assert not pin.check_pin(wf, "4712")
        assert not pin.check_pin(wf, "")
        assert not pin.check_pin(wf, PIN + " ")


def test_too_short_pin_refused():
    with pytest.raises(pin.PinError):
        pin.hash_pin("123")


def test_damaged_hash_reported():
    with pytest.raises(pin.PinError):
        pin.verify_pin(PIN, "scrypt$garbage")


def test_guard_slows_down_after_repeated_wrong_pins():
    now = [100.0]
    guard = pin.PinGuard(free_tries=3, clock=lambda: now[0])
    assert [guard.failed() for _ in range(3)][:2] == [0.0, 0.0]
    assert guard.wait_left() == 2.0  # third wrong PIN: wait
    assert guard.failed() == 4.0
    now[0] += 4.0
    assert guard.wait_left() == 0.0
    assert guard.failed() == 8.0
    guard.succeeded()
    assert guard.wait_left() == 0.0 and guard.failures == 0


def test_reset_pin_command_keeps_every_note(tmp_path):
    path = tmp_path / "a.samla"
    ids = make_series(path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, PIN)
        for i in range(5):
            wf.add_note(ids["question"], ids["workshop"], f"lapp {i}")
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "reset-pin", str(path), "--yes"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "reset" in result.stdout
    with WorkshopFile.open(path) as wf:
        assert not pin.has_pin(wf)
        assert sorted(n["text"] for n in wf.notes()) == [f"lapp {i}" for i in range(5)]
        pin.set_pin(wf, "2468")  # a new PIN can be chosen afterwards
        assert pin.check_pin(wf, "2468")


def test_reset_pin_without_terminal_needs_yes(tmp_path):
    path = tmp_path / "a.samla"
    make_series(path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, PIN)
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "reset-pin", str(path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2
    with WorkshopFile.open(path) as wf:
        assert pin.check_pin(wf, PIN)
