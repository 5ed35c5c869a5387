"""A list of rows beside a form for the selected row: the shape of most editors.

Workshops, perspectives, questions, examples and lessons are all edited the same
way: pick a row in the list, change its fields (each change saved at once through
`Session.do`, so undoable), add, remove (soft delete) and reorder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.changes import Changes
from workshop_app.gui.fields import AutoCommit
from workshop_app.gui.session import Session
from workshop_app.gui.style import icon

ID_ROLE = Qt.ItemDataRole.UserRole


class RowListEditor(QWidget):
    """Subclasses set `table`, and implement `item_label`, `build_form`, `new_values`."""

    table = ""
    #: Whether the form has a field that should grow with the window (else it sits at the top).
    form_fills = False
    #: Emitted when the selected row changes (its id, or None).
    selection_changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._binders: dict[str, Callable[[dict], None]] = {}
        self._rows: list[dict] = []

        self.list = QListWidget()
        self.list.setObjectName(f"{self.table}_list")
        self.list.setAccessibleName(self.list_name())
        self.list.currentItemChanged.connect(self._selected)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.add_button = QPushButton(
            icon("add"), QCoreApplication.translate("RowListEditor", "Add")
        )
        self.add_button.setObjectName(f"{self.table}_add")
        self.remove_button = QPushButton(
            icon("remove"), QCoreApplication.translate("RowListEditor", "Remove")
        )
        self.remove_button.setObjectName(f"{self.table}_remove")
        self.up_button = QPushButton(icon("up"), "")
        self.up_button.setObjectName(f"{self.table}_up")
        self.up_button.setToolTip(QCoreApplication.translate("RowListEditor", "Move up"))
        self.up_button.setAccessibleName(QCoreApplication.translate("RowListEditor", "Move up"))
        self.down_button = QPushButton(icon("down"), "")
        self.down_button.setObjectName(f"{self.table}_down")
        self.down_button.setToolTip(QCoreApplication.translate("RowListEditor", "Move down"))
        self.down_button.setAccessibleName(QCoreApplication.translate("RowListEditor", "Move down"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))

        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.build_form(self.form)
        # An empty list shows what to do instead of a form with nothing to edit.
        self.empty_prompt = QWidget()
        self.empty_prompt.setObjectName(f"{self.table}_empty")
        prompt = QVBoxLayout(self.empty_prompt)
        self.empty_label = QLabel(self.empty_text())
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.empty_add = QPushButton(icon("add"), self.add_label())
        self.empty_add.setObjectName(f"{self.table}_empty_add")
        self.empty_add.setProperty("primary", True)
        self.empty_add.clicked.connect(self.add_row)
        prompt.addWidget(self.empty_label)
        prompt.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignLeft)
        prompt.addStretch(1)
        self.empty_prompt.hide()

        #: A row above the list and the form, for subclasses' extra controls.
        self.top_row = QHBoxLayout()
        body = QHBoxLayout()
        body.addLayout(left, 2)
        column = QVBoxLayout()
        column.addWidget(self.empty_prompt)
        if self.form_fills:
            column.addWidget(self.form_widget, 1)
        else:
            column.addWidget(self.form_widget)
            column.addStretch(1)
        body.addLayout(column, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_row)
        layout.addLayout(body, 1)

        session.changed.connect(self._on_changed)
        self.refresh_when_seen()

    # ----------------------------------------------------------- for subclasses

    def rows(self) -> list[dict]:
        return self.session.wf.rows(self.table)

    def item_label(self, row: dict) -> str:
        raise NotImplementedError

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def new_values(self) -> dict:
        raise NotImplementedError

    def add_label(self) -> str:
        return QCoreApplication.translate("RowListEditor", "Add")

    def list_name(self) -> str:
        """What the list holds, for screen readers."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """What the form's place says while the list is empty."""
        return QCoreApplication.translate("RowListEditor", "Nothing here yet.")

    def row_name(self, row: dict) -> str:
        """The row as undo names it ("workshop “Arvidsjaur”", "lesson 2"); "" for none."""
        return ""

    def action_label(self, action: str, row: dict | None) -> str:
        """The undo text of an action on a row: "Edit", "Remove" or "Move", and its name."""
        texts = {
            "edit": (
                QCoreApplication.translate("RowListEditor", "Edit"),
                QCoreApplication.translate("RowListEditor", "Edit %1"),
            ),
            "remove": (
                QCoreApplication.translate("RowListEditor", "Remove"),
                QCoreApplication.translate("RowListEditor", "Remove %1"),
            ),
            "move": (
                QCoreApplication.translate("RowListEditor", "Reorder"),
                QCoreApplication.translate("RowListEditor", "Move %1"),
            ),
        }
        plain, named = texts[action]
        name = self.row_name(row) if row is not None else ""
        return named.replace("%1", name) if name else plain

    def watched_tables(self) -> set[str]:
        return {self.table}

    # ------------------------------------------------------------------ binding

    def _update(self, field: str, value: object, label: str | None = None) -> bool:
        row_id = self.current_id()
        if row_id is None:
            return True
        done = self.session.do(
            label or self.action_label("edit", self.current_row()),
            lambda wf: wf.update(self.table, row_id, **{field: value}),
        )
        return done is not None

    def bind_text(self, field: str, widget: QLineEdit | QPlainTextEdit) -> AutoCommit:
        auto = AutoCommit(widget, lambda text: self._update(field, text))
        self._binders[field] = lambda row: auto.load(row.get(field) or "")
        return auto

    def bind_spin(self, field: str, widget: QSpinBox) -> None:
        def load(row: dict) -> None:
            widget.blockSignals(True)
            widget.setValue(row.get(field) or 0)
            widget.blockSignals(False)

        widget.valueChanged.connect(lambda value: self._update(field, int(value)))
        self._binders[field] = load

    def bind_check(self, field: str, widget: QCheckBox) -> None:
        def load(row: dict) -> None:
            widget.blockSignals(True)
            widget.setChecked(bool(row.get(field)))
            widget.blockSignals(False)

        widget.toggled.connect(lambda value: self._update(field, bool(value)))
        self._binders[field] = load

    def bind_combo(self, field: str, widget: QComboBox) -> None:
        """A combo whose item data holds the stored values."""

        def load(row: dict) -> None:
            widget.blockSignals(True)
            index = widget.findData(row.get(field))
            if index < 0 and row.get(field):  # a value the list does not offer: keep it
                widget.addItem(str(row.get(field)), row.get(field))
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
            widget.blockSignals(False)

        widget.currentIndexChanged.connect(lambda _i: self._update(field, widget.currentData()))
        self._binders[field] = load

    def bind_date(self, field: str, widget: QDateEdit) -> None:
        def load(row: dict) -> None:
            widget.blockSignals(True)
            date = QDate.fromString(row.get(field) or "", Qt.DateFormat.ISODate)
            widget.setDate(date if date.isValid() else QDate.currentDate())
            widget.blockSignals(False)

        widget.dateChanged.connect(lambda d: self._update(field, d.toString(Qt.DateFormat.ISODate)))
        self._binders[field] = load

    # ------------------------------------------------------------------ actions

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def current_row(self) -> dict | None:
        row_id = self.current_id()
        return next((r for r in self._rows if r["id"] == row_id), None)

    def add_row(self) -> str | None:
        values = self.new_values()
        changes = self.session.do(self.add_label(), lambda wf: wf.add(self.table, **values))
        if not changes:
            return None
        new_id = changes.rows[0].id
        self.select(new_id)
        return new_id

    def remove_row(self) -> None:
        row_id = self.current_id()
        if row_id:
            self.session.do(
                self.action_label("remove", self.current_row()),
                lambda wf: wf.delete(self.table, row_id),
            )

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.list.count():
            return
        first = self.list.item(row).data(ID_ROLE)
        second = self.list.item(other).data(ID_ROLE)
        self.session.do(
            self.action_label("move", self.current_row()),
            lambda wf: wf.swap_positions(self.table, first, second),
        )
        self.select(first)

    def select(self, row_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == row_id:
                self.list.setCurrentRow(i)
                return

    # -------------------------------------------------------------- refreshing

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables & self.watched_tables():
            self.refresh_when_seen()

    def refresh_when_seen(self) -> None:
        """Refresh now if shown; a hidden editor refreshes when it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        keep = self.current_id()
        self._rows = self.rows()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self._rows:
            item = QListWidgetItem(self.item_label(row))
            item.setData(ID_ROLE, row["id"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r["id"] for r in self._rows]
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
        elif ids:
            self.list.setCurrentRow(0)
        self._selected()

    def _selected(self, *_args) -> None:
        row = self.current_row()
        has = row is not None
        self.form_widget.setEnabled(has)
        self.form_widget.setVisible(bool(self._rows))
        self.empty_prompt.setVisible(not self._rows)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self.list.currentRow() > 0)
        self.down_button.setEnabled(has and self.list.currentRow() < self.list.count() - 1)
        if row is not None:
            for load in self._binders.values():
                load(row)
            item = self.list.currentItem()
            label = self.item_label(row)
            if item.text() != label:
                item.setText(label)
        self.selection_changed.emit(row["id"] if row else None)
