"""Question templates and series presets (data in resources/templates/questions.json)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from workshop_app.core.assets import read_json
from workshop_app.core.changes import Changes

if TYPE_CHECKING:  # the store (and sqlite_utils) loads when a file is made, not at start-up
    from workshop_app.core.store import WorkshopFile

KINDS = ("how_can", "what_is_needed")


@cache
def _templates() -> dict:
    return read_json("templates", "questions.json")


def preset_names() -> list[str]:
    return list(_templates()["presets"])


def preset(name: str) -> dict:
    try:
        return _templates()["presets"][name]
    except KeyError:
        raise KeyError(
            f"No template {name!r}; choose one of: {', '.join(preset_names())}"
        ) from None


def question_text(kind: str, language: str, actor: str, goal: str, *, plural: bool = True) -> str:
    """The question of `kind` for one actor, grammatical in `language`.

    >>> question_text("how_can", "sv", "kommuner", "Smarta landsbygder")
    'Hur kan kommuner möjliggöra Smarta landsbygder?'
    """
    forms = _templates()["questions"][language][kind]
    return forms["plural" if plural else "singular"].format(actor=actor, goal=goal)


def add_questions_for(wf: WorkshopFile, perspective: dict, kinds=KINDS) -> Changes:
    """Add the paired questions for one perspective, in the series' language and goal."""
    series = wf.series()
    changes = Changes()
    with wf.transaction():
        for kind in kinds:
            actor = perspective["plural"] or perspective["name"]
            text = question_text(
                kind, series["language"], actor, series["goal"], plural=bool(perspective["plural"])
            )
            changes += wf.add("questions", perspective_id=perspective["id"], kind=kind, text=text)
    return changes


def new_series_from_preset(path, name: str, **series_overrides) -> WorkshopFile:
    """Create a workshop file from a preset: series fields, perspectives and their questions."""
    from workshop_app.core.store import WorkshopFile

    spec = preset(name)
    fields = {**spec["series"], **{k: v for k, v in series_overrides.items() if v is not None}}

    def fill(wf: WorkshopFile) -> None:
        for perspective in spec["perspectives"]:
            row = wf.add("perspectives", **perspective).rows[0].after
            add_questions_for(wf, row, spec["kinds"])

    return WorkshopFile.create_filled(path, fill, **fields)
