"""One palette and one stylesheet for the whole app, and the shipped icons.

Font sizes are never fixed in the stylesheet: they follow the system font, and the
few large texts (the question, the timer) are scaled from it in code with `scaled_font`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.core.assets import asset

#: The palette: calm neutrals, one accent, high contrast text (WCAG AA or better on its background).
COLOURS = {
    "window": "#F4F6F8",
    "surface": "#FFFFFF",
    "sidebar": "#E9EDF1",
    "text": "#1D2733",
    "muted": "#4E5B69",
    "border": "#C9D1DA",
    "accent": "#0B6B6B",
    "accent_text": "#FFFFFF",
    "highlight": "#CFE8E6",
    "alert": "#B3261E",
    "alert_soft": "#FCE3E1",
}


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (loaded once)."""
    return QIcon(str(asset("icons", f"{name}.svg")))


def text_colour_for(
    background: QColor, dark: QColor | None = None, light: QColor | None = None
) -> QColor:
    """Dark ink on light cards, light ink on dark ones (WCAG relative luminance)."""
    dark = dark if dark is not None else QColor("#111111")
    light = light if light is not None else QColor("#FFFFFF")

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.red())
        + 0.7152 * channel(background.green())
        + 0.0722 * channel(background.blue())
    )
    # Contrast against white vs against near-black: pick the larger.
    return light if (1.05 / (lum + 0.05)) > ((lum + 0.05) / 0.0175) else dark


def scaled_font(source: QWidget | QFont | None, factor: float, bold: bool = False) -> QFont:
    """A font scaled by `factor`, so text follows the system font size.

    `source` is a widget (its font), a font, or None for the application's font.
    """
    if isinstance(source, QWidget):
        font = QFont(source.font())
    else:
        font = QFont(source if source is not None else QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def palette() -> QPalette:
    pal = QPalette()
    c = {k: QColor(v) for k, v in COLOURS.items()}
    pal.setColor(QPalette.ColorRole.Window, c["window"])
    pal.setColor(QPalette.ColorRole.WindowText, c["text"])
    pal.setColor(QPalette.ColorRole.Base, c["surface"])
    pal.setColor(QPalette.ColorRole.AlternateBase, c["window"])
    pal.setColor(QPalette.ColorRole.Text, c["text"])
    pal.setColor(QPalette.ColorRole.PlaceholderText, c["muted"])
    pal.setColor(QPalette.ColorRole.Button, c["surface"])
    pal.setColor(QPalette.ColorRole.ButtonText, c["text"])
    pal.setColor(QPalette.ColorRole.Highlight, c["accent"])
    pal.setColor(QPalette.ColorRole.HighlightedText, c["accent_text"])
    pal.setColor(QPalette.ColorRole.ToolTipBase, c["surface"])
    pal.setColor(QPalette.ColorRole.ToolTipText, c["text"])
    pal.setColor(QPalette.ColorRole.Link, c["accent"])
    return pal


def stylesheet() -> str:
    text = asset("style", "app.qss").read_text(encoding="utf-8")
    icons = Path(str(asset("icons"))).as_posix()
    text = text.replace("@icons", icons)
    for key, value in sorted(COLOURS.items(), key=lambda kv: -len(kv[0])):  # longest first
        text = text.replace(f"@{key}", value)
    return text


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette())
    app.setStyleSheet(stylesheet())
