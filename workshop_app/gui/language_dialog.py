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
        # At the first start the language is not chosen yet: ask in both.
        self.setWindowTitle("Språk / Language" if first_start else self.tr("Language"))
        self.setMinimumWidth(420)
        self.choice = QComboBox()
        self.choice.setObjectName("language_choice")
        self.choice.setAccessibleName(self.tr("Language"))
        self.choice.addItem("Svenska", "sv")
        self.choice.addItem("English", "en")
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        text = (
            "Välkommen till Samla. Välj språk för appen (du kan byta senare under "
            "Inställningar → Språk).\n\nWelcome to Samla. Choose the language of the app "
            "(you can change it later in Settings → Language)."
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
        form.addRow("Språk / Language" if first_start else self.tr("Language"), self.choice)
        if first_start:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText("OK")
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt / Cancel")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def language(self) -> str:
        return self.choice.currentData()
