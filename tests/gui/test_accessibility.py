"""Keyboard and screen-reader basics: names on inputs, shortcuts on the main actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workshop_app.core.demo import write_demo
from workshop_app.gui.agenda import SERIES_PAGES
from workshop_app.gui.setup_dialog import SetupDialog
from workshop_app.gui.steps import STEPS

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name: no accessible name and no label buddy."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w in buddies:
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or spin box is named by its owner
        if isinstance(w, QHeaderView):
            continue  # a table's header is read with the table
        if isinstance(w, INPUTS) and not w.accessibleName():
            missing.append(f"{type(w).__name__}#{w.objectName()}")
        if isinstance(w, QAbstractButton) and not (w.text() or w.accessibleName()):
            missing.append(f"{type(w).__name__}#{w.objectName()}")
    return missing


def test_every_input_has_a_name(window, tmp_path):
    assert unnamed_inputs(window) == []
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    window.open_file(path)
    workspace = window.workspace
    for step in STEPS:
        workspace.session.set_current(step=step)
        assert unnamed_inputs(window) == [], step
    for page in SERIES_PAGES:
        workspace.session.set_current(page=page)
        assert unnamed_inputs(window) == [], page
    window.show_setup()
    dialog = window.findChild(SetupDialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert unnamed_inputs(dialog) == [], dialog.tabs.tabText(index)


def test_main_actions_have_shortcuts(window):
    for name in (
        "action_new",
        "action_open",
        "action_save_copy",
        "action_export",
        "action_close",
        "action_quit",
        "action_setup",
        "action_next_step",
        "action_previous_step",
        "action_timer",
        "action_add_minute",
        "action_undo",
        "action_redo",
        "action_about",
    ):
        action = getattr(window, name)
        assert not action.shortcut().isEmpty(), name
        assert action.objectName() == name
    for menu in (window.menu_file, window.menu_edit, window.menu_workshop, window.menu_help):
        assert "&" in menu.title()  # reachable with Alt+letter
