"""Multi-line fields: Tab moves to the next field, Ctrl+Tab types a tab."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.core.demo import write_demo


def test_tab_in_the_synthesis_moves_on_and_ctrl_tab_types_a_tab(window, tmp_path, qtbot):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    window.session.set_current(step="synthesize")
    editor = window.workspace.pages["synthesize"]
    field = editor.synthesis
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = field.toPlainText()
    qtbot.keyClick(field, Qt.Key_Tab)
    assert field.toPlainText() == before
    qtbot.waitUntil(lambda: not field.hasFocus())
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClick(field, Qt.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == before + "\t"


def test_a_long_one_line_field_shows_the_beginning_of_its_text(window, tmp_path):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    session = window.session
    session.set_current(page="lessons")
    editor = window.workspace.pages["lessons"]
    long = "Professor i landsbygdsutveckling vid " + "Sveriges lantbruksuniversitet, " * 4
    row = editor.current_row()
    session.do("Edit", lambda wf: wf.update("lessons", row["id"], affiliation=long))
    assert editor.affiliation.text() == long
    assert editor.affiliation.cursorPosition() == 0  # "Professor i …", not "…universitet,"
