"""A confirmed note survives SIGKILL; core and report never need Qt."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from workshop_app.core.store import WorkshopFile

CHILD = textwrap.dedent(
    """
    import sys, time
    from workshop_app.core.store import WorkshopFile
    wf = WorkshopFile.open(sys.argv[1])
    q, w = wf.questions()[0]["id"], wf.workshops()[0]["id"]
    changes = wf.add_note(q, w, "Sparad innan processen dödades")
    print(changes.rows[0].id, flush=True)
    time.sleep(60)
    """
)


def test_a_note_is_in_the_file_after_sigkill_right_after_add_note_returns(demo_copy):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(demo_copy)], stdout=subprocess.PIPE, text=True
    )
    try:
        note_id = child.stdout.readline().strip()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert note_id
    with WorkshopFile.open(demo_copy) as wf:
        note = wf.get("notes", note_id)
        assert note is not None and note["text"] == "Sparad innan processen dödades"
        assert wf.integrity_problems() == []


BLOCK_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
                raise ImportError(f"PySide6 is not installed (blocked: {name})")
            return None

    sys.meta_path.insert(0, NoQt())
    sys.modules["PySide6"] = None
    imported = []
    for package_name in ("workshop_app.core", "workshop_app.report", "workshop_app.commands"):
        package = importlib.import_module(package_name)
        imported.append(package_name)
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
    assert not any(m.startswith(("PySide6.", "shiboken6")) for m in sys.modules), "Qt loaded"
    print("\\n".join(imported))
    """
)


def test_core_and_report_import_without_pyside6():
    """Every module under core, report and the CLI commands (present and future) imports
    with Qt unavailable."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    assert {"workshop_app.core.store", "workshop_app.core.interchange"} <= imported
    # the board's and the shared-laptop screens' logic, and the PIN reset command
    assert {
        "workshop_app.core.pin",
        "workshop_app.core.voting",
        "workshop_app.core.suggest",
        "workshop_app.core.layout",
        "workshop_app.commands.reset_pin",
    } <= imported
    assert "workshop_app.report" in imported


def test_the_qt_blocker_really_blocks():
    """The blocker above would catch a core module that imports Qt."""
    probe = BLOCK_QT.replace(
        "imported = []",
        "import importlib\ntry:\n    import PySide6.QtCore\nexcept ImportError:\n"
        '    print("blocked")\nimported = []',
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "blocked"
