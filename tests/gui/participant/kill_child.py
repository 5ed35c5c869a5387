"""Child process of the kill test: participant mode typing notes until it is killed.

Usage: python kill_child.py FILE QUESTION_ID WORKSHOP_ID PREFIX

Builds a ParticipantWindow offscreen on FILE, types notes with real key events
and presses Enter; the moment each confirmation is shown it prints
"CONFIRMED <note text>" and flushes, then types the next note. It never stops on
its own: the parent kills it with SIGKILL.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workshop_app.core.store import WorkshopFile  # noqa: E402
from workshop_app.gui.participant.participant_window import ParticipantWindow  # noqa: E402
from workshop_app.gui.session import Session  # noqa: E402


def main() -> None:
    path, question_id, workshop_id, prefix = sys.argv[1:5]
    app = QApplication([])
    session = Session(WorkshopFile.open(path))
    session.set_current(workshop_id=workshop_id, question_id=question_id)
    window = ParticipantWindow(session, ask_perspective=False)
    window.showFullScreen()

    def confirmed(text: str) -> None:
        assert window.confirmation.isVisible()
        sys.stdout.write(f"CONFIRMED {text}\n")
        sys.stdout.flush()

    window.note_confirmed.connect(confirmed)
    number = 0
    while True:
        number += 1
        QTest.keyClicks(window.editor, f"{prefix} note {number}")
        QTest.keyClick(window.editor, Qt.Key_Return)
        app.processEvents()


if __name__ == "__main__":
    main()
