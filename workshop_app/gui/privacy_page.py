"""The privacy review in the series section: what identifies a person, kept or redacted.

The rows are read on the GUI thread (plain dicts) and reviewed on a thread of their
own, so thousands of notes never freeze the window. Each finding is listed with
where it is and a short excerpt; the facilitator unticks what may stay (a name that
is meant to be there) and redacts the rest in one action through `Session.do`,
which Undo takes back. `PrivacyNotice` is the line the export dialog shows when the
review finds something.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import privacy
from workshop_app.core.changes import Changes
from workshop_app.gui.flow_layout import FlowLayout
from workshop_app.gui.session import Session

#: The tables the review reads: a change to one of them makes the list stale.
REVIEWED_TABLES = set(privacy.FIELDS)
FINDING_ROLE = Qt.ItemDataRole.UserRole


def page_title() -> str:
    """The page's name in the agenda."""
    return QCoreApplication.translate("PrivacyPage", "Privacy review")


def kind_name(kind: str) -> str:
    names = {
        privacy.NAME: QCoreApplication.translate("PrivacyPage", "Name"),
        privacy.EMAIL: QCoreApplication.translate("PrivacyPage", "E-mail address"),
        privacy.PHONE: QCoreApplication.translate("PrivacyPage", "Phone number"),
        privacy.PERSONAL_NUMBER: QCoreApplication.translate(
            "PrivacyPage", "Personal identity number"
        ),
    }
    return names[kind]


def place_name(table: str, field: str, item: int | None, quote: bool) -> str:
    """Where a finding is, as the facilitator knows it ("Note", "Synthesis" ...)."""
    if table == "notes":
        return (
            QCoreApplication.translate("PrivacyPage", "Quote")
            if quote
            else QCoreApplication.translate("PrivacyPage", "Note")
        )
    if (table, field) == ("lessons", "items"):
        return QCoreApplication.translate("PrivacyPage", "Lesson, point %1").replace(
            "%1", str((item or 0) + 1)
        )
    names = {
        ("series", "title"): QCoreApplication.translate("PrivacyPage", "Series title"),
        ("series", "subtitle"): QCoreApplication.translate("PrivacyPage", "Subtitle"),
        ("series", "organization"): QCoreApplication.translate("PrivacyPage", "Organization"),
        ("series", "goal"): QCoreApplication.translate("PrivacyPage", "Goal"),
        ("series", "intro"): QCoreApplication.translate("PrivacyPage", "Introduction"),
        ("series", "published"): QCoreApplication.translate("PrivacyPage", "Publication line"),
        ("perspectives", "name"): QCoreApplication.translate("PrivacyPage", "Perspective"),
        ("perspectives", "plural"): QCoreApplication.translate("PrivacyPage", "Perspective"),
        ("workshops", "title"): QCoreApplication.translate("PrivacyPage", "Workshop title"),
        ("workshops", "place"): QCoreApplication.translate("PrivacyPage", "Workshop place"),
        ("workshops", "facilitator"): QCoreApplication.translate("PrivacyPage", "Facilitator"),
        ("questions", "text"): QCoreApplication.translate("PrivacyPage", "Question"),
        ("themes", "title"): QCoreApplication.translate("PrivacyPage", "Theme title"),
        ("themes", "synthesis"): QCoreApplication.translate("PrivacyPage", "Synthesis"),
        ("themes", "divided_note"): QCoreApplication.translate("PrivacyPage", "Divided opinions"),
        ("examples", "title"): QCoreApplication.translate("PrivacyPage", "Example title"),
        ("examples", "body"): QCoreApplication.translate("PrivacyPage", "Example text"),
        ("examples", "link_text"): QCoreApplication.translate("PrivacyPage", "Example link text"),
        ("examples", "url"): QCoreApplication.translate("PrivacyPage", "Example link"),
        ("lessons", "expert"): QCoreApplication.translate("PrivacyPage", "Expert"),
        ("lessons", "affiliation"): QCoreApplication.translate(
            "PrivacyPage", "Expert's organization"
        ),
        ("lessons", "intro"): QCoreApplication.translate("PrivacyPage", "Lesson introduction"),
    }
    return names.get((table, field), f"{table}.{field}")


