"""Shared by every test folder: the hostile-text corpus, a workshop-file closer, `gui` marking."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


#: Helper modules shared by several test folders (tests/helpers/), importable by name anywhere.
hostile_corpus = _load("hostile_corpus", TESTS / "helpers" / "hostile_corpus.py")
merge_helpers = _load("merge_helpers", TESTS / "helpers" / "merge_helpers.py")
participant_helpers = _load("participant_helpers", TESTS / "helpers" / "participant_helpers.py")
privacy_helpers = _load("privacy_helpers", TESTS / "helpers" / "privacy_helpers.py")
privacy_labelled = _load("privacy_labelled", TESTS / "helpers" / "privacy_labelled.py")
devices = _load("devices", TESTS / "helpers" / "devices.py")
suggest_labelled = _load("suggest_labelled", TESTS / "helpers" / "suggest_labelled.py")
hostile_files = _load("hostile_files", TESTS / "helpers" / "hostile_files.py")


@pytest.fixture
def hostile_texts() -> dict[str, str]:
    """name -> hostile text; every one a valid, non-empty note text."""
    return dict(hostile_corpus.HOSTILE_TEXTS)


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch) -> Path:
    """Logs, backups and demo files of a test go to a folder of its own, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SAMLA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def series_file(tmp_path):
    """A small series: two perspectives, one workshop, one question with six themes."""
    path = tmp_path / "serie.samla"
    return path, participant_helpers.make_series(path)


@pytest.fixture
def wf(series_file):
    from workshop_app.core.store import WorkshopFile

    wf = WorkshopFile.open(series_file[0])
    yield wf
    wf.close()


@pytest.fixture
def ids(series_file):
    return series_file[1]


@pytest.fixture
def laptops(tmp_path) -> dict[str, Path]:
    """Three workshop files as three laptops made them (tests/helpers/merge_helpers.py)."""
    return {
        name: merge_helpers.make_laptop_file(tmp_path / f"{name}.workshop", name)
        for name in merge_helpers.LAPTOPS
    }


@pytest.fixture
def clock():
    """A clock for merges, set after the laptop files were made; advance it by hand."""
    from datetime import UTC, datetime

    return merge_helpers.Clock(datetime(2030, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture(autouse=True)
def _close_workshop_files(monkeypatch):
    """Close every WorkshopFile a test opened and left open (SQLite handles, -wal files)."""
    from workshop_app.core.store import WorkshopFile

    opened = []
    original = WorkshopFile.__init__

    def tracking_init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        opened.append(self)

    monkeypatch.setattr(WorkshopFile, "__init__", tracking_init)
    yield
    for wf in opened:
        with contextlib.suppress(Exception):  # already closed
            wf.close()


def pytest_collection_modifyitems(items):
    """Tests that use `qtbot` need a QApplication: mark them `gui` (select with -m)."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def run_cli(*args: str | os.PathLike, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`workshop-app ARGS` in a fresh interpreter, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def sha256():
    return file_hash


@pytest.fixture(scope="session")
def pristine_demo(tmp_path_factory) -> Path:
    """The demo series written once per run; copy it (`demo_copy`) before changing it."""
    from workshop_app.core.demo import write_demo

    path = tmp_path_factory.mktemp("pristine") / "demo.workshop"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_copy(pristine_demo, tmp_path) -> Path:
    target = tmp_path / "demo.workshop"
    target.write_bytes(pristine_demo.read_bytes())
    return target


#: Kinds of damaged or foreign file every opener must refuse without touching them.
DAMAGE_KINDS = (
    "empty",
    "random_bytes",
    "not_sqlite_text",
    "truncated_mid_page",
    "truncated_whole_pages",
    "corrupt_page",
    "foreign_sqlite",
    "newer_schema",
)


def make_damaged(kind: str, source: Path, target: Path) -> Path:
    """Write a damaged or foreign variant of workshop file `source` at `target`."""
    import random
    import sqlite3

    from workshop_app.core.migrations import SCHEMA_VERSION

    data = bytearray(source.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "random_bytes":
        target.write_bytes(random.Random(8).randbytes(len(data)))
    elif kind == "not_sqlite_text":
        target.write_text("Anteckningar från workshopen\nInte en databas.\n" * 200, "utf-8")
    elif kind == "truncated_mid_page":
        target.write_bytes(bytes(data[: len(data) // 2 + 123]))
    elif kind == "truncated_whole_pages":
        target.write_bytes(bytes(data[: (len(data) // page // 2) * page]))
    elif kind == "corrupt_page":
        # Overwrite the start of a b-tree page in the middle of the file.
        offset = (len(data) // page // 2) * page
        data[offset : offset + 64] = bytes(b ^ 0xA5 for b in data[offset : offset + 64])
        target.write_bytes(bytes(data))
    elif kind == "foreign_sqlite":
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('1', 'inte vår')")
        conn.commit()
        conn.close()
    elif kind == "newer_schema":
        target.write_bytes(bytes(data))
        conn = sqlite3.connect(target)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    else:
        raise ValueError(kind)
    return target


@pytest.fixture(params=DAMAGE_KINDS)
def damaged_file(request, pristine_demo, tmp_path) -> Path:
    """One damaged or foreign file per kind in DAMAGE_KINDS (the test runs once per kind)."""
    return make_damaged(request.param, pristine_demo, tmp_path / f"{request.param}.workshop")
