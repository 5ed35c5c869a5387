"""Help → User guide and Help → Keyboard shortcuts: read-only, offline, from our own files.

The guide is Markdown in resources/guide (guide_sv.md, guide_en.md), shipped with the
app and shown in a QTextBrowser that opens no links and loads nothing: it is text we
wrote, never a document from outside.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.assets import asset
from workshop_app.gui import actions

#: Keys that are not menu actions: the board's and the fields' (English sources).
OTHER_KEYS = (
    ("Ctrl+Enter", QCoreApplication.translate("Shortcuts", "Add the dictated note (Write step)")),
)


def guide_text(language: str) -> str:
    """The user guide in `language` (English where there is none)."""
    name = f"guide_{language}.md"
    found = asset("guide", name)
    return (found if found.is_file() else asset("guide", "guide_en.md")).read_text("utf-8")


class _Browser(QTextBrowser):
    """Shows our guide; a link or image in it is never followed or loaded."""

    def loadResource(self, kind, name):  # noqa: N802 (Qt override)
        return None


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = _Browser()
        self.browser.setObjectName("user_guide_text")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)


def shortcut_rows() -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, then the keys of fields and the board."""
    rows = []
    for spec in actions.ACTIONS:
        if spec.shortcut is None:
            continue
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText)
            for key in actions.shortcuts(spec.shortcut)
        )
        what = actions.translated(spec.text).replace("&", "").rstrip("…")
        rows.append((what, keys))
    board = (
        ("N", QCoreApplication.translate("Shortcuts", "Board: a new theme of the selected notes")),
        ("M", QCoreApplication.translate("Shortcuts", "Board: merge the selected themes")),
        ("S", QCoreApplication.translate("Shortcuts", "Board: split the selected notes off")),
        ("D", QCoreApplication.translate("Shortcuts", "Board: dissolve the selected themes")),
        ("Q", QCoreApplication.translate("Shortcuts", "Board: quote the selected notes")),
        ("F", QCoreApplication.translate("Shortcuts", "Board: show the whole board")),
        ("Shift+F", QCoreApplication.translate("Shortcuts", "Board: show the selection")),
        ("Ctrl+F", QCoreApplication.translate("Shortcuts", "Board: search the notes")),
        ("Tab", QCoreApplication.translate("Shortcuts", "Next field (also in text boxes)")),
        ("Ctrl+Tab", QCoreApplication.translate("Shortcuts", "Type a tab in a text box")),
        ("F7", QCoreApplication.translate("Shortcuts", "In presentation mode: back here")),
        ("F11", QCoreApplication.translate("Shortcuts", "In presentation mode: full screen")),
    )
    rows += [(what, keys) for keys, what in (*((k, w) for k, w in OTHER_KEYS), *board)]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyboard_shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
