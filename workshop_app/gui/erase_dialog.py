"""Erase notes for good (an erasure request), from the privacy review page.

The facilitator finds the notes by their words (removed and withdrawn notes too),
ticks them and confirms. `core.erasure.erase` backs the file up, erases the text
through `WorkshopFile.erase_notes` and lists the backups that still hold it, which the
dialog offers to delete. An erasure is not an undoable action: it is announced with
`Session.record`, and the undo history is cleared, because its steps hold the erased
text and undoing one would write it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import erasure
from workshop_app.core.errors import WorkshopFileError
from workshop_app.gui.session import Session

NOTE_ROLE = Qt.ItemDataRole.UserRole


class EraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("erase_dialog")
        self.setWindowTitle(self.tr("Erase notes for good"))
        self.resize(760, 480)
        self.report: erasure.ErasureReport | None = None

        warning = QLabel(
            self.tr(
                "For an erasure request: the text of the ticked notes goes from the file, "
                "its search index and its free space, and a merge from another laptop "
                "cannot bring it back. This cannot be undone, and the undo history is "
                "cleared. A backup is made first; afterwards you can delete the backups "
                "that still hold the text."
            )
        )
        warning.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("erase_search")
        self.search.setAccessibleName(self.tr("Words from the note"))
        self.search.setPlaceholderText(self.tr("Words from the note"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda: self._timer.start())

        self.list = QTreeWidget()
        self.list.setObjectName("erase_notes")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Note"), self.tr("Workshop"), self.tr("State")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.itemChanged.connect(self._item_changed)
        #: Ticked note ids, kept while the search changes.
        self._ticked: set[str] = set()

        self.status = QLabel()
        self.status.setObjectName("erase_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # paths, never markup
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.erase_button = QPushButton(self.tr("Erase ticked for good…"))
        self.erase_button.setObjectName("erase_start")
        self.erase_button.clicked.connect(self.erase_ticked)
        self.backups_button = QPushButton(self.tr("Delete those backups…"))
        self.backups_button.setObjectName("erase_backups")
        self.backups_button.clicked.connect(self.delete_backups)
        self.backups_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.erase_button)
        row.addWidget(self.backups_button)
        row.addStretch()
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        #: Asks before erasing / deleting backups; tests replace them.
        self.confirm_erase = self._confirm_erase
        self.confirm_delete = self._confirm_delete
        self.refresh()

    def refresh(self) -> None:
        wf = self.session.wf
        workshops = {w["id"]: w["title"] for w in wf.rows("workshops", include_deleted=True)}
        query = self.search.text()
        self.list.blockSignals(True)
        self.list.clear()
        for note in erasure.notes_matching(wf, query) if query.strip() else []:
            state = self.tr("Removed") if note["deleted_at"] else ""
            item = QTreeWidgetItem(
                [" ".join(note["text"].split()), workshops.get(note["workshop_id"], ""), state]
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = note["id"] in self._ticked
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(0, NOTE_ROLE, note["id"])
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def ticked(self) -> list[str]:
        """The ticked notes shown now (a tick stays while the search changes)."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [i.data(0, NOTE_ROLE) for i in items if i.checkState(0) == Qt.CheckState.Checked]

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        note_id = item.data(0, NOTE_ROLE)
        if item.checkState(0) == Qt.CheckState.Checked:
            self._ticked.add(note_id)
        else:
            self._ticked.discard(note_id)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.erase_button.setEnabled(bool(self.ticked()))

    def _confirm_erase(self, count: int) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Erase notes for good"),
            self.tr(
                "Erase the text of the ticked notes (%1) for good? This cannot be undone."
            ).replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_delete(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete backups"),
            self.tr("Delete the backups that still hold the erased text (%1)?").replace(
                "%1", str(count)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def erase_ticked(self) -> erasure.ErasureReport | None:
        ids = self.ticked()
        if not ids or not self.confirm_erase(len(ids)):
            return None
        try:
            report = erasure.erase(self.session.wf, ids)
        except WorkshopFileError as exc:
            self.session.report_error(exc)
            return None
        self.report = report
        self._ticked -= set(ids)
        # The undo history holds the erased text: undoing an older step would write it back.
        self.session.undo_stack.clear()
        self.session.record(report.changes)
        text = self.tr("Notes erased: %1. Backups that still hold the text: %2.")
        text = text.replace("%1", str(len(ids))).replace("%2", str(len(report.holding)))
        if report.holding:
            text += "\n" + "\n".join(str(b.path) for b in report.holding)
        self.status.setText(text)
        self.backups_button.setVisible(bool(report.holding))
        self.refresh()
        return report

    def delete_backups(self) -> None:
        if self.report is None or not self.report.holding:
            return
        if not self.confirm_delete(len(self.report.holding)):
            return
        erasure.delete_backups(self.report.holding)
        self.status.setText(
            self.tr("Backups deleted: %1.").replace("%1", str(len(self.report.holding)))
        )
        self.report.holding = []
        self.backups_button.hide()
