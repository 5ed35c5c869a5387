"""`BoardWidget`: the Cluster step's board with its toolbar, ready to put in a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.changes import Changes
from workshop_app.gui.board.scene import BoardScene
from workshop_app.gui.board.suggest_worker import SuggestJob
from workshop_app.gui.board.suggestions_dialog import SuggestionsDialog
from workshop_app.gui.board.view import BoardView
from workshop_app.gui.session import Session


class BoardWidget(QWidget):
    """The board for `session.question_id`, showing the current workshop's notes unless the
    facilitator chooses all workshops; follows `place_changed`, refreshes on `changed`."""

    # The suggestions were computed (off the GUI thread) and their dialog is shown.
    suggestions_shown = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.scene = BoardScene(session, self)
        self.view = BoardView(self.scene, self)
        self.suggestions_dialog: SuggestionsDialog | None = None
        # The computation whose result is still wanted; a stale one finishes unheard.
        self._suggest_job: SuggestJob | None = None
        self._suggest_texts: dict[str, str] = {}
        self._suggest_question: str | None = None
        self._jobs: set[SuggestJob] = set()
        # Deleted without being closed (its window's page is thrown away): still wait for
        # the thread. No reference to self here, it is going.
        jobs = self._jobs
        self.destroyed.connect(lambda *_: [job.join() for job in list(jobs)])
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self._shown_question: str | None = None
        self._shown_workshop: str | None = None  # the workshop the filter was last put on
        # The board opens at a readable zoom once per question (not on every return to it),
        # unless a zoom was chosen before it could.
        self._needs_fit = True
        self.view.zoom_changed.connect(self._zoom_chosen)
        session.changed.connect(self._on_changed)
        session.place_changed.connect(self._on_place_changed)
        self.reload()

    # ------------------------------------------------------------- toolbar

    def _action(self, text: str, tip: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        # Two rows, so every action stays visible on a 1280-pixel screen: finding and
        # filtering notes above, the clustering actions below.
        self.find_bar = QToolBar(self.tr("Find"), self)
        self.toolbar = QToolBar(self.tr("Board"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.search_box = QLineEdit(self)
        self.search_box.setAccessibleName(self.tr("Search notes"))
        self.search_box.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(240)
        self.search_box.textChanged.connect(lambda: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.find_bar.addWidget(self.search_box)
        self.match_label = QLabel(self)
        self.match_label.setMinimumWidth(70)
        self.find_bar.addWidget(self.match_label)
        self.workshop_filter = QComboBox(self)
        self.workshop_filter.setAccessibleName(self.tr("Workshop"))
        self.workshop_filter.currentIndexChanged.connect(self._filters_changed)
        self.find_bar.addWidget(self.workshop_filter)
        self.perspective_filter = QComboBox(self)
        self.perspective_filter.setAccessibleName(self.tr("Perspective"))
        self.perspective_filter.currentIndexChanged.connect(self._filters_changed)
        self.find_bar.addWidget(self.perspective_filter)
        self.suggest_action = self._action(
            self.tr("Suggest groups"),
            self.tr("Propose groups of similar unclustered notes"),
            self.suggest,
        )
        self.suggest_busy = QLabel(self.tr("Finding groups…"), self)
        self.suggest_busy_bar = QProgressBar(self)
        self.suggest_busy_bar.setRange(0, 0)  # indeterminate: the grouping has no steps
        self.suggest_busy_bar.setMaximumWidth(80)
        self.suggest_busy_bar.setTextVisible(False)
        self.suggest_busy_bar.setAccessibleName(self.tr("Finding groups"))
        self._busy_actions = [
            self.toolbar.addWidget(self.suggest_busy),
            self.toolbar.addWidget(self.suggest_busy_bar),
        ]
        for action in self._busy_actions:
            action.setVisible(False)
        self.new_theme_action = self._action(
            self.tr("New theme"),
            self.tr("Make a theme of the selected notes"),
            self._new_theme,
            "N",
        )
        self.merge_action = self._action(
            self.tr("Merge"), self.tr("Merge the selected themes"), self._merge, "M"
        )
        self.split_action = self._action(
            self.tr("Split"),
            self.tr("Selected notes of a theme become a new theme"),
            self._split,
            "S",
        )
        self.dissolve_action = self._action(
            self.tr("Dissolve"),
            self.tr("Remove the selected themes; their notes stay on the board"),
            lambda: self.scene.dissolve(self.scene.selected_themes()),
            "D",
        )
        self.quote_action = self._action(
            self.tr("Quote"),
            self.tr("Mark or unmark the selected notes as quotes"),
            lambda: self.scene.toggle_quote(self.scene.selected_notes()),
            "Q",
        )
        self.toolbar.addSeparator()
        self.tidy_action = self._action(
            self.tr("Tidy"), self.tr("Arrange notes in grids and themes in rows"), self.scene.tidy
        )
        self.fit_action = self._action(
            self.tr("Fit all"), self.tr("Show the whole board"), self.view.fit_all, "F"
        )
        self.fit_selection_action = self._action(
            self.tr("Fit selection"),
            self.tr("Show the selected notes and themes"),
            self.view.fit_selection,
            "Shift+F",
        )
        self.export_action = self._action(
            self.tr("Export picture…"),
            self.tr("Save the board as a PNG or SVG picture"),
            self._export_dialog,
        )
        for action in self.toolbar.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _fill_filters(self) -> None:
        wf = self.session.wf
        for combo, rows, everything, label in (
            (self.workshop_filter, wf.workshops(), self.tr("All workshops"), "title"),
            (self.perspective_filter, wf.perspectives(), self.tr("All perspectives"), "plural"),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for row in rows:
                combo.addItem(
                    row.get(label) or row.get("name") or row.get("title") or "", row["id"]
                )
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    # -------------------------------------------------------------- refresh

    def reload(self) -> None:
        self._fill_filters()
        if self.session.workshop_id != self._shown_workshop:
            self._show_current_workshop()
        self.scene.load()
        self._filters_changed()
        self.run_search()
        if self._shown_question != self.scene.question_id:
            self._shown_question = self.scene.question_id
            self._needs_fit = True
            if self.isVisible():
                QTimer.singleShot(0, self._first_fit)

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & {"workshops", "perspectives"}:
            self._fill_filters()
        self.scene.apply_changes(changes)
        self._update_match_label()

    def _on_place_changed(self, place) -> None:
        if place.question_id != self.scene.question_id:
            self._forget_suggestions()  # they were for the other question's notes
            self.reload()
        elif place.workshop_id != self._shown_workshop:
            self._show_current_workshop()
            self._filters_changed()

    def _show_current_workshop(self) -> None:
        """The workshop filter on the facilitator's workshop (a projected board shows this
        room's notes); "All workshops" stays a choice until they move to another one."""
        self._shown_workshop = self.session.workshop_id
        index = self.workshop_filter.findData(self._shown_workshop)
        self.workshop_filter.blockSignals(True)
        self.workshop_filter.setCurrentIndex(max(0, index))
        self.workshop_filter.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._needs_fit:
            QTimer.singleShot(0, self._first_fit)

    def _zoom_chosen(self, _zoom: float) -> None:
        self._needs_fit = False

    def _first_fit(self) -> None:
        """Once laid out and shown: readable cards (see BoardView.fit_readable)."""
        if self._needs_fit and self.isVisible():
            self._needs_fit = False
            self.view.fit_readable()

    # --------------------------------------------------------- search, filter

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Find):
            self.search_box.setFocus()
            self.search_box.selectAll()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.search_box.hasFocus():
            self.search_box.clear()
            self.view.setFocus()
            return
        super().keyPressEvent(event)

    def run_search(self) -> None:
        self._search_timer.stop()
        self.scene.search(self.search_box.text())
        self._update_match_label()

    def _update_match_label(self) -> None:
        if self.scene.query:
            count = len(self.scene.matches)
            if count == 1:
                self.match_label.setText(self.tr("1 match"))
            else:
                self.match_label.setText(self.tr("%1 matches").replace("%1", str(count)))
        else:
            self.match_label.clear()

    def _filters_changed(self) -> None:
        self.scene.set_filters(
            self.workshop_filter.currentData(), self.perspective_filter.currentData()
        )

    # -------------------------------------------------------------- actions

    def _new_theme(self) -> None:
        theme = self.scene.new_theme(self.scene.selected_notes())
        if theme is not None:
            self.view.start_editing(theme)

    def _merge(self) -> None:
        self.scene.merge(self.scene.selected_themes())

    def _split(self) -> None:
        theme = self.scene.split(self.scene.selected_notes())
        if theme is not None:
            self.view.start_editing(theme)

    def suggest(self) -> None:
        """Propose groups of the unclustered notes, computed off the GUI thread; the dialog
        opens when they are ready (`suggestions_shown`) for the facilitator to judge."""
        if self._suggest_job is not None:
            return
        wf = self.session.wf
        question = wf.get("questions", self.scene.question_id) if self.scene.question_id else None
        # Plain data, read here: the worker never touches the open file.
        loose = [
            dict(n.row) for n in self.scene.notes.values() if n.theme_id not in self.scene.themes
        ]
        job = SuggestJob(
            loose,
            wf.series().get("language") or "sv",
            question["text"] if question else "",
        )
        job.ready.connect(self._suggestions_ready)
        job.failed.connect(self._suggestions_failed)
        job.ended.connect(self._jobs.discard)
        self._suggest_job = job
        self._suggest_texts = {n["id"]: n["text"] for n in loose}
        self._suggest_question = self.scene.question_id
        self._jobs.add(job)
        self._set_suggest_busy(True)
        job.start()

    def _set_suggest_busy(self, busy: bool) -> None:
        self.suggest_action.setEnabled(not busy)
        for action in self._busy_actions:
            action.setVisible(busy)

    def _forget_suggestions(self) -> None:
        """A computation under way is no longer wanted: its result will be dropped."""
        if self._suggest_job is not None:
            self._suggest_job = None
            self._set_suggest_busy(False)

    def _suggestions_ready(self, job: SuggestJob, suggestions: list) -> None:
        if job is not self._suggest_job or self._suggest_question != self.scene.question_id:
            return  # stale: the question changed or the board is closing
        self._suggest_job = None
        self._set_suggest_busy(False)
        if self.suggestions_dialog is not None:
            self.suggestions_dialog.close()
            self.suggestions_dialog.deleteLater()
        self.suggestions_dialog = SuggestionsDialog(
            suggestions, self._suggest_texts, self._accept_suggestion, self
        )
        self.suggestions_dialog.show()
        self.suggestions_shown.emit(self.suggestions_dialog)

    def _suggestions_failed(self, job: SuggestJob, exc: BaseException) -> None:
        if job is not self._suggest_job:
            return
        self._suggest_job = None
        self._set_suggest_busy(False)
        from workshop_app.gui.errors import show_bug

        show_bug(self, exc)

    def shutdown(self) -> None:
        """Drop any result still coming and wait for its thread (the board is going away)."""
        self._forget_suggestions()
        for job in list(self._jobs):
            job.join()
        self._jobs.clear()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)

    def _accept_suggestion(self, note_ids: list[str], name: str) -> bool:
        notes = [
            self.scene.notes[i]
            for i in note_ids
            if i in self.scene.notes and self.scene.notes[i].theme_id not in self.scene.themes
        ]
        if not notes:
            return False
        return self.scene.new_theme(notes, name) is not None

    def export_picture(self, path: str | Path) -> None:
        """Save the board as a picture; the format follows the name (.svg, otherwise PNG)."""
        path = Path(path)
        if path.suffix.lower() == ".svg":
            question = self.session.wf.get("questions", self.scene.question_id or "")
            self.scene.export_svg(path, title=question["text"] if question else "")
        else:
            self.scene.export_png(path)

    def _export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export board picture"),
            str(Path.home() / self.tr("board.png")),
            self.tr("PNG picture (*.png);;SVG picture (*.svg)"),
        )
        if not name:
            return
        try:
            self.export_picture(name)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export picture"), str(exc))
