"""Help → User guide (offline, in the interface language) and Help → Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from workshop_app.gui.help_dialogs import GuideDialog, ShortcutsDialog, guide_text


def test_f1_shows_the_guide_in_the_interface_language(window_in, qtbot):
    for language, heading in (("sv", "användarhandledning"), ("en", "user guide")):
        window = window_in(language)
        window.action_user_guide.trigger()
        dialog = window.findChild(GuideDialog)
        assert dialog.isVisible()
        assert heading in dialog.browser.toPlainText().casefold()
        window.action_user_guide.trigger()  # again: the same window, not a second
        assert len(window.findChildren(GuideDialog)) == 1
        dialog.close()


def test_the_guide_loads_nothing_and_follows_no_link(qtbot):
    dialog = GuideDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.browser.openLinks() is False and dialog.browser.openExternalLinks() is False
    kind = QTextDocument.ResourceType.ImageResource
    assert dialog.browser.loadResource(kind, QUrl("https://example.org/x.png")) is None


def test_both_guides_name_the_keys_the_app_has():
    for language in ("sv", "en"):
        text = guide_text(language)
        for key in ("Ctrl+Z", "F5", "F6", "F7", "Ctrl+E", "Ctrl+Shift+F"):
            assert key in text, (language, key)


def test_keyboard_shortcuts_lists_every_action_with_its_keys(window, qtbot):
    window.action_shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Board only"] == "Ctrl+Shift+F"
    assert rows["Presentation mode"] == "F7"
    assert rows["Undo"].startswith("Ctrl+Z")
    assert rows["Board: merge the selected themes"] == "M"
