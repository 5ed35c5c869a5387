"""Property: merging a generated small series twice is the same as merging it once."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_helpers import content_digest, row_counts

from workshop_app.core.merge import merge_into
from workshop_app.core.store import WorkshopFile
from workshop_app.core.templates import new_series_from_preset

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip())

series = st.fixed_dictionaries(
    {
        # perspective names, some of them the target's in other spellings
        "perspectives": st.lists(
            st.one_of(st.sampled_from(["kommun", " Kommun ", "REGION", "förening"]), text),
            min_size=1,
            max_size=3,
        ),
        "questions": st.lists(st.tuples(st.integers(0, 2), text), min_size=1, max_size=4),
        "notes": st.lists(
            st.tuples(st.integers(0, 3), text, st.booleans(), st.booleans()), max_size=12
        ),
        "themes": st.lists(st.tuples(st.integers(0, 3), text), max_size=3),
    }
)


def build(path: Path, spec: dict) -> None:
    with WorkshopFile.create(path, title="generated") as wf:
        perspectives = [wf.add("perspectives", name=n).rows[0].id for n in spec["perspectives"]]
        questions = [
            wf.add("questions", perspective_id=perspectives[p % len(perspectives)], text=t)
            .rows[0]
            .id
            for p, t in spec["questions"]
        ]
        themes = [
            wf.add("themes", question_id=questions[q % len(questions)], title=t).rows[0].id
            for q, t in spec["themes"]
        ]
        workshop = wf.add("workshops", title="generated workshop").rows[0].id
        for q, t, quote, removed in spec["notes"]:
            question = questions[q % len(questions)]
            fitting = [th for th in themes if wf.get("themes", th)["question_id"] == question]
            note = wf.add_note(
                question, workshop, t, is_quote=quote, theme_id=fitting[0] if fitting else None
            ).rows[0]
            if removed:
                wf.delete("notes", note.id)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(series)
def test_merging_a_generated_series_twice_changes_nothing(spec):
    with tempfile.TemporaryDirectory() as folder:
        source, target_path = Path(folder) / "s.workshop", Path(folder) / "t.workshop"
        build(source, spec)
        new_series_from_preset(target_path, "smarta-landsbygder").close()
        with WorkshopFile.open(target_path) as target:
            first = merge_into(target, source)
            assert target.note_count() == sum(1 for n in spec["notes"] if not n[3])
            counts, digest = row_counts(target), content_digest(target)
            again = merge_into(target, source)
            assert not again.changed
            assert row_counts(target) == counts
            assert content_digest(target) == digest
            assert target.integrity_problems() == []
            assert first.total("added") >= len(spec["notes"])
