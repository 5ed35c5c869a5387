"""The series' report branding: a logo (PNG or SVG), its alt text, and an accent colour.

Every change goes through `Session.do` and core/branding.py, which validates it. An
SVG logo is drawn into a PNG here (Qt's SVG renderer, no scripts, no external files)
because the report's renderers take PNG only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core import branding
from workshop_app.core.changes import Changes
from workshop_app.gui.fields import AutoCommit
from workshop_app.gui.session import Session

# Width of the PNG an SVG logo is drawn into: sharp in print at the logo's size.
SVG_WIDTH = 1200


#: SVG elements that may fetch or run something; they are dropped before drawing.
_SVG_DROPPED = {"script", "foreignObject", "iframe", "audio", "video"}
_HREFS = ("href", "{http://www.w3.org/1999/xlink}href")


def self_contained_svg(data: bytes) -> bytes | None:
    """The SVG without anything that points outside it (a linked image, a file, a site).

    Qt's renderer would read the local file an `<image href="file:…">` names: an SVG
    picked up anywhere must not make the app read the user's files. Only references
    inside the SVG (`#id`) and inline images (`data:`) stay. None for a document with a
    DOCTYPE (entities) or that is not XML.
    """
    import xml.etree.ElementTree as ElementTree

    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return None
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None
    for parent in list(root.iter()):
        for child in list(parent):
            local = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            links = [child.get(name) for name in _HREFS if child.get(name) is not None]
            outside = any(not (ref.startswith("#") or ref.startswith("data:")) for ref in links)
            if local in _SVG_DROPPED or outside:
                parent.remove(child)
    return ElementTree.tostring(root)


def svg_to_png(data: bytes) -> bytes | None:
    """An SVG drawn on a transparent PNG, or None when Qt cannot read it."""
    from PySide6.QtSvg import QSvgRenderer

    data = self_contained_svg(data)
    if data is None:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    if size.width() <= 0 or size.height() <= 0:
        return None
    height = max(1, round(SVG_WIDTH * size.height() / size.width()))
    height = min(height, branding.MAX_LOGO_SIDE)
    image = QImage(SVG_WIDTH, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, SVG_WIDTH, height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class BrandingEditor(QWidget):
    """Logo, logo text and accent colour of the series' report."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("branding_editor")
        self.session = session
        form = QFormLayout()
        outer = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The report (PDF, Word, web page) shows your organization's logo above the "
                "title and uses the accent colour for headings and charts."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        outer.addWidget(hint)
        outer.addLayout(form)
        outer.addStretch(1)

        self.preview = QLabel()
        self.preview.setObjectName("branding_logo_preview")
        self.preview.setMinimumHeight(64)
        self.preview.setAccessibleName(self.tr("Logo"))
        self.choose_logo = QPushButton(self.tr("Choose logo…"))
        self.choose_logo.setObjectName("branding_choose_logo")
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove logo"))
        self.remove_logo.setObjectName("branding_remove_logo")
        self.remove_logo.clicked.connect(lambda: self.set_logo(b""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        form.addRow(self.tr("Logo (PNG or SVG)"), logo_row)

        self.alt = QLineEdit()
        self.alt.setObjectName("branding_logo_alt")
        self.alt.setAccessibleName(self.tr("Logo text for screen readers"))
        self.alt.setPlaceholderText(self.tr("What the logo says, e.g. the organization's name"))
        self._alt = AutoCommit(self.alt, lambda text: self._save(logo_alt=text))
        form.addRow(self.tr("Logo text for screen readers"), self.alt)

        self.accent = QLineEdit()
        self.accent.setObjectName("branding_accent")
        self.accent.setAccessibleName(self.tr("Accent colour"))
        self.accent.setPlaceholderText("#1F5F5B")
        self._accent = AutoCommit(self.accent, lambda text: self._save(accent=text))
        self.pick = QPushButton(self.tr("Choose colour…"))
        self.pick.setObjectName("branding_pick_accent")
        self.pick.clicked.connect(self._pick_colour)
        self.swatch = QLabel()
        self.swatch.setFixedSize(22, 22)
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent, 1)
        accent_row.addWidget(self.swatch)
        accent_row.addWidget(self.pick)
        form.addRow(self.tr("Accent colour"), accent_row)
        session.changed.connect(self._on_changed)
        self.refresh()

    # ---------------------------------------------------------------- actions

    def _save(self, **values) -> bool:
        label = self.tr("Edit report branding")
        return self.session.do(label, lambda wf: branding.set_branding(wf, **values)) is not None

    def set_logo(self, data: bytes) -> bool:
        return self._save(logo=data)

    def load_logo_file(self, path: str | Path) -> bool:
        """Store the logo in file `path` (PNG, or SVG drawn into a PNG)."""
        data = Path(path).read_bytes()[: branding.MAX_LOGO_BYTES * 4 + 1]
        if not data.startswith(branding.PNG_SIGNATURE):
            data = svg_to_png(data) or data  # anything else: core/branding.py says why not
        return self.set_logo(data)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.svg)")
        )
        if path:
            self.load_logo_file(path)

    def _pick_colour(self) -> None:
        current = QColor(self.accent.text() or "#1F5F5B")
        colour = QColorDialog.getColor(current, self, self.tr("Accent colour"))
        if colour.isValid():
            self._save(accent=colour.name())

    # ------------------------------------------------------------------- view

    def _on_changed(self, changes: Changes) -> None:
        if "series" in changes.tables:
            self.refresh()

    def refresh(self) -> None:
        series = self.session.wf.series()
        data = branding.logo_png(series)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data, "PNG"):
            self.preview.setPixmap(
                pixmap.scaledToHeight(56, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(data is not None)
        self._alt.load(series.get("logo_alt") or "")
        self._accent.load(series.get("accent") or "")
        colour = branding.accent_colour(series) or "#1F5F5B"
        swatch = QPixmap(22, 22)
        swatch.fill(QColor(colour))
        self.swatch.setPixmap(swatch)
