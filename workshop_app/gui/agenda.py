"""The sidebar agenda: the series' own pages, then workshop → question → step.

It follows the session's place (`Session.place_changed`: the item of the place is
selected) and a click moves the place (`Session.set_current`); it holds no place
of its own. The tree is rebuilt only when workshops or questions are added,
removed or reordered; a renamed one is relabelled in place, and a change of the
series (each autosave of its introduction) touches the series' title only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QTreeWidget, QTreeWidgetItem, QWidget

from workshop_app.core.changes import Changes
from workshop_app.core.navigation import SERIES_PAGES, Place
from workshop_app.gui.session import Session
from workshop_app.gui.steps import STEPS, step_title
from workshop_app.gui.style import icon

ROLE = Qt.ItemDataRole.UserRole

__all__ = ["SERIES_PAGES", "Agenda", "series_page_title"]


def series_page_title(page: str) -> str:
    if page == "privacy":
        from workshop_app.gui.privacy_page import page_title

        return page_title()
    return {
        "intro": QCoreApplication.translate("Agenda", "Introduction"),
        "examples": QCoreApplication.translate("Agenda", "Good examples"),
        "lessons": QCoreApplication.translate("Agenda", "Expert lessons"),
    }[page]


def _workshop_label(workshop: dict) -> str:
    label = workshop["title"]
    if workshop["date"]:
        label += f" · {workshop['date']}"
    return label


def _question_label(number: int, question: dict) -> str:
    return f"{number}. {question['text']}"


class _RowHeight(QStyledItemDelegate):
    """Every agenda row as tall as the text and an icon with room around them."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint(option, index)
        height = max(option.fontMetrics.height(), 16) + 12
        return QSize(hint.width(), height)


class Agenda(QTreeWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("agenda")
        self.setAccessibleName(self.tr("Agenda"))
        self.setHeaderHidden(True)
        self.setIndentation(14)
        # One height for every row (the series pages have no icon, the steps do), so the
        # selection sits the same on each and never clips a letter.
        self.setUniformRowHeights(True)
        self.setIconSize(QSize(16, 16))
        self.setItemDelegate(_RowHeight(self))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._built: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self.currentItemChanged.connect(self._chosen)
        session.changed.connect(self._on_changed)
        session.place_changed.connect(self.show_place)
        self.rebuild()

    # ------------------------------------------------------------ the tree

    def _structure(self, workshops: list[dict], questions: list[dict]):
        return tuple(w["id"] for w in workshops), tuple(q["id"] for q in questions)

    def _on_changed(self, changes: Changes) -> None:
        tables = changes.tables
        if tables & {"workshops", "questions"}:
            wf = self.session.wf
            workshops, questions = wf.workshops(), wf.questions()
            if self._structure(workshops, questions) != self._built:
                self.rebuild()
            else:
                self._relabel(workshops, questions)
        if "series" in tables:
            self._show_series_title()

    def _show_series_title(self) -> None:
        item = self.topLevelItem(0)
        title = self.session.wf.series()["title"] or self.tr("Series")
        if item is not None and item.text(0) != title:
            item.setText(0, title)
            item.setToolTip(0, title)

    def _relabel(self, workshops: list[dict], questions: list[dict]) -> None:
        for w_index, workshop in enumerate(workshops, 1):
            w_item = self.topLevelItem(w_index)
            label = _workshop_label(workshop)
            if w_item.text(0) != label:
                w_item.setText(0, label)
                w_item.setToolTip(0, label)
            for number, question in enumerate(questions, 1):
                q_item = w_item.child(number - 1)
                label = _question_label(number, question)
                if q_item.text(0) != label:
                    q_item.setText(0, label)
                    q_item.setToolTip(0, question["text"])

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
            item = QTreeWidgetItem([series_page_title(page)])
            item.setData(0, ROLE, ("page", None, None, page))
            series.addChild(item)
        series.setExpanded(True)
        workshops, questions = wf.workshops(), wf.questions()
        for workshop in workshops:
            label = _workshop_label(workshop)
            w_item = QTreeWidgetItem([label])
            w_item.setIcon(0, icon("workshop"))
            w_item.setToolTip(0, label)
            w_item.setData(0, ROLE, ("workshop", workshop["id"], None, None))
            self.addTopLevelItem(w_item)
            for number, question in enumerate(questions, 1):
                q_item = QTreeWidgetItem([_question_label(number, question)])
                q_item.setToolTip(0, question["text"])
                q_item.setData(0, ROLE, ("question", workshop["id"], question["id"], None))
                w_item.addChild(q_item)
                for step_number, step in enumerate(STEPS, 1):
                    s_item = QTreeWidgetItem([f"{step_number}  {step_title(step)}"])
                    s_item.setIcon(0, icon(f"step-{step}"))
                    s_item.setData(0, ROLE, ("step", workshop["id"], question["id"], step))
                    q_item.addChild(s_item)
        self._built = self._structure(workshops, questions)
        self.blockSignals(False)
        self.show_place(self.session.place)

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

    # ------------------------------------------------------------ the place

    def show_place(self, place: Place) -> None:
        """Select the item of `place`, expanding its workshop and question."""
        if place.page:
            item = self.find("page", None, None, place.page)
        else:
            item = self.find("step", place.workshop_id, place.question_id, place.step)
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

    def _chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """A click (or the keyboard) chose `item`: move the session there."""
        if item is None:
            return
        kind, workshop_id, question_id, key = item.data(0, ROLE)
        session = self.session
        if kind == "page":
            session.set_current(page=key)
        elif kind == "step":
            session.set_current(workshop_id=workshop_id, question_id=question_id, step=key)
        elif kind == "question":
            session.set_current(workshop_id=workshop_id, question_id=question_id, step="introduce")
        elif kind == "workshop":
            item.setExpanded(True)
            questions = session.wf.questions()
            if questions:
                session.set_current(
                    workshop_id=workshop_id, question_id=questions[0]["id"], step="introduce"
                )
        elif kind == "series":
            session.set_current(page="intro")
        # A choice that moves nothing (the question of the step shown) still ends on the
        # item of the place; a move has selected it already.
        self.show_place(session.place)
