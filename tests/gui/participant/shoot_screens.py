"""Screenshots of the shared-laptop screens on the demo series (not a test).

Usage (1366×768, and 1024×768 for the long word; under Xvfb or offscreen):
    Xvfb :97 -screen 0 1366x768x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb python tests/gui/participant/shoot_screens.py OUTDIR [--lang sv]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.core import pin, voting
from workshop_app.core.assets import asset
from workshop_app.core.demo import write_demo
from workshop_app.gui.participant.participant_window import ParticipantWindow
from workshop_app.gui.participant.voting_window import VotingWindow
from workshop_app.gui.presentation import PresentationWindow
from workshop_app.gui.session import Session
from workshop_app.gui.timer import StepTimer


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(20)


def save(app: QApplication, widget, out: Path) -> None:
    settle(app)
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else widget.grab()
    image.save(str(out))
    print(out, image.width(), "x", image.height())


def leave(app: QApplication, window) -> None:
    """Leave a locked screen the facilitator's way: the PIN and Enter."""
    window.request_leave()
    QTest.keyClicks(window.pin_prompt.field, "4711")
    QTest.keyClick(window.pin_prompt.field, Qt.Key_Return)
    settle(app)


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--lang", default="sv")
    args = parser.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translator = QTranslator()
    if args.lang == "sv":
        translator.load(str(asset("translations", "participant_sv.qm")))
        QCoreApplication.installTranslator(translator)

    tmp = Path(tempfile.mkdtemp())
    wf = write_demo(tmp / "demo.samla")
    pin.set_pin(wf, "4711")
    session = Session(wf)
    question = wf.questions()[0]
    session.set_current(workshop_id=wf.workshops()[0]["id"], question_id=question["id"])
    lang = args.lang

    participant = ParticipantWindow(session)
    participant.show_locked()
    save(app, participant, out / f"participant-perspective-{lang}.png")
    participant.perspective_buttons[0].click()
    for text in ("Snabbare bredband till alla byar", "En mötesplats i skolan på kvällarna"):
        type_text(participant.editor, text)
        QTest.keyClick(participant.editor, Qt.Key_Return)
    save(app, participant, out / f"participant-confirmed-{lang}.png")
    type_text(participant.editor, "Samåkning med appar som kommunen ")
    save(app, participant, out / f"participant-write-{lang}.png")
    participant.request_leave()
    for guess in ("0003", "0004"):
        QTest.keyClicks(participant.pin_prompt.field, guess)
        QTest.keyClick(participant.pin_prompt.field, Qt.Key_Return)
    save(app, participant, out / f"participant-pin-two-wrong-{lang}.png")
    leave(app, participant)

    # A 500-character word (run on a 1024×768 screen too): Edit and Withdraw stay on screen.
    narrow = ParticipantWindow(session, ask_perspective=False)
    narrow.show_locked()
    for text in ("Bredband" * 62 + "!!!!", "https://example.org/" + "a" * 200):
        narrow.editor.setPlainText(text)
        QTest.keyClick(narrow.editor, Qt.Key_Return)
    narrow.editor.setPlainText("x" * 500)
    size = QGuiApplication.primaryScreen().size()
    save(app, narrow, out / f"participant-long-word-{size.width()}x{size.height()}-{lang}.png")
    leave(app, narrow)

    round_id = voting.create_round(wf, question["id"], session.workshop_id).rows[0].id
    voter = VotingWindow(session, round_id)
    voter.show_locked()
    voter.rows[0].add(1)
    voter.rows[2].add(1)
    voter.rows[2].add(1)
    save(app, voter, out / f"voting-{lang}.png")
    voter.confirm()
    save(app, voter, out / f"voting-thanks-{lang}.png")
    leave(app, voter)
    themes = voting.round_themes(wf, round_id)
    for i, theme in enumerate(themes[:4]):
        voting.cast_ballot(
            wf, round_id, {theme["id"]: 1, themes[-1]["id"]: 1} if i else {theme["id"]: 2}
        )

    timer = StepTimer(600)
    presentation = PresentationWindow(session, timer)
    presentation.setGeometry(QGuiApplication.primaryScreen().geometry())
    presentation.showFullScreen()
    session.set_current(step="write")
    save(app, presentation, out / f"presentation-hidden-{lang}.png")
    session.set_revealed(True)
    session.set_current(step="cluster")
    save(app, presentation, out / f"presentation-themes-{lang}.png")
    voting.set_revealed(wf, round_id, True)
    session.set_current(step="vote")
    save(app, presentation, out / f"presentation-votes-{lang}.png")

    # 30 revealed notes of a question without themes, as coloured cards.
    fresh = wf.add("questions", text="Vad behöver kommuner för att möjliggöra smarta landsbygder?")
    fresh_id = fresh.rows[0].id
    ideas = [
        "Fiber till varje by",
        "Mötesplatser i skolan",
        "Samåkning via appar",
        "Lokal service i byn",
        "Digitala vårdcentraler",
        "Coworking i gamla banken",
        "Bättre kollektivtrafik",
        "Laddstolpar vid affären",
        "Unga som stannar",
        "Bredband på fjällgårdar",
        "Kommunal wifi i byalaget",
        "Hemtjänst med surfplattor",
    ]
    perspectives = [p["id"] for p in wf.perspectives()]
    for i in range(30):
        wf.add_note(
            fresh_id,
            session.workshop_id,
            f"{ideas[i % len(ideas)]} ({i + 1})",
            perspective_id=perspectives[i % len(perspectives)],
        )
    session.set_current(question_id=fresh_id, step="write")
    session.set_revealed(True)
    save(app, presentation, out / f"presentation-30-notes-{lang}.png")
    presentation.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
