"""Good-practice examples: title, a paragraph, and a link that must be safe to publish."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from workshop_app.core import links
from workshop_app.gui.fields import AutoCommit
from workshop_app.gui.row_editor import RowListEditor


def link_problem(url: str) -> str | None:
    """Why `url` cannot be used as a link in a published report (None when it can)."""
    problem = links.link_problem(url)
    if problem == "scheme":
        return QCoreApplication.translate(
            "ExamplesEditor",
            "Only web links (starting with https:// or http://) and e-mail links "
            "(mailto:) can be used in the report.",
        )
    if problem == "no_host":
        scheme = url.strip().split(":", 1)[0].lower()
        return QCoreApplication.translate(
            "ExamplesEditor", "The link has no web address after %1://."
        ).replace("%1", scheme)
    if problem == "no_address":
        return QCoreApplication.translate(
            "ExamplesEditor", "An e-mail link needs an address, like mailto:name@example.org."
        )
    if problem == "spaces":
        return QCoreApplication.translate("ExamplesEditor", "A link cannot contain spaces.")
    if problem == "characters":
        return QCoreApplication.translate(
            "ExamplesEditor", 'A link cannot contain control characters or < > ".'
        )
    return None


def with_scheme(url: str) -> str:
    """A web address typed without its scheme ("www.leader.se/projekt") gets https://."""
    text = url.strip()
    if not text or ":" in text.split("/", 1)[0] or "@" in text or " " in text:
        return url
    host = text.split("/", 1)[0]
    return f"https://{text}" if "." in host.strip(".") else url


class ExamplesEditor(RowListEditor):
    form_fills = True
    table = "examples"

    def list_name(self) -> str:
        return self.tr("Good examples")

    def item_label(self, row: dict) -> str:
        return row["title"] or self.tr("(untitled example)")

    def row_name(self, row: dict) -> str:
        return self.tr("example “%1”").replace("%1", self.item_label(row))

    def empty_text(self) -> str:
        return self.tr(
            "No good examples yet. An example is a project or practice worth telling "
            "others about, with a link to read more."
        )

    def add_label(self) -> str:
        return self.tr("Add example")

    def new_values(self) -> dict:
        return {"title": self.tr("New example")}

    def build_form(self, form: QFormLayout) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("example_title")
        self.title.setAccessibleName(self.tr("Example title"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("example_body")
        self.body.setAccessibleName(self.tr("Example text"))
        self.url = QLineEdit()
        self.url.setObjectName("example_url")
        self.url.setAccessibleName(self.tr("Link"))
        self.url.setPlaceholderText("https://")
        self.link_text = QLineEdit()
        self.link_text.setObjectName("example_link_text")
        self.link_text.setAccessibleName(self.tr("Link text"))
        self.link_text.setPlaceholderText(self.tr("Read more about the example"))
        self.link_error = QLabel()
        self.link_error.setObjectName("link_error")
        self.link_error.setWordWrap(True)
        self.link_error.hide()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Link"), self.url)
        form.addRow("", self.link_error)
        form.addRow(self.tr("Link text"), self.link_text)
        self.bind_text("title", self.title)
        self.bind_text("body", self.body)
        self.bind_text("link_text", self.link_text)
        self._url_auto = self.bind_text_checked("url", self.url)

    def bind_text_checked(self, field: str, widget: QLineEdit) -> AutoCommit:
        """Like `bind_text`, but a link that cannot be published is explained, not stored."""

        def commit(text: str) -> bool:
            if with_scheme(text) != text:  # "www.example.se" is a web address
                text = with_scheme(text)
                blocked = widget.blockSignals(True)
                widget.setText(text)
                widget.blockSignals(blocked)
            problem = link_problem(text)
            self.link_error.setText(problem or "")
            self.link_error.setVisible(bool(problem))
            if problem:
                return True  # keep the text on screen so it can be corrected; nothing stored
            return self._update(field, text.strip())

        auto = AutoCommit(widget, commit)

        def load(row: dict) -> None:
            self.link_error.hide()
            auto.load(row.get(field) or "")

        self._binders[field] = load
        return auto
