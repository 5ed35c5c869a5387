"""Automatic backups of the open file: on open, every few minutes while it changes, on close."""

from __future__ import annotations

import pytest
from merge_helpers import open_file

from workshop_app.core.backups import list_backups
from workshop_app.gui.autobackup import AutoBackup
from workshop_app.gui.session import Session

pytestmark = pytest.mark.gui


@pytest.fixture
def session(laptops):
    wf = open_file(laptops["a"])
    s = Session(wf)
    yield s
    s.wf.close()


def test_autobackup_on_open_while_changing_and_on_close(qtbot, session):
    auto = AutoBackup(session, interval_ms=50)
    with qtbot.waitSignal(auto.made):
        auto.start()
    assert [b.reason for b in list_backups(session.wf.path)] == ["open"]
    with qtbot.assertNotEmitted(auto.made, wait=200):
        pass  # no changes: no backups
    note = session.wf.notes()[0]["id"]
    with qtbot.waitSignal(auto.made, timeout=5_000) as made:
        session.do("edit", lambda wf: wf.update("notes", note, text="changed"))
    with open_file(made.args[0].path) as copy:
        assert copy.get("notes", note)["text"] == "changed"
    session.do("edit", lambda wf: wf.update("notes", note, text="changed again"))
    auto.stop()
    reasons = [b.reason for b in list_backups(session.wf.path)]
    assert reasons[0] == "close" and reasons.count("open") == 1 and "auto" in reasons
