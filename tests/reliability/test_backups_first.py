"""Issue case 5: every bulk change makes a backup first, and thinning keeps the history.

CLI `merge`, `conflicts --keep`, the GUI's merge and restore made no backup first, and a
burst of backups (a file reopened again and again) pushed every older backup out.
(`reset-pin` is being reworked: the PIN leaves the file.)
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hostile_files import run
from merge_helpers import content_digest, open_file

from workshop_app.core.backups import (
    TIERS,
    Backup,
    list_backups,
    make_backup,
    thin,
)
from workshop_app.core.merge import merge_into
from workshop_app.core.store import WorkshopFile

NOW = datetime(2030, 6, 15, 12, 0, tzinfo=UTC)


def _digest(path) -> str:
    with WorkshopFile.open(path, readonly=True) as wf:
        return content_digest(wf)


def _only_backup(path, reason: str) -> Path:
    found = [b for b in list_backups(path) if b.reason == reason]
    assert len(found) == 1, [b.reason for b in list_backups(path)]
    return found[0].path


def test_a_merge_keeps_the_target_as_it_was_first(laptops):
    """The CLI and the GUI's import dialog both merge through `merge_into`."""
    before = _digest(laptops["a"])
    code, _out, err = run("merge", laptops["a"], laptops["b"])
    assert code == 0, err
    assert _digest(_only_backup(laptops["a"], "before-merge")) == before
    assert _digest(laptops["a"]) != before
    with open_file(laptops["a"]) as wf:
        merge_into(wf, laptops["c"], progress=lambda *_: None)
    assert len([b for b in list_backups(laptops["a"]) if b.reason == "before-merge"]) == 2


def test_settling_conflicts_keeps_the_file_as_it_was_first(laptops, clock):
    a, b = laptops["a"], laptops["b"]
    b.write_bytes(a.read_bytes())
    with open_file(a, clock) as wf:
        note = wf.notes()[0]["id"]
        wf.update("notes", note, text="Vår version")
    with open_file(b, clock) as wf:
        clock.tick(minutes=1)
        wf.update("notes", note, text="Deras version")
    with open_file(a, clock) as wf:
        merge_into(wf, b)
        conflict = wf.merge_conflicts()[0]["id"]
    before = _digest(a)
    code, _out, err = run("conflicts", a, "--keep", "ours", conflict)
    assert code == 0, err
    assert _digest(_only_backup(a, "before-conflicts")) == before


def test_a_restore_keeps_the_file_as_it_was_first(laptops):
    a = laptops["a"]
    with open_file(a) as wf:
        backup = make_backup(wf, "manual")
        wf.add_note(wf.questions()[0]["id"], wf.workshops()[0]["id"], "Skriven efter kopian")
    before = _digest(a)
    code, _out, err = run("restore", backup.path, a)
    assert code == 0, err
    assert _digest(_only_backup(a, "before-restore")) == before
    assert _digest(a) == _digest(backup.path)


def _fake(when: datetime) -> Backup:
    return Backup(when, Path(f"/b/{when.isoformat()}.workshop"), "open", 1)


def test_a_burst_of_backups_never_pushes_the_older_history_out():
    history = [_fake(NOW - timedelta(hours=6 * i)) for i in range(4, 4 * 120)]  # 120 days
    burst = [_fake(NOW - timedelta(seconds=3 * i)) for i in range(600)]  # reopened 600 times
    older = [b for b in history if NOW - b.when >= TIERS[0][0]]
    alone = set(thin(history, NOW)) & set(older)
    kept = thin(history + burst, NOW)
    assert set(kept) & set(older) == alone, "the burst changes nothing older than an hour"
    days = {(NOW - b.when).days for b in kept}
    assert set(range(1, 14)) <= days, "one a day for two weeks"
    weeks = {(NOW - b.when).days // 7 for b in kept}
    assert set(range(2, 17)) <= weeks, "one a week beyond, back to the oldest"
    assert min(b.when for b in kept) == min(b.when for b in history)


def test_reopening_a_file_again_and_again_keeps_its_older_backups(laptops):
    a = laptops["a"]
    with open_file(a) as wf:
        for days in (30, 20, 10, 3, 2, 1):
            make_backup(wf, "open", NOW - timedelta(days=days))
        for seconds in range(80):
            make_backup(wf, "open", NOW + timedelta(seconds=seconds))
    ages = {(NOW - b.when).days for b in list_backups(a)}
    assert {30, 20, 10, 3, 2, 1} <= ages
