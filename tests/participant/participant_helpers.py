"""Test helpers for the shared-laptop screens (a uniquely named module, importable)."""

from __future__ import annotations

from workshop_app.core.store import WorkshopFile

PIN = "4711"


def make_series(path) -> dict:
    """A file with two perspectives, one workshop, one question with six themes."""
    wf = WorkshopFile.create(path, title="Smarta landsbygder", goal="smarta landsbygder")
    ids = {
        "kommun": wf.add("perspectives", name="Kommun", plural="Kommuner").rows[0].id,
        "region": wf.add("perspectives", name="Region", plural="Regioner").rows[0].id,
        "workshop": wf.add("workshops", title="Workshop 1, Storuman").rows[0].id,
    }
    ids["question"] = wf.add(
        "questions", text="Hur kan kommuner möjliggöra smarta landsbygder?"
    ).rows[0].id
    ids["other_question"] = wf.add(
        "questions", text="Vad behöver kommuner för att möjliggöra smarta landsbygder?"
    ).rows[0].id
    titles = ["Bredband", "Service", "Mötesplatser", "Transporter", "Bostäder", "Skola"]
    ids["themes"] = [
        wf.add("themes", question_id=ids["question"], title=t).rows[0].id for t in titles
    ]
    wf.close()
    return ids
