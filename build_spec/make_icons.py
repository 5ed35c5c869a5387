"""Render resources/icons/samla.svg into the icon files each platform's app needs.

    python build_spec/make_icons.py OUT_DIR

writes samla-256.png, samla-512.png, samla-1024.png, samla.ico (Windows) and
samla.icns (macOS) with Qt's own SVG renderer and image writers, so no other
imaging library is needed. Linux binaries carry no icon; the window icon comes
from the SVG that ships in the resources.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "samla.svg"


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    _app = QGuiApplication.instance() or QGuiApplication([])  # loads the image plugins
    out.mkdir(parents=True, exist_ok=True)
    for size in (256, 512, 1024):
        if not render(size).save(str(out / f"samla-{size}.png"), "PNG"):
            raise SystemExit(f"cannot write samla-{size}.png")
    supported = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    # .ico holds at most 256 px; .icns takes the large one (Retina Dock and Finder).
    for name, fmt, size in (("samla.ico", "ico", 256), ("samla.icns", "icns", 1024)):
        if fmt in supported:
            if not render(size).save(str(out / name), fmt.upper()):
                raise SystemExit(f"cannot write {name}")
        else:
            print(f"make_icons: Qt cannot write {fmt} here; {name} not made", file=sys.stderr)
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(main(Path(sys.argv[1])))
