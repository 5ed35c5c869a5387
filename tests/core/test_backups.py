"""Automatic backups: made with the online backup API, thinned, restored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from merge_helpers import content_digest, open_file, row_counts

from workshop_app.core import errors
from workshop_app.core.backups import (
    MAX_BACKUPS,
    Backup,
    backup_dir,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
    thin,
)

NOW = datetime(2030, 6, 15, 12, 0, tzinfo=UTC)


def fake(when: datetime) -> Backup:
    return Backup(when, Path(f"/b/{when.isoformat()}.workshop"), "auto", 1)


def test_thinning_keeps_recent_then_hourly_daily_weekly():
    # one backup every 10 minutes for 60 days
    backups = [fake(NOW - timedelta(minutes=10 * i)) for i in range(60 * 24 * 6)]
    kept = thin(backups, NOW)
    ages = [NOW - b.when for b in kept]
    assert ages == sorted(ages), "newest first"
    last_hour = [a for a in ages if a < timedelta(hours=1)]
    assert len(last_hour) == 6, "every backup of the last hour"
    day = [a for a in ages if timedelta(hours=1) <= a < timedelta(days=1)]
    assert 22 <= len(day) <= 24, "about one per hour for a day"
    fortnight = [a for a in ages if timedelta(days=1) <= a < timedelta(days=14)]
    assert 12 <= len(fortnight) <= 14, "about one per day for two weeks"
    older = [a for a in ages if a >= timedelta(days=14)]
    assert 6 <= len(older) <= 8, "about one per week beyond"
    assert len(kept) <= MAX_BACKUPS


def test_thinning_is_stable_as_time_passes():
    backups = [fake(NOW - timedelta(minutes=7 * i)) for i in range(2000)]
    kept = thin(backups, NOW)
    later = NOW + timedelta(hours=3)
    assert set(thin(kept, later)) == set(thin(backups, later)), "thinning twice = thinning once"


def test_thinning_never_exceeds_the_maximum():
    backups = [fake(NOW - timedelta(weeks=i)) for i in range(200)]
    assert len(thin(backups, NOW)) == MAX_BACKUPS
    assert thin(backups, NOW)[0].when == NOW


def test_backups_are_made_listed_and_thinned_with_a_fixed_clock(laptops):
    with open_file(laptops["a"]) as wf:
        for minutes in range(0, 180, 10):  # three hours of backups every ten minutes
            make_backup(wf, "auto", NOW + timedelta(minutes=minutes))
        backups = list_backups(laptops["a"])
    last = NOW + timedelta(minutes=170)
    assert backups[0].when == last
    assert all(b.path.parent == backup_dir(laptops["a"]) for b in backups)
    assert {b.reason for b in backups} == {"auto"}
    # the last hour (6) plus one for each of the two hours before it
    assert len(backups) == 6 + 2
    assert backups == thin(backups, last)


def test_backup_folder_is_under_the_data_folder_and_names_the_file(laptops, data_dir):
    folder = backup_dir(laptops["a"])
    assert folder.parent == data_dir / "backups"
    assert folder.name.startswith("a-")
    assert backup_dir(laptops["a"]) != backup_dir(laptops["b"])


def test_a_backup_is_a_complete_workshop_file(laptops):
    with open_file(laptops["a"]) as wf:
        wf.add_note(wf.questions()[0]["id"], wf.workshops()[0]["id"], "written just now")
        wal = laptops["a"].with_name("a.workshop-wal")
        assert wal.stat().st_size > 0, "the new note is still in the write-ahead log"
        backup = make_backup(wf, "open", NOW)
        digest = content_digest(wf)
        # the file is still open and in WAL mode, yet the backup holds the latest note
        with open_file(backup.path) as copy:
            assert content_digest(copy) == digest
            assert copy.integrity_problems() == []


def test_restore_gives_identical_content_and_keeps_the_current_file(laptops):
    with open_file(laptops["a"]) as wf:
        digest, counts = content_digest(wf), row_counts(wf)
        good = make_backup(wf, "open", NOW)
        wf.add_note(wf.questions()[0]["id"], wf.workshops()[0]["id"], "a mistake")
        mistake = content_digest(wf)
    kept = restore(good, laptops["a"], NOW + timedelta(minutes=1))
    assert kept.reason == "before-restore"
    with open_file(laptops["a"]) as wf:
        assert content_digest(wf) == digest
        assert row_counts(wf) == counts
    with open_file(kept.path) as before:
        assert content_digest(before) == mistake, "the replaced file is kept as a backup"
    assert [b.reason for b in list_backups(laptops["a"])] == ["before-restore", "open"]


def test_a_damaged_file_is_kept_and_the_newest_good_backup_restored(laptops):
    with open_file(laptops["a"]) as wf:
        good = make_backup(wf, "open", NOW)
        digest = content_digest(wf)
        bad = make_backup(wf, "auto", NOW + timedelta(minutes=5))
    bad.path.write_bytes(bad.path.read_bytes()[:5000])  # a damaged backup
    data = laptops["a"].read_bytes()
    laptops["a"].write_bytes(data[: len(data) // 2])  # the file itself is damaged
    with pytest.raises(errors.CorruptFile):
        open_file(laptops["a"])
    assert newest_good_backup(laptops["a"]) == list_backups(laptops["a"])[1] == good
    kept = restore(newest_good_backup(laptops["a"]), laptops["a"], NOW + timedelta(minutes=9))
    assert kept.reason == "damaged"
    assert kept.path.read_bytes() == data[: len(data) // 2], "the damaged file is kept as it was"
    with open_file(laptops["a"]) as wf:
        assert content_digest(wf) == digest


def test_a_damaged_backup_is_not_restored(laptops, tmp_path):
    broken = tmp_path / "broken.workshop"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = laptops["a"].read_bytes()
    with pytest.raises(errors.CorruptFile):
        restore(broken, laptops["a"])
    assert laptops["a"].read_bytes() == before


def test_backups_use_the_backup_api_not_a_file_copy(laptops, monkeypatch):
    import shutil

    def no_copy(*args, **kwargs):
        raise AssertionError("a live workshop file must not be copied")

    monkeypatch.setattr(shutil, "copyfile", no_copy)
    monkeypatch.setattr(shutil, "copy2", no_copy)
    with open_file(laptops["a"]) as wf:
        make_backup(wf, "open", NOW)
    restore(list_backups(laptops["a"])[0], laptops["a"], NOW + timedelta(minutes=1))
    assert len(list_backups(laptops["a"])) == 2


def test_cli_lists_and_restores_backups(laptops, capsys):
    from workshop_app.cli import main

    with open_file(laptops["a"]) as wf:
        backup = make_backup(wf, "open", NOW)
        digest = content_digest(wf)
        wf.delete("notes", wf.notes()[0]["id"])
    assert main(["backups", str(laptops["a"])]) == 0
    out = capsys.readouterr().out
    assert "open" in out and str(backup.path) in out and "KB" in out
    assert main(["restore", str(backup.path), str(laptops["a"])]) == 0
    assert "kept as" in capsys.readouterr().out
    with open_file(laptops["a"]) as wf:
        assert content_digest(wf) == digest


def test_cli_check_names_foreign_key_problems_and_offers_a_backup(laptops, capsys):
    from workshop_app.cli import main

    with open_file(laptops["a"]) as wf:
        make_backup(wf, "open", NOW)
        note = wf.notes()[0]["id"]
    conn = sqlite3.connect(laptops["a"])
    conn.execute("UPDATE notes SET theme_id = 'gone' WHERE id = ?", [note])
    conn.commit()
    conn.close()
    assert main(["check", str(laptops["a"])]) == 1
    out = capsys.readouterr().out
    assert (
        f"notes row '{note}': theme_id = 'gone' points to a themes row that does not exist" in out
    )
    assert "workshop-app restore" in out


def test_every_backup_of_a_busy_day_thins_to_a_stable_set(laptops):
    """Backups every few minutes through a day: what is kept is what `thin` says."""
    with open_file(laptops["a"]) as wf:
        when = NOW
        for _ in range(40):
            when += timedelta(minutes=37)
            make_backup(wf, "auto", when)
    kept = list_backups(laptops["a"])
    assert kept == thin(kept, when)
    assert kept[0].when == when
    assert len(kept) < 40


def test_a_backup_made_by_samla_0_1_is_listed_and_restores(laptops, tmp_path):
    """0.1 named its backups .workshop; this version names them .samla and reads both."""
    released = Path(__file__).resolve().parents[1] / "fixtures" / "released_0_1_0"
    folder = backup_dir(laptops["a"])
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "20261102T090000000000Z-open.workshop"
    old.write_bytes((released / "pin-backup.samla").read_bytes())
    with open_file(laptops["a"]) as wf:
        new = make_backup(wf, "manual")
    assert new.path.suffix == ".samla"
    listed = list_backups(laptops["a"])
    assert [b.path for b in listed] == [new.path, old]
    restore(listed[-1], laptops["a"])
    with open_file(laptops["a"]) as wf:
        assert wf.note_count() == 145  # the demo series the old backup held
