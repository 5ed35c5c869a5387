"""Issue case 2: on a full disk every command leaves its target as it was or absent,
never truncated, says so in one line, and works again once there is room.

0.1.0 left a truncated file at the target of `demo`, `import` and `new` ("is truncated.
Restore it from a backup."; a retry then said "already exists"), and `close()` moved a
new file into place without the write-ahead log that held its data.

Two real limits, no mock of the disk:

- `RLIMIT_FSIZE` in a child process (SIGXFSZ ignored): no file may grow past the limit,
  so every write beyond it fails as on a full disk (SQLite reports a disk I/O error);
  works for any user on Linux, in CI too.
- a small tmpfs, mounted when the tests run as root and may mount (skipped otherwise:
  a container without CAP_SYS_ADMIN), filled up to a few KB: a real ENOSPC, and a
  limit on the whole disk rather than on each file.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from hostile_files import digest, leftovers
from merge_helpers import content_digest

from workshop_app.core import inspection
from workshop_app.core.backups import list_backups
from workshop_app.core.store import WorkshopFile

#: Runs each command line given (JSON) through the CLI in this one process, under
#: whatever limit the process was started with; prints each exit code and stderr.
RUNNER = textwrap.dedent(
    """
    import contextlib, io, json, sys
    from workshop_app.cli import main
    results = []
    for argv in json.loads(sys.argv[1]):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            if argv[0] == "backup":
                from workshop_app.core.backups import make_backup
                from workshop_app.core.errors import WorkshopFileError
                from workshop_app.core.store import WorkshopFile
                try:
                    with WorkshopFile.open(argv[1]) as wf:
                        make_backup(wf, "manual")
                    code = 0
                except WorkshopFileError as exc:
                    print(f"workshop-app: {exc}", file=sys.stderr)
                    code = 2
            else:
                code = main(argv)
        results.append([code, err.getvalue()])
    print(json.dumps(results))
    """
)
#: Command -> the file it writes. Every command writes in its own folder.
COMMANDS = ("demo", "new", "import", "merge", "backup", "restore", "json", "pdf", "csv")


def _limited(limit: int | None):
    def start() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return start if limit is not None else None


def _run_all(argvs: list[list[str]], env: dict, limit: int | None = None) -> list:
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, json.dumps(argvs)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        preexec_fn=_limited(limit),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


class Workbench:
    """One folder per command, with its inputs, and what each target holds before."""

    def __init__(self, root: Path, inputs: dict[str, Path]):
        self.root = root
        self.data = root / "data"
        self.env = {**os.environ, "SAMLA_DATA_DIR": str(self.data)}
        self.targets: dict[str, Path] = {}
        self.argv: dict[str, list[str]] = {}
        self.before: dict[str, object] = {}
        for command in COMMANDS:
            (root / command).mkdir(parents=True)
        f = {c: root / c for c in COMMANDS}
        self._target("demo", f["demo"] / "demo.samla", ["demo"])
        self._target("new", f["new"] / "ny.samla", ["new"])
        json_in = shutil.copy(inputs["json"], f["import"] / "serie.json")
        self._target("import", f["import"] / "importerad.samla", ["import", json_in])
        merged = shutil.copy(inputs["small"], f["merge"] / "mål.samla")
        source = shutil.copy(inputs["demo"], f["merge"] / "källa.samla")
        self._target("merge", merged, ["merge", merged, source], before=_content(merged))
        backed = shutil.copy(inputs["demo"], f["backup"] / "säkrad.samla")
        self._target("backup", backed, ["backup", backed], before=None)
        restored = shutil.copy(inputs["small"], f["restore"] / "återställd.samla")
        old = shutil.copy(inputs["demo"], f["restore"] / "kopia.workshop")
        self._target("restore", restored, ["restore", old, restored], before=_content(restored))
        exported = shutil.copy(inputs["demo"], root / "export.samla")
        for kind in ("json", "pdf", "csv"):
            out = f[kind] / f"rapport.{kind}"
            out.write_bytes(b"the earlier export")
            self._target(kind, out, ["export", exported, f"--{kind}", out], before=digest(out))

    def _target(self, command, path, argv, before=...) -> None:
        path = Path(path)
        self.targets[command] = path
        self.argv[command] = [str(a) for a in (argv + [path] if before is ... else argv)]
        self.before[command] = None if before is ... else before

    def backups(self, path: Path) -> list[Path]:
        """The backups of `path` in this workbench's data folder."""
        saved = os.environ["SAMLA_DATA_DIR"]
        os.environ["SAMLA_DATA_DIR"] = str(self.data)
        try:
            return [b.path for b in list_backups(path)]
        finally:
            os.environ["SAMLA_DATA_DIR"] = saved

    def run(self, limit: int | None = None, commands=COMMANDS) -> dict[str, tuple[int, str]]:
        results = _run_all([self.argv[c] for c in commands], self.env, limit)
        return dict(zip(commands, map(tuple, results), strict=True))

    def failed(self, results: dict[str, tuple[int, str]]) -> list[str]:
        """The commands that failed (each checked: its target as before, or done)."""
        return [
            c for c, (code, err) in results.items() if self.assert_as_before_or_done(c, code, err)
        ]

    def retry(self, commands: list[str]) -> None:
        """With room again, what failed works."""
        for command, (code, err) in self.run(None, commands).items():
            assert code == 0, f"retry of {command}: {err}"
            self.assert_done(command)

    def assert_as_before_or_done(self, command: str, code: int, err: str) -> bool:
        """The target holds the old state or the new one, whole; returns whether it failed."""
        target = self.targets[command]
        folder = target.parent
        assert leftovers(folder) == [], (command, leftovers(folder))
        if self.data.exists():
            for sub in self.data.glob("backups/*"):
                assert leftovers(sub) == [], (command, leftovers(sub))
                for backup in list_backups_in(sub):
                    assert inspection.is_good(backup), f"{command}: a broken backup {backup}"
        if code == 0:
            self.assert_done(command)
            return False
        assert code == 2, (command, err)
        assert len(err.strip().splitlines()) == 1, (command, err)
        assert "unexpected" not in err and "Traceback" not in err, (command, err)
        assert ".part" not in err, f"{command} named its temporary file: {err}"
        if command in ("demo", "new", "import"):
            assert not target.exists(), f"{command} left {target.name} behind"
        elif command in ("merge", "restore"):
            assert _content(target) == self.before[command], f"{command} changed its target"
        elif command == "backup":
            assert self.backups(target) == [], "no half-made backup is listed"
        else:
            assert digest(target) == self.before[command], f"export {command} broke its target"
        return True

    def assert_done(self, command: str) -> None:
        target = self.targets[command]
        if command in ("demo", "new", "import", "merge", "restore"):
            inspection.inspect(target)
            assert _content(target) != self.before[command]
        elif command == "backup":
            assert [inspection.is_good(b) for b in self.backups(target)] == [True]
        else:
            data = target.read_bytes()
            assert data != b"the earlier export"
            if command == "json":
                json.loads(data)
            elif command == "pdf":
                assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
            else:
                assert data.decode("utf-8").count("\n") > 100


