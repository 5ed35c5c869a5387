"""Issue case 12: nothing the command line prints obeys the file it comes from.

A source's series title with `ESC ] 0 ; … BEL` and `ESC [ 2 J` set the terminal's title
and cleared the screen; `conflicts` printed OSC 8 links and cut sequences in half. The
commands run here in a child process, as a user runs them, and their raw output is read.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys

import pytest
from hostile_files import TERMINAL_CONTROL
from merge_helpers import open_file

from workshop_app.core.merge import merge_into

#: Unicode marks that reorder text or break lines, which `terminal.safe` removes too.
REORDERING = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
TITLE = (
    "\x1b]0;Samla: all notes deleted\x07\x1b[2J\x1b[H"
    "Byaträffar\rworkshop-app: 0 notes\n\u202eevil\u202c \x9b31m röd \x1b[5m\x85\x8d"
)
LINK = "\x1b]8;;https://evil.example/\x1b\\Klicka här\x1b]8;;\x1b\\"
#: Longer than the listing shows of a note (60 and 200 characters): the listing cuts it
#: inside an OSC 8 sequence.
NOTE = "Fiber till alla byar " + "\x1b]8;;https://evil.example/" + "x" * 300 + "\x07 och mer"


def _cli(*args, cwd) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        timeout=120,
        cwd=cwd,
    )
    output = (result.stdout + result.stderr).decode("utf-8")
    return output


def _assert_inert(output: str) -> None:
    found = TERMINAL_CONTROL.findall(output) + REORDERING.findall(output)
    assert not found, f"printed {sorted(set(found))!r} in:\n{output!r}"


@pytest.fixture
def hostile_pair(laptops, clock):
    """Laptop b with a hostile series title and a hostile edit of a note a edited too."""
    a, b = laptops["a"], laptops["b"]
    b.write_bytes(a.read_bytes())
    conn = sqlite3.connect(b)
    note_id = conn.execute("SELECT id FROM notes ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("UPDATE series SET title = ?", [TITLE])
    conn.execute(
        "UPDATE notes SET text = ?, updated_at = '2030-03-02T08:00:00+00:00' WHERE id = ?",
        [NOTE, note_id],
    )
    conn.execute("UPDATE workshops SET title = ?", [LINK])
    conn.commit()
    conn.close()
    with open_file(a, clock) as wf:
        wf.update("notes", note_id, text="Vår version " + NOTE)
    return a, b, note_id


def test_merge_prints_a_hostile_series_title_as_plain_text(hostile_pair, tmp_path):
    a, b, _note = hostile_pair
    output = _cli("merge", a, b, cwd=tmp_path)
    _assert_inert(output)
    assert "Byaträffar workshop-app: 0 notes evil röd" in output, output
    assert "conflict(s) wait for a choice" in output


def test_conflicts_prints_links_and_cut_sequences_as_plain_text(hostile_pair, tmp_path, clock):
    a, b, _note = hostile_pair
    with open_file(a, clock) as wf:
        merge_into(wf, b)
    output = _cli("conflicts", a, cwd=tmp_path)
    _assert_inert(output)
    assert "Fiber till alla byar" in output
    # A sequence cut in half by the listing takes nothing after it with it.
    assert re.search(
        r'note "Vår version Fiber till alla byar [^\n]*\n'
        r"    set aside: the version from b\.workshop [^\n]*\n"
        r"    text:\n"
        r'      in the file:   "Vår version Fiber till alla byar [^\n]*\n'
        r'      other version: "Fiber till alla byar [^\n]*\n',
        output,
    ), output
    conflict_id = re.search(r"^([0-9a-f-]{36})  note", output, re.M).group(1)
    settled = _cli("conflicts", a, "--keep", "theirs", conflict_id, cwd=tmp_path)
    _assert_inert(settled)
    assert "put back the version from b.workshop" in settled


def test_check_and_export_print_nothing_from_the_file_raw(hostile_pair, tmp_path):
    _a, b, _note = hostile_pair
    conn = sqlite3.connect(b)
    conn.execute("UPDATE perspectives SET colour = ?", ["\x1b]0;pwned\x07"])
    conn.commit()
    conn.close()
    _assert_inert(_cli("check", b, cwd=tmp_path))
    _assert_inert(_cli("export", b, "--pdf", tmp_path / "r.pdf", cwd=tmp_path))


def test_a_file_name_with_escape_sequences_is_printed_inert(pristine_demo, tmp_path):
    named = tmp_path / "\x1b]0;pwned\x07\x1b[2Jserie.samla"
    named.write_bytes(pristine_demo.read_bytes())
    output = _cli("check", named, cwd=tmp_path)
    _assert_inert(output)
    assert "serie.samla: ok" in output
    output = _cli("export", named, "--json", tmp_path / "\x1b[31mut.json", cwd=tmp_path)
    _assert_inert(output)
    assert "ut.json" in output


def test_a_file_name_with_a_line_break_cannot_forge_a_line(tmp_path):
    named = tmp_path / "serie\nworkshop-app: all notes were deleted.samla"
    named.write_bytes(b"not a workshop file")
    output = _cli("check", named, cwd=tmp_path)
    assert output.count("\n") == 1, output
    assert output.startswith("workshop-app: ") and "not a workshop file" in output
