"""Expert input: a person, their role or affiliation, an introduction and numbered lessons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.row_editor import RowListEditor
from workshop_app.gui.style import icon


class NumberedDelegate(QStyledItemDelegate):
    """Shows each lesson with its number ("2. …"), as the report numbers it; editing
    touches only the text."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.text = f"{index.row() + 1}. {option.text}"


class LessonsEditor(RowListEditor):
    form_fills = True
    table = "lessons"

    def list_name(self) -> str:
        return self.tr("Experts")

    def item_label(self, row: dict) -> str:
        return row["expert"] or self.tr("(unnamed expert)")

    def row_name(self, row: dict) -> str:
        return self.tr("expert “%1”").replace("%1", self.item_label(row))

    def empty_text(self) -> str:
        return self.tr(
            "No expert input yet. Add an expert who spoke at a workshop, with the lessons "
            "they shared."
        )

    def add_label(self) -> str:
        return self.tr("Add expert")

    def new_values(self) -> dict:
        return {"expert": self.tr("New expert"), "items": []}

    def build_form(self, form: QFormLayout) -> None:
        self.expert = QLineEdit()
        self.expert.setObjectName("lesson_expert")
        self.expert.setAccessibleName(self.tr("Expert"))
        self.affiliation = QLineEdit()
        self.affiliation.setObjectName("lesson_affiliation")
        self.affiliation.setAccessibleName(self.tr("Role or affiliation"))
        self.intro = QPlainTextEdit()
        self.intro.setObjectName("lesson_intro")
        self.intro.setAccessibleName(self.tr("Introduction"))
        self.intro.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        self.items = QListWidget()
        self.items.setObjectName("lesson_items")
        self.items.setAccessibleName(self.tr("Lessons, in order"))
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setItemDelegate(NumberedDelegate(self.items))
        self.items.itemChanged.connect(
            lambda item: self._save_items(label=self._lesson_label("edit", self.items.row(item)))
        )
        self.new_item = QLineEdit()
        self.new_item.setObjectName("lesson_new_item")
        self.new_item.setAccessibleName(self.tr("New lesson"))
        self.new_item.setPlaceholderText(self.tr("Write a lesson and press Enter"))
        self.new_item.returnPressed.connect(self.add_item)
        add = QPushButton(icon("add"), self.tr("Add lesson"))
        add.setObjectName("lesson_add_item")
        add.clicked.connect(self.add_item)
        remove = QPushButton(icon("remove"), "")
        remove.setObjectName("lesson_remove_item")
        remove.setToolTip(self.tr("Remove lesson"))
        remove.setAccessibleName(self.tr("Remove lesson"))
        remove.clicked.connect(self.remove_item)
        up = QPushButton(icon("up"), "")
        up.setObjectName("lesson_item_up")
        up.setToolTip(self.tr("Move lesson up"))
        up.setAccessibleName(self.tr("Move lesson up"))
        up.clicked.connect(lambda: self.move_item(-1))
        down = QPushButton(icon("down"), "")
        down.setObjectName("lesson_item_down")
        down.setToolTip(self.tr("Move lesson down"))
        down.setAccessibleName(self.tr("Move lesson down"))
        down.clicked.connect(lambda: self.move_item(+1))
        row = QHBoxLayout()
        row.addWidget(self.new_item, 1)
        row.addWidget(add)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(remove)
        buttons.addWidget(up)
        buttons.addWidget(down)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.items, 1)
        inner.addLayout(buttons)
        inner.addLayout(row)

        form.addRow(self.tr("Expert"), self.expert)
        form.addRow(self.tr("Role or affiliation"), self.affiliation)
        form.addRow(self.tr("Introduction"), self.intro)
        form.addRow(self.tr("Lessons"), box)
        self.bind_text("expert", self.expert)
        self.bind_text("affiliation", self.affiliation)
        self.bind_text("intro", self.intro)
        self._binders["items"] = self._load_items

    # ------------------------------------------------------------------ items

    def item_texts(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]

    def _load_items(self, row: dict) -> None:
        self.items.blockSignals(True)
        current = self.items.currentRow()
        self.items.clear()
        for text in row.get("items") or []:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.items.addItem(item)
        if 0 <= current < self.items.count():
            self.items.setCurrentRow(current)
        self.items.blockSignals(False)

    def _lesson_label(self, action: str, index: int) -> str:
        """ "Remove lesson 2 (Anna Berg)": the action, the lesson's number and its expert."""
        texts = {
            "add": self.tr("Add lesson %1 (%2)"),
            "edit": self.tr("Edit lesson %1 (%2)"),
            "remove": self.tr("Remove lesson %1 (%2)"),
            "move": self.tr("Move lesson %1 (%2)"),
        }
        row = self.current_row()
        expert = self.item_label(row) if row is not None else ""
        return texts[action].replace("%1", str(index + 1)).replace("%2", expert)

    def _save_items(self, items: list[str] | None = None, *, label: str | None = None) -> None:
        items = [t for t in (items if items is not None else self.item_texts()) if t.strip()]
        self._update("items", items, label)

    def add_item(self) -> None:
        text = self.new_item.text().strip()
        if text and self.current_id():
            count = self.items.count()
            self._save_items([*self.item_texts(), text], label=self._lesson_label("add", count))
            self.new_item.clear()
            self.items.setCurrentRow(self.items.count() - 1)

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            items = self.item_texts()
            del items[row]
            self._save_items(items, label=self._lesson_label("remove", row))

    def move_item(self, step: int) -> None:
        row = self.items.currentRow()
        other = row + step
        items = self.item_texts()
        if row < 0 or not 0 <= other < len(items):
            return
        items[row], items[other] = items[other], items[row]
        self._save_items(items, label=self._lesson_label("move", row))
        self.items.setCurrentRow(other)