def list_backups_in(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".workshop")]


def _content(path: Path) -> str | None:
    if not path.exists():
        return None
    with WorkshopFile.open(path, readonly=True) as wf:
        return content_digest(wf)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, pristine_demo) -> dict[str, Path]:
    from workshop_app.core.interchange import export_json
    from workshop_app.core.templates import new_series_from_preset

    folder = tmp_path_factory.mktemp("inputs")
    small = folder / "small.samla"
    new_series_from_preset(small, "smarta-landsbygder").close()
    with WorkshopFile.open(pristine_demo, readonly=True) as wf:
        export_json(wf, folder / "serie.json")
    return {"demo": pristine_demo, "small": small, "json": folder / "serie.json"}


#: File size limits, from "nothing fits" to "small files fit, the demo does not".
FSIZE_LIMITS = (0, 40_000, 150_000)


def test_every_command_under_a_file_size_limit(inputs, tmp_path):
    stopped = set()
    for limit in FSIZE_LIMITS:
        bench = Workbench(tmp_path / f"limit-{limit}", inputs)
        failed = bench.failed(bench.run(limit))
        stopped.update(failed)
        bench.retry(failed)
    assert stopped == set(COMMANDS), f"each command must have met the limit: {stopped}"


# ------------------------------------------------------------------- a real full disk


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory):
    """A 12 MB tmpfs (root only); skipped where mounting is not allowed."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    point = tmp_path_factory.mktemp("disk")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12m,mode=0700", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _fill(disk: Path, free: int) -> Path:
    """Leave about `free` bytes on the disk."""
    filler = disk / "filler"
    stats = os.statvfs(disk)
    available = stats.f_bavail * stats.f_frsize
    with filler.open("wb") as fh:
        fh.truncate(0)
        fh.write(b"\0" * max(0, available - free))
    return filler


@pytest.mark.parametrize("free", [8_192, 700_000])
def test_every_command_on_a_full_disk(inputs, small_disk, free):
    root = small_disk / f"free-{free}-{uuid.uuid4().hex[:6]}"
    bench = Workbench(root, inputs)
    filler = _fill(small_disk, free)
    try:
        results = bench.run()
    finally:
        filler.unlink()
    failed = bench.failed(results)
    assert failed, "the disk was not full enough to stop anything"
    bench.retry(failed)
    shutil.rmtree(root)


# --------------------------------------------------------------- the disk fills at close


CLOSE_CHILD = textwrap.dedent(
    """
    import os, resource, signal, sys
    from workshop_app.core.store import WorkshopFile
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    path = sys.argv[1]
    wf = WorkshopFile.open(path)
    q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
    for i in range(150):
        print(wf.add_note(q, w, f"Lapp {i} " + "å" * 1500).rows[0].id, flush=True)
    # The disk fills up now: the file may not grow, so the log cannot be folded in.
    size = os.path.getsize(path)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))
    wf.close()
    print("closed", flush=True)
    """
)


def test_a_full_disk_at_close_keeps_the_log_that_holds_the_notes(demo_copy):
    result = subprocess.run(
        [sys.executable, "-c", CLOSE_CHILD, str(demo_copy)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split()
    assert lines[-1] == "closed"
    acknowledged = set(lines[:-1])
    wal = Path(f"{demo_copy}-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the log still holds the notes"
    conn = sqlite3.connect(demo_copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {r[0] for r in conn.execute("SELECT id FROM notes")}
    finally:
        conn.close()
    assert acknowledged <= present


NEW_FILE_CHILD = textwrap.dedent(
    """
    import os, resource, signal, sys
    from workshop_app.core import connection
    from workshop_app.cli import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    real_connect = connection.connect

    class FillsAtClose:
        # The new file's connection; the disk fills up just as it is closed.
        def __init__(self, conn, path):
            self._conn, self._path = conn, path
        def __getattr__(self, name):
            return getattr(self._conn, name)
        def close(self):
            size = os.path.getsize(self._path)
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))
            try:
                self._conn.close()
            finally:
                resource.setrlimit(
                    resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY)
                )

    def connect(path, **kw):
        conn = real_connect(path, **kw)
        return FillsAtClose(conn, path) if kw.get("create") else conn

    connection.connect = connect
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.parametrize("command", ["demo", "new"])
def test_a_full_disk_when_a_new_file_is_closed_leaves_it_whole_or_absent(tmp_path, command):
    target = tmp_path / "ny.samla"
    result = subprocess.run(
        [sys.executable, "-c", NEW_FILE_CHILD, command, str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SAMLA_DATA_DIR": str(tmp_path / "data")},
    )
    assert "unexpected" not in result.stderr, result.stderr
    if target.exists():
        inspection.inspect(target)
        assert result.returncode == 0, result.stderr
    assert leftovers(tmp_path) == []
