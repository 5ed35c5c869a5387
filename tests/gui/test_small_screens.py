"""Every page and step is usable on a 1024×768 screen and at 1280×720: no button or box
is cut or pushed out of the window (a row that does not fit wraps; a toolbar overflows)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication

from workshop_app.core.demo import write_demo
from workshop_app.core.navigation import SERIES_PAGES, STEPS

#: The window's room on such a screen, less the title bar, borders and a taskbar.
SIZES = {"1024x768": (1024, 700), "1280x720": (1280, 660)}


def cut_widgets(window) -> list[str]:
    """Visible buttons and boxes narrower than their text needs or past the window's edge."""
    cut = []
    for widget in window.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.objectName() == "qt_toolbar_ext_button":
            continue
        if widget.parentWidget() is not None and widget.parentWidget().inherits("QToolBar"):
            continue  # a toolbar's buttons overflow into its » menu
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        needed = widget.sizeHint().width()
        if widget.width() < needed - 2 or right > window.width():
            cut.append(f"{widget.objectName() or widget.text()} ({widget.width()}<{needed})")
    return cut


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_button_is_cut_on_a_small_screen(window_in, tmp_path, size, language):
    window = window_in(language)
    window.resize(*SIZES[size])
    path = tmp_path / "demo.samla"
    write_demo(path).close()
    assert window.open_file(path)
    session = window.session
    problems = {}
    for place in [{"page": p} for p in SERIES_PAGES] + [{"step": s} for s in STEPS]:
        session.set_current(**place)
        QApplication.processEvents()
        found = cut_widgets(window)
        if found:
            problems[str(place)] = found
    assert problems == {}
