"""The agenda follows the session's place and moves it; one click shows the step once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.core.demo import write_demo


def _open_demo(window, tmp_path):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    return window.session, window.workspace


def _click(qtbot, agenda, item) -> None:
    agenda.scrollToItem(item)
    rect = agenda.visualItemRect(item)
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _count(signal) -> list:
    seen: list = []
    signal.connect(seen.append)
    return seen


def test_one_agenda_click_shows_the_step_once(window, qtbot, tmp_path):
    session, workspace = _open_demo(window, tmp_path)
    agenda = workspace.agenda
    workshop, question = session.wf.workshops()[1], session.wf.questions()[2]
    moves, shown = _count(session.place_changed), _count(workspace.place_shown)
    item = agenda.find("step", workshop["id"], question["id"], "vote")
    agenda.scrollToItem(item)
    agenda.expandItem(item.parent())
    _click(qtbot, agenda, item)
    assert (session.workshop_id, session.question_id, session.step) == (
        workshop["id"],
        question["id"],
        "vote",
    )
    assert len(moves) == 1 and len(shown) == 1
    assert workspace.stack.currentWidget() is workspace.pages["vote"]
    assert workspace.header.question_label.text() == question["text"]
    assert agenda.currentItem() is item

    # "Next step" too: one move, one display, and the agenda follows it.
    qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)
    assert session.step == "synthesize"
    assert len(moves) == 2 and len(shown) == 2
    assert agenda.currentItem() is agenda.find("step", workshop["id"], question["id"], "synthesize")

    # A series page, and back to the step it left.
    _click(qtbot, agenda, agenda.find("page", None, None, "examples"))
    assert workspace.stack.currentWidget() is workspace.pages["examples"]
    assert len(moves) == 3 and len(shown) == 3
    _click(qtbot, agenda, agenda.find("step", workshop["id"], question["id"], "synthesize"))
    assert workspace.stack.currentWidget() is workspace.pages["synthesize"]
    assert len(moves) == 4 and len(shown) == 4


def test_clicking_the_question_of_the_shown_step_moves_nothing(window, qtbot, tmp_path):
    session, workspace = _open_demo(window, tmp_path)
    agenda = workspace.agenda
    step_item = agenda.currentItem()
    assert tuple(step_item.data(0, Qt.ItemDataRole.UserRole))[0] == "step"
    moves = _count(session.place_changed)
    _click(qtbot, agenda, step_item.parent())  # the question: its Introduce step is shown
    assert moves == []
    assert agenda.currentItem() is step_item


def test_editing_the_series_does_not_rebuild_the_agenda(window, qtbot, tmp_path):
    session, workspace = _open_demo(window, tmp_path)
    agenda = workspace.agenda
    question = session.wf.questions()[0]
    workshop = session.wf.workshops()[0]
    item = agenda.find("question", workshop["id"], question["id"])
    # Each autosave of the introduction changes the series: the tree stays as it is.
    session.do("Edit", lambda wf: wf.update_series(intro="Ny inledning", title="Ny titel"))
    assert agenda.find("question", workshop["id"], question["id"]) is item
    assert agenda.topLevelItem(0).text(0) == "Ny titel"
    # A renamed question is relabelled where it is, in every workshop.
    session.do("Edit", lambda wf: wf.update("questions", question["id"], text="Omdöpt?"))
    assert agenda.find("question", workshop["id"], question["id"]) is item
    assert item.text(0) == "1. Omdöpt?"
    # A new question changes the tree's shape: rebuilt, and the place still selected.
    session.do("Add", lambda wf: wf.add("questions", text="En till?"))
    other = session.wf.workshops()[2]
    assert agenda.find("question", other["id"], session.wf.questions()[-1]["id"]) is not None
    assert agenda.currentItem() is agenda.find(
        "step", session.workshop_id, session.question_id, session.step
    )


def test_the_step_actions_follow_the_place(window, qtbot, tmp_path):
    session, workspace = _open_demo(window, tmp_path)
    assert not window.action_previous_step.isEnabled() and window.action_next_step.isEnabled()
    window.action_next_step.trigger()
    assert session.step == "write" and window.action_previous_step.isEnabled()
    session.set_current(step="synthesize")
    first, second = session.wf.questions()[:2]
    assert session.question_id == first["id"]
    assert workspace.next_button.text() == "Next question →"
    window.action_next_step.trigger()  # after the last step: the next question, from the start
    assert (session.question_id, session.step) == (second["id"], "introduce")
    session.set_current(question_id=session.wf.questions()[-1]["id"], step="synthesize")
    assert not window.action_next_step.isEnabled() and not workspace.next_button.isEnabled()
    session.set_current(question_id=first["id"])
    assert window.action_timer.isEnabled() and window.action_add_minute.isEnabled()
    session.set_current(page="intro")  # a series page has no timer
    assert not window.action_timer.isEnabled() and not window.action_add_minute.isEnabled()