def summary(findings: list[privacy.Finding]) -> str:
    """'Names: 3 · Phone numbers: 1' (no plural forms: see docs/translations.md)."""
    labels = {
        privacy.NAME: QCoreApplication.translate("PrivacyPage", "Names: %1"),
        privacy.EMAIL: QCoreApplication.translate("PrivacyPage", "E-mail addresses: %1"),
        privacy.PHONE: QCoreApplication.translate("PrivacyPage", "Phone numbers: %1"),
        privacy.PERSONAL_NUMBER: QCoreApplication.translate(
            "PrivacyPage", "Personal identity numbers: %1"
        ),
    }
    counts = {kind: sum(1 for f in findings if f.kind == kind) for kind in privacy.KINDS}
    return " · ".join(labels[k].replace("%1", str(n)) for k, n in counts.items() if n)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _ReviewWorker(QObject):
    done = Signal(object)  # list[privacy.Finding]
    failed = Signal(object)

    def __init__(self, rows: dict[str, list[dict]], language: str):
        super().__init__()
        self.rows = rows
        self.language = language

    def run(self) -> None:
        try:
            self.done.emit(privacy.review_rows(self.rows, self.language))
        except Exception as exc:  # reported to the GUI thread
            self.failed.emit(exc)


class ReviewJob(QObject):
    """One review on its own thread, kept alive until the thread has ended (even when the
    page that asked is gone), and joined when the app quits."""

    ready = Signal(object)  # list[privacy.Finding], on the GUI thread
    failed = Signal(object)

    running: set[ReviewJob] = set()
    _joins_at_quit = False

    def __init__(self, session: Session):
        super().__init__()
        wf = session.wf
        self.rows = privacy.reviewed_rows(wf)  # read here: the connection stays on this thread
        self.thread = QThread()
        self.thread.setObjectName("privacy-review")
        self.worker = _ReviewWorker(self.rows, privacy.series_language(wf))
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Bound methods of this GUI-thread object: queued across, so they run on the GUI thread.
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.done.connect(self.thread.quit)
        self.worker.failed.connect(self.thread.quit)
        self.thread.finished.connect(self._finished)

    def start(self) -> None:
        ReviewJob.running.add(self)
        app = QCoreApplication.instance()
        if app is not None and not ReviewJob._joins_at_quit:
            app.aboutToQuit.connect(ReviewJob.join_all)
            ReviewJob._joins_at_quit = True
        self.thread.start()

    def _done(self, findings) -> None:
        self.ready.emit(findings)

    def _failed(self, exc) -> None:
        self.failed.emit(exc)

    def _finished(self) -> None:
        self.thread.wait()
        ReviewJob.running.discard(self)

    def join(self) -> None:
        self.thread.quit()
        self.thread.wait()
        ReviewJob.running.discard(self)

    @classmethod
    def join_all(cls) -> None:
        for job in list(cls.running):
            job.join()


