"""The start screen: a new series from a template, open a file, recent files, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import templates
from workshop_app.gui.settings import AppSettings
from workshop_app.gui.style import icon, scaled_font

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    #: Make a new series from the preset with this name.
    new_requested = Signal(str)
    #: Ask for a file to open.
    open_requested = Signal()
    #: Open this file (a recent one).
    open_path = Signal(str)
    #: Open the demo workshop.
    demo_requested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("start_screen")

        title = QLabel("Samla")
        title.setObjectName("app_title")
        title.setFont(scaled_font(title, 2.6, bold=True))
        tagline = QLabel(
            self.tr("Run workshops offline: sticky notes, themes, and a report you can publish.")
        )
        tagline.setWordWrap(True)
        tagline.setFont(scaled_font(tagline, 1.15))

        # -- new series
        new_card, new_layout = self._card(self.tr("New workshop series"))
        self.preset = QComboBox()
        self.preset.setObjectName("preset_choice")
        self.preset.setAccessibleName(self.tr("Template for the new series"))
        language = settings.language()
        for name in templates.preset_names():
            label = templates.preset(name)["label"]
            self.preset.addItem(label.get(language) or label["en"], name)
        new_button = QPushButton(icon("new"), self.tr("Create new series…"))
        new_button.setObjectName("new_series")
        new_button.setProperty("primary", True)
        new_button.clicked.connect(lambda: self.new_requested.emit(self.preset.currentData()))
        template_label = QLabel(self.tr("Template:"))
        template_label.setBuddy(self.preset)
        new_layout.addWidget(template_label)
        new_layout.addWidget(self.preset)
        new_layout.addWidget(new_button)
        new_layout.addStretch()

        # -- open / demo
        open_card, open_layout = self._card(self.tr("Continue"))
        open_button = QPushButton(icon("open"), self.tr("Open a workshop file…"))
        open_button.setObjectName("open_file")
        open_button.setProperty("class", "start_action")
        open_button.clicked.connect(self.open_requested)
        demo_button = QPushButton(icon("demo"), self.tr("Open the demo workshop"))
        demo_button.setObjectName("open_demo")
        demo_button.clicked.connect(self.demo_requested)
        demo_hint = QLabel(
            self.tr(
                "A complete example: three workshops, four questions, themes, votes "
                "and a synthesis, ready to explore and export."
            )
        )
        demo_hint.setWordWrap(True)
        demo_hint.setObjectName("muted")
        open_layout.addWidget(open_button)
        open_layout.addWidget(demo_button)
        open_layout.addWidget(demo_hint)
        open_layout.addStretch()

        # -- recent files
        recent_card, recent_layout = self._card(self.tr("Recent files"))
        self.recent = QListWidget()
        self.recent.setObjectName("recent_files")
        self.recent.setAccessibleName(self.tr("Recent files"))
        self.recent.itemActivated.connect(lambda item: self.open_path.emit(item.data(PATH_ROLE)))
        self.no_recent = QLabel(self.tr("No recent files yet."))
        self.no_recent.setObjectName("muted")
        recent_layout.addWidget(self.recent, 1)
        recent_layout.addWidget(self.no_recent)
        recent_layout.addStretch(0)  # keeps the heading on top when the list is hidden

        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(new_card, 0, 0)
        grid.addWidget(open_card, 0, 1)
        grid.addWidget(recent_card, 1, 0, 1, 2)
        grid.setRowStretch(1, 1)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(tagline)
        column.addSpacing(8)
        column.addLayout(grid, 1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(980)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 8)
        outer.addStretch(1)
        self.refresh()

    def _card(self, heading: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 16)
        label = QLabel(heading)
        label.setFont(scaled_font(label, 1.2, bold=True))
        layout.addWidget(label)
        return card, layout

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.settings.recent_files():
            item = QListWidgetItem(icon("workshop"), f"{Path(path).name}   —   {Path(path).parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        has = self.recent.count() > 0
        self.recent.setVisible(has)
        self.no_recent.setVisible(not has)
