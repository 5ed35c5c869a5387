"""Helpers for the merge and backup tests: workshop files made on "three laptops"."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from workshop_app.core.store import WorkshopFile
from workshop_app.core.templates import new_series_from_preset

LAPTOPS = ("a", "b", "c")
NOTES_PER_QUESTION = 3


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make_laptop_file(path: Path, laptop: str) -> Path:
    """A series from the preset (its own ids), one workshop, notes for each of its 4 questions."""
    with new_series_from_preset(path, "smarta-landsbygder") as wf:
        workshop = wf.add("workshops", title=f"Workshop {laptop.upper()}", place=laptop).rows[0].id
        for question in wf.questions():
            for n in range(NOTES_PER_QUESTION):
                wf.add_note(question["id"], workshop, f"{laptop}: idé {n} om {question['kind']}")
    return path


def open_file(path: Path, clock=None) -> WorkshopFile:
    return WorkshopFile.open(path, clock=clock) if clock else WorkshopFile.open(path)
