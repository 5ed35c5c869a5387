"""Issue case 6: nothing a killed command leaves grows without bound.

Killed imports and backups left hidden `.part` files (up to 97 MB) that nothing removed,
and the log grew without bound: a 50 MB value in a field wrote a 200 MB error line on
every run. A temporary file of a process that is gone is removed by the next write in
its folder; the log is rotated and no record is longer than a few KB.
"""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from hostile_files import leftovers, run

from workshop_app.core import logs
from workshop_app.core.backups import backup_dir, list_backups, make_backup
from workshop_app.core.interchange import export_json
from workshop_app.core.store import WorkshopFile

#: Runs a command in a child process that stops, as if the machine were slow, right
#: after the temporary file is made and writing into it has begun; the test kills it there.
STOPPED_CHILD = textwrap.dedent(
    """
    import sys, time
    from workshop_app.core import connection, interchange
    from workshop_app.cli import main

    real_connect = connection.connect

    def stop(*args, **kwargs):
        print("writing", flush=True)
        time.sleep(600)

    if sys.argv[1] == "import":
        interchange.write_document = lambda wf, rows: stop()
    elif sys.argv[1] == "backup":
        def connect(path, **kw):
            conn = real_connect(path, **kw)
            if kw.get("create"):
                stop()
            return conn
        connection.connect = connect
        from workshop_app.core.backups import make_backup
        from workshop_app.core.store import WorkshopFile
        make_backup(WorkshopFile.open(sys.argv[2]), "manual")
    elif sys.argv[1] == "export":
        real_write = interchange.write_json
        def write(wf, out):
            out.write(b'{"format": "samla.series", ')
            out.flush()
            stop()
        interchange.write_json = write
    main(sys.argv[1:])
    """
)


def _kill_while_writing(*args) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", STOPPED_CHILD, *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "writing"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL


def test_a_killed_import_leaves_nothing_the_next_write_keeps(pristine_demo, tmp_path):
    folder = tmp_path / "serier"
    folder.mkdir()
    source = tmp_path / "serie.json"
    with WorkshopFile.open(pristine_demo, readonly=True) as wf:
        export_json(wf, source)
    target = folder / "ny.samla"
    _kill_while_writing("import", source, target)
    assert not target.exists()
    assert leftovers(folder), "the killed import left its temporary file"
    code, _out, err = run("import", source, target)  # the retry is the next write there
    assert code == 0, err
    assert leftovers(folder) == []
    with WorkshopFile.open(target) as wf:
        assert wf.note_count() == 145


def test_a_killed_backup_leaves_nothing_the_next_backup_keeps(demo_copy):
    _kill_while_writing("backup", demo_copy)
    folder = backup_dir(demo_copy)
    assert leftovers(folder), "the killed backup left its temporary file"
    assert list_backups(demo_copy) == [], "a half-made backup is never listed"
    with WorkshopFile.open(demo_copy) as wf:
        make_backup(wf, "manual")
    assert leftovers(folder) == []
    assert len(list_backups(demo_copy)) == 1


def test_a_killed_export_leaves_the_earlier_export_and_nothing_else(pristine_demo, tmp_path):
    out = tmp_path / "serie.json"
    out.write_bytes(b"the earlier export")
    _kill_while_writing("export", pristine_demo, "--json", out)
    assert out.read_bytes() == b"the earlier export"
    assert leftovers(tmp_path)
    code, _out, err = run("export", pristine_demo, "--markdown", tmp_path / "rapport.md")
    assert code == 0, err
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------------- the log


@pytest.fixture
def fresh_log(data_dir):
    """The app's logger, writing to this test's data folder."""
    log = logging.getLogger("samla")
    saved = log.handlers[:]
    log.handlers.clear()
    yield logs.log_file()
    for handler in log.handlers:
        handler.close()
    log.handlers[:] = saved


def _raise(message: str) -> BaseException:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return exc


def test_an_error_carrying_50_mb_writes_a_few_kb(fresh_log):
    logs.log_exception(_raise("å" * 50_000_000))
    size = fresh_log.stat().st_size
    assert size < 3 * logs.MAX_RECORD, size
    text = fresh_log.read_text("utf-8")
    assert "unexpected error" in text and "characters left out" in text
    assert "ValueError" in text, "the end of the traceback stays"


def test_the_log_stays_within_its_bound_however_many_errors(fresh_log):
    for i in range(1500):
        logs.log_exception(_raise(f"fel nummer {i} " + "x" * 3000))
    files = sorted(fresh_log.parent.glob("samla.log*"))
    assert len(files) <= logs.LOG_BACKUPS + 1
    total = sum(f.stat().st_size for f in files)
    assert total <= (logs.LOG_BACKUPS + 1) * (logs.MAX_LOG_BYTES + 3 * logs.MAX_RECORD)
    assert "fel nummer 1499" in fresh_log.read_text("utf-8"), "the newest error is kept"


def test_a_log_that_cannot_be_written_stays_silent(fresh_log, capsys):
    class FullDisk(io.StringIO):
        def write(self, _text):
            raise OSError(28, "No space left on device")

    logs.logger()
    handler = logging.getLogger("samla").handlers[0]
    real, handler.stream = handler.stream, FullDisk()
    try:
        logs.log_exception(_raise("on a full disk"))
    finally:
        handler.stream = real  # closed with the handler
    assert capsys.readouterr().err == ""


def test_the_command_line_says_an_unexpected_error_in_one_short_line(fresh_log, monkeypatch):
    from workshop_app.commands import check

    def explode(args):
        raise ValueError("blob: " + "\n".join(["ff" * 1000] * 25_000))  # 50 MB

    monkeypatch.setattr(check, "run", explode)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    from workshop_app.cli import main

    assert main(["check", "whatever.samla"]) == 1
    line = err.getvalue()
    assert line.count("\n") == 1 and len(line) < 600, len(line)
    assert "unexpected error" in line and str(fresh_log) in line
