"""A facilitator's whole session in the real main window, then the file reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.core.store import WorkshopFile
from workshop_app.gui.setup_dialog import SetupDialog
from workshop_app.gui.steps import STEPS, step_title


def type_line(qtbot, edit, text):
    """Type into a line edit and press Enter, as a user does (QTest types ASCII only)."""
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_text(qtbot, session, edit, text):
    """Type into a multi-line field and wait until it saves itself."""
    with qtbot.waitSignal(session.changed, timeout=5000):
        qtbot.keyClicks(edit, text)


def test_full_session_then_reopen(window, qtbot, tmp_path, monkeypatch, step_clock):
    path = tmp_path / "landsbygd.samla"
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))

    # -- a new series from the Swedish preset opens the set-up dialog
    assert window.new_series("smarta-landsbygder", path)
    session = window.session
    dialog = window.findChild(SetupDialog)
    assert dialog is not None and dialog.isVisible()
    assert session.wf.series()["goal"] == "Smarta landsbygder"
    assert len(session.wf.questions()) == 4  # two per perspective
    type_line(qtbot, dialog.series.fields["organization"].field, "Landsbygdsnatverket")
    assert session.wf.series()["organization"] == "Landsbygdsnatverket"

    # -- add a workshop in the set-up dialog
    dialog.tabs.setCurrentWidget(dialog.workshops)
    qtbot.mouseClick(dialog.workshops.add_button, Qt.MouseButton.LeftButton)
    type_line(qtbot, dialog.workshops.place, "Bygdegarden")
    dialog.workshops.participants.setValue(12)
    [workshop] = session.wf.workshops()  # Enter in a field saves it, and adds nothing
    assert (workshop["place"], workshop["participants"]) == ("Bygdegarden", 12)

    # -- reorder questions: the second moves first
    dialog.tabs.setCurrentWidget(dialog.questions)
    second = session.wf.questions()[1]
    dialog.questions.select(second["id"])
    qtbot.mouseClick(dialog.questions.up_button, Qt.MouseButton.LeftButton)
    assert session.wf.questions()[0]["id"] == second["id"]
    dialog.close()

    # -- the agenda shows the workshop; choose its first question
    workspace = window.workspace
    agenda = workspace.agenda
    question = session.wf.questions()[0]
    item = agenda.find("question", workshop["id"], question["id"])
    assert item is not None
    agenda.setCurrentItem(item)
    assert (session.workshop_id, session.question_id, session.step) == (
        workshop["id"],
        question["id"],
        "introduce",
    )
    assert workspace.header.question_label.text() == question["text"]

    # -- the timer: start, +1 min, pause, reset
    timer_widget = workspace.header.timer_widget
    timer = workspace.timer()
    assert timer_widget.display.text() == "03:00"
    qtbot.mouseClick(timer_widget.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and timer_widget.start_button.text() == "Pause"
    qtbot.mouseClick(timer_widget.minute_button, Qt.MouseButton.LeftButton)
    assert timer.remaining > 180
    qtbot.mouseClick(timer_widget.start_button, Qt.MouseButton.LeftButton)
    assert not timer.running
    assert timer_widget.state.text() == "Paused"
    qtbot.mouseClick(timer_widget.reset_button, Qt.MouseButton.LeftButton)
    assert timer.remaining == 180 and timer_widget.display.text() == "03:00"
    timer_widget.minutes.setValue(4)  # a longer time box for this step
    assert timer.duration == 240 and timer_widget.display.text() == "04:00"

    # -- step through all five steps with Next
    seen = []
    for step in STEPS:
        assert session.step == step
        assert step_title(step) in workspace.header.step_label.text()
        assert workspace.stack.currentWidget() is workspace.pages[step]
        seen.append(step)
        if step == "write":
            break
        qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)

    # -- Write: a 1-second time box that closes input, with the end signal
    timer_widget.stop_input.setChecked(True)
    write_timer = workspace.timer()
    write_timer.set_duration(1)
    qtbot.mouseClick(timer_widget.start_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(timer_widget.time_up, timeout=4000):
        step_clock.advance(1.0)  # the second passes; the running timer sees it at its next look
    assert timer_widget.property("finished")  # what the stylesheet paints red
    assert timer_widget.display.text() == "00:00"
    assert timer_widget.state.text() == "Time is up!"
    assert beeps, "the end of a time box is signalled with a sound"
    assert session.input_closed
    write = workspace.pages["write"]
    assert not write.input.isEnabled() and not write.banner.isHidden()
    qtbot.mouseClick(write.reopen_button, Qt.MouseButton.LeftButton)
    assert not session.input_closed and write.input.isEnabled()

    # -- dictated notes, added with Ctrl+Enter or the button
    write.input.setPlainText("Bjud in foreningarna till kommunhuset")
    qtbot.mouseClick(write.add_button, Qt.MouseButton.LeftButton)
    write.input.setFocus()
    qtbot.keyClicks(write.input, "Traffa byborna pa plats")
    qtbot.keyClick(write.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    write.input.setPlainText("Snabbare bredband")
    qtbot.mouseClick(write.add_button, Qt.MouseButton.LeftButton)
    assert write.notes.count() == 3
    assert write.input.toPlainText() == ""
    texts = [n["text"] for n in session.wf.notes(question["id"])]
    assert texts == [
        "Bjud in foreningarna till kommunhuset",
        "Traffa byborna pa plats",
        "Snabbare bredband",
    ]

    # -- Cluster: on the board, a theme from two selected notes
    qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)
    board = workspace.pages["cluster"]
    assert workspace.stack.currentWidget() is board
    cards = sorted(board.scene.notes.values(), key=lambda n: n.note_id)
    assert len(cards) == 3
    for card in cards[:2]:
        card.setSelected(True)
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    editor = board.view.editor()
    qtbot.keyClicks(editor, "Lokal forankring")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    theme = session.wf.themes(question["id"])[0]
    assert theme["title"] == "Lokal forankring"
    assert sum(n["theme_id"] == theme["id"] for n in session.wf.notes(question["id"])) == 2

    # -- Vote: four dots for the theme in this workshop
    qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)
    vote = workspace.pages["vote"]
    vote.table.cellWidget(0, 1).setValue(4)
    assert [(v["theme_id"], v["count"]) for v in session.wf.votes()] == [(theme["id"], 4)]

    # -- Synthesize: heading, synthesis, a quote, divided opinions
    qtbot.mouseClick(workspace.next_button, Qt.MouseButton.LeftButton)
    assert session.step == "synthesize"
    # the last step: the button leads on to the next question
    assert workspace.next_button.text() == "Next question →" and workspace.next_button.isEnabled()
    synthesis = workspace.pages["synthesize"]
    assert synthesis.current_id() == theme["id"]
    type_line(qtbot, synthesis.heading, "Bygga relationer med den lokala nivan")
    type_text(qtbot, session, synthesis.synthesis, "Kommunerna vill mota byborna.")
    synthesis.quotes.item(1).setCheckState(Qt.CheckState.Checked)
    synthesis.divided.click()
    type_line(qtbot, synthesis.divided_note, "Inte alla ville ha fler moten")

    # -- moving back keeps everything: the notes are still there
    qtbot.mouseClick(workspace.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(workspace.previous_button, Qt.MouseButton.LeftButton)
    assert session.step == "cluster" and list(board.scene.themes) == [theme["id"]]

    # -- a good example, with a link checked before it is stored
    session.set_current(page="examples")
    examples = workspace.pages["examples"]
    assert workspace.stack.currentWidget() is examples
    assert not workspace.header.timer_widget.isVisible()
    qtbot.mouseClick(examples.add_button, Qt.MouseButton.LeftButton)
    type_line(qtbot, examples.title, "Byaforum i Ljusdal")
    type_text(qtbot, session, examples.body, "Ett forum dar byarna moter kommunen.")
    type_line(qtbot, examples.url, "file:///etc/passwd")
    assert not examples.link_error.isHidden()
    assert "https://" in examples.link_error.text()
    assert session.wf.examples()[0]["url"] == ""
    type_line(qtbot, examples.url, "example.org/byaforum")  # typed without a scheme
    assert examples.link_error.isHidden()
    assert examples.url.text() == "https://example.org/byaforum"
    assert session.wf.examples()[0]["url"] == "https://example.org/byaforum"
    type_line(qtbot, examples.link_text, "Las mer")

    # -- an expert with ordered lessons
    session.set_current(page="lessons")
    lessons = workspace.pages["lessons"]
    qtbot.mouseClick(lessons.add_button, Qt.MouseButton.LeftButton)
    type_line(qtbot, lessons.expert, "Anna Berg")
    type_line(qtbot, lessons.affiliation, "Region Jamtland")
    type_line(qtbot, lessons.new_item, "Borja i det lilla")
    type_line(qtbot, lessons.new_item, "Lyssna pa bygden")
    assert session.wf.lessons()[0]["items"] == ["Borja i det lilla", "Lyssna pa bygden"]
    lessons.items.setCurrentRow(1)
    lessons.move_item(-1)
    assert session.wf.lessons()[0]["items"] == ["Lyssna pa bygden", "Borja i det lilla"]

    # -- undo and redo through the Edit menu's actions
    window.action_undo.trigger()
    assert session.wf.lessons()[0]["items"] == ["Borja i det lilla", "Lyssna pa bygden"]
    assert lessons.item_texts() == ["Borja i det lilla", "Lyssna pa bygden"]
    window.action_redo.trigger()
    assert session.wf.lessons()[0]["items"] == ["Lyssna pa bygden", "Borja i det lilla"]
    assert window.action_undo.shortcut().matches(window.action_undo.shortcut())
    assert not window.action_undo.shortcut().isEmpty()

    # -- the introduction, generated from the facts
    session.set_current(page="intro")
    intro = workspace.pages["intro"]
    qtbot.mouseClick(intro.generate_button, Qt.MouseButton.LeftButton)
    assert "en workshop" in intro.text.toPlainText()
    assert "12 personer" in intro.text.toPlainText()

    # -- close, reopen, find everything
    window.close_file()
    assert window.central.currentWidget() is window.start_screen
    assert window.start_screen.recent.count() == 1
    assert window.open_file(path)
    wf: WorkshopFile = window.session.wf
    assert wf.series()["organization"] == "Landsbygdsnatverket"
    assert "12 personer" in wf.series()["intro"]
    assert wf.workshops()[0]["place"] == "Bygdegarden"
    assert wf.questions()[0]["id"] == second["id"]
    assert len(wf.notes(question["id"])) == 3
    theme = wf.themes(question["id"])[0]
    assert theme["title"] == "Bygga relationer med den lokala nivan"
    assert theme["synthesis"] == "Kommunerna vill mota byborna."
    assert theme["divided"] and theme["divided_note"] == "Inte alla ville ha fler moten"
    quoted = [n["text"] for n in wf.notes(question["id"]) if n["is_quote"]]
    assert len(quoted) == 1
    assert wf.votes()[0]["count"] == 4
    example = wf.examples()[0]
    assert (example["title"], example["url"], example["link_text"]) == (
        "Byaforum i Ljusdal",
        "https://example.org/byaforum",
        "Las mer",
    )
    assert example["body"] == "Ett forum dar byarna moter kommunen."
    lesson = wf.lessons()[0]
    assert (lesson["expert"], lesson["affiliation"]) == ("Anna Berg", "Region Jamtland")
    assert lesson["items"] == ["Lyssna pa bygden", "Borja i det lilla"]


def test_blank_series_set_up_from_scratch(window, qtbot, tmp_path):
    """The generic preset starts empty; what is added in set-up becomes the agenda."""
    assert window.new_series("generic", tmp_path / "blank.samla")
    session, workspace = window.session, window.workspace
    assert workspace.header.question_label.text() == "No questions yet"
    dialog = window.findChild(SetupDialog)
    type_line(qtbot, dialog.series.fields["goal"].field, "levande landsbygd")
    dialog.tabs.setCurrentWidget(dialog.perspectives)
    qtbot.mouseClick(dialog.perspectives.add_button, Qt.MouseButton.LeftButton)
    type_line(qtbot, dialog.perspectives.name, "by")
    type_line(qtbot, dialog.perspectives.plural, "byar")
    assert [(p["name"], p["plural"]) for p in session.wf.perspectives()] == [("by", "byar")]
    dialog.tabs.setCurrentWidget(dialog.questions)
    qtbot.mouseClick(dialog.questions.template_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.questions.add_button, Qt.MouseButton.LeftButton)
    texts = [q["text"] for q in session.wf.questions()]
    assert texts == [
        "Hur kan byar möjliggöra levande landsbygd?",
        "Vad behöver byar för att möjliggöra levande landsbygd?",
        "New question?",
    ]
    dialog.tabs.setCurrentWidget(dialog.workshops)
    qtbot.mouseClick(dialog.workshops.add_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert workspace.header.question_label.text() == texts[0]
    assert session.workshop_id == session.wf.workshops()[0]["id"]
    assert workspace.agenda.find("step", session.workshop_id, session.question_id, "write")
    # Removing the current question moves on to the next one; nothing else goes.
    window.show_setup()
    dialog = window.findChild(SetupDialog)
    dialog.tabs.setCurrentWidget(dialog.questions)
    dialog.questions.select(session.question_id)
    qtbot.mouseClick(dialog.questions.remove_button, Qt.MouseButton.LeftButton)
    assert workspace.header.question_label.text() == texts[1]
    window.action_undo.trigger()
    assert len(session.wf.questions()) == 3


def test_stop_input_is_remembered_per_step_and_when_the_file_is_reopened(window, tmp_path):
    from workshop_app.core.demo import write_demo

    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    session, box = window.session, window.workspace.header.timer_widget.stop_input
    session.set_current(step="write")
    assert not box.isChecked()
    box.setChecked(True)
    session.set_current(step="vote")
    assert not box.isChecked()  # each step has its own
    session.set_current(step="write")
    assert box.isChecked()
    window.close_file()
    assert window.open_file(path)
    box = window.workspace.header.timer_widget.stop_input
    assert window.session.step == "write" and box.isChecked()
    window.session.set_current(step="vote")
    assert not box.isChecked()


def test_a_paused_timer_offers_to_continue(window, tmp_path, step_clock):
    from workshop_app.core.demo import write_demo

    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    timer = window.workspace.header.timer_widget
    assert timer.start_button.text() == "Start"
    timer.toggle()
    assert timer.start_button.text() == "Pause"
    step_clock.advance(5)
    timer.timer.tick.emit(timer.timer.remaining)
    timer.toggle()
    assert timer.start_button.text() == "Continue"
    timer.reset()
    assert timer.start_button.text() == "Start"


def test_the_set_up_asks_about_a_template_subtitle_after_a_perspective_is_renamed(window, tmp_path):
    assert window.new_series("smarta-landsbygder", tmp_path / "s.samla")
    from workshop_app.gui.setup_dialog import SetupDialog

    dialog = window.findChild(SetupDialog)
    assert dialog.wording.isHidden()
    session = window.session
    region = session.wf.perspectives()[1]
    session.do("Rename", lambda wf: wf.update("perspectives", region["id"], plural="byalag"))
    assert not dialog.wording.isHidden()
    assert "med kommunala och regionala perspektiv" in dialog.wording.text.text()
    dialog.wording.edit_button.click()
    assert dialog.tabs.currentWidget() is dialog.series
    subtitle = dialog.series.fields["subtitle"].field
    assert subtitle.selectedText() == session.wf.series()["subtitle"]  # ready to retype
    dialog.wording.keep_button.click()
    assert dialog.wording.isHidden()
    assert session.wf.series()["subtitle"].startswith("Lärdomar")  # kept, as said
