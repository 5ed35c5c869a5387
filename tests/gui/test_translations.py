"""The Swedish interface: every string the workspace shows is translated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from workshop_app.core.demo import write_demo
from workshop_app.gui.agenda import SERIES_PAGES
from workshop_app.gui.setup_dialog import SetupDialog
from workshop_app.gui.steps import STEPS

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "workspace_sv.ts"


def english_sources() -> set[str]:
    """Source strings whose Swedish differs (so seeing one on screen means it was missed)."""
    sources = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if source not in forms:
            sources.add(source.replace("&", ""))
    return sources


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible string a user can read or hear under `root`."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        texts = [w.windowTitle(), w.toolTip(), w.accessibleName()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            texts += [header.text(i) for i in range(header.columnCount())]
        if isinstance(w, QMenu):
            texts.append(w.title())
        texts += [a.text() for a in w.actions()]
        texts += [a.toolTip() for a in w.actions()]
        found += [(name, t.replace("&", "")) for t in texts if t]
    return found


def untranslated(root: QWidget, sources: set[str]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in shown_texts(root) if text in sources]


def test_translation_source_is_complete_and_compiled(tmp_path):
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 200
    unfinished = [
        m.find("source").text for m in messages if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    # The shipped .qm is what the documented step builds from the .ts.
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / "workspace_sv.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes()


def test_swedish_ui_has_no_english_strings(qtbot, tmp_path, window_in):
    sources = english_sources()
    assert {"Open the demo workshop", "Next step →", "Stop input when time is up"} <= sources
    # The same walk over the English window finds the sources: the check can see them.
    english = window_in("en")
    assert len(untranslated(english, sources)) > 15
    window = window_in("sv")
    start = window.start_screen
    assert untranslated(window, sources) == []
    assert start.findChild(QAbstractButton, "open_demo").text() == "Öppna demoworkshoppen"

    # the set-up dialog, every tab, on a new series from the Swedish preset
    assert window.new_series("smarta-landsbygder", tmp_path / "serie.samla")
    dialog = window.findChild(SetupDialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert untranslated(dialog, sources) == [], dialog.tabs.tabText(index)
    qtbot.mouseClick(dialog.workshops.add_button, Qt.MouseButton.LeftButton)
    assert untranslated(dialog, sources) == []
    dialog.close()

    # the workspace on the demo: every step and every series page
    window.close_file()
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    window.open_file(path)
    workspace = window.workspace
    for step in STEPS:
        workspace.session.set_current(step=step)
        assert untranslated(window, sources) == [], step
    assert workspace.next_button.text() == "Nästa fråga →"  # the last step leads on
    workspace.session.set_current(step="vote")
    assert workspace.next_button.text() == "Nästa steg →"
    for page in SERIES_PAGES:
        workspace.session.set_current(page=page)
        assert untranslated(window, sources) == [], page
    window.show_export()
    for dialog in window.findChildren(QWidget, "export_dialog"):
        assert untranslated(dialog, sources) == []
    window.close_file()


def test_swedish_standard_buttons_say_ok_in_capitals(window_in):
    from PySide6.QtWidgets import QDialogButtonBox

    window_in("sv")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
