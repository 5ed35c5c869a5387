"""Undo names its action and object, and shows the page where the change was made."""

from __future__ import annotations

from workshop_app.core.demo import write_demo


def _demo(window, tmp_path):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    return window.session


def test_undo_from_another_page_names_the_lesson_and_shows_its_page(window, tmp_path, qtbot):
    session = _demo(window, tmp_path)
    session.set_current(page="lessons")
    editor = window.workspace.pages["lessons"]
    expert = editor.current_row()
    before = list(expert["items"])
    editor.items.setCurrentRow(1)
    editor.remove_item()
    session.set_current(page="intro")
    name = expert["expert"]
    assert window.action_undo.text() == f"Undo: remove lesson 2 ({name})"

    window.action_undo.trigger()
    assert session.place.page == "lessons"  # the change is in sight, not done off-screen
    assert session.wf.get("lessons", expert["id"])["items"] == before
    assert window.action_redo.text() == f"Redo: remove lesson 2 ({name})"
    session.set_current(page="examples")
    window.action_redo.trigger()
    assert session.place.page == "lessons"
    assert session.wf.get("lessons", expert["id"])["items"] == before[:1] + before[2:]


def test_the_toolbar_undo_button_keeps_its_size_whatever_it_would_undo(window, tmp_path):
    session = _demo(window, tmp_path)
    button = window.toolbar.widgetForAction(window.action_undo)
    empty = button.sizeHint()
    session.do(
        "Add note “a rather long note that names a lot of things”",
        lambda wf: wf.add_note(session.question_id, session.workshop_id, "lång lapp"),
    )
    assert window.action_undo.text().startswith("Undo: add note")
    assert button.sizeHint() == empty
    assert "a rather long note" in button.toolTip()


def test_a_workshop_removed_in_the_set_up_is_named_by_its_title(window, tmp_path):
    _demo(window, tmp_path)
    dialog = window.show_setup()
    dialog.tabs.setCurrentWidget(dialog.workshops)
    title = dialog.workshops.current_row()["title"]
    dialog.workshops.remove_row()
    assert window.action_undo.text() == f"Undo: remove workshop “{title}”"
