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


def template_text(kind: str, series: dict, perspective: dict | None) -> str | None:
    """What the template of `kind` says for this series and perspective (None: no template).

    A question that follows its template (`text_edited` false) reads exactly this.
    """
    if kind not in KINDS or perspective is None:
        return None
    language = series.get("language")
    if language not in _templates()["questions"]:
        return None
    plural = (perspective.get("plural") or "").strip()
    actor = plural or perspective.get("name") or ""
    return question_text(kind, language, actor, series.get("goal") or "", plural=bool(plural))


def question_values(wf: WorkshopFile, before: dict | None, values: dict) -> dict:
    """The values to write to a question, its template followed.

    Text given by hand marks the question edited unless it is the template's text; a
    question that follows its template and moves to another perspective (or kind) takes
    that template's text; a new template question without text gets it.
    """
    merged = {**(before or {}), **values}
    kind = merged.get("kind") or "custom"
    perspective_id = merged.get("perspective_id")
    perspective = wf.get("perspectives", perspective_id) if perspective_id else None
    derived = template_text(kind, wf.series(), perspective)
    out = dict(values)
    if "text_edited" in values:
        if derived is not None and not values["text_edited"]:
            out["text"] = derived
        return out
    if "text" in values and values["text"] is not None:
        out["text_edited"] = derived is None or values["text"] != derived
    elif before is None:
        out["text_edited"] = derived is None
        if derived is not None:
            out["text"] = derived
    elif derived is not None and not before.get("text_edited", True):
        if derived != before.get("text"):
            out["text"] = derived
    return out


def followers(wf: WorkshopFile, table: str, row_id: str, values: dict) -> dict[str, str]:
    """Questions whose text follows a template that a change of this row rewords.

    A new goal or language rewords every such question; a perspective's new name or plural
    rewords its own. Returns question id → its new text (those already right are left out).
    """
    if table == "series" and {"goal", "language"} & values.keys():
        questions = wf.rows("questions", "text_edited = 0", include_deleted=True)
    elif table == "perspectives" and {"name", "plural"} & values.keys():
        questions = wf.rows(
            "questions", "text_edited = 0 AND perspective_id = ?", [row_id], include_deleted=True
        )
    else:
        return {}
    series = wf.series()
    perspectives = {p["id"]: p for p in wf.rows("perspectives", include_deleted=True)}
    out = {}
    for question in questions:
        text = template_text(question["kind"], series, perspectives.get(question["perspective_id"]))
        if text is not None and text != question["text"]:
            out[question["id"]] = text
    return out


#: The file setting that records the facilitator's answer "the template's wording still fits".
KEPT_WORDING = "template_wording_kept"


def stale_wording(wf: WorkshopFile) -> list[str]:
    """The series fields ("title", "subtitle") that still read as a template wrote them
    although the goal or the perspectives have changed since, so they may no longer fit
    (the subtitle "…with municipal and regional perspectives" after renaming regions).
    A wording the facilitator said still fits (`KEPT_WORDING`) is not named again."""
    series = wf.series()
    names = [p["plural"] or p["name"] for p in wf.perspectives()]
    kept = wf.setting(KEPT_WORDING, "") or ""
    stale = []
    for spec in _templates()["presets"].values():
        goal_changed = (series["goal"] or "") != spec["series"]["goal"]
        names_changed = names != [p["plural"] or p["name"] for p in spec["perspectives"]]
        for field, changed in (
            ("title", goal_changed),
            ("subtitle", goal_changed or names_changed),
        ):
            text = spec["series"][field]
            if text and series[field] == text and changed and text not in kept.split("\n"):
                stale.append(field)
    return [field for field in ("title", "subtitle") if field in stale]


def keep_wording(wf: WorkshopFile) -> Changes:
    """Record that the title and subtitle as they read now still fit."""
    series = wf.series()
    kept = [t for t in (wf.setting(KEPT_WORDING, "") or "").split("\n") if t]
    kept += [series[f] for f in stale_wording(wf)]
    return wf.set_setting(KEPT_WORDING, "\n".join(dict.fromkeys(kept)))


def add_questions_for(wf: WorkshopFile, perspective: dict, kinds=KINDS) -> Changes:
    """Add the paired questions for one perspective, in the series' language and goal.

    They follow their templates: a new goal or new names reword them until edited by hand.
    """
    changes = Changes()
    with wf.transaction():
        for kind in kinds:
            changes += wf.add("questions", perspective_id=perspective["id"], kind=kind)
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
