"""The facilitator's main window: the start screen, or the workspace of one open file.

Its actions, menus and toolbar are declared in gui/actions.py; each calls one
method here. The workspace (gui/workspace.py) shows the open file; the dialogs,
the shared-laptop screens (gui/participant/) and presentation mode
(gui/presentation/) are imported when first used, to keep start-up quick.

"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from workshop_app import __version__
from workshop_app.core.data_dir import data_dir
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.logs import log_file
from workshop_app.core.navigation import STEPS, Place
from workshop_app.gui import actions
from workshop_app.gui.errors import show_error
from workshop_app.gui.language_dialog import LanguageDialog
from workshop_app.gui.session import Session
from workshop_app.gui.settings import AppSettings
from workshop_app.gui.start_screen import StartScreen
from workshop_app.gui.style import icon
from workshop_app.gui.workspace import Workspace

if TYPE_CHECKING:
    from workshop_app.core.store import WorkshopFile

FILE_SUFFIX = ".samla"
# The main window's size at the first start (later: as it was last closed).
DEFAULT_SIZE = QSize(1280, 760)
# Room left for the title bar and borders the system adds around the window.
FRAME_ALLOWANCE = QSize(16, 48)


def file_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Samla workshop files (*.samla *.workshop);;All files (*)"
    )


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        #: The step timers' clock (seconds; a test gives one it moves by hand).
        self._clock = clock
        self.setObjectName("main_window")
        self.setWindowTitle("Samla")
        self.setMinimumSize(960, 600)

        self.central = QStackedWidget()
        self.setCentralWidget(self.central)
        self._start_screen: StartScreen | None = None

        actions.install(self)
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

    def _update_actions(self) -> None:
        open_ = self.session is not None
        for spec in actions.ACTIONS:
            if spec.needs_file:
                getattr(self, spec.name).setEnabled(open_)
        self.action_reveal.setChecked(open_ and self.session.revealed)
        if open_:
            self._show_step_actions(self.session.place)
        self.show_undo_state()
        self.toolbar.setVisible(open_)

    def _show_step_actions(self, place: Place) -> None:
        """The step actions as the workspace's buttons: no step before the first or after
        the last, and no timer on a series page."""
        on_step = place.page is None
        index = STEPS.index(place.step)
        self.action_previous_step.setEnabled(index > 0)
        self.action_next_step.setEnabled(index < len(STEPS) - 1 or self.session.has_next_question())
        self.action_timer.setEnabled(on_step)
        self.action_add_minute.setEnabled(on_step)
        on_board = on_step and place.step == "cluster"
        self.action_board_focus.setEnabled(on_board)
        if not on_board and self.action_board_focus.isChecked():
            self.set_board_focus(False)

    def show_undo_state(self) -> None:
        """Edit → Undo / Redo name the action and object they would undo or redo ("Undo:
        remove lesson 2"); the toolbar buttons keep their short text (and so their size),
        with the full text as their tooltip."""
        from workshop_app.gui.undo import redo_text, undo_text

        stack = self.session.undo_stack if self.session is not None else None
        for action, can, text, named, short in (
            (
                self.action_undo,
                stack is not None and stack.canUndo(),
                stack.undoText() if stack is not None else "",
                undo_text,
                self.tr("&Undo"),
            ),
            (
                self.action_redo,
                stack is not None and stack.canRedo(),
                stack.redoText() if stack is not None else "",
                redo_text,
                self.tr("&Redo"),
            ),
        ):
            action.setEnabled(can)
            full = named(text) if text else short
            action.setText(full)
            action.setIconText(short.replace("&", ""))
            action.setToolTip(full.replace("&", ""))

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    # ------------------------------------------------------------- files

    def fill_recent(self) -> None:
        """The File → Open recent submenu, filled each time it opens."""
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
        place = Place.from_dict(self.settings.last_place(wf.path))  # where it was left
        self.session = Session(wf, self, place=place)
        self.session.failed.connect(lambda exc: show_error(self, exc))
        self.session.undo_failed.connect(lambda exc, attempted: show_error(self, exc, attempted))
        self.session.changed.connect(self._file_changed)
        self.session.revealed_changed.connect(self.action_reveal.setChecked)
        self.session.undo_stack.indexChanged.connect(self.show_undo_state)
        self.workspace = Workspace(self.session, clock=self._clock)
        self.workspace.place_shown.connect(self._show_step_actions)
        self.workspace.focus_requested.connect(self.set_board_focus)
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        self.settings.add_recent(wf.path)
        self.auto_backup = AutoBackup(self.session, parent=self.session)
        self.auto_backup.start()
        self._update_title()
        self._update_actions()
        self._follow_shared_screens(self.session)

    def _follow_shared_screens(self, session: Session) -> None:
        """Reveal per question and workshop; an old in-file PIN moved out of the file; a
        screen that was locked when the app stopped reopened before anything else shows."""
        from workshop_app.gui import participant
        from workshop_app.gui.presentation.reveal import Reveal

        Reveal.of(session)
        participant.file_opened(self, session)

    def close_file(self) -> None:
        if self.session is None:
            return
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # the field being typed in commits now
        for dialog in self.findChildren(QDialog):
            dialog.close()
        presentation = self.presentation_window()
        if presentation is not None:  # the room's view of this file goes with it
            presentation.close()
        session, workspace = self.session, self.workspace
        self.auto_backup.stop()  # the "close" backup, while the file is still open
        self.settings.set_last_place(session.wf.path, session.place.to_dict())
        self.session = self.workspace = None
        self.central.removeWidget(workspace)
        workspace.deleteLater()
        session.wf.close()
        session.deleteLater()
        self.start_screen.refresh()
        self.central.setCurrentWidget(self.start_screen)
        self._update_title()
        self._update_actions()

    def ask_new_series(self) -> bool:
        """File → New series: the template chosen on the start screen."""
        return self.new_series(self.start_screen.preset.currentData())

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
        if self.session is not None:
            self.session.set_current(page="privacy")

    def choose_language(self) -> None:
        dialog = LanguageDialog(self.settings.language(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings.set_language(dialog.language())

    def show_user_guide(self):
        """Help → User guide (F1): the guide in the interface language, offline."""
        from workshop_app.gui.help_dialogs import GuideDialog

        dialog = self.findChild(GuideDialog) or GuideDialog(self.settings.language(), self)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_shortcuts(self):
        from workshop_app.gui.help_dialogs import ShortcutsDialog

        dialog = self.findChild(ShortcutsDialog) or ShortcutsDialog(self)
        dialog.show()
        dialog.raise_()
        return dialog

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

    def ask_merge(self):
        """File → Merge a workshop file: another laptop's file (or JSON) into this one."""
        from workshop_app.gui.merge_dialog import merge_workshop_file

        if self.session is None:
            return None
        return merge_workshop_file(self, self.session)

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
        """F6: a dot-voting round on the current question; while one's screen is open, F6
        brings that screen forward instead of starting a second round."""
        from workshop_app.gui import participant
        from workshop_app.gui.participant.voting_window import VotingWindow

        if self.session is None:
            return None
        # A locked screen has no Qt parent (locked_window.py says why): look among the
        # top-level windows for this file's.
        for existing in QApplication.topLevelWidgets():
            if (
                isinstance(existing, VotingWindow)
                and existing.session is self.session
                and existing.isVisible()
            ):
                existing.show_locked()
                return existing
        return participant.start_voting(self, self.session)

    def presentation_window(self):
        """The open presentation window, or None: there is never more than one."""
        from workshop_app.gui.presentation import PresentationWindow

        return next((w for w in self.findChildren(PresentationWindow) if w.isVisible()), None)

    def open_presentation(self):
        """F7: presentation mode. While it is open, F7 brings that window forward (shown
        again if it was minimized): there is never a second one."""
        from workshop_app.gui import presentation

        if self.session is None or self.workspace is None:
            return None
        existing = self.presentation_window()
        if existing is not None:
            if existing.isMinimized():
                existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return existing
        window = presentation.open_presentation(self, self.session, self.workspace.timer())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace.timer_changed.connect(window.set_timer)
        return window

    def set_revealed(self, revealed: bool) -> None:
        """Show the current question's notes (and revealed votes) in presentation mode."""
        if self.session is not None:
            self.session.set_revealed(bool(revealed))

    # ------------------------------------------------------------------ misc

    def next_step(self) -> None:
        if self.session is not None:
            self.session.step_by(+1)

    def previous_step(self) -> None:
        if self.session is not None:
            self.session.step_by(-1)

    def set_board_focus(self, on: bool) -> None:
        """The Cluster step's board gets the whole window: no agenda, no toolbar, no step
        buttons, the question and the timer in one line (Ctrl+Shift+F again, or another
        step, brings them back)."""
        on = bool(on) and self.workspace is not None and self.workspace.on_board()
        self.action_board_focus.setChecked(on)
        if self.workspace is not None:
            self.workspace.set_board_focus(on)
        self.toolbar.setVisible(self.session is not None and not on)

    def toggle_timer(self) -> None:
        if self.workspace is not None:
            self.workspace.toggle_timer()

    def add_minute(self) -> None:
        if self.workspace is not None:
            self.workspace.add_minute()

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
