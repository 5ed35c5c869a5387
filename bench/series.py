"""Big series files for the benches, shaped like the ones users open.

`series_file(path, notes)`: the demo series (three workshops, four questions, two
perspectives) grown to `notes` notes made of the demo's own phrases, spread over its
questions and workshops; most of them filed in themes of about twenty, the rest
unclustered, every note and theme at a stored position (a board that has been worked
on, laid out as Tidy does). The last question is different: its new notes are fresh
from participants, unclustered and not yet placed on the board (the question where
Suggest groups is wanted). Files are made once per size and reused within a run.
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

#: A theme holds about this many notes; this share of the notes stays unclustered.
PER_THEME = 20
LOOSE_SHARE = 0.2


def demo_phrases() -> list[str]:
    from workshop_app.core.assets import read_json

    data = read_json("demo", "smarta-landsbygder.json")
    return [n["text"] for q in data["questions"] for t in q["themes"] for n in t["notes"]]


def synthetic_texts(count: int, seed: int = 1) -> list[str]:
    """Plausible notes: a demo note with a few more of the demo's words."""
    texts = demo_phrases()
    rng = random.Random(seed)
    vocabulary = [w for t in texts for w in t.split()]
    out = []
    for _ in range(count):
        extra = [rng.choice(vocabulary) for _ in range(rng.randint(0, 4))]
        out.append(" ".join(rng.choice(texts).split() + extra))
    return out


def series_file(path: Path, notes: int, *, seed: int = 1) -> Path:
    """The demo series grown to `notes` notes (see the module's docstring); returns `path`."""
    from workshop_app.core import layout
    from workshop_app.core.demo import write_demo
    from workshop_app.core.store import new_id

    if path.exists():
        return path
    wf = write_demo(path)
    try:
        questions = [q["id"] for q in wf.questions()]
        workshops = [w["id"] for w in wf.workshops()]
        perspectives = [p["id"] for p in wf.perspectives()]
        extra = max(0, notes - wf.note_count())
        texts = synthetic_texts(extra, seed)
        now = wf.now()
        by_question: dict[str, list[dict]] = defaultdict(list)
        for i, text in enumerate(texts):
            q = questions[i % len(questions)]
            by_question[q].append(
                {
                    "id": new_id(),
                    "question_id": q,
                    "workshop_id": workshops[(i // len(questions)) % len(workshops)],
                    "perspective_id": perspectives[i % len(perspectives)],
                    "theme_id": None,
                    "text": text,
                    "is_quote": i % 41 == 0,
                    "x": 0.0,
                    "y": 0.0,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        with wf.transaction():
            theme_rows, note_rows = [], []
            for q, rows in by_question.items():
                if q == questions[-1]:  # fresh notes: unclustered, no position yet
                    note_rows += rows
                    continue
                themed = int(len(rows) * (1 - LOOSE_SHARE))
                groups: list[tuple[str, list[str]]] = []
                old = [(t["id"], []) for t in wf.themes(q)]
                for n in wf.notes(q):  # the demo's own notes keep their themes
                    for tid, members in old:
                        if n["theme_id"] == tid:
                            members.append(n["id"])
                for start in range(0, themed, PER_THEME):
                    tid = new_id()
                    theme_rows.append(
                        {"id": tid, "question_id": q, "title": f"Tema {len(theme_rows) + 1}"}
                    )
                    members = rows[start : start + PER_THEME]
                    for r in members:
                        r["theme_id"] = tid
                    groups.append((tid, [r["id"] for r in members]))
                loose = [r["id"] for r in rows[themed:]]
                loose += [n["id"] for n in wf.notes(q) if n["theme_id"] is None]
                positions = layout.tidy(old + groups, loose, (40.0, 40.0))
                for r in rows:
                    r["x"], r["y"] = positions[r["id"]]
                for t in theme_rows:
                    if t["id"] in positions:
                        t["x"], t["y"] = positions[t["id"]]
                # The demo's rows are placed too, so the whole board has stored positions.
                for tid, _members in old:
                    x, y = positions[tid]
                    wf.update("themes", tid, x=x, y=y)
                for n in wf.notes(q):
                    x, y = positions[n["id"]]
                    wf.update("notes", n["id"], x=x, y=y)
                note_rows += rows
            for t in theme_rows:
                wf.add("themes", **t)
            wf.put_rows("notes", note_rows)
    finally:
        wf.close()
    return path
