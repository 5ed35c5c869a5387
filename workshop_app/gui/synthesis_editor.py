"""The Synthesize step: per theme a heading, a synthesis, quotes and divided opinions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from workshop_app.gui.row_editor import ID_ROLE, RowListEditor


class SynthesisEditor(RowListEditor):
    """Themes of the current question in the list; the form edits the selected one."""

    form_fills = True
    table = "themes"

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        session.place_changed.connect(self._question_changed)
        self._question = session.question_id
        # Themes are made in the Cluster step; here they are written up.
        self.add_button.hide()
        self.empty_add.clicked.disconnect()
        self.empty_add.setText(self.tr("Go to the Cluster step"))
        self.empty_add.clicked.connect(lambda: session.set_current(step="cluster"))

    def _question_changed(self, _place=None) -> None:
        if self.session.question_id != self._question:
            self._question = self.session.question_id
            self.refresh_when_seen()

    def rows(self) -> list[dict]:
        qid = self.session.question_id
        return self.session.wf.themes(qid) if qid else []

    def watched_tables(self) -> set[str]:
        return {"themes", "notes"}

    def list_name(self) -> str:
        return self.tr("Themes")

    def item_label(self, row: dict) -> str:
        return row["title"] or self.tr("(untitled theme)")

    def row_name(self, row: dict) -> str:
        return self.tr("theme “%1”").replace("%1", self.item_label(row))

    def empty_text(self) -> str:
        return self.tr(
            "No themes yet for this question. Group the notes into themes in the Cluster "
            "step; here you then write each theme up."
        )

    def new_values(self) -> dict:
        return {"question_id": self.session.question_id}

    def build_form(self, form: QFormLayout) -> None:
        self.heading = QLineEdit()
        self.heading.setObjectName("synthesis_heading")
        self.heading.setAccessibleName(self.tr("Heading"))
        self.synthesis = QPlainTextEdit()
        self.synthesis.setObjectName("synthesis_text")
        self.synthesis.setAccessibleName(self.tr("Synthesis"))
        self.synthesis.setPlaceholderText(
            self.tr("What did the participants say about this theme, in a few sentences?")
        )
        self.quotes = QListWidget()
        self.quotes.setObjectName("synthesis_quotes")
        self.quotes.setAccessibleName(self.tr("Notes of this theme; checked notes are quoted"))
        self.quotes.setWordWrap(True)
        self.quotes.setAlternatingRowColors(True)
        self.quotes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.quotes.itemChanged.connect(self._quote_toggled)
        quotes_hint = QLabel(self.tr("Check the notes to quote in the report."))
        quotes_hint.setObjectName("muted")
        self.divided = QCheckBox(self.tr("Opinions were divided"))
        self.divided.setObjectName("synthesis_divided")
        self.divided_note = QLineEdit()
        self.divided_note.setObjectName("synthesis_divided_note")
        self.divided_note.setAccessibleName(self.tr("How opinions were divided"))
        self.divided_note.setPlaceholderText(self.tr("How were opinions divided?"))
        self.divided.toggled.connect(self.divided_note.setEnabled)

        form.addRow(self.tr("Heading"), self.heading)
        form.addRow(self.tr("Synthesis"), self.synthesis)
        form.addRow(self.tr("Quotes"), quotes_hint)
        form.addRow("", self.quotes)
        form.addRow("", self.divided)
        form.addRow("", self.divided_note)
        self.bind_text("title", self.heading)
        self.bind_text("synthesis", self.synthesis)
        self.bind_check("divided", self.divided)
        self.bind_text("divided_note", self.divided_note)
        self._binders["quotes"] = self._load_quotes

    def _load_quotes(self, row: dict) -> None:
        self.divided_note.setEnabled(bool(row.get("divided")))
        notes = [n for n in self.session.wf.notes(row["question_id"]) if n["theme_id"] == row["id"]]
        self.quotes.blockSignals(True)
        self.quotes.clear()
        for note in notes:
            item = QListWidgetItem(note["text"])
            item.setData(ID_ROLE, note["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if note["is_quote"] else Qt.CheckState.Unchecked
            )
            self.quotes.addItem(item)
        self.quotes.blockSignals(False)

    def _quote_toggled(self, item: QListWidgetItem) -> None:
        note_id = item.data(ID_ROLE)
        quoted = item.checkState() == Qt.CheckState.Checked
        label = self.tr("Quote note") if quoted else self.tr("Unquote note")
        self.session.do(label, lambda wf: wf.update("notes", note_id, is_quote=quoted))
