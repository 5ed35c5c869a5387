"""`workshop-app erase`: asks, backs up, erases, and settles the backups that hold the text."""

from __future__ import annotations

from privacy_helpers import make_planted_series

from workshop_app import cli
from workshop_app.core.backups import list_backups
from workshop_app.core.store import WorkshopFile

TEXT = "Ring Anna Lindqvist på 070-123 45 67 om hyrbilen."


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_without_yes_and_no_terminal_nothing_is_erased(tmp_path, capsys, sha256, monkeypatch):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    before = sha256(path)
    code, out, err = run(capsys, "erase", path, "--note", ids["notes"][0])
    assert code == 2 and "--yes" in err and TEXT in out  # shows what it would erase
    assert sha256(path) == before and list_backups(path) == []


def test_an_unknown_note_id_is_refused_and_nothing_changes(tmp_path, capsys, sha256):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    before = sha256(path)
    code, _, err = run(capsys, "erase", path, "--note", ids["notes"][0], "nope", "--yes")
    assert code == 2 and "no note 'nope'" in err
    assert sha256(path) == before


def test_erase_then_delete_the_backups_that_hold_the_text(tmp_path, capsys):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    note = ids["notes"][0]
    code, out, _ = run(capsys, "erase", path, "--note", note, "--yes")
    assert code == 0 and "Erased 1 note(s)" in out
    [backup] = list_backups(path)
    assert backup.reason == "before-erase" and f"{backup.path} (made just now)" in out
    assert TEXT.encode() in backup.path.read_bytes()
    with WorkshopFile.open(path, readonly=True) as wf:
        assert wf.get("notes", note)["text"] == ""
    assert TEXT.encode() not in path.read_bytes()
    # checked: now the backups go; no new backup is made for notes erased already
    code, out, _ = run(capsys, "erase", path, "--note", note, "--yes", "--delete-old-backups")
    assert code == 0 and "erased already" in out and "Deleted 1 backup(s)" in out
    assert list_backups(path) == []
    code, out, _ = run(capsys, "check", path)
    assert code == 0


def test_erased_notes_are_not_in_a_public_copy(tmp_path, capsys):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    assert run(capsys, "erase", path, "--note", ids["clean_note"], "--yes")[0] == 0
    out = tmp_path / "public.db"
    assert run(capsys, "publish", path, out)[0] == 0
    with WorkshopFile.open(out, readonly=True) as wf:
        assert ids["clean_note"] not in {n["id"] for n in wf.rows("notes", include_deleted=True)}
