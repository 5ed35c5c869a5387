"""File → Backups: the backups of the open file, and restoring one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.backups import Backup, backup_dir, list_backups, restore
from workshop_app.core.errors import WorkshopFileError
from workshop_app.core.store import WorkshopFile
from workshop_app.gui.session import Session


class BackupsDialog(QDialog):
    """Lists the backups of the session's file; restores the chosen one after a confirmation.

    Restoring closes the session's file, puts the backup in its place (the
    current file is kept as another backup first), reopens it into
    `session.wf`, clears the undo history (it described the replaced file) and
    emits `restored`: the main window rebuilds its views then.
    """

    #: Emitted with the restored `Backup` once `session.wf` is the restored file.
    restored = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Backups of {0}").format(session.wf.path.name))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("Backups are kept in {0}").format(backup_dir(session.wf.path)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Why"), self.tr("Size")])
        self.tree.setRootIsDecorated(False)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for widget in (where, self.tree, buttons):
            layout.addWidget(widget)
        self.refresh()

    def reason_text(self, reason: str) -> str:
        names = {
            "open": self.tr("when opened"),
            "auto": self.tr("automatic"),
            "close": self.tr("when closed"),
            "before-restore": self.tr("before a restore"),
            "damaged": self.tr("damaged file, kept as it was"),
            "manual": self.tr("by hand"),
        }
        return names.get(reason, reason)

    def refresh(self) -> None:
        self.tree.clear()
        for backup in list_backups(self.session.wf.path):
            item = QTreeWidgetItem(
                [
                    backup.when.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                    self.reason_text(backup.reason),
                    self.tr("{0} KB").format(max(1, round(backup.size / 1024))),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, backup)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def backups(self) -> list[Backup]:
        return [
            self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.tree.topLevelItemCount())
        ]

    def selected(self) -> Backup | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def confirm(self, backup: Backup) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace {0} with the backup from {1}?\n\n"
                "The file as it is now is kept as another backup, so this can be undone "
                "by restoring that one."
            ).format(
                self.session.wf.path.name, backup.when.astimezone().strftime("%Y-%m-%d %H:%M")
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return False
        session = self.session
        path = session.wf.path
        session.wf.close()
        try:
            restore(backup, path)
        except WorkshopFileError as exc:
            session.report_error(exc)
            return False
        finally:
            session.wf = WorkshopFile.open(path)
        session.undo_stack.clear()
        self.refresh()
        self.restored.emit(backup)
        return True


def show_backups(parent: QWidget | None, session: Session) -> BackupsDialog:
    dialog = BackupsDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
