"""An empty list shows what to add, never a dead form (no 2000-01-01 date to stare at)."""

from __future__ import annotations

from workshop_app.gui.setup_dialog import SetupDialog


def test_an_empty_list_shows_an_add_prompt_instead_of_the_form(window, tmp_path):
    assert window.new_series("generic", tmp_path / "blank.samla")
    dialog = window.findChild(SetupDialog)
    editor = dialog.workshops
    dialog.tabs.setCurrentWidget(editor)
    assert editor.empty_prompt.isVisible() and not editor.form_widget.isVisible()
    assert "No workshops yet" in editor.empty_label.text()
    editor.empty_add.click()
    assert len(window.session.wf.workshops()) == 1
    assert editor.form_widget.isVisible() and not editor.empty_prompt.isVisible()
    assert editor.date.date().year() > 2000
    window.action_undo.trigger()
    assert editor.empty_prompt.isVisible()


def test_synthesize_without_themes_leads_to_the_cluster_step(window, tmp_path):
    assert window.new_series("smarta-landsbygder", tmp_path / "s.samla")
    window.findChild(SetupDialog).close()
    session = window.session
    session.do("Add", lambda wf: wf.add("workshops", title="Storuman"))
    session.set_current(step="synthesize")
    page = window.workspace.pages["synthesize"]
    assert page.empty_prompt.isVisible() and not page.form_widget.isVisible()
    page.empty_add.click()
    assert session.step == "cluster"
