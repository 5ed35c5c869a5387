"""New files (demo, from a preset, imported) appear whole or not at all."""

from __future__ import annotations

import sqlite3

import pytest

from workshop_app.core import demo, errors, templates
from workshop_app.core.store import WorkshopFile


def _disk_full_after(calls: int, real):
    count = {"n": 0}

    def failing(*args, **kwargs):
        count["n"] += 1
        if count["n"] > calls:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    return failing


def test_failed_fill_leaves_nothing_and_closes_the_file(tmp_path):
    path = tmp_path / "new.samla"
    opened = []

    def fill(wf):
        opened.append(wf)
        wf.add("workshops", title="Kalix")
        raise OSError(28, "No space left on device")

    with pytest.raises(errors.DiskFull):
        WorkshopFile.create_filled(path, fill, title="Series")
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file beside it
    with pytest.raises(sqlite3.ProgrammingError):  # the half-made file was closed
        opened[0].db.conn.execute("SELECT 1")

    wf = WorkshopFile.create_filled(path, lambda wf: wf.add("workshops", title="Kalix"), title="S")
    assert [w["title"] for w in wf.workshops()] == ["Kalix"]
    assert wf.series()["title"] == "S"
    wf.close()
    with pytest.raises(errors.AlreadyExists):
        WorkshopFile.create_filled(path, lambda wf: None)


def test_demo_is_whole_or_absent(tmp_path, monkeypatch):
    path = tmp_path / "demo.samla"
    monkeypatch.setattr(demo, "_add_note", _disk_full_after(50, demo._add_note))
    with pytest.raises(errors.DiskFull):
        demo.write_demo(path)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    wf = demo.write_demo(path)  # the retry does not say "already exists"
    assert wf.note_count() == 145 and len(wf.workshops()) == 3
    wf.close()


def test_preset_is_whole_or_absent(tmp_path, monkeypatch):
    path = tmp_path / "series.samla"
    name = templates.preset_names()[0]
    monkeypatch.setattr(
        templates, "add_questions_for", _disk_full_after(1, templates.add_questions_for)
    )
    with pytest.raises(errors.DiskFull):
        templates.new_series_from_preset(path, name)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    wf = templates.new_series_from_preset(path, name)
    assert wf.perspectives() and wf.questions()
    wf.close()


def test_a_bulk_fill_with_a_broken_reference_is_refused_whole(tmp_path):
    """With `bulk`, references are checked once at the end: still nothing broken lands."""

    def fill(wf):
        w = wf.add("workshops", title="W").rows[0].id
        wf.put_rows(
            "notes",
            [
                {
                    "id": "n1",
                    "question_id": "nowhere",
                    "workshop_id": w,
                    "text": "föräldralös",
                    "is_quote": False,
                    "x": 0.0,
                    "y": 0.0,
                    "created_at": "2026-11-01T09:00:00+00:00",
                    "updated_at": "2026-11-01T09:00:00+00:00",
                }
            ],
        )

    target = tmp_path / "new.samla"
    with pytest.raises(errors.InvalidValue, match="does not exist"):
        WorkshopFile.create_filled(target, fill, bulk=True)
    assert list(tmp_path.iterdir()) == []
