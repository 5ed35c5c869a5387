"""The workspace's pages by key: the five steps' pages and the three series pages.

Each page is built the first time it is shown, and the heavier ones import their
modules only then: opening a file shows the Introduce step at once, without loading
the board of 10,000 notes nobody is looking at yet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QWidget

from workshop_app.gui.session import Session

PageFactory = Callable[[Session], QWidget]


def _introduce_page(session: Session) -> QWidget:
    from workshop_app.gui.introduce_page import IntroducePage

    return IntroducePage(session)


def _write_page(session: Session) -> QWidget:
    from workshop_app.gui.write_page import WritePage

    return WritePage(session)


def _board_page(session: Session) -> QWidget:
    from workshop_app.gui.board import BoardWidget

    return BoardWidget(session)


def _vote_page(session: Session) -> QWidget:
    from workshop_app.gui.vote_page import VotePage

    return VotePage(session)


def _synthesis_page(session: Session) -> QWidget:
    from workshop_app.gui.synthesis_editor import SynthesisEditor

    return SynthesisEditor(session)


def _intro_page(session: Session) -> QWidget:
    from workshop_app.gui.intro_editor import IntroEditor

    return IntroEditor(session)


def _examples_page(session: Session) -> QWidget:
    from workshop_app.gui.examples_editor import ExamplesEditor

    return ExamplesEditor(session)


def _lessons_page(session: Session) -> QWidget:
    from workshop_app.gui.lessons_editor import LessonsEditor

    return LessonsEditor(session)


def _privacy_page(session: Session) -> QWidget:
    from workshop_app.gui.privacy_page import PrivacyPage

    return PrivacyPage(session)


#: A step ("introduce" … "synthesize") or a series page ("intro", "examples", "lessons",
#: "privacy").
PAGE_FACTORIES: dict[str, PageFactory] = {
    "introduce": _introduce_page,
    "write": _write_page,
    "cluster": _board_page,
    "vote": _vote_page,
    "synthesize": _synthesis_page,
    "intro": _intro_page,
    "examples": _examples_page,
    "lessons": _lessons_page,
    "privacy": _privacy_page,
}


class PageMap(Mapping[str, QWidget]):
    """The pages of one session by key; `pages["cluster"]` builds the page on first look-up,
    so pages nobody opens cost nothing."""

    def __init__(self, session: Session, on_built: Callable[[str, QWidget], None]):
        self._session = session
        self._built: dict[str, QWidget] = {}
        self._on_built = on_built

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = PAGE_FACTORIES[key](self._session)
            self._built[key] = page
            self._on_built(key, page)
        return page

    def __iter__(self):
        return iter(PAGE_FACTORIES)

    def __len__(self) -> int:
        return len(PAGE_FACTORIES)
