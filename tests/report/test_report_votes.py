"""The report's dot counts are the Vote step's totals: ballots of rounds and hand counts."""

from __future__ import annotations

from workshop_app.core import voting
from workshop_app.report.model import build_report


def _report_votes(wf, workshop_ids=None) -> dict[str, int | None]:
    report = build_report(wf, workshop_ids)
    return {t.title: t.votes for q in report.questions for t in q.themes}


def test_report_counts_ballots_and_hand_counts_per_workshop(demo):
    question = demo.questions()[0]
    first, second = [w["id"] for w in demo.workshops()[:2]]
    themes = demo.themes(question["id"])
    round_id = voting.create_round(demo, question["id"], first, dots=3).rows[0].id
    voting.cast_ballot(demo, round_id, {themes[0]["id"]: 2, themes[1]["id"]: 1})
    voting.cast_ballot(demo, round_id, {themes[0]["id"]: 1})
    before = voting.hand_count(demo, themes[0]["id"], first)
    voting.set_hand_count(demo, themes[0]["id"], first, before + 2)

    for chosen in (None, [first], [second], [first, second]):
        shown = _report_votes(demo, chosen)
        totals = voting.theme_totals(demo, question["id"], chosen)
        for theme in themes:
            title = theme["title"]
            if title in shown:
                assert shown[title] == totals.get(theme["id"], 0), (chosen, title)
    everything = _report_votes(demo)
    assert everything[themes[0]["title"]] == voting.theme_totals(demo)[themes[0]["id"]]
