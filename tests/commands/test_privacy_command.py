"""`workshop-app privacy`: lists where personal data is, safely; `--redact` backs up first."""

from __future__ import annotations

import sqlite3

from privacy_helpers import CLEAN_NOTE, make_planted_series, planted_items

from workshop_app import cli
from workshop_app.core.backups import list_backups
from workshop_app.core.store import WorkshopFile


def run(capsys, *args) -> tuple[int, str]:
    code = cli.main([str(a) for a in args])
    return code, capsys.readouterr().out


def test_every_planted_item_is_listed_with_its_table_and_field(tmp_path, capsys, sha256):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    before = sha256(path)
    code, out = run(capsys, "privacy", path)
    assert code == 1  # something was found
    for item in planted_items():
        assert f"»{item}«" in out, item
    assert f"notes.text  {ids['notes'][0]}  name: Ring »Anna Lindqvist« på 070-123 45 67" in out
    assert "lessons.items[1]" in out and "workshops.facilitator" in out
    assert CLEAN_NOTE not in out
    assert sha256(path) == before  # a review changes nothing


def test_a_file_without_personal_data_says_so_and_exits_0(tmp_path, capsys):
    path = tmp_path / "s.workshop"
    with WorkshopFile.create(path, title="Serie") as wf:
        w = wf.add("workshops", title="Träff").rows[0].id
        q = wf.add("questions", text="Vad behöver byn?").rows[0].id
        wf.add_note(q, w, CLEAN_NOTE)
    code, out = run(capsys, "privacy", path)
    assert code == 0 and "no personal data found" in out


def test_printed_file_text_holds_no_escape_sequence_or_control_character(tmp_path, capsys):
    path = tmp_path / "s.workshop"
    hostile = (
        "\x1b]0;pwned\x07\x1b[2J\x1b[31mRing Anna Lindqvist\x1b[0m\r\n"
        "på 070-123 45 67\u202e\x9b31m\x00\x08 nu"
    )
    with WorkshopFile.create(path, title="Serie") as wf:
        w = wf.add("workshops", title="Träff").rows[0].id
        q = wf.add("questions", text="Vad?").rows[0].id
        wf.add_note(q, w, hostile)
    code, out = run(capsys, "privacy", path)
    assert code == 1 and "»Anna Lindqvist«" in out and "»070-123 45 67«" in out
    for line in out.splitlines():
        assert all(ch.isprintable() for ch in line), repr(line)
        assert "pwned" not in line


def test_redact_backs_up_first_then_leaves_none_of_the_planted_items(tmp_path, capsys):
    path = tmp_path / "s.workshop"
    ids = make_planted_series(path)
    code, out = run(capsys, "privacy", path, "--redact")
    assert code == 0, out
    backups = list_backups(path)
    assert len(backups) == 1 and backups[0].reason == "before-redact"
    assert str(backups[0].path) in out
    with WorkshopFile.open(path, readonly=True) as wf:
        texts = {n["id"]: n["text"] for n in wf.notes()}
        everything = repr([wf.rows(t) for t in ("notes", "themes", "examples", "lessons")])
        everything += repr(wf.series()) + repr(wf.workshops())
    assert texts[ids["notes"][0]] == "Ring [namn] på [telefon] om hyrbilen."
    assert texts[ids["clean_note"]] == CLEAN_NOTE
    for item in planted_items():
        assert item not in everything, item
    # the backup still holds them: that is what the message warns about
    conn = sqlite3.connect(backups[0].path)
    try:
        old = conn.execute("SELECT text FROM notes WHERE id = ?", [ids["notes"][0]]).fetchone()
    finally:
        conn.close()
    assert old == ("Ring Anna Lindqvist på 070-123 45 67 om hyrbilen.",)
    code, out = run(capsys, "privacy", path)
    assert code == 0 and "no personal data found" in out


def test_keep_leaves_a_text_alone_when_redacting(tmp_path, capsys):
    path = tmp_path / "s.workshop"
    make_planted_series(path)
    code, out = run(capsys, "privacy", path, "--redact", "--keep", "Johan Karlsson")
    assert code == 0
    with WorkshopFile.open(path, readonly=True) as wf:
        assert wf.workshops()[0]["facilitator"] == "Johan Karlsson"


def test_privacy_runs_as_a_command(tmp_path, cli):
    path = tmp_path / "s.workshop"
    make_planted_series(path)
    result = cli("privacy", path)
    assert result.returncode == 1, result.stderr
    assert "»811218-9876«" in result.stdout
