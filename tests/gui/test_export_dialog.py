"""The export dialog runs the report export off the GUI thread and shows its progress.

The report renderers live in `workshop_app.report.exporter`; here a stand-in with the
same signature records the call (the dialog imports the module by its real name).
"""

from __future__ import annotations

import json
import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workshop_app.core.demo import write_demo
from workshop_app.gui.export_dialog import ExportDialog


@pytest.fixture
def exporter(monkeypatch):
    calls = []

    def export_report(
        wf,
        *,
        pdf=None,
        markdown=None,
        html=None,
        csv=None,
        csv_bom=False,
        workshop_ids=None,
        appendix=False,
        votes=True,
        progress=None,
    ):
        calls.append(
            {
                "thread": threading.current_thread(),
                "notes": wf.note_count(),
                "readonly": wf.readonly,
                "workshop_ids": workshop_ids,
                "appendix": appendix,
                "votes": votes,
            }
        )
        written = []
        for step, target in enumerate(p for p in (pdf, markdown, html, csv) if p):
            Path(target).write_text("report", encoding="utf-8")
            written.append(target)
            progress(step + 1, 4)
        return written

    module = types.ModuleType("workshop_app.report.exporter")
    module.export_report = export_report
    monkeypatch.setitem(sys.modules, "workshop_app.report.exporter", module)
    import workshop_app.report as report_package

    monkeypatch.setattr(report_package, "exporter", module, raising=False)
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

    monkeypatch.setattr(sys.modules["workshop_app.report.exporter"], "export_report", broken)
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert "log file" in dialog.status.text()
    assert (tmp_path / "data" / "samla.log").read_text(encoding="utf-8").count("renderer bug")
