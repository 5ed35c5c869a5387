"""Test helpers for the shared-laptop screens (a uniquely named module, importable)."""

from __future__ import annotations

from workshop_app.core.store import WorkshopFile

PIN = "4711"


def make_series(path) -> dict:
    """A file with two perspectives, one workshop, one question with six themes."""
    wf = WorkshopFile.create(path, title="Smarta landsbygder", goal="smarta landsbygder")
    ids = {
        "kommun": wf.add("perspectives", name="Kommun", plural="Kommuner").rows[0].id,
        "region": wf.add("perspectives", name="Region", plural="Regioner").rows[0].id,
        "workshop": wf.add("workshops", title="Workshop 1, Storuman").rows[0].id,
    }
    ids["question"] = (
        wf.add("questions", text="Hur kan kommuner möjliggöra smarta landsbygder?").rows[0].id
    )
    ids["other_question"] = (
        wf.add("questions", text="Vad behöver kommuner för att möjliggöra smarta landsbygder?")
        .rows[0]
        .id
    )
    titles = ["Bredband", "Service", "Mötesplatser", "Transporter", "Bostäder", "Skola"]
    ids["themes"] = [
        wf.add("themes", question_id=ids["question"], title=t).rows[0].id for t in titles
    ]
    wf.close()
    return ids


def type_keys(widget, text: str) -> None:
    """Type `text` into `widget` with real key events, one per character.

    `QTest.keyClicks` only knows ASCII (it aborts on "ä"), so other characters are
    sent as key events carrying their text, as a keyboard with that key would.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii():
            run += ch
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        if ch == "\0":
            break
        code = ord(ch.upper()) if len(ch.upper()) == 1 and ord(ch.upper()) <= 0xFF else 0
        key = Qt.Key(code) if code else Qt.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.NoModifier)


def leave_with_pin(qtbot, window, pin: str = PIN) -> None:
    """Leave a locked screen as the facilitator does: Escape, the PIN, Enter."""
    from PySide6.QtCore import Qt

    window.request_leave()
    with qtbot.waitSignal(window.left, timeout=5000):
        qtbot.keyClicks(window.pin_prompt.field, pin)
        qtbot.keyClick(window.pin_prompt.field, Qt.Key_Return)
