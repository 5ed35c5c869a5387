"""Hostile text from a file (typed, merged or imported) is shown literally, never as markup.

A QLabel in its default mode renders anything that looks like HTML, and an <img> tag
would make Qt read a local file. The header shows titles and questions as text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.core.store import WorkshopFile

QUESTION = "<img src='/etc/hostname'> <b>Hur</b> kan vi & ni < de?"
TITLE = "<font size=40>Serie</font> &amp; mer"


def test_the_workspace_header_shows_markup_as_typed(window, tmp_path):
    path = tmp_path / "hostile.samla"
    wf = WorkshopFile.create(path, title=TITLE)
    wf.add("workshops", title="<i>W</i>")
    wf.add("questions", text=QUESTION)
    wf.close()
    assert window.open_file(path)
    workspace = window.workspace
    assert workspace.header.question_label.text() == QUESTION
    for label in (
        workspace.header.step_label,
        workspace.header.question_label,
        workspace.header.instruction_label,
    ):
        assert label.textFormat() == Qt.TextFormat.PlainText
    workspace.session.set_current(page="examples")
    assert workspace.header.question_label.text() == TITLE
    assert TITLE in window.windowTitle()
