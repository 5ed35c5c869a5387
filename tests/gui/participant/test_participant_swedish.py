"""The shared-laptop screens in Swedish: the translation file is complete and used."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from participant_helpers import type_keys
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from workshop_app.core.assets import asset
from workshop_app.gui.participant.participant_window import ParticipantWindow

pytestmark = pytest.mark.gui


def test_every_string_has_a_finished_swedish_translation():
    root = ET.fromstring(asset("translations", "participant_sv.ts").read_bytes())
    messages = list(root.iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.find("source").text
        for m in messages
        if not (m.find("translation").text or "").strip()
        or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []


def test_participant_screen_speaks_swedish(qtbot, locked_session, wf):
    translator = QTranslator()
    assert translator.load(str(asset("translations", "participant_sv.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        window = ParticipantWindow(locked_session)
        qtbot.addWidget(window)
        window.show()
        assert window.skip_button.text() == "Fortsätt utan att välja"
        qtbot.keyClick(window.skip_button, Qt.Key_Return)
        type_keys(window.editor, "Lokal mataffär")
        qtbot.keyClick(window.editor, Qt.Key_Return)
        assert window.confirmation.text() == "Tack — din lapp är sparad"
        assert window.turn_title.text() == "Dina lappar i den här turen: 1"
        assert [n["text"] for n in wf.notes()] == ["Lokal mataffär"]
    finally:
        QCoreApplication.removeTranslator(translator)
