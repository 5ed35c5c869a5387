"""The automatic backups never hold up the window: the one on open waits for the first
frame, and both it and the periodic ones are made on a thread of their own, through a
connection of their own."""

from __future__ import annotations

import threading
import time

import pytest
from merge_helpers import open_file

from workshop_app.core.backups import list_backups
from workshop_app.gui import autobackup
from workshop_app.gui.autobackup import AutoBackup
from workshop_app.gui.session import Session

pytestmark = pytest.mark.gui


@pytest.fixture
def session(laptops):
    s = Session(open_file(laptops["a"]))
    yield s
    s.wf.close()


@pytest.fixture
def made_where(monkeypatch):
    """Each backup's thread and the connection it read from."""
    seen = []
    real = autobackup.make_backup

    def recording(wf, reason="manual", now=None):
        seen.append((reason, threading.current_thread(), wf, time.perf_counter()))
        return real(wf, reason, now)

    monkeypatch.setattr(autobackup, "make_backup", recording)
    return seen


def test_the_backup_on_open_comes_after_start_returns_and_off_the_gui_thread(
    qtbot, session, made_where
):
    auto = AutoBackup(session, open_delay_ms=400)
    started = time.perf_counter()
    auto.start()
    with qtbot.waitSignal(auto.made, timeout=5000) as made:
        pass
    assert made.args[0].reason == "open"
    ((reason, thread, copy, when),) = made_where
    assert when - started >= 0.3  # not before the delay (a coarse timer may come early)
    assert thread is not threading.main_thread()
    assert copy is not session.wf and copy.readonly  # its own, read-only connection
    with open_file(made.args[0].path) as backup:
        assert len(backup.notes()) == len(session.wf.notes())
    auto.stop()


def test_periodic_backups_are_off_the_gui_thread_and_close_waits_for_them(
    qtbot, session, made_where
):
    auto = AutoBackup(session, interval_ms=30, open_delay_ms=0)
    with qtbot.waitSignal(auto.made, timeout=5000):
        auto.start()
    note = session.wf.notes()[0]["id"]
    with qtbot.waitSignal(auto.made, timeout=5000) as made:
        session.do("edit", lambda wf: wf.update("notes", note, text="ändrad"))
    assert made.args[0].reason == "auto"
    assert made_where[-1][1] is not threading.main_thread()
    with open_file(made.args[0].path) as copy:
        assert copy.get("notes", note)["text"] == "ändrad"
    # A change, and the file closes while a backup may be under way: stop() waits for it
    # and then makes the one on close, with the change, before the file closes.
    session.do("edit", lambda wf: wf.update("notes", note, text="ändrad igen"))
    qtbot.waitUntil(lambda: auto.busy or not auto.dirty, timeout=5000)
    session.do("edit", lambda wf: wf.update("notes", note, text="sista"))
    auto.stop()
    assert not auto.busy
    newest = list_backups(session.wf.path)[0]
    assert newest.reason == "close"
    with open_file(newest.path) as copy:
        assert copy.get("notes", note)["text"] == "sista"


def test_a_file_closed_before_its_open_backup_still_gets_it(qtbot, session):
    auto = AutoBackup(session, open_delay_ms=60_000)
    auto.start()
    auto.stop()  # closed at once, nothing changed
    assert [b.reason for b in list_backups(session.wf.path)] == ["open"]


def test_an_erasure_sees_a_backup_being_made_meanwhile(qtbot, session, monkeypatch):
    """A backup whose snapshot was taken before notes were erased holds their text: the
    erasure lists it, however long it takes to be written."""
    import threading as t

    from workshop_app.core import backups, erasure

    started, release = t.Event(), t.Event()
    real = backups.copy_database

    def slow_copy(conn, target, mode):
        conn.execute("SELECT count(*) FROM notes").fetchone()
        started.set()
        assert release.wait(10)
        return real(conn, target, mode)

    monkeypatch.setattr(backups, "copy_database", slow_copy)
    auto = AutoBackup(session, open_delay_ms=0)
    auto.start()
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the open backup is under way
    note = session.wf.notes()[0]
    t.Timer(0.3, release.set).start()
    report = erasure.erase(session.wf, [note["id"]], backup=False)
    assert "open" in [b.reason for b in report.holding]
    auto.stop()
