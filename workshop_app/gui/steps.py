"""The five guided steps of a question: their names, what the facilitator does in each,
and how long each takes by default.

The pages the workspace shows for them live in step_page.py (their common base),
introduce_page.py, write_page.py and vote_page.py; the Cluster step's page is the
board (gui/board/), the Synthesize step's the synthesis editor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.core.navigation import STEPS

__all__ = [
    "DEFAULT_MINUTES",
    "STEPS",
    "participant_instruction",
    "step_instruction",
    "step_title",
]

#: Default time box per step, in minutes.
DEFAULT_MINUTES = {"introduce": 3, "write": 8, "cluster": 15, "vote": 5, "synthesize": 15}


def step_title(step: str) -> str:
    return {
        "introduce": QCoreApplication.translate("Steps", "Introduce"),
        "write": QCoreApplication.translate("Steps", "Write"),
        "cluster": QCoreApplication.translate("Steps", "Cluster"),
        "vote": QCoreApplication.translate("Steps", "Vote"),
        "synthesize": QCoreApplication.translate("Steps", "Synthesize"),
    }[step]


def step_instruction(step: str) -> str:
    """What the facilitator does in this step, in a sentence or two."""
    return {
        "introduce": QCoreApplication.translate(
            "Steps",
            "Read the question aloud and make sure everyone understands it. "
            "Explain the next step: everyone writes on their own, one idea per note.",
        ),
        "write": QCoreApplication.translate(
            "Steps",
            "Silent writing: each person writes their own ideas, one per note. "
            "Notes stay hidden from the room until you reveal them. "
            "If someone prefers to dictate, type their idea below.",
        ),
        "cluster": QCoreApplication.translate(
            "Steps",
            "Read the notes aloud and group those that belong together into themes. "
            "Name each theme once the groups have settled.",
        ),
        "vote": QCoreApplication.translate(
            "Steps",
            "Dot voting: each person gets a few dots to place on the themes that matter "
            "most. Enter the count for each theme.",
        ),
        "synthesize": QCoreApplication.translate(
            "Steps",
            "For each theme, write a heading and a short synthesis, pick quotes from "
            "the notes, and note where opinions were divided.",
        ),
    }[step]


def participant_instruction() -> str:
    return QCoreApplication.translate(
        "Steps",
        "Think on your own for a moment. Then write one idea per note: short, concrete, "
        "in your own words. There are no wrong answers.",
    )
