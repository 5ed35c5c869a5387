"""File → Backups: the open file's backups listed, one restored after a confirmation."""

from __future__ import annotations

import pytest
from merge_helpers import content_digest, open_file

from workshop_app.core.backups import make_backup
from workshop_app.gui.backups_dialog import BackupsDialog
from workshop_app.gui.session import Session

pytestmark = pytest.mark.gui


@pytest.fixture
def session(laptops):
    wf = open_file(laptops["a"])
    s = Session(wf)
    yield s
    s.wf.close()


def test_backups_dialog_lists_and_restores_with_confirmation(qtbot, session, monkeypatch):
    good = make_backup(session.wf, "open")
    digest = content_digest(session.wf)
    session.do("remove", lambda wf: wf.delete("notes", wf.notes()[0]["id"]))
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    assert [b.path for b in dialog.backups()] == [good.path]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert dialog.restore_button.isEnabled()

    monkeypatch.setattr(dialog, "confirm", lambda backup: False)
    assert not dialog.restore_selected()
    assert content_digest(session.wf) != digest, "declined: nothing restored"

    monkeypatch.setattr(dialog, "confirm", lambda backup: True)
    with qtbot.waitSignal(dialog.restored):
        assert dialog.restore_selected()
    assert content_digest(session.wf) == digest
    assert session.undo_stack.count() == 0
    assert [b.reason for b in dialog.backups()] == ["before-restore", "open"]
