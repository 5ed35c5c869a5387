"""The main window reopens a file where the facilitator left it."""

from __future__ import annotations

from workshop_app.core.demo import write_demo
from workshop_app.core.store import WorkshopFile


def test_a_reopened_file_shows_the_step_where_it_was_left(window, tmp_path):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    session = window.session
    workshop, question = session.wf.workshops()[2], session.wf.questions()[3]
    session.set_current(workshop_id=workshop["id"], question_id=question["id"], step="vote")
    window.close_file()

    assert window.open_file(path)
    session, workspace = window.session, window.workspace
    assert (session.workshop_id, session.question_id, session.step) == (
        workshop["id"],
        question["id"],
        "vote",
    )
    assert workspace.stack.currentWidget() is workspace.pages["vote"]
    assert workspace.header.question_label.text() == question["text"]
    assert workspace.agenda.currentItem() is workspace.agenda.find(
        "step", workshop["id"], question["id"], "vote"
    )
    session.set_current(page="lessons")
    window.close_file()
    assert window.open_file(path)
    assert window.workspace.stack.currentWidget() is window.workspace.pages["lessons"]


def test_a_place_whose_question_is_gone_opens_on_the_first_one(window, tmp_path):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    session = window.session
    gone = session.wf.questions()[1]["id"]
    session.set_current(question_id=gone, step="write")
    window.close_file()
    with WorkshopFile.open(path) as wf:  # elsewhere (or by a merge) the question goes
        wf.delete("questions", gone)
        first = wf.questions()[0]

    assert window.open_file(path)
    session = window.session
    assert (session.question_id, session.step) == (first["id"], "write")
    assert window.workspace.header.question_label.text() == first["text"]
