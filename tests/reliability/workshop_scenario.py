"""A whole workshop, scripted: what a facilitator does from a new file to the exports.

Run as `python workshop_scenario.py FOLDER` (the no-network tests run it under a socket
guard and under strace). First the core API, interchange and CLI; then the real app,
offscreen: the demo opened from the start screen, every step, a note written in
participant mode and left with the PIN, a theme made on the board, cluster suggestions,
presentation mode, a merge, a backup, the report in every format, and closing. Add the
steps of new features here so the guards cover them too. Prints the stages it ran.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from workshop_app import cli
from workshop_app.core.interchange import export_json, import_json
from workshop_app.core.store import WorkshopFile


def _cli(*args) -> None:
    code = cli.main([str(a) for a in args])
    assert code == 0, (args, code)


def run(folder: Path) -> list[str]:
    steps = []
    series = folder / "serie.workshop"
    # A new series from the reference template, through the real command in a new process.
    subprocess.run(
        [sys.executable, "-m", "workshop_app", "new", str(series), "--title", "Byaträffar"],
        check=True,
        capture_output=True,
    )
    steps.append("new")
    with WorkshopFile.open(series) as wf:
        kommun = wf.perspectives()[0]["id"]
        workshops = [
            wf.add(
                "workshops",
                title=f"Workshop {i}",
                date=f"2021-01-{12 + i}",
                place="Byn",
                facilitator="Anna",
                participants=12,
            )
            .rows[0]
            .id
            for i in range(1, 4)
        ]
        questions = [q["id"] for q in wf.questions()]
        notes = []
        for w in workshops:
            for q in questions:
                for i in range(5):
                    text = f"Idé {i} om fiber, service och mötesplatser <b>&</b> 👍"
                    notes.append(wf.add_note(q, w, text, perspective_id=kommun).rows[0].id)
        steps.append("notes")
        q = questions[0]
        themes = [
            wf.add("themes", question_id=q, title=f"Tema {i}", synthesis="Text").rows[0].id
            for i in range(3)
        ]
        q_notes = [n["id"] for n in wf.notes(q)]
        wf.file_notes(q_notes[:5], themes[0])
        wf.file_notes(q_notes[5:10], themes[1])
        moved = wf.file_notes(q_notes[10:], themes[2])
        undo = wf.revert(moved)
        wf.reapply(moved)
        wf.revert(undo)
        wf.merge_themes(themes[0], [themes[1]])
        wf.dissolve_theme(themes[2])
        wf.update("themes", themes[0], divided=True, divided_note="Delade meningar")
        steps.append("themes")
        for w in workshops:
            round_id = wf.add("vote_rounds", question_id=q, workshop_id=w).rows[0].id
            wf.add("votes", theme_id=themes[0], workshop_id=w, round_id=round_id, count=4)
        steps.append("votes")
        wf.add("examples", title="Smart by", body="Ett exempel", url="https://example.org")
        wf.add("lessons", expert="Expert", items=["Ett", "Två", "Tre"])
        wf.update_series(intro="Inledning", published="2021-03-01")
        wf.set_setting("pin_hash", "x")
        assert wf.search_notes("mötesplats")
        wf.delete("notes", notes[0])
        wf.restore("notes", notes[0])
        export_json(wf, folder / "api.json")
        steps.append("api")
    import_json(folder / "api.json", folder / "kopia.workshop").close()
    _cli("export", series, "--json", folder / "cli.json")
    _cli("import", folder / "cli.json", folder / "kopia2.workshop")
    _cli("check", folder / "kopia2.workshop")
    _cli("demo", folder / "demo.workshop")
    steps.append("cli")
    return steps


def _wait_until(condition, timeout: float = 10.0) -> None:
    """Let Qt process events until `condition()` holds (a scripted qtbot.waitUntil)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the app")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def run_app(folder: Path, other_file: Path) -> list[str]:
    """The real application, offscreen, through a workshop on the demo series."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["SAMLA_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtTest import QTest

    from workshop_app.core import pin
    from workshop_app.core.backups import list_backups, make_backup
    from workshop_app.core.suggest import suggest_groups
    from workshop_app.gui.app import build_window, make_application
    from workshop_app.gui.merge_dialog import MergeDialog
    from workshop_app.gui.participant.participant_window import ParticipantWindow
    from workshop_app.gui.presentation import open_presentation
    from workshop_app.gui.settings import AppSettings
    from workshop_app.report.exporter import export_report

    steps = []
    settings_dir = folder / "settings"
    settings_dir.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    QDesktopServices.openUrl = lambda url: True  # an exported file is not shown in a viewer
    app = make_application(["samla"])
    settings = AppSettings()
    settings.set_language("sv")
    window = build_window(settings)
    window.resize(1280, 760)
    window.show()
    demo = window.open_demo()
    assert demo is not None and window.workspace is not None
    session, workspace = window.session, window.workspace
    steps.append("app")

    question = session.wf.questions()[0]["id"]
    for step in session.STEPS:
        session.set_current(
            workshop_id=session.wf.workshops()[0]["id"], question_id=question, step=step
        )
        app.processEvents()
        assert session.step == step, (session.step, step)
    steps.append("steps")

    session.set_current(step="write")
    pin.set_pin(session.wf, "4711")
    participant = ParticipantWindow(session, ask_perspective=False)
    participant.show()
    before = len(session.wf.notes())
    QTest.keyClicks(participant.editor, "Fiber till varje by")
    QTest.keyClick(participant.editor, Qt.Key.Key_Return)
    assert len(session.wf.notes()) == before + 1
    QTest.keyClick(participant.editor, Qt.Key.Key_Escape)
    left = []
    participant.left.connect(lambda: left.append(True))
    QTest.keyClicks(participant.pin_prompt.field, "4711")
    QTest.keyClick(participant.pin_prompt.field, Qt.Key.Key_Return)
    _wait_until(lambda: left)
    steps.append("participant")

    session.set_current(step="cluster")  # the board, built and fitted in the walk above
    board = workspace.pages["cluster"]
    scene = board.scene
    loose = [n for n in scene.notes.values() if n.theme_id not in scene.themes]
    themes_before = len(session.wf.themes(session.question_id))
    theme = scene.new_theme(loose[:2], "Bredband")
    assert theme is not None
    assert len(session.wf.themes(session.question_id)) == themes_before + 1
    shown = []
    board.suggestions_shown.connect(shown.append)
    board.suggest()  # computed on a worker thread; the dialog opens when it is ready
    _wait_until(lambda: bool(shown))
    shown[0].close()
    notes = [dict(n) for n in session.wf.notes()]
    assert suggest_groups(notes, "sv")
    steps.append("board")

    presentation = open_presentation(window, session, workspace.timer())
    session.set_revealed(True)
    app.processEvents()
    presentation.close()
    steps.append("presentation")

    merged = []
    importer = MergeDialog(session, other_file, window)
    importer.merged.connect(merged.append)
    importer.start()
    _wait_until(lambda: merged and not importer.is_running())
    importer.close()
    steps.append("merge")

    make_backup(session.wf, "manual")
    assert list_backups(session.wf.path)
    steps.append("backup")

    out = folder / "rapport"
    export_report(
        session.wf,
        pdf=out.with_suffix(".pdf"),
        html=out.with_suffix(".html"),
        markdown=out.with_suffix(".md"),
        csv=out.with_suffix(".csv"),
        appendix=True,
    )
    assert all(out.with_suffix(s).stat().st_size > 0 for s in (".pdf", ".html", ".md", ".csv"))
    steps.append("report")

    window.close_file()
    window.close()
    app.processEvents()
    steps.append("close")
    return steps


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    stages = run(folder)
    stages += run_app(folder, folder / "kopia2.workshop")
    print(" ".join(stages))
