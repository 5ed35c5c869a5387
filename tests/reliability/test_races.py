"""Issue cases 3 and 4, and two writers: other programs working on the same file.

3. A merge compared against rows read before it took the write lock: another program's
   edit made meanwhile was overwritten and not kept as a conflict.
4. `restore` onto a file another program had open: the writer got 60 acknowledgements
   and none of its notes were in the restored file (they went to the replaced inode).

The other program is a real child process working through the core API.
"""

from __future__ import annotations

import select
import subprocess
import sys
import textwrap

from hostile_files import integrity, run

from workshop_app.core.backups import list_backups, make_backup
from workshop_app.core.merge import conflicts, merge_into
from workshop_app.core.store import WorkshopFile

EDIT = textwrap.dedent(
    """
    import sys
    from workshop_app.core.store import WorkshopFile
    with WorkshopFile.open(sys.argv[1]) as wf:
        wf.update("notes", sys.argv[2], text=sys.argv[3])
    """
)

#: A writer that keeps the file open: "add N" adds N notes and acknowledges each (prints
#: its id once add_note has returned), then prints "done"; "run" adds notes until a line
#: arrives on stdin, prints "marked", adds 60 more and prints "done"; "quit" ends it.
WRITER = textwrap.dedent(
    """
    import select, sys
    from workshop_app.core.store import WorkshopFile
    wf = WorkshopFile.open(sys.argv[1])
    q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
    tag = sys.argv[2]
    print("ready", flush=True)
    n = 0

    def add():
        global n
        n += 1
        print(wf.add_note(q, w, f"{tag} {n}").rows[0].id, flush=True)

    for line in sys.stdin:
        command = line.split()
        if command[0] == "add":
            for _ in range(int(command[1])):
                add()
        elif command[0] == "run":
            while not select.select([sys.stdin], [], [], 0)[0]:
                add()
            sys.stdin.readline()
            print("marked", flush=True)
            for _ in range(60):
                add()
        elif command[0] == "quit":
            break
        print("done", flush=True)
    wf.close()
    """
)


class Writer:
    """Another program with the file open (the child process above)."""

    def __init__(self, path, tag: str):
        self.child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), tag],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.child.stdout.readline().strip() == "ready"

    def send(self, line: str) -> None:
        self.child.stdin.write(line + "\n")
        self.child.stdin.flush()

    def until(self, word: str) -> list[str]:
        ids = []
        for line in self.child.stdout:
            if line.strip() == word:
                return ids
            ids.append(line.strip())
        raise AssertionError(f"the writer ended before {word!r}")

    def add(self, count: int) -> list[str]:
        self.send(f"add {count}")
        return self.until("done")

    def close(self) -> None:
        self.send("quit")
        self.child.wait(timeout=60)
        self.child.stdin.close()
        self.child.stdout.close()
        assert self.child.returncode == 0


def _note_ids(path) -> set[str]:
    with WorkshopFile.open(path, readonly=True) as wf:
        return {n["id"] for n in wf.notes(include_deleted=True)}


def test_an_edit_made_while_a_merge_prepares_is_compared_not_overwritten(laptops):
    a, b = laptops["a"], laptops["b"]
    b.write_bytes(a.read_bytes())
    with WorkshopFile.open(a, readonly=True) as wf:
        note = wf.notes()[0]["id"]
    # Newer than the note in a, so the merge's first comparison takes it; older than the
    # other program's edit to come.
    with WorkshopFile.open(b) as wf:
        wf.update("notes", note, text="Från den andra datorn, alldeles nyss")
    edited = []

    def progress(done: int, total: int, what: str) -> None:
        if what == "writing":  # after the first comparison, before the write lock
            subprocess.run(
                [sys.executable, "-c", EDIT, str(a), note, "Ändrad nyss i ett annat program"],
                check=True,
                timeout=60,
            )
            edited.append(True)

    with WorkshopFile.open(a) as wf:
        report = merge_into(wf, b, progress=progress)
        assert edited, "the other program edited the note while the merge ran"
        assert wf.get("notes", note)["text"] == "Ändrad nyss i ett annat program"
        assert report.counts["notes"].conflicts == 1
        set_aside = [c["theirs"]["text"] for c in conflicts(wf)]
        assert set_aside == ["Från den andra datorn, alldeles nyss"]


def test_notes_written_by_another_program_after_a_restore_are_in_the_restored_file(demo_copy):
    with WorkshopFile.open(demo_copy) as wf:
        backup = make_backup(wf, "manual")
    writer = Writer(demo_copy, "Skriven av det andra programmet")
    try:
        before = writer.add(5)
        code, _out, err = run("restore", backup.path, demo_copy)
        assert code == 0, err
        after = writer.add(60)
    finally:
        writer.close()
    present = _note_ids(demo_copy)
    assert set(after) <= present, f"{len(set(after) - present)} of 60 acknowledged notes lost"
    assert not set(before) & present, "the restore took the file back to the backup"
    kept = [b for b in list_backups(demo_copy) if b.reason == "before-restore"][0]
    assert set(before) <= _note_ids(kept.path), "what the restore replaced is kept"
    assert integrity(demo_copy) == [("ok",)]


def test_a_restore_while_another_program_keeps_adding_notes(demo_copy):
    """Notes written while the restore runs are in the copy it kept or in the restored
    file, and those written after are in the restored file."""
    with WorkshopFile.open(demo_copy) as wf:
        backup = make_backup(wf, "manual")
    writer = Writer(demo_copy, "Skriven under återställningen")
    acknowledged = []
    try:
        writer.send("run")
        for _ in range(10):  # the writer is busy adding notes
            assert select.select([writer.child.stdout], [], [], 30)[0]
            acknowledged.append(writer.child.stdout.readline().strip())
        code, _out, err = run("restore", backup.path, demo_copy)
        assert code == 0, err
        writer.send("mark")  # sent after the restore returned
        acknowledged += writer.until("marked")
        after = writer.until("done")
    finally:
        writer.close()
    assert len(after) == 60
    present = _note_ids(demo_copy)
    assert set(after) <= present
    kept = [b for b in list_backups(demo_copy) if b.reason == "before-restore"][0]
    lost = set(acknowledged) - present - _note_ids(kept.path)
    assert not lost, f"{len(lost)} notes acknowledged during the restore are nowhere"
    assert integrity(demo_copy) == [("ok",)]


def test_two_programs_adding_notes_to_one_file_lose_nothing(demo_copy):
    first = Writer(demo_copy, "Första programmet")
    second = Writer(demo_copy, "Andra programmet")
    try:
        first.send("add 150")
        second.send("add 150")
        acknowledged = first.until("done") + second.until("done")
    finally:
        first.close()
        second.close()
    assert len(set(acknowledged)) == 300
    assert set(acknowledged) <= _note_ids(demo_copy)
    assert integrity(demo_copy) == [("ok",)]
    with WorkshopFile.open(demo_copy, readonly=True) as wf:
        assert wf.note_count() == 145 + 300
        assert len(wf.search_notes("programmet")) == 300, "the search index has them all"
