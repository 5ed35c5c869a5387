"""The Vote step's page: the dots per theme counted by hand in this workshop, beside
the totals with the dot-voting rounds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.session import Session
from workshop_app.gui.step_page import StepPage


class VotePage(StepPage):
    """Dots per theme: the count typed in for this workshop, beside the totals.

    The editable number is the hand count (dots counted in the room); the totals
    beside it add the ballots of dot-voting rounds, for this workshop and for all.
    """

    watches = {"themes", "votes"}

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("vote_table")
        self.table.setAccessibleName(self.tr("Votes per theme"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Theme"),
                self.tr("Counted by hand"),
                self.tr("This workshop"),
                self.tr("All workshops"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.tr("No themes yet: group the notes in the Cluster step first."))
        self.empty.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._refresh_when_seen()

    def set_count(self, theme_id: str, count: int) -> None:
        """Set this workshop's hand count for a theme (ballots of voting rounds stay)."""
        from workshop_app.core import voting  # imported on first use: start-up stays quick

        wid = self.session.workshop_id
        if not wid:
            return
        theme = self.session.wf.get("themes", theme_id) or {}
        self.session.do(
            self.tr("Count votes for “%1”").replace("%1", theme.get("title") or "…"),
            lambda wf: voting.set_hand_count(wf, theme_id, wid, count),
        )

    def refresh(self) -> None:
        qid, wid = self.session.question_id, self.session.workshop_id
        from workshop_app.core import voting  # imported on first use: start-up stays quick

        wf = self.session.wf
        themes = wf.themes(qid) if qid else []
        here = voting.theme_totals(wf, qid, [wid]) if qid and wid else {}
        everywhere = voting.theme_totals(wf, qid) if qid else {}
        self.empty.setVisible(not themes)
        ids = [t["id"] for t in themes]
        rebuild = ids != getattr(self, "_ids", None)
        self._ids = ids
        if rebuild:
            self.table.setRowCount(len(themes))
        for row, theme in enumerate(themes):
            counted = voting.hand_count(wf, theme["id"], wid) if wid else 0
            title = QTableWidgetItem(theme["title"] or self.tr("(untitled theme)"))
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, title)
            if rebuild:
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.valueChanged.connect(lambda value, tid=theme["id"]: self.set_count(tid, value))
                self.table.setCellWidget(row, 1, spin)
            spin = self.table.cellWidget(row, 1)
            spin.setAccessibleName(
                self.tr("Dots counted by hand for %1").replace("%1", theme["title"] or "")
            )
            if spin.value() != counted:  # keep the cursor of a spin box being edited
                spin.blockSignals(True)
                spin.setValue(counted)
                spin.blockSignals(False)
            for column, total in ((2, here), (3, everywhere)):
                item = QTableWidgetItem(str(total.get(theme["id"], 0)))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
