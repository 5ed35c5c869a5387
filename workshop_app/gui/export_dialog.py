"""Export the report: formats (PDF, DOCX, ...), workshops, what the report holds; done off
the GUI thread.

The worker opens its own read-only connection to the file (an SQLite connection
must not cross threads) and reports progress; the dialog only touches widgets
from the GUI thread, through signals.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.logs import log_exception
from workshop_app.gui.session import Session

FORMATS = ("pdf", "docx", "markdown", "html", "csv", "json")
SUFFIX = {
    "pdf": ".pdf",
    "docx": ".docx",
    "markdown": ".md",
    "html": ".html",
    "csv": ".csv",
    "json": ".json",
}


class ExportWorker(QObject):
    progress = Signal(int)  # percent
    done = Signal(list, list)  # written paths, warnings (e.g. characters the font lacks)
    failed = Signal(object)  # the exception

    def __init__(self, path: str, outputs: dict[str, str], options: dict):
        super().__init__()
        self.path = path
        self.outputs = outputs
        self.options = options

    def run(self) -> None:
        try:
            from workshop_app.core.interchange import export_json
            from workshop_app.core.store import WorkshopFile
            from workshop_app.report import exporter  # reportlab loads only now

            warnings: list[str] = []
            # Its own read-only connection: SQLite connections stay on their thread.
            with WorkshopFile.open(self.path, readonly=True) as wf:
                report = {k: v for k, v in self.outputs.items() if k != "json"}
                if report:
                    warnings = exporter.export_report(
                        wf,
                        pdf=report.get("pdf"),
                        docx=report.get("docx"),
                        markdown=report.get("markdown"),
                        html=report.get("html"),
                        csv=report.get("csv"),
                        csv_bom=self.options.get("csv_bom", False),
                        workshop_ids=self.options.get("workshop_ids"),
                        appendix=self.options.get("appendix", False),
                        votes=self.options.get("votes", True),
                        contents=self.options.get("contents", False),
                        summary=self.options.get("summary", False),
                        divided_inline=self.options.get("divided_inline", False),
                        progress=self._progress,
                    )
                if "json" in self.outputs:
                    export_json(wf, self.outputs["json"])
            self.progress.emit(100)
            self.done.emit([str(p) for p in self.outputs.values()], list(warnings))
        except Exception as exc:  # reported to the GUI thread, which shows or logs it
            self.failed.emit(exc)

    def _progress(self, done: int, total: int, _label: str = "") -> None:
        if total:
            self.progress.emit(max(0, min(99, round(done * 100 / total))))


class ExportDialog(QDialog):
    #: Emitted with the written files when the export finished.
    exported = Signal(list)
    #: The facilitator wants to review the personal data the privacy review found.
    privacy_review_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export report"))
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.open_when_done = True
        wf = session.wf
        stem = Path(wf.path).stem

        formats = QGroupBox(self.tr("Formats"))
        f_layout = QVBoxLayout(formats)
        labels = {
            "pdf": self.tr("PDF (to print or publish)"),
            "docx": self.tr("Word (DOCX, to apply your own template)"),
            "markdown": self.tr("Markdown (for a web page)"),
            "html": self.tr("HTML (web page)"),
            "csv": self.tr("CSV (every note, for a spreadsheet)"),
            "json": self.tr("JSON (the whole series, for another program)"),
        }
        self.format_boxes: dict[str, QCheckBox] = {}
        for key in FORMATS:
            box = QCheckBox(labels[key])
            box.setObjectName(f"format_{key}")
            box.setChecked(key == "pdf")
            box.toggled.connect(self._update_ok)
            f_layout.addWidget(box)
            self.format_boxes[key] = box

        workshops = QGroupBox(self.tr("Workshops in the report"))
        w_layout = QVBoxLayout(workshops)
        self.workshops = QListWidget()
        self.workshops.setObjectName("export_workshops")
        self.workshops.setAccessibleName(self.tr("Workshops in the report"))
        for w in wf.workshops():
            item = QListWidgetItem(f"{w['title']} · {w['date']}" if w["date"] else w["title"])
            item.setData(Qt.ItemDataRole.UserRole, w["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.workshops.addItem(item)
        self.workshops.itemChanged.connect(self._update_ok)
        w_layout.addWidget(self.workshops)

        options = QGroupBox(self.tr("Contents"))
        o_layout = QVBoxLayout(options)
        self.appendix = QCheckBox(self.tr("Appendix with every note, grouped by theme"))
        self.appendix.setObjectName("export_appendix")
        self.votes = QCheckBox(self.tr("Vote counts"))
        self.votes.setObjectName("export_votes")
        self.votes.setChecked(True)
        self.csv_bom = QCheckBox(self.tr("CSV that Excel opens with å, ä and ö right"))
        self.csv_bom.setObjectName("export_csv_bom")
        self.contents = QCheckBox(self.tr("Table of contents (PDF longer than six pages)"))
        self.contents.setObjectName("export_contents")
        self.summary = QCheckBox(self.tr("Summary of the themes with most votes"))
        self.summary.setObjectName("export_summary")
        self.divided_inline = QCheckBox(
            self.tr("Divided opinions as a sentence after the synthesis, not a box")
        )
        self.divided_inline.setObjectName("export_divided_inline")
        for w in (
            self.appendix,
            self.votes,
            self.contents,
            self.summary,
            self.divided_inline,
            self.csv_bom,
        ):
            o_layout.addWidget(w)

        where = QFormLayout()
        self.folder = QLineEdit(str(Path(wf.path).resolve().parent))
        self.folder.setObjectName("export_folder")
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.name = QLineEdit(stem)
        self.name.setObjectName("export_name")
        self.name.setAccessibleName(self.tr("File name"))
        where.addRow(self.tr("Folder"), folder_row)
        where.addRow(self.tr("File name"), self.name)

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # paths and note text, never markup
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_start")
        self.export_button.setProperty("primary", True)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(formats)
        left.addWidget(options)
        top.addLayout(left, 1)
        top.addWidget(workshops, 1)
        from workshop_app.gui.privacy_page import PrivacyNotice

        self.privacy_notice = PrivacyNotice(session, self)
        self.privacy_notice.review_requested.connect(self.privacy_review_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.privacy_notice)
        layout.addLayout(top, 1)
        layout.addLayout(where)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.export_button)
        self.export_button.setDefault(True)
        self._update_ok()

    # ---------------------------------------------------------------- choices

    def chosen_formats(self) -> list[str]:
        return [k for k, box in self.format_boxes.items() if box.isChecked()]

    def chosen_workshops(self) -> list[str]:
        return [
            self.workshops.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.workshops.count())
            if self.workshops.item(i).checkState() == Qt.CheckState.Checked
        ]

    def outputs(self) -> dict[str, str]:
        folder = Path(self.folder.text().strip() or ".")
        name = self.name.text().strip() or "report"
        return {key: str(folder / f"{name}{SUFFIX[key]}") for key in self.chosen_formats()}

    def _update_ok(self, *_args) -> None:
        ok = bool(self.chosen_formats()) and bool(self.chosen_workshops())
        self.export_button.setEnabled(ok and self._thread is None)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # ----------------------------------------------------------------- export

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            return
        folder = Path(self.folder.text().strip() or ".")
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            self.status.setText(self.tr("The folder does not exist or cannot be written to."))
            return
        workshop_ids = self.chosen_workshops()
        all_ids = [w["id"] for w in self.session.wf.workshops()]
        options = {
            "workshop_ids": None if workshop_ids == all_ids else workshop_ids,
            "appendix": self.appendix.isChecked(),
            "votes": self.votes.isChecked(),
            "csv_bom": self.csv_bom.isChecked(),
            "contents": self.contents.isChecked(),
            "summary": self.summary.isChecked(),
            "divided_inline": self.divided_inline.isChecked(),
        }
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self._thread = QThread(self)
        self._worker = ExportWorker(str(self.session.wf.path), self.outputs(), options)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress.setValue)
        self._worker.done.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._update_ok()
        self._thread.start()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None
        self._update_ok()

    def _finished(self, paths: list[str], warnings: list[str]) -> None:
        self._stop_thread()
        self.progress.setValue(100)
        text = self.tr("Done: %1").replace("%1", ", ".join(paths))
        if warnings:
            text += "\n" + self.tr("Please check: %1").replace("%1", "\n".join(warnings))
        self.status.setText(text)
        self.exported.emit(paths)
        if self.open_when_done and paths:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(paths[0])):
                self._offer_folder(paths[0])

    def _offer_folder(self, path: str) -> None:
        """No program opens the file here (no PDF viewer, say): offer its folder instead."""
        box = QMessageBox(self)
        box.setObjectName("no_viewer")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export report"))
        box.setText(self.tr("The report is written, but no program here opens it."))
        box.setInformativeText(path)
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(folder)
        box.exec()
        if box.clickedButton() is folder:
            from pathlib import Path

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def _failed(self, exc: BaseException) -> None:
        from workshop_app.gui.errors import friendly

        self._stop_thread()
        self.progress.setValue(0)
        if isinstance(exc, WorkshopFileError | OSError):
            headline, advice = (
                friendly(exc)
                if isinstance(exc, WorkshopFileError)
                else (self.tr("The report could not be written."), str(exc))
            )
            self.status.setText(f"{headline} {advice}")
        else:
            where = log_exception(exc)
            self.status.setText(
                self.tr(
                    "The export failed because of an unexpected error. "
                    "Details are in the log file: %1"
                ).replace("%1", str(where))
            )

    def reject(self) -> None:
        if self._thread is not None:
            return  # let the export finish; the file must not be left half written
        super().reject()
