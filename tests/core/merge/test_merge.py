"""Merging workshop files from several laptops into one series."""

from __future__ import annotations

import json

import pytest
from merge_helpers import (
    NOTES_PER_QUESTION,
    content_digest,
    make_laptop_file,
    open_file,
    row_counts,
)

from workshop_app.core.interchange import export_json
from workshop_app.core.merge import conflicts, merge_into, resolve_conflict


def note_texts(wf) -> set[str]:
    return {n["text"] for n in wf.notes()}


def test_three_laptops_compile_into_four_questions_with_every_note(laptops):
    with open_file(laptops["a"]) as target:
        for name in ("b", "c"):
            report = merge_into(target, laptops[name])
            assert report.total("added") == 1 + 4 * NOTES_PER_QUESTION  # workshop + notes
            assert report.matched == {"perspectives": 2, "questions": 4}
        assert len(target.questions()) == 4
        assert len(target.perspectives()) == 2
        assert len(target.workshops()) == 3
        assert target.note_count() == 3 * 4 * NOTES_PER_QUESTION
        for question in target.questions():
            workshops = {n["workshop_id"] for n in target.notes(question["id"])}
            assert len(workshops) == 3, "each question holds the notes of all three laptops"
        assert target.integrity_problems() == []
    for name in ("b", "c"):
        leftovers = [p.name for p in laptops[name].parent.glob(f"{name}.workshop-*")]
        assert leftovers == [], "a merged file is only read: nothing is created beside it"


def test_merging_again_changes_nothing(laptops):
    with open_file(laptops["a"]) as target:
        merge_into(target, laptops["b"])
        merge_into(target, laptops["c"])
        counts, digest = row_counts(target), content_digest(target)
        for name in ("b", "c"):
            report = merge_into(target, laptops[name])
            assert not report.changed
            assert report.total("added") == report.total("updated") == 0
            assert report.total("conflicts") == 0
        assert row_counts(target) == counts
        assert content_digest(target) == digest


def test_a_into_b_then_b_into_a_gives_the_same_content(laptops):
    with open_file(laptops["b"]) as b:
        merge_into(b, laptops["a"])
    with open_file(laptops["a"]) as a:
        merge_into(a, laptops["b"])
        digest_a = content_digest(a, by_name=True)
        assert a.note_count() == 2 * 4 * NOTES_PER_QUESTION
    with open_file(laptops["b"]) as b:
        assert content_digest(b, by_name=True) == digest_a
        # each file keeps its own ids for the perspectives and questions it already had
        assert {q["id"] for q in b.questions()}.isdisjoint(
            {q["id"] for q in open_file(laptops["a"]).questions()}
        )


def test_a_renamed_perspective_still_matches_on_the_next_merge(laptops):
    with open_file(laptops["a"]) as target:
        merge_into(target, laptops["b"])
        kommun = next(p for p in target.perspectives() if p["name"] == "kommun")
        target.update("perspectives", kommun["id"], name="Kommunen")
        with open_file(laptops["b"]) as b:
            workshop = b.workshops()[0]["id"]
            b.add_note(b.questions()[0]["id"], workshop, "b: kom på en sak till")
        report = merge_into(target, laptops["b"])
        assert report.counts["notes"].added == 1
        assert len(target.perspectives()) == 2
        assert len(target.questions()) == 4


def test_interchange_json_merges_like_the_file(laptops, tmp_path):
    with open_file(laptops["b"]) as b:
        export_json(b, tmp_path / "b.json")
    with open_file(laptops["a"]) as target:
        report = merge_into(target, tmp_path / "b.json")
        assert report.counts["notes"].added == 4 * NOTES_PER_QUESTION
        assert len(target.questions()) == 4
        digest = content_digest(target)
        assert not merge_into(target, laptops["b"]).changed, "the file and its JSON are one source"
        assert content_digest(target) == digest


def test_provenance_names_the_source_file_and_workshop(laptops):
    with open_file(laptops["a"]) as target:
        merge_into(target, laptops["b"])
        b_notes = [n for n in target.notes() if n["text"].startswith("b:")]
        rows = {
            r["row_id"]: r
            for r in target.db.query("SELECT * FROM origins_overview WHERE table_name = 'notes'")
        }
        assert set(rows) == {n["id"] for n in b_notes}
        assert {r["source_file"] for r in rows.values()} == {"b.workshop"}
        assert {r["workshop"] for r in rows.values()} == {"Workshop B"}
        a_notes = [n for n in target.notes() if n["text"].startswith("a:")]
        assert not any(n["id"] in rows for n in a_notes), "rows made here have no origin"


def share_note(laptops, clock):
    """A note written on laptop a and copied to laptop b; returns its id."""
    with open_file(laptops["b"], clock) as b:
        merge_into(b, laptops["a"])
        return next(n["id"] for n in b.notes() if n["text"].startswith("a:"))


def test_the_same_note_edited_on_two_laptops_keeps_both_versions(laptops, clock):
    note = share_note(laptops, clock)
    clock.tick(minutes=5)
    with open_file(laptops["a"], clock) as a:
        a.update("notes", note, text="edited on a")
    clock.tick(minutes=5)
    with open_file(laptops["b"], clock) as b:
        b.update("notes", note, text="edited on b, later")
        report = merge_into(b, laptops["a"])
        assert report.counts["notes"].conflicts == 1
        assert b.get("notes", note)["text"] == "edited on b, later", "the latest edit wins"
        [conflict] = conflicts(b)
        assert conflict["theirs"]["text"] == "edited on a"
        assert conflict["theirs_from"] == "a.workshop"
        assert conflict["ours"]["text"] == "edited on b, later"
        # merging again does not list the same conflict twice
        assert not merge_into(b, laptops["a"]).changed
        assert len(conflicts(b)) == 1
        # the organizer chooses the other version
        clock.tick(minutes=1)
        changes = resolve_conflict(b, conflict["id"], keep="theirs")
        assert changes.ids("notes") == [note]
        assert b.get("notes", note)["text"] == "edited on a"
        assert conflicts(b) == []
        assert not merge_into(b, laptops["a"]).changed, "the choice holds on the next merge"
        assert b.get("notes", note)["text"] == "edited on a"


def test_a_conflict_the_other_way_round_keeps_the_replaced_version(laptops, clock):
    note = share_note(laptops, clock)
    clock.tick(minutes=5)
    with open_file(laptops["b"], clock) as b:
        b.update("notes", note, text="edited on b")
    clock.tick(minutes=5)
    with open_file(laptops["a"], clock) as a:
        a.update("notes", note, text="edited on a, later")
    with open_file(laptops["b"], clock) as b:
        merge_into(b, laptops["a"])
        assert b.get("notes", note)["text"] == "edited on a, later"
        [conflict] = conflicts(b)
        assert conflict["theirs"]["text"] == "edited on b"
        assert conflict["theirs_from"] == "b.workshop"
        resolve_conflict(b, conflict["id"], keep="ours")
        assert conflicts(b) == []
        assert len(conflicts(b, include_resolved=True)) == 1
        assert b.get("notes", note)["text"] == "edited on a, later"


def test_an_edit_on_one_laptop_only_is_an_update_not_a_conflict(laptops, clock):
    note = share_note(laptops, clock)
    clock.tick(minutes=5)
    with open_file(laptops["a"], clock) as a:
        a.update("notes", note, text="better wording")
    with open_file(laptops["b"], clock) as b:
        report = merge_into(b, laptops["a"])
        assert report.counts["notes"].updated == 1
        assert report.total("conflicts") == 0
        assert b.get("notes", note)["text"] == "better wording"
        clock.tick(minutes=5)
        b.update("notes", note, text="b improves it further")
        report = merge_into(b, laptops["a"])
        assert report.total("conflicts") == 0, "a still holds the version b started from"
        assert b.get("notes", note)["text"] == "b improves it further"


def test_a_removed_note_stays_removed_and_recoverable(laptops, clock):
    note = share_note(laptops, clock)
    clock.tick(minutes=5)
    with open_file(laptops["a"], clock) as a:
        a.delete("notes", note)
    with open_file(laptops["b"], clock) as b:
        merge_into(b, laptops["a"])
        assert note not in {n["id"] for n in b.notes()}
        assert b.get("notes", note)["text"].startswith("a:")


def test_a_fourth_laptop_with_an_extra_question_adds_it(tmp_path, laptops):
    extra = make_laptop_file(tmp_path / "d.workshop", "d")
    with open_file(extra) as d:
        kommun = next(p for p in d.perspectives() if p["name"] == "kommun")
        q = d.add("questions", perspective_id=kommun["id"], text="Vad är en smart by?")
        d.add_note(q.rows[0].id, d.workshops()[0]["id"], "d: en by som samarbetar")
    with open_file(laptops["a"]) as target:
        merge_into(target, extra)
        assert len(target.questions()) == 5
        assert len(target.perspectives()) == 2
        [new] = [q for q in target.questions() if q["text"] == "Vad är en smart by?"]
        assert new["perspective_id"] == next(
            p["id"] for p in target.perspectives() if p["name"] == "kommun"
        )


def test_the_targets_series_is_kept(laptops):
    with open_file(laptops["b"]) as b:
        b.update_series(title="Laptop B's title")
    with open_file(laptops["a"]) as target:
        before = target.series()
        merge_into(target, laptops["b"])
        assert target.series() == before


def test_progress_is_reported_and_cancelling_writes_nothing(laptops):
    calls = []
    with open_file(laptops["a"]) as target:
        merge_into(target, laptops["b"], progress=lambda d, t, w: calls.append((d, t)))
        assert calls[-1][0] == calls[-1][1]
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    with open_file(laptops["a"]) as target:
        counts = row_counts(target)

        def cancel(done, total, what):
            if what == "writing":
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            merge_into(target, laptops["c"], progress=cancel)
        assert row_counts(target) == counts


def test_cancelling_at_the_very_end_still_writes_nothing(laptops):
    """The last progress report ("done") comes before the commit: a cancel there rolls back."""
    with open_file(laptops["a"]) as target:
        counts = row_counts(target)

        def cancel_when_done(done, total, what):
            if what == "done":
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            merge_into(target, laptops["c"], progress=cancel_when_done)
        assert row_counts(target) == counts


def test_the_cli_merges_and_prints_counts(laptops, capsys):
    from workshop_app.cli import main

    assert main(["merge", str(laptops["a"]), str(laptops["b"]), str(laptops["c"])]) == 0
    out = capsys.readouterr().out
    assert "b.workshop" in out and "c.workshop" in out
    assert "13 added" in out
    assert "3 workshops, 4 questions, 36 notes" in out
    assert main(["merge", str(laptops["a"]), str(laptops["b"])]) == 0
    assert "0 added, 0 updated, 19 unchanged, 0 conflicts" in capsys.readouterr().out


def test_merged_json_document_passes_to_interchange(laptops, tmp_path):
    with open_file(laptops["a"]) as target:
        merge_into(target, laptops["b"])
        export_json(target, tmp_path / "merged.json")
    doc = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))
    assert len(doc["notes"]) == 2 * 4 * NOTES_PER_QUESTION
