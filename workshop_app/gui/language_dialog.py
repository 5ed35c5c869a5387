"""Settings → Language (and the first start's question): the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class LanguageDialog(QDialog):
    """Choose the interface language (at first start, and in Settings)."""

    def __init__(self, current: str, parent: QWidget | None = None, *, first_start: bool = False):
        super().__init__(parent)
        self.setObjectName("language_dialog")
        self.setWindowTitle(self.tr("Language"))
        self.setMinimumWidth(420)
        self.choice = QComboBox()
        self.choice.setObjectName("language_choice")
        self.choice.setAccessibleName(self.tr("Language"))
        self.choice.addItem("Svenska", "sv")
        self.choice.addItem("English", "en")
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        text = (
            self.tr(
                "Welcome to Samla. Choose the language of the app "
                "(you can change it later in Settings)."
            )
            if first_start
            else self.tr("The new language is used the next time Samla starts.")
        )
        label = QLabel(text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def language(self) -> str:
        return self.choice.currentData()
