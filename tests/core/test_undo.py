"""Undo and redo change back only what the action changed."""

from __future__ import annotations

from workshop_app.core.store import WorkshopFile


def _series(tmp_path):
    wf = WorkshopFile.create(tmp_path / "u.workshop", title="Undo")
    workshop = wf.add("workshops", title="W").rows[0].id
    question = wf.add("questions", text="Q?").rows[0].id
    theme = wf.add("themes", question_id=question, title="T").rows[0].id
    note = wf.add_note(question, workshop, "original text").rows[0].id
    return wf, theme, note


def test_undo_keeps_an_edit_made_since_by_something_else(tmp_path):
    wf, theme, note = _series(tmp_path)
    filed = wf.file_notes([note], theme)  # the facilitator's action, on the undo stack
    wf.update("notes", note, text="edited since")  # e.g. a merge, outside the stack
    wf.revert(filed)
    row = wf.get("notes", note)
    assert row["theme_id"] is None
    assert row["text"] == "edited since"
    wf.reapply(filed)
    row = wf.get("notes", note)
    assert row["theme_id"] == theme and row["text"] == "edited since"
    wf.close()


def test_undo_of_an_added_row_removes_it_and_redo_brings_it_back(tmp_path):
    wf, theme, _ = _series(tmp_path)
    added = wf.add("examples", title="Byaforum", url="https://example.org")
    example = added.rows[0].id
    wf.revert(added)
    assert [e["id"] for e in wf.examples()] == []
    assert wf.get("examples", example)["deleted_at"] is not None  # kept, nothing lost
    wf.reapply(added)
    assert [e["title"] for e in wf.examples()] == ["Byaforum"]
    wf.close()


def test_undo_of_a_delete_restores_the_row(tmp_path):
    wf, theme, note = _series(tmp_path)
    wf.file_notes([note], theme)
    dissolved = wf.dissolve_theme(theme)
    assert wf.get("notes", note)["theme_id"] is None
    wf.revert(dissolved)
    assert wf.get("themes", theme)["deleted_at"] is None
    assert wf.get("notes", note)["theme_id"] == theme
    wf.close()
