"""Series set-up: the series' facts, its perspectives, workshops and questions.

Every field is saved as soon as it is edited (and can be undone), so the dialog
has no Save button: Close is enough.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import templates
from workshop_app.core.changes import Changes
from workshop_app.gui.branding_editor import BrandingEditor
from workshop_app.gui.fields import AutoCommit
from workshop_app.gui.row_editor import RowListEditor
from workshop_app.gui.session import Session


def note_colours() -> list[tuple[str, str]]:
    """Sticky-note colours that keep dark text readable (name, hex)."""
    return [
        (QCoreApplication.translate("Colours", "Yellow"), "#F9E27D"),
        (QCoreApplication.translate("Colours", "Blue"), "#9ED2F0"),
        (QCoreApplication.translate("Colours", "Green"), "#B5E3A8"),
        (QCoreApplication.translate("Colours", "Pink"), "#F6B8C8"),
        (QCoreApplication.translate("Colours", "Orange"), "#F8C58C"),
        (QCoreApplication.translate("Colours", "Lilac"), "#CDBDF0"),
    ]


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class SeriesForm(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, AutoCommit] = {}
        form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)
        for name, label in (
            ("title", self.tr("Title")),
            ("subtitle", self.tr("Subtitle")),
            ("organization", self.tr("Organization")),
            ("goal", self.tr("Goal")),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"series_{name}")
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.fields[name] = AutoCommit(edit, lambda text, n=name: self._save(n, text))
        goal_hint = QLabel(
            self.tr(
                "The goal as it reads inside a question, e.g. “Smarta landsbygder” in "
                "“How can municipalities enable Smarta landsbygder?”"
            )
        )
        goal_hint.setWordWrap(True)
        goal_hint.setObjectName("muted")
        form.addRow("", goal_hint)
        self.language = QComboBox()
        self.language.setObjectName("series_language")
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.addItem(self.tr("Swedish"), "sv")
        self.language.addItem(self.tr("English"), "en")
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Report language"), self.language)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _save(self, field: str, value: object) -> bool:
        label = {
            "title": self.tr("Edit the title"),
            "subtitle": self.tr("Edit the subtitle"),
            "organization": self.tr("Edit the organization"),
            "goal": self.tr("Edit the goal"),
            "language": self.tr("Change the report language"),
        }.get(field, self.tr("Edit series"))
        return self.session.do(label, lambda wf: wf.update_series(**{field: value})) is not None

    def _language_changed(self) -> None:
        self._save("language", self.language.currentData())

    def _on_changed(self, changes: Changes) -> None:
        if "series" in changes.tables:
            self.refresh()

    def refresh(self) -> None:
        series = self.session.wf.series()
        for name, auto in self.fields.items():
            auto.load(series[name] or "")
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(series["language"])))
        self.language.blockSignals(False)


class PerspectivesEditor(RowListEditor):
    table = "perspectives"

    def list_name(self) -> str:
        return self.tr("Perspectives")

    def item_label(self, row: dict) -> str:
        return row["plural"] or row["name"]

    def row_name(self, row: dict) -> str:
        return self.tr("perspective “%1”").replace("%1", self.item_label(row))

    def empty_text(self) -> str:
        return self.tr(
            "No perspectives yet. A perspective is an actor the questions ask about, "
            "such as municipalities or regions."
        )

    def add_label(self) -> str:
        return self.tr("Add perspective")

    def new_values(self) -> dict:
        used = {p["colour"] for p in self.session.wf.perspectives()}
        colour = next((c for _n, c in note_colours() if c not in used), note_colours()[0][1])
        return {"name": self.tr("new perspective"), "plural": "", "colour": colour}

    def build_form(self, form: QFormLayout) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("perspective_name")
        self.name.setAccessibleName(self.tr("Name (singular)"))
        self.plural = QLineEdit()
        self.plural.setObjectName("perspective_plural")
        self.plural.setAccessibleName(self.tr("Name (plural)"))
        self.colour = QComboBox()
        self.colour.setObjectName("perspective_colour")
        self.colour.setAccessibleName(self.tr("Note colour"))
        for name, value in note_colours():
            self.colour.addItem(swatch(value), name, value)
        hint = QLabel(self.tr("For example “municipality” and “municipalities”."))
        hint.setObjectName("muted")
        form.addRow(self.tr("Name (singular)"), self.name)
        form.addRow(self.tr("Name (plural)"), self.plural)
        form.addRow("", hint)
        form.addRow(self.tr("Note colour"), self.colour)
        self.bind_text("name", self.name)
        self.bind_text("plural", self.plural)
        self.bind_combo("colour", self.colour)


class WorkshopsEditor(RowListEditor):
    table = "workshops"

    def list_name(self) -> str:
        return self.tr("Workshops")

    def item_label(self, row: dict) -> str:
        return f"{row['title']} · {row['date']}" if row["date"] else row["title"]

    def row_name(self, row: dict) -> str:
        return self.tr("workshop “%1”").replace("%1", row["title"])

    def empty_text(self) -> str:
        return self.tr("No workshops yet. Add one for each meeting where the questions are asked.")

    def add_label(self) -> str:
        return self.tr("Add workshop")

    def new_values(self) -> dict:
        from datetime import date

        count = len(self.session.wf.workshops())
        return {
            "title": self.tr("Workshop %1").replace("%1", str(count + 1)),
            "date": date.today().isoformat(),
        }

    def build_form(self, form: QFormLayout) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("workshop_title")
        self.title.setAccessibleName(self.tr("Workshop title"))
        self.date = QDateEdit()
        self.date.setObjectName("workshop_date")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit()
        self.place.setObjectName("workshop_place")
        self.place.setAccessibleName(self.tr("Place"))
        self.facilitator = QLineEdit()
        self.facilitator.setObjectName("workshop_facilitator")
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.participants = QSpinBox()
        self.participants.setObjectName("workshop_participants")
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setRange(0, 10000)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Participants"), self.participants)
        self.bind_text("title", self.title)
        self.bind_date("date", self.date)
        self.bind_text("place", self.place)
        self.bind_text("facilitator", self.facilitator)
        self.bind_spin("participants", self.participants)


class QuestionsEditor(RowListEditor):
    table = "questions"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.add_button.setText(self.tr("Add own question"))
        # Questions from the templates, for one perspective.
        self.template_perspective = QComboBox()
        self.template_perspective.setObjectName("template_perspective")
        self.template_perspective.setAccessibleName(self.tr("Perspective for template questions"))
        self.template_button = QPushButton(self.tr("Add template questions"))
        self.template_button.setObjectName("add_template_questions")
        self.template_button.setToolTip(
            self.tr(
                "Adds “How can … enable …?” and “What do … need to enable …?” for the "
                "chosen perspective, in the report's language."
            )
        )
        self.template_button.clicked.connect(self.add_template_questions)
        self.top_row.addWidget(QLabel(self.tr("From templates, for")))
        self.top_row.addWidget(self.template_perspective, 1)
        self.top_row.addWidget(self.template_button)
        self.refresh_when_seen()

    def watched_tables(self) -> set[str]:
        return {"questions", "perspectives", "series"}

    def refresh(self) -> None:
        super().refresh()
        if not hasattr(self, "perspective"):
            return
        perspectives = self.session.wf.perspectives()
        for combo, with_none in ((self.perspective, True), (self.template_perspective, False)):
            if combo is None:
                continue
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if with_none:
                combo.addItem(self.tr("(none)"), None)
            for p in perspectives:
                combo.addItem(swatch(p["colour"]), p["plural"] or p["name"], p["id"])
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        if self.template_perspective is not None:
            self.template_button.setEnabled(bool(perspectives))
        row = self.current_row()
        if row is not None:
            self._binders["perspective_id"](row)

    def list_name(self) -> str:
        return self.tr("Questions")

    def item_label(self, row: dict) -> str:
        return row["text"]

    def row_name(self, row: dict) -> str:
        ids = [r["id"] for r in self._rows]
        number = ids.index(row["id"]) + 1 if row["id"] in ids else len(ids) + 1
        return self.tr("question %1").replace("%1", str(number))

    def empty_text(self) -> str:
        return self.tr(
            "No questions yet. Add the template questions for a perspective, or your own."
        )

    def add_label(self) -> str:
        return self.tr("Add question")

    def new_values(self) -> dict:
        return {"text": self.tr("New question?"), "kind": "custom"}

    def build_form(self, form: QFormLayout) -> None:
        # The template row is built after the base class (which calls this); until then
        # refresh() skips it.
        self.template_perspective = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("question_text")
        self.text.setAccessibleName(self.tr("Question"))
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.perspective = QComboBox()
        self.perspective.setObjectName("question_perspective")
        self.perspective.setAccessibleName(self.tr("Perspective"))
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Perspective"), self.perspective)
        self.bind_text("text", self.text)
        self.bind_combo("perspective_id", self.perspective)

    def add_template_questions(self) -> None:
        perspective_id = self.template_perspective.currentData()
        if not perspective_id:
            return
        row = self.session.wf.get("perspectives", perspective_id)
        self.session.do(
            self.tr("Add template questions"),
            lambda wf: templates.add_questions_for(wf, row),
        )


class WordingBanner(QFrame):
    """Asks about a title or subtitle that still reads as the template wrote it, once the
    goal or the perspectives have changed: edit it, or say it still fits."""

    def __init__(self, session: Session, edit_field, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("wording_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(self.tr("Edit it"))
        self.edit_button.setObjectName("wording_edit")
        self.edit_button.clicked.connect(lambda: edit_field(self.fields[0]))
        self.keep_button = QPushButton(self.tr("It still fits"))
        self.keep_button.setObjectName("wording_keep")
        self.keep_button.clicked.connect(self.keep)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.keep_button)
        self.fields: list[str] = []
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & {"series", "perspectives", "settings"}:
            self.refresh()

    def refresh(self) -> None:
        self.fields = templates.stale_wording(self.session.wf)
        series = self.session.wf.series()
        if self.fields == ["title"]:
            text = self.tr("The title still reads as the template wrote it: “%1”.")
        elif self.fields == ["subtitle"]:
            text = self.tr("The subtitle still reads as the template wrote it: “%1”.")
        else:
            text = self.tr("The title and subtitle still read as the template wrote them: “%1”.")
        words = " — ".join(series[f] for f in self.fields)
        self.text.setText(
            text.replace("%1", words)
            + " "
            + self.tr("Does it still fit the goal and the perspectives?")
        )
        self.setVisible(bool(self.fields))

    def keep(self) -> None:
        self.session.do(self.tr("Keep the template's wording"), templates.keep_wording)


class SetupDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("setup_dialog")
        self.setWindowTitle(self.tr("Series set-up"))
        self.tabs = QTabWidget()
        self.series = SeriesForm(session)
        self.perspectives = PerspectivesEditor(session)
        self.workshops = WorkshopsEditor(session)
        self.questions = QuestionsEditor(session)
        self.tabs.addTab(self.series, self.tr("Series"))
        self.tabs.addTab(self.perspectives, self.tr("Perspectives"))
        self.tabs.addTab(self.workshops, self.tr("Workshops"))
        self.tabs.addTab(self.questions, self.tr("Questions"))
        self.tabs.addTab(BrandingEditor(session), self.tr("Report branding"))
        self.wording = WordingBanner(session, self.edit_series_field)
        note = QLabel(self.tr("Changes are saved as you type. Edit → Undo takes them back."))
        note.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.wording)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        # Enter in a field saves that field; it must not press "Add" or any other button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(860, 560)
        self.setSizeGripEnabled(True)
        self.setWindowModality(Qt.WindowModality.NonModal)

    def edit_series_field(self, field: str) -> None:
        """Show the Series tab with `field` ready to type in."""
        self.tabs.setCurrentWidget(self.series)
        edit = self.series.fields[field].field
        edit.setFocus()
        edit.selectAll()

    def done(self, result: int) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits the field being typed in
        super().done(result)
