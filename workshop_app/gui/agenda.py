"""The sidebar agenda: the series' own pages, then workshop → question → step.

Choosing a step makes that workshop, question and step current in the session;
choosing a series page (introduction, good examples, expert lessons) shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from workshop_app.core.changes import Changes
from workshop_app.gui.session import Session
from workshop_app.gui.steps import STEPS, step_title
from workshop_app.gui.style import icon

ROLE = Qt.ItemDataRole.UserRole
#: Pages about the whole series, shown above the workshops.
SERIES_PAGES = ("intro", "examples", "lessons", "privacy")


class Agenda(QTreeWidget):
    #: A series page was chosen ("intro", "examples" or "lessons").
    series_page_chosen = Signal(str)
    #: A step was chosen (the session's current workshop/question/step are already set).
    step_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("agenda")
        self.setAccessibleName(self.tr("Agenda"))
        self.setHeaderHidden(True)
        self.setIndentation(14)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.currentItemChanged.connect(self._chosen)
        session.changed.connect(self._on_changed)
        session.current_changed.connect(self.show_current)
        self._page: str | None = None  # a series page shown instead of a step
        self.rebuild()

    def series_page_title(self, page: str) -> str:
        if page == "privacy":
            from workshop_app.gui.privacy_page import page_title

            return page_title()
        return {
            "intro": self.tr("Introduction"),
            "examples": self.tr("Good examples"),
            "lessons": self.tr("Expert lessons"),
        }[page]

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & {"workshops", "questions", "perspectives", "series"}:
            self.rebuild()

    def rebuild(self) -> None:
        wf = self.session.wf
        self.blockSignals(True)
        self.clear()
        series = QTreeWidgetItem([wf.series()["title"] or self.tr("Series")])
        series.setIcon(0, icon("series"))
        series.setData(0, ROLE, ("series", None, None, None))
        series.setToolTip(0, series.text(0))
        self.addTopLevelItem(series)
        for page in SERIES_PAGES:
            item = QTreeWidgetItem([self.series_page_title(page)])
            item.setData(0, ROLE, ("page", None, None, page))
            series.addChild(item)
        series.setExpanded(True)
        questions = wf.questions()
        for workshop in wf.workshops():
            label = workshop["title"]
            if workshop["date"]:
                label += f" · {workshop['date']}"
            w_item = QTreeWidgetItem([label])
            w_item.setIcon(0, icon("workshop"))
            w_item.setToolTip(0, label)
            w_item.setData(0, ROLE, ("workshop", workshop["id"], None, None))
            self.addTopLevelItem(w_item)
            for number, question in enumerate(questions, 1):
                q_item = QTreeWidgetItem([f"{number}. {question['text']}"])
                q_item.setToolTip(0, question["text"])
                q_item.setData(0, ROLE, ("question", workshop["id"], question["id"], None))
                w_item.addChild(q_item)
                for step_number, step in enumerate(STEPS, 1):
                    s_item = QTreeWidgetItem([f"{step_number}  {step_title(step)}"])
                    s_item.setIcon(0, icon(f"step-{step}"))
                    s_item.setData(0, ROLE, ("step", workshop["id"], question["id"], step))
                    q_item.addChild(s_item)
        self.blockSignals(False)
        self.show_current()

    def find(
        self, kind: str, workshop_id=None, question_id=None, key=None
    ) -> QTreeWidgetItem | None:
        wanted = (kind, workshop_id, question_id, key)
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if tuple(item.data(0, ROLE)) == wanted:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def show_current(self) -> None:
        """Select the item of what is shown now, expanding its workshop and question."""
        if self._page:
            item = self.find("page", None, None, self._page)
        else:
            s = self.session
            item = self.find("step", s.workshop_id, s.question_id, s.step)
        if item is None:
            # Nothing to point at yet (no workshop or question): keep a current item anyway,
            # or the tree would choose one itself when it gets the focus.
            item = self.topLevelItem(0)
        if item is None or item is self.currentItem():
            return
        self.blockSignals(True)
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(False)

    def choose_series_page(self, page: str) -> None:
        self._page = page
        self.show_current()
        self.series_page_chosen.emit(page)

    def choose_step(self, step: str, workshop_id=None, question_id=None) -> None:
        self._page = None
        self.session.set_current(workshop_id=workshop_id, question_id=question_id, step=step)
        self.step_chosen.emit(step)

    def _chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        kind, workshop_id, question_id, key = item.data(0, ROLE)
        if kind == "page":
            self.choose_series_page(key)
        elif kind == "step":
            self.choose_step(key, workshop_id, question_id)
        elif kind == "question":
            self.choose_step("introduce", workshop_id, question_id)
        elif kind == "workshop":
            item.setExpanded(True)
            questions = self.session.wf.questions()
            if questions:
                self.choose_step("introduce", workshop_id, questions[0]["id"])
        elif kind == "series":
            self.choose_series_page("intro")
