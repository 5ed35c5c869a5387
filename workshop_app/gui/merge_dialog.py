"""File → Merge a workshop file: another workshop file (or JSON) into the open one.

The same merge as `workshop-app merge` (core/merge.py).

The merge runs on a worker thread with its own connection to the open file
(SQLite connections must stay on the thread that made them); the dialog shows
its progress, then a summary with any conflicts. When it is done the session
announces the merged rows (`session.record`), so every view refreshes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.logs import log_exception
from workshop_app.core.merge import MergeReport, merge_into
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.session import Session


class Cancelled(Exception):
    """Raised from the progress callback to stop a merge (it then writes nothing)."""


class MergeWorker(QObject):
    """Runs one merge on its own thread, through its own connection to the target."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, target: Path, source: Path):
        super().__init__()
        self.target = target
        self.source = source
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int, what: str) -> None:
        if self._cancel:
            raise Cancelled
        self.progress.emit(done, total, what)

    @Slot()
    def run(self) -> None:
        try:
            with WorkshopFile.open(self.target) as wf:
                report = merge_into(wf, self.source, progress=self._progress)
        except Cancelled:
            self.cancelled.emit()
        except WorkshopFileError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: log it, tell the user in plain words
            where = log_exception(exc)
            self.failed.emit(self.tr("Unexpected error ({0}); details in {1}").format(exc, where))
        else:
            self.succeeded.emit(report)


class MergeDialog(QDialog):
    """Progress of one merge, then what it did."""

    #: Emitted with the `MergeReport` after the session has been told about the changes.
    merged = Signal(object)
    #: Emitted with a message when the merge was refused or failed (nothing was written).
    failed = Signal(str)

    def __init__(self, session: Session, source: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.source = Path(source)
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("Merge a workshop file"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Checking {0} …").format(self.source.name))
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names and titles are user text
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(220)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.buttons.accepted.connect(self.accept)
        for widget in (self.label, self.bar, self.details, self.buttons):
            layout.addWidget(widget)

        self._thread = QThread(self)
        self._worker = MergeWorker(session.wf.path, self.source)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self._worker.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        for signal in (self._worker.succeeded, self._worker.failed, self._worker.cancelled):
            signal.connect(self._thread.quit)

    def start(self) -> None:
        if self.session.wf.readonly:
            self._on_failure(self.tr("{0} is open read-only.").format(self.session.wf.path.name))
            return
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _steps(self, what: str) -> str:
        names = {
            "checking": self.tr("Checking the file"),
            "comparing": self.tr("Comparing"),
            "writing": self.tr("Writing"),
            "done": self.tr("Done"),
            "perspectives": self.tr("Comparing perspectives"),
            "workshops": self.tr("Comparing workshops"),
            "questions": self.tr("Comparing questions"),
            "themes": self.tr("Comparing themes"),
            "notes": self.tr("Comparing notes"),
            "vote_rounds": self.tr("Comparing vote rounds"),
            "votes": self.tr("Comparing votes"),
            "examples": self.tr("Comparing good examples"),
            "lessons": self.tr("Comparing expert lessons"),
        }
        return names.get(what, self.tr("Comparing"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(self._steps(what) + " …")

    @Slot(object)
    def _on_success(self, report: MergeReport) -> None:
        self.report = report
        self.session.record(report.changes)
        self.bar.setValue(self.bar.maximum())
        self.label.setText(self.summary(report))
        lines = report.lines()
        if report.conflicts:
            lines.append("")
            lines.append(self.tr("Conflicts (the newer version was kept, the other set aside):"))
            lines += [self._conflict_line(c) for c in report.conflicts]
        self.details.setPlainText("\n".join(lines))
        self.details.show()
        self._finish()
        self.merged.emit(report)

    def summary(self, report: MergeReport) -> str:
        if not report.changed:
            return self.tr("{0} holds nothing new: this file already has all of it.").format(
                report.source
            )
        return self.tr("Merged {0}: {1} added, {2} updated, {3} unchanged, {4} conflicts.").format(
            report.source,
            report.total("added"),
            report.total("updated"),
            report.total("unchanged"),
            report.total("conflicts"),
        )

    def _conflict_line(self, conflict: dict) -> str:
        version = conflict["version"]
        what = version.get("text") or version.get("title") or version.get("name") or ""
        return self.tr("{0}: “{1}” from {2}").format(
            conflict["table"], what[:80], conflict["version_from"]
        )

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self.label.setText(self.tr("Nothing was merged; this file is unchanged.") + "\n" + message)
        self.bar.hide()
        self._finish()
        self.failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self.label.setText(self.tr("Cancelled; nothing was merged."))
        self.bar.hide()
        self._finish()
        self.failed.emit(self.label.text())

    def _finish(self) -> None:
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _cancel_or_close(self) -> None:
        if self._thread.isRunning():
            self._worker.cancel()
        else:
            self.reject()

    def done(self, result: int) -> None:
        if self._thread.isRunning():  # closing the window cancels, then waits for the rollback
            self._worker.cancel()
            self._thread.wait()
        super().done(result)


def choose_source(parent: QWidget | None) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MergeDialog", "Merge a workshop file"),
        "",
        QCoreApplication.translate(
            "MergeDialog", "Workshop files (*.samla *.workshop *.json);;All files (*)"
        ),
    )
    return path


def merge_workshop_file(
    parent: QWidget | None, session: Session, source: str | Path | None = None
) -> MergeDialog | None:
    """Ask for a file (unless given), merge it into the session's file off the GUI thread."""
    source = source or choose_source(parent)
    if not source:
        return None
    dialog = MergeDialog(session, source, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog
