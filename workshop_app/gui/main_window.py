"""The facilitator's main window: the start screen, or the workspace of one open file.

The workspace is the agenda (series pages, then workshop → question → step) beside
the current page, with the question, the step's instruction and its timer on top.

Other parts of the app plug in here:

- `set_step_page(step, widget)` replaces the page of a step for the open file, and
  `register_step_page(step, factory)` does it for every file opened from then on
  (`factory(session) -> QWidget`, called when the step is first shown). The Cluster
  step's page is the sticky-note board. Pages are built the first time they are shown.
- `session_opened(session)` is emitted whenever a file has been opened.
- `menu_file`, `menu_workshop` and `menu_help` take extra actions.

File → Import workshop file and Backups, and Workshop → Participant mode, Dot voting,
Presentation mode and "Show notes to the room" open the windows in
`gui/import_dialog.py`, `gui/backups_dialog.py`, `gui/participant/` and
`gui/presentation/` (imported when first used, to keep start-up quick).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app import __version__
from workshop_app.core.data_dir import data_dir
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.logs import log_file
from workshop_app.gui.agenda import SERIES_PAGES, Agenda
from workshop_app.gui.errors import show_error
from workshop_app.gui.session import Session
from workshop_app.gui.settings import AppSettings
from workshop_app.gui.start_screen import StartScreen
from workshop_app.gui.steps import (
    DEFAULT_MINUTES,
    STEPS,
    IntroducePage,
    VotePage,
    WritePage,
    step_instruction,
    step_title,
)
from workshop_app.gui.style import icon, scaled_font
from workshop_app.gui.timer import StepTimer
from workshop_app.gui.timer_widget import TimerWidget

if TYPE_CHECKING:
    from workshop_app.core.store import WorkshopFile

FILE_SUFFIX = ".samla"
# The main window's size at the first start (later: as it was last closed).
DEFAULT_SIZE = QSize(1280, 760)
# Room left for the title bar and borders the system adds around the window.
FRAME_ALLOWANCE = QSize(16, 48)
FALLBACK_KEYS = {
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Close: "Ctrl+W",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.HelpContents: "F1",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.Redo: "Ctrl+Shift+Z",
}
StepPageFactory = Callable[[Session], QWidget]
#: Steps whose page needs the height: their header is compact (the timer in one row).
COMPACT_HEADER_STEPS = {"cluster"}


# The pages of the steps and series pages. Each is built the first time it is shown, and
# the heavier ones import their modules only then: opening a file shows the Introduce
# step at once, without loading the board of 10,000 notes nobody is looking at yet.


def _board_page(session: Session) -> QWidget:
    from workshop_app.gui.board import BoardWidget

    return BoardWidget(session)


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


PAGE_FACTORIES: dict[str, StepPageFactory] = {
    "introduce": IntroducePage,
    "write": WritePage,
    "cluster": _board_page,
    "vote": VotePage,
    "synthesize": _synthesis_page,
    "intro": _intro_page,
    "examples": _examples_page,
    "lessons": _lessons_page,
    "privacy": _privacy_page,
}


class PageMap(Mapping[str, QWidget]):
    """The workspace's pages by key ("write", "cluster", "intro" …).

    A page is built the first time it is looked up (`pages["cluster"]`), so pages
    nobody opens cost nothing; `built(key)` tells without building.
    """

    def __init__(self, factories: dict[str, Callable[[], QWidget]], on_built):
        self._factories = dict(factories)
        self._built: dict[str, QWidget] = {}
        self._on_built = on_built

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key]()
            self._built[key] = page
            self._on_built(key, page)
        return page

    def __iter__(self):
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def built(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def replace(self, key: str, factory: Callable[[], QWidget]) -> QWidget | None:
        """Use `factory` for `key` from now on; returns the page it replaces, if one was built."""
        self._factories[key] = factory
        return self._built.pop(key, None)


def file_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Samla workshop files (*.samla *.workshop);;All files (*)"
    )


class Workspace(QWidget):
    """Agenda, header (question, instruction, timer), the current page and step navigation."""

    #: The current step's timer changed (each question's step keeps its own countdown).
    timer_changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.timers: dict[tuple[str | None, str], StepTimer] = {}
        self.page_key: str = session.step  # a step, or a series page

        self.agenda = Agenda(session)
        self.agenda.setMinimumWidth(220)

        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.step_label.setObjectName("step_title")
        self.step_label.setFont(scaled_font(self.step_label, 1.1, bold=True))
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.question_label.setObjectName("question_text")
        self.question_label.setWordWrap(True)
        self._question_fonts = (
            scaled_font(self.question_label, 1.7, bold=True),
            scaled_font(self.question_label, 1.35, bold=True),  # compact header
        )
        self.question_label.setFont(self._question_fonts[0])
        self.question_label.setAccessibleName(self.tr("Question"))
        self.instruction_label = QLabel()
        self.instruction_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.instruction_label.setObjectName("instruction")
        self.instruction_label.setWordWrap(True)
        self.timer_widget = TimerWidget(session)
        header_text = QWidget()
        text_layout = QVBoxLayout(header_text)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.step_label)
        text_layout.addWidget(self.question_label)
        text_layout.addWidget(self.instruction_label)
        text_layout.addStretch()
        self._header_text = header_text
        # The header: the text beside the timer card, or (compact, for the board) the text
        # above the timer in one row, so the page below gets the height.
        self.header = QGridLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setColumnStretch(0, 1)
        self.compact_header = True
        self._set_compact_header(False)

        self.stack = QStackedWidget()
        self.pages = PageMap(
            {key: (lambda f=factory: f(session)) for key, factory in PAGE_FACTORIES.items()},
            self._page_built,
        )

        self.previous_button = QPushButton(self.tr("← Previous step"))
        self.previous_button.setObjectName("previous_step")
        self.previous_button.clicked.connect(lambda: self.go_step(-1))
        self.next_button = QPushButton(self.tr("Next step →"))
        self.next_button.setObjectName("next_step")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(lambda: self.go_step(+1))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch()
        nav.addWidget(self.next_button)
        self.nav = QWidget()
        self.nav.setLayout(nav)
        self.nav.layout().setContentsMargins(0, 0, 0, 0)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(20, 14, 20, 14)
        right_layout.addLayout(self.header)
        line = QFrame()
        line.setObjectName("rule")
        line.setFixedHeight(1)
        right_layout.addWidget(line)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.nav)

        splitter = QSplitter()
        splitter.addWidget(self.agenda)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.agenda.step_chosen.connect(self.show_step)
        self.agenda.series_page_chosen.connect(self.show_series_page)
        session.current_changed.connect(self._current_changed)
        session.changed.connect(self._on_changed)
        self.show_step(session.step)

    # ------------------------------------------------------------------ pages

    def _page_built(self, key: str, page: QWidget) -> None:
        page.setObjectName(page.objectName() or f"page_{key}")
        self.stack.addWidget(page)

    def set_page(self, key: str, widget: QWidget) -> None:
        """Show `widget` as the page of `key` from now on."""
        self.set_page_factory(key, lambda: widget)
        self.pages[key]  # into the stack now, as it was given

    def set_page_factory(self, key: str, factory: Callable[[], QWidget]) -> None:
        """Build the page of `key` with `factory` (when it is first shown) from now on."""
        old = self.pages.replace(key, factory)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if self.page_key == key:
            self.stack.setCurrentWidget(self.pages[key])

    def timer(self) -> StepTimer:
        """The timer of the current question's current step (each keeps running on its own)."""
        key = (self.session.question_id, self.session.step)
        if key not in self.timers:
            self.timers[key] = StepTimer(DEFAULT_MINUTES[self.session.step] * 60, self)
        return self.timers[key]

    def show_step(self, step: str) -> None:
        if self.session.step != step:
            self.session.set_current(step=step)  # comes back here through current_changed
            return
        self.page_key = step
        self._set_compact_header(step in COMPACT_HEADER_STEPS)
        self.stack.setCurrentWidget(self.pages[step])
        self.timer_widget.show()
        self.timer_widget.set_timer(self.timer())
        self.timer_changed.emit(self.timer())
        self.nav.show()
        self._update_header()

    def show_series_page(self, page: str) -> None:
        self.page_key = page
        self._set_compact_header(False)
        self.stack.setCurrentWidget(self.pages[page])
        self.timer_widget.hide()
        self.nav.hide()
        self._update_header()

    def _set_compact_header(self, compact: bool) -> None:
        if compact == self.compact_header:
            return
        self.compact_header = compact
        self.header.removeWidget(self._header_text)
        self.header.removeWidget(self.timer_widget)
        self.timer_widget.set_compact(compact)
        self.question_label.setFont(self._question_fonts[1 if compact else 0])
        if compact:
            self.header.addWidget(self._header_text, 0, 0, 1, 2)
            self.header.addWidget(self.timer_widget, 1, 0, 1, 2)
            self.header.setVerticalSpacing(4)
        else:
            self.header.addWidget(self._header_text, 0, 0)
            self.header.addWidget(self.timer_widget, 0, 1, Qt.AlignmentFlag.AlignTop)
            self.header.setVerticalSpacing(6)

    def go_step(self, delta: int) -> None:
        index = STEPS.index(self.session.step) + delta
        if 0 <= index < len(STEPS):
            self.agenda.choose_step(STEPS[index])

    def _current_changed(self) -> None:
        if self.page_key not in SERIES_PAGES:
            self.show_step(self.session.step)

    def _on_changed(self, changes) -> None:
        if changes.tables & {"questions", "workshops"}:
            self._ensure_current()
        if changes.tables & {"questions", "series", "workshops"}:
            self._update_header()

    def _ensure_current(self) -> None:
        """Point the session at a live workshop and question (the first ones, if needed)."""
        wf, s = self.session.wf, self.session
        workshops = [w["id"] for w in wf.workshops()]
        questions = [q["id"] for q in wf.questions()]
        workshop_id = s.workshop_id if s.workshop_id in workshops else None
        question_id = s.question_id if s.question_id in questions else None
        workshop_id = workshop_id or (workshops[0] if workshops else None)
        question_id = question_id or (questions[0] if questions else None)
        if (workshop_id, question_id) != (s.workshop_id, s.question_id):
            s.workshop_id, s.question_id = workshop_id, question_id
            s.set_current()

    def _update_header(self) -> None:
        if self.page_key in SERIES_PAGES:
            self.step_label.setText(self.agenda.series_page_title(self.page_key))
            self.question_label.setText(self.session.wf.series()["title"])
            self.instruction_label.setText("")
            return
        step = self.session.step
        number = STEPS.index(step) + 1
        workshop = (
            self.session.wf.get("workshops", self.session.workshop_id)
            if self.session.workshop_id
            else None
        )
        label = (
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(number))
            .replace("%2", str(len(STEPS)))
            .replace("%3", step_title(step))
        )
        if workshop:
            label += f"  ·  {workshop['title']}"
        self.step_label.setText(label)
        question = (
            self.session.wf.get("questions", self.session.question_id)
            if self.session.question_id
            else None
        )
        if question is None:
            self.question_label.setText(self.tr("No questions yet"))
            self.instruction_label.setText(
                self.tr("Add workshops and questions in Workshop → Series set-up.")
            )
        elif workshop is None:
            self.question_label.setText(question["text"])
            self.instruction_label.setText(
                self.tr("Add a workshop in Workshop → Series set-up to collect notes.")
            )
        else:
            self.question_label.setText(question["text"])
            self.instruction_label.setText(step_instruction(step))
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < len(STEPS))


class LanguageDialog(QDialog):
    """Choose the interface language (at first start, and in Settings)."""

    def __init__(self, current: str, parent: QWidget | None = None, *, first_start: bool = False):
        super().__init__(parent)
        self.setObjectName("language_dialog")
        self.setWindowTitle(self.tr("Language"))
        self.setMinimumWidth(420)
        self.choice = QComboBox()
        self.choice.setObjectName("language_choice")
        self.choice.setAccessibleName(self.tr("Language"))
        self.choice.addItem("Svenska", "sv")
        self.choice.addItem("English", "en")
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        text = (
            self.tr(
                "Welcome to Samla. Choose the language of the app "
                "(you can change it later in Settings)."
            )
            if first_start
            else self.tr("The new language is used the next time Samla starts.")
        )
        label = QLabel(text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def language(self) -> str:
        return self.choice.currentData()


class MainWindow(QMainWindow):
    #: A file has been opened; its `Session` is passed.
    session_opened = Signal(object)
    #: The open file was closed.
    session_closed = Signal()

    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self._factories: dict[str, StepPageFactory] = {}
        self.setObjectName("main_window")
        self.setWindowTitle("Samla")
        self.setMinimumSize(960, 600)

        self.central = QStackedWidget()
        self.setCentralWidget(self.central)
        self._start_screen: StartScreen | None = None

        self._build_actions()
        self._build_menus()
        self._update_actions()
        self.statusBar()

    @property
    def start_screen(self) -> StartScreen:
        """The start screen; built when first needed (not when the app opens on a file)."""
        if self._start_screen is None:
            screen = StartScreen(self.settings)
            screen.new_requested.connect(self.new_series)
            screen.open_requested.connect(self.ask_open)
            screen.open_path.connect(self.open_file)
            screen.demo_requested.connect(self.open_demo)
            self.central.insertWidget(0, screen)
            self._start_screen = screen
        return self._start_screen

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.central.count() == 0:  # no file open: the start screen
            self.central.setCurrentWidget(self.start_screen)
        super().showEvent(event)

    # ---------------------------------------------------------------- actions

    def _action(self, name: str, text: str, slot, shortcut=None, icon_name=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # The platform's own keys where it has them, else the usual ones.
            keys = QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS[shortcut])]
            action.setShortcuts(keys)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            "action_new",
            self.tr("&New series…"),
            lambda: self.new_series(self.start_screen.preset.currentData()),
            QKeySequence.StandardKey.New,
            "new",
        )
        self.action_open = self._action(
            "action_open", self.tr("&Open…"), self.ask_open, QKeySequence.StandardKey.Open, "open"
        )
        self.action_demo = self._action(
            "action_demo", self.tr("Open the &demo workshop"), self.open_demo, None, "demo"
        )
        self.action_save_copy = self._action(
            "action_save_copy",
            self.tr("Save a &copy as…"),
            self.ask_save_copy,
            QKeySequence("Ctrl+Shift+S"),
            "save-copy",
        )
        self.action_export = self._action(
            "action_export",
            self.tr("&Export report…"),
            self.show_export,
            QKeySequence("Ctrl+E"),
            "export",
        )
        self.action_close = self._action(
            "action_close", self.tr("&Close file"), self.close_file, QKeySequence.StandardKey.Close
        )
        self.action_quit = self._action(
            "action_quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.action_setup = self._action(
            "action_setup",
            self.tr("Series &set-up…"),
            self.show_setup,
            QKeySequence("Ctrl+,"),
            "setup",
        )
        self.action_next_step = self._action(
            "action_next_step",
            self.tr("&Next step"),
            lambda: self._go(+1),
            QKeySequence("Ctrl+PgDown"),
        )
        self.action_previous_step = self._action(
            "action_previous_step",
            self.tr("&Previous step"),
            lambda: self._go(-1),
            QKeySequence("Ctrl+PgUp"),
        )
        self.action_timer = self._action(
            "action_timer",
            self.tr("Start or pause the &timer"),
            self._toggle_timer,
            QKeySequence("Ctrl+T"),
            "start",
        )
        self.action_add_minute = self._action(
            "action_add_minute",
            self.tr("Add one &minute"),
            self._add_minute,
            QKeySequence("Ctrl+M"),
            "add-minute",
        )
        self.action_import_file = self._action(
            "action_import_file",
            self.tr("&Import workshop file…"),
            self.ask_import,
            QKeySequence("Ctrl+I"),
            "open",
        )
        self.action_backups = self._action(
            "action_backups", self.tr("&Backups…"), self.show_backups, None
        )
        self.action_participant_mode = self._action(
            "action_participant_mode",
            self.tr("&Participant mode…"),
            self.start_participant_mode,
            QKeySequence("F5"),
        )
        self.action_voting = self._action(
            "action_voting", self.tr("&Dot voting…"), self.start_voting, QKeySequence("F6")
        )
        self.action_presentation = self._action(
            "action_presentation",
            self.tr("Pr&esentation mode"),
            self.open_presentation,
            QKeySequence("F7"),
        )
        self.action_reveal = self._action(
            "action_reveal",
            self.tr("&Show notes to the room"),
            self.set_revealed,
            QKeySequence("Ctrl+R"),
        )
        self.action_reveal.setCheckable(True)
        self.action_language = self._action(
            "action_language", self.tr("&Language…"), self.choose_language, None, "settings"
        )
        self.action_about = self._action(
            "action_about",
            self.tr("&About Samla"),
            self.show_about,
            QKeySequence.StandardKey.HelpContents,
            "about",
        )
        # Undo and redo belong to the open file's stack; these stand in while none is open.
        self.action_undo = self._action(
            "action_undo", self.tr("&Undo"), lambda: None, QKeySequence.StandardKey.Undo, "undo"
        )
        self.action_redo = self._action(
            "action_redo", self.tr("&Redo"), lambda: None, QKeySequence.StandardKey.Redo, "redo"
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_file.addActions([self.action_new, self.action_open])
        self.menu_recent = self.menu_file.addMenu(self.tr("Open &recent"))
        self.menu_recent.setObjectName("menu_recent")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addAction(self.action_demo)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.action_save_copy, self.action_export])
        self.menu_file.addActions([self.action_import_file, self.action_backups])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.action_close, self.action_quit])

        self.menu_edit = bar.addMenu(self.tr("&Edit"))
        self._undo_anchor = self.menu_edit.addSeparator()

        self.menu_workshop = bar.addMenu(self.tr("&Workshop"))
        self.menu_workshop.addAction(self.action_setup)
        self.menu_workshop.addSeparator()
        self.menu_workshop.addActions(
            [
                self.action_previous_step,
                self.action_next_step,
                self.action_timer,
                self.action_add_minute,
            ]
        )
        self.menu_workshop.addSeparator()
        self.menu_workshop.addActions(
            [
                self.action_participant_mode,
                self.action_voting,
                self.action_presentation,
                self.action_reveal,
            ]
        )

        self.menu_settings = bar.addMenu(self.tr("&Settings"))
        self.menu_settings.addAction(self.action_language)

        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.addAction(self.action_about)

        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._install_undo_actions(self.action_undo, self.action_redo)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_setup, self.action_export])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_participant_mode, self.action_presentation])

    def _install_undo_actions(self, undo: QAction, redo: QAction) -> None:
        for old in (getattr(self, "_undo_shown", None), getattr(self, "_redo_shown", None)):
            if old is not None:
                self.menu_edit.removeAction(old)
                self.toolbar.removeAction(old)
        undo.setObjectName("action_undo")
        redo.setObjectName("action_redo")
        for action, key in (
            (undo, QKeySequence.StandardKey.Undo),
            (redo, QKeySequence.StandardKey.Redo),
        ):
            action.setShortcuts(QKeySequence.keyBindings(key) or [QKeySequence(FALLBACK_KEYS[key])])
        undo.setIcon(icon("undo"))
        redo.setIcon(icon("redo"))
        self.menu_edit.insertActions(self._undo_anchor, [undo, redo])
        first = self.toolbar.actions()[0] if self.toolbar.actions() else None
        self.toolbar.insertActions(first, [undo, redo])
        self._undo_shown, self._redo_shown = undo, redo

    def _update_actions(self) -> None:
        open_ = self.session is not None
        for action in (
            self.action_save_copy,
            self.action_export,
            self.action_close,
            self.action_setup,
            self.action_next_step,
            self.action_previous_step,
            self.action_timer,
            self.action_add_minute,
            self.action_import_file,
            self.action_backups,
            self.action_participant_mode,
            self.action_voting,
            self.action_presentation,
            self.action_reveal,
        ):
            action.setEnabled(open_)
        self.action_reveal.setChecked(open_ and self.session.revealed)
        if not open_:
            self.action_undo.setEnabled(False)
            self.action_redo.setEnabled(False)
        self.toolbar.setVisible(open_)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.menu_recent.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not files:
            empty = self.menu_recent.addAction(self.tr("No recent files"))
            empty.setEnabled(False)

    # ------------------------------------------------------------- files

    def open_file(self, path: str | Path) -> bool:
        """Open a workshop file and show its workspace; a known problem is shown, not raised."""
        from workshop_app.core.store import WorkshopFile

        try:
            wf = WorkshopFile.open(path)
        except WorkshopFileError as exc:
            show_error(self, exc)
            return False
        self._show_file(wf)
        return True

    def _show_file(self, wf: WorkshopFile) -> None:
        from workshop_app.gui.autobackup import AutoBackup

        self.close_file()
        self.session = Session(wf, self)
        self.session.failed.connect(lambda exc: show_error(self, exc))
        self.session.changed.connect(self._file_changed)
        self.workspace = Workspace(self.session)
        for step, factory in self._factories.items():
            self.workspace.set_page_factory(step, lambda s=self.session, f=factory: f(s))
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        stack = self.session.undo_stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        redo = stack.createRedoAction(self, self.tr("Redo"))
        self._install_undo_actions(undo, redo)
        self.action_undo, self.action_redo = undo, redo
        self.settings.add_recent(wf.path)
        self.auto_backup = AutoBackup(self.session, parent=self.session)
        self.auto_backup.start()
        self._update_title()
        self._update_actions()
        self.session_opened.emit(self.session)
        self._follow_shared_screens(self.session)

    def _follow_shared_screens(self, session: Session) -> None:
        """Reveal per question and workshop; an old in-file PIN moved out of the file; a
        screen that was locked when the app stopped reopened before anything else shows."""
        from workshop_app.gui import participant
        from workshop_app.gui.presentation.reveal import Reveal

        Reveal.of(session)
        session.current_changed.connect(lambda: self.action_reveal.setChecked(session.revealed))
        participant.file_opened(self, session)

    def close_file(self) -> None:
        if self.session is None:
            return
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # the field being typed in commits now
        for dialog in self.findChildren(QDialog):
            dialog.close()
        session, workspace = self.session, self.workspace
        self.auto_backup.stop()  # the "close" backup, while the file is still open
        self.session = self.workspace = None
        self.central.removeWidget(workspace)
        workspace.deleteLater()
        session.wf.close()
        session.deleteLater()
        self._install_undo_actions(
            self._action("action_undo", self.tr("&Undo"), lambda: None, None, "undo"),
            self._action("action_redo", self.tr("&Redo"), lambda: None, None, "redo"),
        )
        self.action_undo, self.action_redo = self._undo_shown, self._redo_shown
        self.start_screen.refresh()
        self.central.setCurrentWidget(self.start_screen)
        self._update_title()
        self._update_actions()
        self.session_closed.emit()

    def new_series(self, preset: str, path: str | Path | None = None) -> bool:
        """A new series file from a template, then the set-up dialog to fill it in."""
        if path is None:
            name = self.tr("Workshops")
            suggested = str(Path.home() / f"{name}{FILE_SUFFIX}")
            # A series file is never overwritten: an existing name is refused with a message.
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("New workshop series"),
                suggested,
                file_filter(),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not path:
                return False
            if not Path(path).suffix:
                path += FILE_SUFFIX
        from workshop_app.core.templates import new_series_from_preset

        try:
            wf = new_series_from_preset(path, preset)
        except WorkshopFileError as exc:
            show_error(self, exc)
            return False
        self._show_file(wf)
        self.show_setup()
        return True

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a workshop file"), str(Path.home()), file_filter()
        )
        if path:
            self.open_file(path)

    def open_demo(self) -> Path | None:
        """Write a fresh copy of the demo series in the user's data folder and open it."""
        from workshop_app.core.demo import write_demo

        folder = data_dir() / "demo"
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        name = self.tr("Demo")
        path = folder / f"{name} {stamp}{FILE_SUFFIX}"
        counter = 2
        while path.exists():
            path = folder / f"{name} {stamp} ({counter}){FILE_SUFFIX}"
            counter += 1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            wf = write_demo(path)
        except WorkshopFileError as exc:
            show_error(self, exc)
            return None
        except OSError as exc:
            QMessageBox.warning(
                self, "Samla", self.tr("The demo could not be written: %1").replace("%1", str(exc))
            )
            return None
        self._show_file(wf)
        return path

    def ask_save_copy(self) -> None:
        if self.session is None:
            return
        current = Path(self.session.wf.path)
        copy = self.tr("copy")
        suggested = str(current.with_name(f"{current.stem} ({copy}){FILE_SUFFIX}"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"), suggested, file_filter()
        )
        if path:
            self.save_copy(path)

    def save_copy(self, path: str | Path) -> bool:
        if self.session is None:
            return False
        if Path(path).resolve() == Path(self.session.wf.path).resolve():
            QMessageBox.information(
                self, "Samla", self.tr("That is the open file itself; choose another name.")
            )
            return False
        from workshop_app.core.copy import save_copy

        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()
        try:
            save_copy(self.session.wf, path)
        except WorkshopFileError as exc:
            show_error(self, exc)
            return False
        self.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", str(path)), 8000)
        return True

    # ---------------------------------------------------------- dialogs

    def show_setup(self):
        from workshop_app.gui.setup_dialog import SetupDialog

        if self.session is None:
            return None
        existing = self.findChild(SetupDialog)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = SetupDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_export(self):
        from workshop_app.gui.export_dialog import ExportDialog

        if self.session is None:
            return None
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()
        dialog = ExportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.privacy_review_requested.connect(self.show_privacy_review)
        dialog.open()
        return dialog

    def show_privacy_review(self) -> None:
        """The privacy review page of the series (the export dialog offers it)."""
        for dialog in self._export_dialogs():
            if not dialog.running:
                dialog.reject()
        if self.workspace is not None:
            self.workspace.agenda.choose_series_page("privacy")

    def choose_language(self) -> None:
        dialog = LanguageDialog(self.settings.language(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings.set_language(dialog.language())

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("about_dialog")
        box.setWindowTitle(self.tr("About Samla"))
        box.setIconPixmap(icon("demo").pixmap(48, 48))
        box.setText(f"<b>Samla {__version__}</b>")
        box.setInformativeText(
            self.tr(
                "Offline workshop facilitation: sticky notes, themes, synthesis and a "
                "publishable report.\n\nIf something goes wrong, details are written to "
                "the log file:\n%1"
            ).replace("%1", str(log_file()))
        )
        folder = box.addButton(self.tr("Show log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))
        )
        box.open()

    def ask_import(self):
        """File → Import workshop file: merge another file (or JSON) into this one."""
        from workshop_app.gui.import_dialog import import_workshop_file

        if self.session is None:
            return None
        return import_workshop_file(self, self.session)

    def show_backups(self):
        from workshop_app.gui.backups_dialog import show_backups

        if self.session is None:
            return None
        dialog = show_backups(self, self.session)
        path = self.session.wf.path
        # The restored file replaces the open one: rebuild every view on it.
        dialog.restored.connect(lambda _backup: QTimer.singleShot(0, lambda: self.open_file(path)))
        return dialog

    def start_participant_mode(self):
        from workshop_app.gui import participant

        if self.session is None:
            return None
        return participant.start_participant_mode(self, self.session)

    def start_voting(self):
        from workshop_app.gui import participant

        if self.session is None:
            return None
        return participant.start_voting(self, self.session)

    def open_presentation(self):
        from workshop_app.gui import presentation

        if self.session is None or self.workspace is None:
            return None
        window = presentation.open_presentation(self, self.session, self.workspace.timer())
        self.workspace.timer_changed.connect(window.set_timer)
        return window

    def set_revealed(self, revealed: bool) -> None:
        """Show the current question's notes (and revealed votes) in presentation mode."""
        if self.session is not None:
            self.session.set_revealed(bool(revealed))

    # ------------------------------------------------------- extension points

    def set_step_page(self, step: str, widget: QWidget) -> None:
        """Show `widget` as the page of `step` ("introduce" … "synthesize") for the open file."""
        if step not in STEPS:
            raise ValueError(step)
        if self.workspace is None:
            raise RuntimeError("no file is open; use register_step_page")
        self.workspace.set_page(step, widget)

    def register_step_page(self, step: str, factory: StepPageFactory) -> None:
        """Use `factory(session)` as the page of `step` for the open file and every later one."""
        if step not in STEPS:
            raise ValueError(step)
        self._factories[step] = factory
        if self.workspace is not None:
            session = self.session
            self.workspace.set_page_factory(step, lambda: factory(session))

    # ------------------------------------------------------------------ misc

    def _go(self, delta: int) -> None:
        if self.workspace is not None:
            self.workspace.go_step(delta)

    def _toggle_timer(self) -> None:
        if self.workspace is not None and self.workspace.timer_widget.isVisible():
            self.workspace.timer_widget.toggle()

    def _add_minute(self) -> None:
        if self.workspace is not None and self.workspace.timer_widget.isVisible():
            self.workspace.timer_widget.add_minute()

    def _file_changed(self, changes) -> None:
        if "series" in changes.tables:
            self._update_title()
        self.statusBar().showMessage(self.tr("Saved"), 2000)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("Samla")
            return
        title = self.session.wf.series()["title"] or Path(self.session.wf.path).name
        self.setWindowTitle(f"{title} — {Path(self.session.wf.path).name} — Samla")

    def restore_layout(self) -> None:
        """Size, position and toolbars as the window was last closed; `DEFAULT_SIZE` at the
        first start. A position on a screen no longer attached is moved onto one that is
        (Qt's restoreGeometry fits the window to the available screens)."""
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            # Nothing saved, or saved on a screen of another size that is gone (Qt then
            # declines it): the default size, fitted to this screen, in its middle.
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
            size = DEFAULT_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE)
            self.resize(size.expandedTo(self.minimumSize()))
            frame = QRect(QPoint(0, 0), self.size() + FRAME_ALLOWANCE)
            frame.moveCenter(available.center())
            self.move(max(available.left(), frame.left()), max(available.top(), frame.top()))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.settings.set_window_layout(self.saveGeometry(), self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        workspace = self.workspace
        if workspace is not None and any(d.running for d in self._export_dialogs()):
            event.ignore()
            return
        self.save_layout()
        self.close_file()
        event.accept()

    def _export_dialogs(self):
        from workshop_app.gui.export_dialog import ExportDialog

        return self.findChildren(ExportDialog)
