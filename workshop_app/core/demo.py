"""The demo series: a complete, realistic example modelled on real workshops.

Content lives in resources/demo/smarta-landsbygder.json (an authoring format:
questions hold their themes, themes their notes). Ids are derived from the
content, so two demo files share ids and merge without duplicates.
"""

from __future__ import annotations

import os
import uuid

from workshop_app.core.assets import read_json
from workshop_app.core.store import WorkshopFile

DEMO = ("demo", "smarta-landsbygder.json")
_NAMESPACE = uuid.UUID("6f1d5d2e-57a1-4d0e-9a53-5a6d6c61646f")


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def write_demo(path: str | os.PathLike) -> WorkshopFile:
    """Create the demo series at `path` (refuses to overwrite an existing file)."""
    data = read_json(*DEMO)
    return WorkshopFile.create_filled(
        path, lambda wf: _fill(wf, data), series_id=_id("series"), **data["series"]
    )


def _fill(wf: WorkshopFile, data: dict) -> None:
    perspectives, workshops = {}, {}
    for p in data["perspectives"]:
        perspectives[p["key"]] = _id("perspective", p["key"])
        wf.add(
            "perspectives",
            id=perspectives[p["key"]],
            name=p["name"],
            plural=p["plural"],
            colour=p["colour"],
        )
    for w in data["workshops"]:
        workshops[w["key"]] = _id("workshop", w["key"])
        fields = {k: v for k, v in w.items() if k != "key"}
        wf.add("workshops", id=workshops[w["key"]], **fields)
    for q in data["questions"]:
        qid = _id("question", q["key"])
        wf.add(
            "questions",
            id=qid,
            perspective_id=perspectives[q["perspective"]],
            kind=q["kind"],
            text=q["text"],
        )
        for t_index, t in enumerate(q["themes"]):
            tid = _id("theme", q["key"], t_index)
            wf.add(
                "themes",
                id=tid,
                question_id=qid,
                title=t["title"],
                synthesis=t["synthesis"],
                divided=t["divided"],
                divided_note=t["divided_note"],
            )
            for w_key, count in t["votes"].items():
                wf.add(
                    "votes",
                    id=_id("vote", tid, w_key),
                    theme_id=tid,
                    workshop_id=workshops[w_key],
                    count=count,
                )
            for n_index, n in enumerate(t["notes"]):
                _add_note(
                    wf,
                    qid,
                    tid,
                    perspectives,
                    workshops,
                    n,
                    _id("note", q["key"], t_index, n_index),
                )
        for n_index, n in enumerate(q["unclustered"]):
            _add_note(
                wf, qid, None, perspectives, workshops, n, _id("note", q["key"], "u", n_index)
            )
    for index, e in enumerate(data["examples"]):
        wf.add("examples", id=_id("example", index), **e)
    for index, lesson in enumerate(data["lessons"]):
        wf.add("lessons", id=_id("lesson", index), **lesson)


def _add_note(wf, qid, tid, perspectives, workshops, note, note_id) -> None:
    wf.add_note(
        qid,
        workshops[note["workshop"]],
        note["text"],
        perspective_id=perspectives.get(note.get("perspective")),
        theme_id=tid,
        is_quote=bool(note.get("is_quote", False)),
        id=note_id,
    )
