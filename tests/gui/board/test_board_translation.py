"""The board speaks Swedish when the Swedish translation is loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from workshop_app.core.assets import asset


def test_board_in_swedish(qtbot, demo_path, open_board):
    translator = QTranslator()
    assert translator.load(str(asset("translations", "board_sv.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        wf, session, widget = open_board(qtbot, demo_path)
        assert widget.suggest_action.text() == "Föreslå grupper"
        assert widget.suggest_busy.text() == "Letar efter grupper…"
        assert widget.search_box.placeholderText() == "Sök bland lappar (Ctrl+F)"
        assert widget.scene.loose_label.text() == "Osorterade lappar"
        notes = [n for n in widget.scene.notes.values() if n.theme_id is None]
        widget.scene.new_theme(notes)
        assert session.undo_stack.undoText() == "Nytt tema"
        widget.close()
        wf.close()
    finally:
        QCoreApplication.removeTranslator(translator)
