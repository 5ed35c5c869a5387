"""Reads the labelled sentences of tests/core/privacy_data and scores the detector on them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.core.privacy import KINDS, find_personal_data

DATA = Path(__file__).resolve().parent.parent / "core" / "privacy_data"
_LABEL = re.compile(r"\[\[(name|email|phone|pnr):(.+?)\]\]")
_KIND = {"name": "name", "email": "email", "phone": "phone", "pnr": "personal_number"}


@dataclass
class Sentence:
    language: str
    text: str
    #: (start, end, kind) of every labelled piece of personal data.
    labels: set[tuple[int, int, str]] = field(default_factory=set)


def load(name: str) -> list[Sentence]:
    sentences = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, marked = line.split("|", 1)
        text, labels, pos = "", set(), 0
        for match in _LABEL.finditer(marked):
            text += marked[pos : match.start()]
            start = len(text)
            text += match.group(2)
            labels.add((start, len(text), _KIND[match.group(1)]))
            pos = match.end()
        text += marked[pos:]
        sentences.append(Sentence(language, text, labels))
    return sentences


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 1.0


def score(sentences: list[Sentence]) -> tuple[dict[str, Score], list[str]]:
    """Precision and recall per kind (exact span and kind), and every mistake, readable."""
    scores = {kind: Score() for kind in KINDS}
    mistakes = []
    for s in sentences:
        found = {(f.start, f.end, f.kind) for f in find_personal_data(s.text, s.language)}
        for *_, kind in found & s.labels:
            scores[kind].true_positives += 1
        for start, end, kind in found - s.labels:
            scores[kind].false_positives += 1
            mistakes.append(f"false {kind} {s.text[start:end]!r} in {s.text!r}")
        for start, end, kind in s.labels - found:
            scores[kind].false_negatives += 1
            mistakes.append(f"missed {kind} {s.text[start:end]!r} in {s.text!r}")
    return scores, mistakes


def table(scores: dict[str, Score]) -> str:
    lines = ["kind             precision  recall  (tp fp fn)"]
    for kind, s in scores.items():
        lines.append(
            f"{kind:<16} {s.precision:9.2f} {s.recall:7.2f}  "
            f"({s.true_positives} {s.false_positives} {s.false_negatives})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["dev.txt"]:
        scores, mistakes = score(load(name))
        print(name)
        print(table(scores))
        print("\n".join(mistakes))
