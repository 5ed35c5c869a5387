"""The export dialog runs the report export off the GUI thread and shows its progress.

The real exporter runs; the fixture only wraps it to record where and how it was called.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workshop_app.core.demo import write_demo
from workshop_app.gui.export_dialog import ExportDialog
from workshop_app.report import exporter as report_exporter


@pytest.fixture
def exporter(monkeypatch):
    calls = []
    real = report_exporter.export_report

    def recording(wf, **options):
        where = {"thread": threading.current_thread(), "readonly": wf.readonly}
        calls.append(where | {"notes": wf.note_count()} | options)
        return real(wf, **options)

    monkeypatch.setattr(report_exporter, "export_report", recording)
    return calls


def test_export_runs_off_the_gui_thread_with_progress(window, qtbot, tmp_path, exporter):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    window.open_file(path)
    dialog = window.show_export()
    assert isinstance(dialog, ExportDialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.name.setText("rapport")
    dialog.format_boxes["markdown"].setChecked(True)
    dialog.format_boxes["json"].setChecked(True)
    dialog.appendix.setChecked(True)
    dialog.workshops.item(2).setCheckState(Qt.CheckState.Unchecked)
    progress = []
    dialog.progress.valueChanged.connect(progress.append)

    with qtbot.waitSignal(dialog.exported, timeout=10000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert sorted(Path(p).name for p in done.args[0]) == [
        "rapport.json",
        "rapport.md",
        "rapport.pdf",
    ]
    [call] = exporter
    assert call["thread"] is not threading.main_thread()
    assert call["readonly"] and call["notes"] == 145
    assert call["appendix"] and call["votes"]
    workshops = window.session.wf.workshops()
    assert call["workshop_ids"] == [workshops[0]["id"], workshops[1]["id"]]
    assert (
        json.loads((out / "rapport.json").read_text(encoding="utf-8"))["format"] == "samla.series"
    )
    assert (out / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert "Smarta landsbygder" in (out / "rapport.md").read_text(encoding="utf-8")
    assert progress[-1] == 100 and any(0 < v < 100 for v in progress)
    assert "rapport.pdf" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_export_needs_a_format_and_a_workshop(window, tmp_path, exporter):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    window.open_file(path)
    dialog = window.show_export()
    dialog.format_boxes["pdf"].setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.format_boxes["csv"].setChecked(True)
    assert dialog.export_button.isEnabled()
    for i in range(dialog.workshops.count()):
        dialog.workshops.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()


def test_export_failure_is_explained_and_logged(window, qtbot, tmp_path, monkeypatch, exporter):
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    window.open_file(path)

    def broken(wf, **kwargs):
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(report_exporter, "export_report", broken)
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert "log file" in dialog.status.text()
    assert (tmp_path / "data" / "samla.log").read_text(encoding="utf-8").count("renderer bug")


def test_characters_the_font_cannot_draw_are_reported_after_export(window, qtbot, tmp_path):
    path = tmp_path / "demo.samla"
    wf = write_demo(path)
    wf.add_note(wf.questions()[0]["id"], wf.workshops()[0]["id"], "<b>Bygdens</b> röst 村の声")
    wf.close()
    window.open_file(path)
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path))
    dialog.appendix.setChecked(True)  # the note is printed in the appendix
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Please check" in dialog.status.text()
    assert "村" in dialog.status.text()
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText  # "<b>" is shown, not applied


def test_export_dialog_writes_a_word_document_with_the_chosen_contents(
    window, qtbot, tmp_path, exporter
):
    import docx

    path = tmp_path / "demo.samla"
    write_demo(path).close()
    window.open_file(path)
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("rapport")
    dialog.format_boxes["pdf"].setChecked(False)
    dialog.format_boxes["docx"].setChecked(True)
    dialog.summary.setChecked(True)
    dialog.divided_inline.setChecked(True)
    dialog.contents.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=10000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [Path(p).name for p in done.args[0]] == ["rapport.docx"]
    [call] = exporter
    assert call["summary"] and call["divided_inline"] and call["contents"]
    headings = [p.text for p in docx.Document(str(tmp_path / "rapport.docx")).paragraphs]
    assert "Sammanfattning" in headings


def test_an_export_no_program_opens_offers_its_folder(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "demo.samla"
    write_demo(path).close()
    window.open_file(path)
    opened = []

    def open_url(url):  # this computer has no PDF viewer: only folders open
        opened.append(url.toLocalFile())
        return Path(url.toLocalFile()).is_dir()

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    offered = []

    def exec_(box):
        offered.append(box.text())
        next(b for b in box.buttons() if b.text() == "Open folder").click()

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialog = window.show_export()
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.name.setText("rapport")
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert offered == ["The report is written, but no program here opens it."]
    assert opened == [str(out / "rapport.pdf"), str(out)]
