"""A fork server for the kill tests (test_kill_operations.py): one interpreter that has
imported the app once, and forks a child for every operation to be killed.

Starting a fresh interpreter for each of 150 SIGKILLs would cost most of the test's
time in imports; a forked child is the same program, started in a millisecond. The
child does the operation through the app's own API, writes an acknowledgement line to
its own file after each note is committed (os.write, so nothing is buffered), and exits.

Protocol (one JSON object per line): the test sends {"op": ..., "args": [...],
"ack": path, "data": its data folder}; the server answers {"pid": ...} once the child
runs, then {"status": ...} (the raw wait status) once it has ended, killed or not.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback

from workshop_app.core.backups import make_backup, restore
from workshop_app.core.interchange import export_json, import_json
from workshop_app.core.merge import merge_into
from workshop_app.core.store import WorkshopFile
from workshop_app.report.exporter import export_report


def add(ack: int, path: str) -> None:
    """Open, add a few notes, close; again and again (the kill ends it)."""
    round_no = 0
    while True:
        wf = WorkshopFile.open(path)
        q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
        for i in range(1 + round_no % 5):
            note = wf.add_note(q, w, f"Lapp {os.getpid()}-{round_no}-{i} åäö")
            os.write(ack, f"{note.rows[0].id}\n".encode())
        wf.close()
        round_no += 1


def merge(ack: int, target: str, source: str) -> None:
    with WorkshopFile.open(target) as wf:
        merge_into(wf, source)


def import_(ack: int, source: str, target: str) -> None:
    import_json(source, target).close()


def export(ack: int, path: str, out: str, kind: str) -> None:
    with WorkshopFile.open(path, readonly=True) as wf:
        if kind == "json":
            export_json(wf, out)
        else:
            export_report(wf, **{kind: out})


def backup(ack: int, path: str) -> None:
    """Back the open file up again and again (the kill ends it)."""
    with WorkshopFile.open(path) as wf:
        while True:
            os.write(ack, f"{make_backup(wf, 'manual').path}\n".encode())


def restore_(ack: int, backup_path: str, target: str) -> None:
    restore(backup_path, target)


OPERATIONS = {
    "add": add,
    "merge": merge,
    "import": import_,
    "export": export,
    "backup": backup,
    "restore": restore_,
}


def _child(request: dict) -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.environ["SAMLA_DATA_DIR"] = request["data"]  # the test's own (backups, log)
    ack = os.open(request["ack"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    code = 0
    try:
        OPERATIONS[request["op"]](ack, *request["args"])
        os.write(ack, b"finished\n")
    except BaseException:
        os.write(ack, ("error " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        code = 1
    os._exit(code)


def main() -> None:
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    main()
