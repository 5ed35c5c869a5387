"""A whole workshop, scripted: what a facilitator does from a new file to the exports.

Run as `python workshop_scenario.py FOLDER` (the no-network test runs it under a socket
guard). Add the steps of new features here (report exports, board, participant mode)
so the guard covers them too.
"""

from __future__ import annotations

import subprocess
import sys
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
            wf.add("workshops", title=f"Workshop {i}", date=f"2021-01-{12 + i}", place="Byn",
                   facilitator="Anna", participants=12).rows[0].id
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


if __name__ == "__main__":
    print(" ".join(run(Path(sys.argv[1]))))
