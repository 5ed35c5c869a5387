"""SIGKILL at random moments during add, merge, import, export, backup and restore.

For each operation at least `KILLS` kills land while it runs (rounds where it finished
first do not count). After every kill: every acknowledged note is in the file,
`PRAGMA integrity_check` is ok, the target holds the old state or the new one (never a
mix, never a broken file), no backup that is listed is broken, and at the end a
temporary `.part` file left by a killed process is gone after the next write in its
folder. The children are forked from one server process (kill_server.py), so 150 kills
cost about as much as a few interpreters; the seed is in every failure message.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_files import digest, leftovers
from merge_helpers import content_digest

from workshop_app.core import inspection
from workshop_app.core.backups import backup_dir, list_backups, make_backup
from workshop_app.core.interchange import export_json
from workshop_app.core.store import WorkshopFile

KILLS = 25
MAX_ROUNDS = 120
SERVER = Path(__file__).with_name("kill_server.py")


class KillServer:
    def __init__(self):
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert json.loads(self.process.stdout.readline()) == {"ready": True}

    def start(self, op: str, args: list, ack: Path) -> int:
        request = {
            "op": op,
            "args": [str(a) for a in args],
            "ack": str(ack),
            "data": os.environ["SAMLA_DATA_DIR"],
        }
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())["pid"]

    def ended(self) -> int:
        return json.loads(self.process.stdout.readline())["status"]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture(scope="module")
def server():
    started = KillServer()
    yield started
    started.close()


def _acks(ack: Path) -> list[str]:
    lines = ack.read_text().splitlines() if ack.exists() else []
    errors = [line for line in lines if line.startswith("error")]
    assert not errors, errors[0]
    return [line for line in lines if line != "finished"]


def _sound(path: Path) -> set[str]:
    """The file's integrity is ok; returns its note ids."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
        return {r[0] for r in conn.execute("SELECT id FROM notes")}
    finally:
        conn.close()


def _content(path: Path) -> str | None:
    if not path.exists():
        return None
    with WorkshopFile.open(path, readonly=True) as wf:
        return content_digest(wf)


def _reset(pristine: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, target)


class Operation:
    """One operation to kill: how to run it, reset before it, and check after it."""

    op = ""
    #: The operation never ends by itself (the add loop): every round is a kill.
    endless = False

    def __init__(self, folder: Path, inputs: dict):
        self.folder = folder
        self.inputs = inputs

    def args(self) -> list:
        raise NotImplementedError

    def reset(self) -> None:
        """Before each round: the old state."""

    def window(self, calibrated: float) -> float:
        """How long after its start the operation may be killed (it runs that long)."""
        return calibrated

    def check(self, acked: list[str], finished: bool) -> None:
        raise NotImplementedError

    def folders(self) -> list[Path]:
        """Where the operation writes temporary files."""
        return [self.folder]

    def next_write(self) -> None:
        """A write in each of `folders` (what sweeps the leftovers of killed processes)."""
        with WorkshopFile.open(self.inputs["demo"], readonly=True) as wf:
            export_json(wf, self.folder / "sweeper.json")


class Add(Operation):
    op = "add"
    endless = True

    def __init__(self, folder, inputs):
        super().__init__(folder, inputs)
        self.path = folder / "lappar.samla"
        shutil.copyfile(inputs["demo"], self.path)
        self.acknowledged: list[str] = []

    def args(self):
        return [self.path]

    def check(self, acked, finished):
        self.acknowledged += acked
        missing = set(self.acknowledged) - _sound(self.path)
        assert not missing, f"lost {len(missing)} acknowledged notes"

    def done(self) -> None:
        assert len(self.acknowledged) > KILLS, "the writer hardly wrote anything"
        with WorkshopFile.open(self.path) as wf:
            assert set(self.acknowledged) <= {n["id"] for n in wf.notes()}


class StateOperation(Operation):
    """An operation whose target must be the old state or the new one after a kill."""

    def __init__(self, folder, inputs):
        super().__init__(folder, inputs)
        self.target = self.make_target()
        self.old = self.state()
        self.new = None

    def make_target(self) -> Path:
        raise NotImplementedError

    def state(self):
        return _content(self.target)

    def calibrated(self) -> None:
        """After one round that was not killed: the new state."""
        self.new = self.state()
        assert self.new != self.old, f"{self.op} changed nothing"

    def check(self, acked, finished):
        if self.target.exists():
            _sound(self.target)
        now = self.state()
        assert now in (self.old, self.new), f"{self.op} left a state that is neither old nor new"
        if finished:
            assert now == self.new


class Merge(StateOperation):
    op = "merge"

    def make_target(self):
        self.pristine = self.inputs["small"]
        target = self.folder / "mål.samla"
        shutil.copyfile(self.pristine, target)
        return target

    def args(self):
        return [self.target, self.inputs["demo"]]

    def reset(self):
        _reset(self.pristine, self.target)

    def folders(self):
        return [self.folder, backup_dir(self.target)]

    def next_write(self):
        super().next_write()
        with WorkshopFile.open(self.target) as wf:
            make_backup(wf, "manual")


class Restore(Merge):
    op = "restore"

    def args(self):
        return [self.inputs["demo_backup"], self.target]


