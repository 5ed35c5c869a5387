"""The facilitator's PIN: a salted scrypt hash kept in this user's own data folder, never
in the workshop file (which travels); an old in-file hash is moved out on open; the
"locked" state outlives the process; wrong guesses are slowed down."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from participant_helpers import PIN, make_series

from workshop_app.core import interchange, pin
from workshop_app.core.store import WorkshopFile

RELEASED = Path(__file__).resolve().parents[1] / "fixtures" / "released_0_1_0"
#: The PIN the released app set in its fixture file (tests/fixtures/released_0_1_0).
RELEASED_PIN = "2468"


def file_bytes(path) -> bytes:
    data = b""
    for suffix in ("", "-wal"):
        try:
            data += Path(str(path) + suffix).read_bytes()
        except FileNotFoundError:
            pass
    return data


def test_the_pin_and_its_hash_stay_out_of_the_file(tmp_path, data_dir):
    path = tmp_path / "a.samla"
    make_series(path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, "90210")
        stored = pin.stored_hash(wf)
        assert wf.setting(pin.SETTING) is None
    assert stored.startswith("scrypt$n=16384,r=8,p=1$")
    data = file_bytes(path)
    assert b"90210" not in data and "90210".encode("utf-16-le") not in data
    assert stored.encode() not in data and stored.split("$")[3].encode() not in data
    records = list((data_dir / "participant").glob("*.json"))
    assert len(records) == 1 and stored in records[0].read_text("utf-8")
    assert "90210" not in records[0].read_text("utf-8")


def test_same_pin_in_two_series_gives_different_hashes(tmp_path):
    stored = []
    for name in ("a.samla", "b.samla"):
        make_series(tmp_path / name)
        with WorkshopFile.open(tmp_path / name) as wf:
            pin.set_pin(wf, PIN)
            stored.append(pin.stored_hash(wf))
    assert stored[0] != stored[1]
    assert stored[0].split("$")[2] != stored[1].split("$")[2]  # different salts
    assert all(pin.verify_pin(PIN, s) for s in stored)


def test_right_pin_accepted_wrong_refused(wf):
    assert not pin.has_pin(wf)
    assert not pin.check_pin(wf, PIN)  # no PIN yet: nothing matches
    pin.set_pin(wf, PIN)
    assert pin.check_pin(wf, PIN)
    assert not pin.check_pin(wf, "4712")
    assert not pin.check_pin(wf, "")
    assert not pin.check_pin(wf, PIN + " ")


def test_a_copy_of_the_file_elsewhere_has_no_pin(tmp_path, wf, series_file, monkeypatch):
    pin.set_pin(wf, PIN)
    monkeypatch.setenv("SAMLA_DATA_DIR", str(tmp_path / "another-laptop"))
    assert not pin.has_pin(wf)


def test_too_short_pin_refused():
    with pytest.raises(pin.PinError):
        pin.hash_pin("123")


@pytest.mark.parametrize(
    "stored",
    ["scrypt$garbage", "md5$n=1,r=1,p=1$AA==$AA==", "scrypt$n=1099511627776,r=8,p=1$AA==$AA=="],
)
def test_damaged_or_hostile_hash_reported(stored):
    with pytest.raises(pin.PinError):
        pin.verify_pin(PIN, stored)


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


def test_an_old_files_pin_moves_out_of_it_on_open(tmp_path):
    path = tmp_path / "pin.samla"
    shutil.copyfile(RELEASED / "pin.samla", path)
    with WorkshopFile.open(path) as wf:
        old = wf.setting(pin.SETTING)
        assert old and pin.verify_pin(RELEASED_PIN, old)
        changes = pin.adopt_file_pin(wf)
        assert "settings" in changes.tables
        assert pin.check_pin(wf, RELEASED_PIN)  # the same PIN still leaves
        assert not wf.setting(pin.SETTING)
        assert pin.adopt_file_pin(wf) == pin.adopt_file_pin(wf)  # nothing more to move
        notes = wf.note_count()
    assert notes > 0
    assert old.split("$")[3].encode() not in file_bytes(path)


def test_a_pin_chosen_here_wins_over_an_old_one_in_the_file(tmp_path):
    path = tmp_path / "pin.samla"
    shutil.copyfile(RELEASED / "pin.samla", path)
    with WorkshopFile.open(path) as wf:
        pin.set_pin(wf, "1357")
        pin.adopt_file_pin(wf)
        assert pin.check_pin(wf, "1357") and not pin.check_pin(wf, RELEASED_PIN)
        assert not wf.setting(pin.SETTING)


def test_export_and_merge_never_carry_settings(tmp_path):
    """Published and merged copies are built from these tables only: no settings, so no
    hash even from an old file that still holds one."""
    path = tmp_path / "pin.samla"
    shutil.copyfile(RELEASED / "pin.samla", path)
    with WorkshopFile.open(path) as wf:
        document = interchange.to_document(wf)
        old = wf.setting(pin.SETTING)
    assert "settings" not in interchange.EXPORTED
    assert old and old not in repr(document)


def test_the_locked_state_outlives_the_process(tmp_path, wf, data_dir):
    store = pin.PinStore()
    series = wf.series()["id"]
    assert store.lock_of(series) is None and store.locked_paths() == []
    store.lock(series, wf.path, "participant", question_id="q", workshop_id="w")
    again = pin.PinStore()  # as a new process would read it
    assert again.lock_of(series) == {
        "path": str(Path(wf.path).resolve()),
        "mode": "participant",
        "question_id": "q",
        "workshop_id": "w",
    }
    assert again.locked_paths() == [Path(wf.path).resolve()]
    again.unlock(series)
    assert pin.PinStore().lock_of(series) is None


def test_a_hostile_series_id_cannot_name_the_record(tmp_path):
    store = pin.PinStore(tmp_path / "store")
    store.set_pin_hash("../../evil", pin.hash_pin(PIN))
    [record] = list((tmp_path / "store").iterdir())
    assert record.parent == tmp_path / "store" and "evil" not in record.name


def test_a_damaged_record_counts_as_no_pin(tmp_path, wf):
    store = pin.PinStore(tmp_path / "store")
    pin.set_pin(wf, PIN, store)
    [record] = list((tmp_path / "store").iterdir())
    record.write_text("{not json", "utf-8")
    assert not pin.has_pin(wf, store)
    pin.set_pin(wf, "2468", store)  # and a new PIN can be chosen
    assert pin.check_pin(wf, "2468", store)


def test_a_lock_on_a_file_replaced_by_another_series_can_be_dropped(tmp_path, wf):
    store = pin.PinStore()
    store.lock(wf.series()["id"], wf.path, "voting", round_id="r")
    store.unlock_path(tmp_path / "elsewhere.samla")
    assert store.locked_paths() == [Path(wf.path).resolve()]
    store.unlock_path(wf.path)
    assert store.locked_paths() == [] and store.lock_of(wf.series()["id"]) is None