class PrivacyPage(QWidget):
    #: The list was filled from a fresh review (tests and the export dialog wait for it).
    reviewed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("privacy_page")
        self.findings: list[privacy.Finding] = []
        #: What the facilitator chose to keep: (table, row id, field, item, text).
        self.kept: set[tuple] = set()
        self._job: ReviewJob | None = None
        self._stale = True
        self._texts: dict[tuple[str, str], dict] = {}

        hint = QLabel(
            self.tr(
                "Before anything leaves this computer, check what in the series identifies a "
                "person: names, e-mail addresses, phone numbers and personal identity numbers "
                "in notes, quotes, themes, the introduction, examples and lessons. Untick what "
                "may stay; Redact replaces the rest with a marker such as [namn]. Undo takes "
                "it back. The review runs on this computer only."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.status = QLabel()
        self.status.setObjectName("privacy_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("privacy_findings")
        self.list.setAccessibleName(self.tr("Personal data found"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Redact"), self.tr("Kind"), self.tr("Where"),
                                   self.tr("Text")])  # fmt: skip
        header = self.list.header()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.itemChanged.connect(self._item_changed)

        self.redact_button = QPushButton(self.tr("Redact ticked"))
        self.redact_button.setObjectName("privacy_redact")
        self.redact_button.setProperty("primary", True)
        self.redact_button.clicked.connect(self.redact_checked)
        self.all_button = QPushButton(self.tr("Tick all"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Untick all"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.again_button = QPushButton(self.tr("Review again"))
        self.again_button.setObjectName("privacy_again")
        self.again_button.clicked.connect(self.start_review)
        self.erase_button = QPushButton(self.tr("Erase notes for good…"))
        self.erase_button.setObjectName("privacy_erase")
        self.erase_button.setToolTip(
            self.tr("For an erasure request: remove notes' text from the file for good")
        )
        self.erase_button.clicked.connect(self.show_erase)
        # One row where it fits; on a narrow window the buttons wrap, never cut.
        row = FlowLayout()
        for button in (
            self.all_button,
            self.none_button,
            self.again_button,
            self.erase_button,
            self.redact_button,
        ):
            row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.start_review)
        session.changed.connect(self._on_changed)
        self._update_buttons()

    # ---------------------------------------------------------------- review

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.start_review()

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & REVIEWED_TABLES:
            self._stale = True
            if self.isVisible():
                self._debounce.start()

    def start_review(self) -> None:
        """Review the file as it is now; the list fills when the review is done."""
        self._stale = False
        if self._job is not None:  # one at a time: review again when this one is done
            self._stale = True
            return
        self.status.setText(self.tr("Reviewing…"))
        self._update_buttons()
        job = ReviewJob(self.session)
        self._texts = {(t, r["id"]): r for t, rows in job.rows.items() for r in rows}
        job.ready.connect(self._reviewed)
        job.failed.connect(self._review_failed)
        self._job = job
        job.start()

    def _reviewed(self, findings: list[privacy.Finding]) -> None:
        self._job = None
        if self._stale:  # the file changed meanwhile: this list is already old
            self.start_review()
            return
        self.findings = findings
        self._fill()
        self.reviewed.emit()

    def _review_failed(self, exc: BaseException) -> None:
        from workshop_app.core.logs import log_exception

        self._job = None
        where = log_exception(exc)
        self.status.setText(
            self.tr("The review failed because of an unexpected error. Details: %1").replace(
                "%1", str(where)
            )
        )
        self._update_buttons()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for finding in self.findings:
            row = self._texts.get((finding.table, finding.row_id), {})
            text = privacy.field_text(row, finding) if row else finding.text
            before, found, after = privacy.excerpt(text, finding, 40)
            place = place_name(
                finding.table, finding.field, finding.item, bool(row.get("is_quote"))
            )
            item = QTreeWidgetItem(
                ["", kind_name(finding.kind), place, _one_line(f"{before}»{found}«{after}")]
            )
            item.setToolTip(3, _one_line(text))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            kept = _keep_key(finding) in self.kept
            item.setCheckState(0, Qt.CheckState.Unchecked if kept else Qt.CheckState.Checked)
            item.setData(0, FINDING_ROLE, finding)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        if self.findings:
            self.status.setText(self.tr("Found: %1").replace("%1", summary(self.findings)))
        else:
            self.status.setText(self.tr("No personal data found."))
        self._update_buttons()

    # -------------------------------------------------------------- choosing

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]

    def ticked(self) -> list[privacy.Finding]:
        return [
            item.data(0, FINDING_ROLE)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        key = _keep_key(item.data(0, FINDING_ROLE))
        if item.checkState(0) == Qt.CheckState.Checked:
            self.kept.discard(key)
        else:
            self.kept.add(key)
        self._update_buttons()

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for item in self._items():
            item.setCheckState(0, state)

    def _update_buttons(self) -> None:
        busy = self._job is not None
        count = len(self.ticked())
        self.redact_button.setEnabled(not busy and count > 0)
        self.redact_button.setText(self.tr("Redact ticked (%1)").replace("%1", str(count)))
        for button in (self.all_button, self.none_button):
            button.setEnabled(not busy and bool(self.findings))
        self.again_button.setEnabled(not busy)

    # -------------------------------------------------------------- redacting

    def redact_checked(self) -> Changes | None:
        """Redact the ticked findings in one undoable action."""
        chosen = set(self.ticked())
        if not chosen or self._job is not None:
            return None
        rows = {(f.table, f.row_id) for f in chosen}

        def action(wf) -> Changes:
            # The same findings in the file as it is now (the list is kept up to date,
            # and a finding that moved or went is left alone).
            fresh = [f for f in privacy.review(wf, rows=rows) if f in chosen]
            return privacy.redact(wf, fresh)

        return self.session.do(self.tr("Redact personal data"), action)

    def show_erase(self):
        """The dialog that erases notes for good (an erasure request)."""
        from workshop_app.gui.erase_dialog import EraseDialog

        dialog = EraseDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _keep_key(finding: privacy.Finding) -> tuple:
    return (finding.table, finding.row_id, finding.field, finding.item, finding.text)


class PrivacyNotice(QWidget):
    """A line for the export dialog: shown only when the review finds personal data."""

    review_requested = Signal()
    #: The review is done (shown or not).
    reviewed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacy_notice")
        self.findings: list[privacy.Finding] = []
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Review…"))
        self.button.setObjectName("privacy_review")
        self.button.clicked.connect(self.review_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
        self._job = ReviewJob(session)
        self._job.ready.connect(self._reviewed)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _failed(self, _exc: BaseException) -> None:
        self.reviewed.emit()  # nothing to say: the export goes on as before

    def _reviewed(self, findings: list[privacy.Finding]) -> None:
        self.findings = findings
        if findings:
            self.label.setText(
                self.tr(
                    "The series holds personal data (%1). Review it before you publish."
                ).replace("%1", summary(findings))
            )
            self.show()
        self.reviewed.emit()