class Import(StateOperation):
    op = "import"

    def make_target(self):
        return self.folder / "importerad.samla"

    def args(self):
        return [self.inputs["json"], self.target]

    def reset(self):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.target}{suffix}").unlink(missing_ok=True)

    def check(self, acked, finished):
        if self.target.exists():
            inspection.inspect(self.target)  # whole, or not there at all
        super().check(acked, finished)


class Export(StateOperation):
    """JSON, PDF and CSV in turn over an earlier export of each."""

    op = "export"
    KINDS = ("json", "pdf", "csv")

    def __init__(self, folder, inputs):
        self.round = 0
        super().__init__(folder, inputs)

    def make_target(self):
        for kind in self.KINDS:
            (self.folder / f"rapport.{kind}").write_bytes(b"the earlier export")
        return self.folder / "rapport.json"

    def kind(self) -> str:
        return self.KINDS[self.round % len(self.KINDS)]

    def args(self):
        self.target = self.folder / f"rapport.{self.kind()}"
        return [self.inputs["demo"], self.target, self.kind()]

    def state(self):
        return digest(self.target)

    def calibrated(self):
        """What each export is when it is not killed (a PDF differs only in its time)."""
        from workshop_app.report.exporter import export_report

        expected = self.folder / "expected"
        expected.mkdir()
        self.new, self.took = {}, {}
        with WorkshopFile.open(self.inputs["demo"], readonly=True) as wf:
            for kind in self.KINDS:
                out = expected / f"rapport.{kind}"
                began = time.monotonic()
                export_json(wf, out) if kind == "json" else export_report(wf, **{kind: out})
                self.took[kind] = time.monotonic() - began
                self.new[kind] = out.read_bytes()

    def window(self, calibrated: float) -> float:
        return self.took[self.kind()] + 0.01  # opening the file comes first

    def reset(self):
        self.round += 1

    def check(self, acked, finished):
        data = self.target.read_bytes()
        if data == b"the earlier export":
            assert not finished
            return
        kind = self.target.suffix[1:]
        if kind == "pdf":  # a PDF carries its own time: whole is what can be checked
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "a broken PDF"
            assert abs(len(data) - len(self.new["pdf"])) < 64
        else:
            assert data == self.new[kind], f"a broken {kind} export"
        self.target.write_bytes(b"the earlier export")


class Backup(Operation):
    op = "backup"
    endless = True

    def __init__(self, folder, inputs):
        super().__init__(folder, inputs)
        self.path = folder / "säkrad.samla"
        shutil.copyfile(inputs["demo"], self.path)
        self.checked: set[str] = set()

    def args(self):
        return [self.path]

    def folders(self):
        return [backup_dir(self.path)]

    def check(self, acked, finished):
        """Every backup listed is whole (each checked once: they do not change)."""
        for backup in {str(b.path) for b in list_backups(self.path)} - self.checked:
            assert inspection.is_good(backup), f"a broken backup is listed: {backup}"
            self.checked.add(backup)

    def next_write(self):
        with WorkshopFile.open(self.path) as wf:
            make_backup(wf, "manual")


OPERATIONS = {cls.op: cls for cls in (Add, Merge, Import, Export, Backup, Restore)}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, pristine_demo):
    from workshop_app.core.templates import new_series_from_preset

    folder = tmp_path_factory.mktemp("kill-inputs")
    small = folder / "small.samla"
    new_series_from_preset(small, "smarta-landsbygder").close()
    with WorkshopFile.open(pristine_demo, readonly=True) as wf:
        export_json(wf, folder / "serie.json")
    return {
        "demo": pristine_demo,
        "small": small,
        "json": folder / "serie.json",
        "demo_backup": pristine_demo,
    }


def _duration(server: KillServer, operation: Operation, ack: Path) -> float:
    """One round that is not killed: how long the operation takes."""
    operation.reset()
    began = time.monotonic()
    server.start(operation.op, operation.args(), ack)
    status = server.ended()
    took = time.monotonic() - began
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, _acks(ack)
    operation.check(_acks(ack), finished=True) if not isinstance(
        operation, StateOperation
    ) else operation.calibrated()
    return took


@pytest.mark.parametrize("op", OPERATIONS)
def test_sigkill_at_random_moments(server, inputs, tmp_path, op):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    operation = OPERATIONS[op](tmp_path, inputs)
    window = 0.15 if operation.endless else _duration(server, operation, tmp_path / "ack-0")
    kills = rounds = left_behind = 0
    while kills < KILLS:
        rounds += 1
        assert rounds <= MAX_ROUNDS, f"seed {seed}: only {kills} kills landed in {rounds} rounds"
        operation.reset()
        ack = tmp_path / f"ack-{rounds}"
        pid = server.start(op, operation.args(), ack)
        time.sleep(rng.uniform(0, operation.window(window)))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        status = server.ended()
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        kills += killed
        acked = _acks(ack)
        try:
            operation.check(acked, finished=not killed)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, round {rounds} ({op}): {exc}") from exc
        left_behind += any(leftovers(f) for f in operation.folders() if f.exists())
    if isinstance(operation, Add):
        operation.done()
    operation.next_write()
    for folder in operation.folders():
        assert leftovers(folder) == [], f"seed {seed}: the next write left {leftovers(folder)}"
    print(f"{op}: {kills} kills in {rounds} rounds, leftovers after {left_behind}, seed {seed}")
