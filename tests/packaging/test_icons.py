"""The app icon renders from its SVG into the files each platform's build needs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QColor, QImage

MAKE_ICONS = Path(__file__).resolve().parents[2] / "build_spec" / "make_icons.py"


def _make_icons_module():
    spec = importlib.util.spec_from_file_location("make_icons", MAKE_ICONS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icon_files_render_from_the_svg(qapp, tmp_path):
    assert _make_icons_module().main(tmp_path) == 0

    for size in (256, 512, 1024):
        image = QImage(str(tmp_path / f"samla-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        # The board colour fills the corner area inside the rounded square; the very
        # corner stays transparent.
        assert image.pixelColor(size // 10, size // 2) == QColor("#2f5d62")
        assert image.pixelColor(0, 0).alpha() == 0
    ico = tmp_path / "samla.ico"
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"  # the ICO header Windows reads
    assert QImage(str(ico)).width() == 256
    assert (tmp_path / "samla.icns").read_bytes()[:4] == b"icns"
