"""“Generate from facts” asks before it replaces an introduction written by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workshop_app.core.demo import write_demo
from workshop_app.report.model import generated_intro


def _intro_page(window, tmp_path):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    window.session.set_current(page="intro")
    return window.workspace.pages["intro"]


def _answer(monkeypatch, button_text: str | None) -> list:
    asked = []

    def exec_(box):
        asked.append(box.text())
        if button_text is not None:
            for button in box.buttons():
                if button.text() == button_text:
                    button.click()

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_a_hand_written_introduction_is_kept_unless_the_facilitator_says_replace(
    window, tmp_path, monkeypatch
):
    editor = _intro_page(window, tmp_path)
    wf = window.session.wf
    window.session.do("Edit", lambda wf: wf.update_series(intro="Min egen inledning."))
    asked = _answer(monkeypatch, "Keep my text")
    editor.generate_button.click()
    assert len(asked) == 1
    assert wf.series()["intro"] == "Min egen inledning."

    asked = _answer(monkeypatch, "Replace")
    editor.generate_button.click()
    assert wf.series()["intro"] == generated_intro(wf)


def test_an_empty_or_generated_introduction_is_written_without_asking(
    window, tmp_path, monkeypatch
):
    editor = _intro_page(window, tmp_path)
    wf = window.session.wf
    window.session.do("Edit", lambda wf: wf.update_series(intro=""))
    asked = _answer(monkeypatch, None)
    editor.generate_button.click()
    assert wf.series()["intro"] == generated_intro(wf)
    editor.generate_button.click()
    assert asked == []
