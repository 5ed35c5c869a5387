"""The main window's actions, menus and toolbar, declared as data.

Each action names the `MainWindow` method it calls; `install(window)` builds them
(`window.action_new` …, `window.menu_file` …, `window.toolbar`). The texts are the
English sources, translated in the "MainWindow" context when the window is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from workshop_app.gui.style import icon

if TYPE_CHECKING:
    from workshop_app.gui.main_window import MainWindow

Key = QKeySequence.StandardKey

#: Keys for the standard shortcuts on a platform that has none of its own.
FALLBACK_KEYS = {
    Key.New: "Ctrl+N",
    Key.Open: "Ctrl+O",
    Key.Close: "Ctrl+W",
    Key.Quit: "Ctrl+Q",
    Key.HelpContents: "F1",
    Key.Undo: "Ctrl+Z",
    Key.Redo: "Ctrl+Shift+Z",
}


@dataclass(frozen=True)
class ActionSpec:
    #: Object name: tests, accessibility checks and saved toolbars find the action by it.
    name: str
    #: English source text (translated in the "MainWindow" context).
    text: str
    #: The MainWindow method it calls (with the checked state, if `checkable`).
    slot: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str | None = None
    #: Only enabled while a file is open.
    needs_file: bool = True
    checkable: bool = False


ACTIONS = (
    ActionSpec(
        "action_new",
        QT_TRANSLATE_NOOP("MainWindow", "&New series…"),
        "ask_new_series",
        Key.New,
        "new",
        needs_file=False,
    ),
    ActionSpec(
        "action_open",
        QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
        "ask_open",
        Key.Open,
        "open",
        needs_file=False,
    ),
    ActionSpec(
        "action_demo",
        QT_TRANSLATE_NOOP("MainWindow", "Open the &demo workshop"),
        "open_demo",
        None,
        "demo",
        needs_file=False,
    ),
    ActionSpec(
        "action_save_copy",
        QT_TRANSLATE_NOOP("MainWindow", "Save a &copy as…"),
        "ask_save_copy",
        "Ctrl+Shift+S",
        "save-copy",
    ),
    ActionSpec(
        "action_export",
        QT_TRANSLATE_NOOP("MainWindow", "&Export report…"),
        "show_export",
        "Ctrl+E",
        "export",
    ),
    ActionSpec(
        "action_merge_file",
        QT_TRANSLATE_NOOP("MainWindow", "&Merge a workshop file…"),
        "ask_merge",
        "Ctrl+I",
        "open",
    ),
    ActionSpec("action_backups", QT_TRANSLATE_NOOP("MainWindow", "&Backups…"), "show_backups"),
    ActionSpec(
        "action_close", QT_TRANSLATE_NOOP("MainWindow", "&Close file"), "close_file", Key.Close
    ),
    ActionSpec(
        "action_quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", Key.Quit, needs_file=False
    ),
    # Undo and redo follow the open file's stack (MainWindow.show_undo_state).
    ActionSpec("action_undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "undo", Key.Undo, "undo"),
    ActionSpec("action_redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "redo", Key.Redo, "redo"),
    ActionSpec(
        "action_setup",
        QT_TRANSLATE_NOOP("MainWindow", "Series &set-up…"),
        "show_setup",
        "Ctrl+,",
        "setup",
    ),
    ActionSpec(
        "action_previous_step",
        QT_TRANSLATE_NOOP("MainWindow", "&Previous step"),
        "previous_step",
        "Ctrl+PgUp",
    ),
    ActionSpec(
        "action_next_step",
        QT_TRANSLATE_NOOP("MainWindow", "&Next step"),
        "next_step",
        "Ctrl+PgDown",
    ),
    ActionSpec(
        "action_board_focus",
        QT_TRANSLATE_NOOP("MainWindow", "&Board only"),
        "set_board_focus",
        "Ctrl+Shift+F",
        checkable=True,
    ),
    ActionSpec(
        "action_timer",
        QT_TRANSLATE_NOOP("MainWindow", "Start or pause the &timer"),
        "toggle_timer",
        "Ctrl+T",
        "start",
    ),
    ActionSpec(
        "action_add_minute",
        QT_TRANSLATE_NOOP("MainWindow", "Add one &minute"),
        "add_minute",
        "Ctrl+M",
        "add-minute",
    ),
    ActionSpec(
        "action_participant_mode",
        QT_TRANSLATE_NOOP("MainWindow", "&Participant mode…"),
        "start_participant_mode",
        "F5",
    ),
    ActionSpec(
        "action_voting", QT_TRANSLATE_NOOP("MainWindow", "&Dot voting…"), "start_voting", "F6"
    ),
    ActionSpec(
        "action_presentation",
        QT_TRANSLATE_NOOP("MainWindow", "Pr&esentation mode"),
        "open_presentation",
        "F7",
    ),
    ActionSpec(
        "action_reveal",
        QT_TRANSLATE_NOOP("MainWindow", "&Show notes to the room"),
        "set_revealed",
        "Ctrl+R",
        checkable=True,
    ),
    ActionSpec(
        "action_language",
        QT_TRANSLATE_NOOP("MainWindow", "&Language…"),
        "choose_language",
        None,
        "settings",
        needs_file=False,
    ),
    ActionSpec(
        "action_user_guide",
        QT_TRANSLATE_NOOP("MainWindow", "User &guide"),
        "show_user_guide",
        Key.HelpContents,
        "help",
        needs_file=False,
    ),
    ActionSpec(
        "action_shortcuts",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        "show_shortcuts",
        "Ctrl+F1",
        needs_file=False,
    ),
    ActionSpec(
        "action_about",
        QT_TRANSLATE_NOOP("MainWindow", "&About Samla"),
        "show_about",
        "Shift+F1",
        "about",
        needs_file=False,
    ),
)

SEPARATOR = "-"
#: The File menu's submenu of recently opened files (filled when it opens).
RECENT = "menu_recent"

#: (object name, title, contents): action names, SEPARATOR, or RECENT.
MENUS = (
    (
        "menu_file",
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "action_new",
            "action_open",
            RECENT,
            "action_demo",
            SEPARATOR,
            "action_save_copy",
            "action_export",
            "action_merge_file",
            "action_backups",
            SEPARATOR,
            "action_close",
            "action_quit",
        ),
    ),
    ("menu_edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("action_undo", "action_redo")),
    (
        "menu_workshop",
        QT_TRANSLATE_NOOP("MainWindow", "&Workshop"),
        (
            "action_setup",
            SEPARATOR,
            "action_previous_step",
            "action_next_step",
            "action_board_focus",
            "action_timer",
            "action_add_minute",
            SEPARATOR,
            "action_participant_mode",
            "action_voting",
            "action_presentation",
            "action_reveal",
        ),
    ),
    ("menu_settings", QT_TRANSLATE_NOOP("MainWindow", "&Settings"), ("action_language",)),
    (
        "menu_help",
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        ("action_user_guide", "action_shortcuts", SEPARATOR, "action_about"),
    ),
)

TOOLBAR = (
    "action_undo",
    "action_redo",
    SEPARATOR,
    "action_setup",
    "action_export",
    SEPARATOR,
    "action_participant_mode",
    "action_presentation",
)


def translated(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def shortcuts(shortcut: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The platform's own keys for a standard shortcut where it has them, else the usual ones."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS[shortcut])]
    return [QKeySequence(shortcut)]


def _make(window: MainWindow, spec: ActionSpec) -> QAction:
    action = QAction(translated(spec.text), window)
    action.setObjectName(spec.name)
    if spec.shortcut is not None:
        action.setShortcuts(shortcuts(spec.shortcut))
    if spec.icon:
        action.setIcon(icon(spec.icon))
    slot = getattr(window, spec.slot)
    if spec.checkable:
        action.setCheckable(True)
        action.triggered.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def install(window: MainWindow) -> dict[str, QAction]:
    """Build the actions, menus and toolbar of `window` from the tables above."""
    actions = {spec.name: _make(window, spec) for spec in ACTIONS}
    for name, action in actions.items():
        setattr(window, name, action)
    bar = window.menuBar()
    for menu_name, title, contents in MENUS:
        menu = bar.addMenu(translated(title))
        menu.setObjectName(menu_name)
        setattr(window, menu_name, menu)
        for entry in contents:
            if entry == SEPARATOR:
                menu.addSeparator()
            elif entry == RECENT:
                recent = menu.addMenu(translated(QT_TRANSLATE_NOOP("MainWindow", "Open &recent")))
                recent.setObjectName(RECENT)
                recent.aboutToShow.connect(window.fill_recent)
                window.menu_recent = recent
            else:
                menu.addAction(actions[entry])
    toolbar = window.addToolBar(translated(QT_TRANSLATE_NOOP("MainWindow", "Main")))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        if entry == SEPARATOR:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[entry])
    window.toolbar = toolbar
    return actions
