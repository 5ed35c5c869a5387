"""Offline cluster suggestions: agreement with the demo's own themes, determinism, speed."""

from __future__ import annotations

import random
import time

import pytest
from suggest_labelled import adjusted_rand_index

from workshop_app.core.demo import write_demo
from workshop_app.core.suggest import Suggestion, suggest_groups, words


def test_ari_helper_on_known_partitions():
    assert adjusted_rand_index([1, 1, 2, 2], [5, 5, 7, 7]) == 1.0
    assert adjusted_rand_index([1, 1, 2, 2], [1, 2, 1, 2]) < 0
    assert round(adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 3) == 0.242


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    wf = write_demo(tmp_path_factory.mktemp("demo") / "demo.workshop")
    yield wf
    wf.close()


def test_suggestions_agree_with_the_demo_themes(demo):
    scores = []
    for question in demo.questions():
        notes = [n for n in demo.notes(question["id"]) if n["theme_id"]]
        truth = [n["theme_id"] for n in notes]
        # Unfile every note of the question, as a facilitator starting to cluster would.
        with demo.transaction():
            demo.file_notes([n["id"] for n in notes], None)
        unclustered = [n for n in demo.notes(question["id"]) if n["theme_id"] is None]
        suggestions = suggest_groups(unclustered, "sv", ignore=question["text"])
        group_of = {nid: k for k, s in enumerate(suggestions) for nid in s.note_ids}
        predicted = [group_of.get(n["id"], f"alone-{n['id']}") for n in notes]
        score = adjusted_rand_index(truth, predicted)
        scores.append(score)
        print(
            f"\nARI {score:.3f} for {question['text']!r}: {len(suggestions)} groups, "
            f"{len(set(truth))} demo themes"
        )
        for s in suggestions:
            assert s.name, "every suggested group has a proposed name"
            assert len(s.note_ids) >= 2
    mean = sum(scores) / len(scores)
    print(f"ARI mean {mean:.3f} over {len(scores)} questions")
    assert min(scores) > 0.3
    assert mean > 0.4


def test_suggestions_are_deterministic_and_ignore_input_order():
    notes = [
        {"id": "a", "text": "Bättre bussar till byarna"},
        {"id": "b", "text": "Fler bussar på kvällen"},
        {"id": "c", "text": "Bredband till alla byar"},
        {"id": "d", "text": "Snabbare bredband och fiber"},
        {"id": "e", "text": "Kaffe"},
    ]
    first = suggest_groups(notes, "sv")
    shuffled = notes[:]
    random.Random(3).shuffle(shuffled)
    assert suggest_groups(shuffled, "sv") == first
    groups = {frozenset(s.note_ids) for s in first}
    assert groups == {frozenset("ab"), frozenset("cd")}
    assert all(isinstance(s, Suggestion) for s in first)
    names = {frozenset(s.note_ids): s.name.lower() for s in first}
    assert "buss" in names[frozenset("ab")]
    assert "bredband" in names[frozenset("cd")]


def test_english_stop_words_and_punctuation_are_dropped():
    assert words("The BUSES, to the villages!", "en") == ["buses", "villages"]
    assert words("Att bygga tillit, det tar tid.", "sv") == ["bygga", "tillit", "tid"]


def synthetic_notes(count: int, seed: int = 1) -> list[dict]:
    """Plausible notes built from the demo's phrases (shared by the benchmark)."""
    from workshop_app.core.assets import read_json

    data = read_json("demo", "smarta-landsbygder.json")
    texts = [n["text"] for q in data["questions"] for t in q["themes"] for n in t["notes"]]
    rng = random.Random(seed)
    vocabulary = [w for t in texts for w in t.split()]
    notes = []
    for i in range(count):
        base = rng.choice(texts).split()
        extra = [rng.choice(vocabulary) for _ in range(rng.randint(0, 4))]
        notes.append({"id": f"note-{i:05d}", "text": " ".join(base + extra)})
    return notes


def test_a_thousand_notes_are_grouped_within_a_second():
    notes = synthetic_notes(1000)
    suggest_groups(notes[:50], "sv")  # load the stemmer and stop words first
    start = time.perf_counter()
    suggestions = suggest_groups(notes, "sv")
    elapsed = time.perf_counter() - start
    print(f"\n1,000 notes: {len(suggestions)} groups in {elapsed * 1000:.0f} ms")
    assert suggestions
    assert elapsed < 1.0
