"""The main window opens as it was last closed: size, position, toolbars."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QToolBar

from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.settings import AppSettings


def test_toolbars_come_back_as_they_were_left(qtbot):
    def window_with_toolbar() -> tuple[MainWindow, QToolBar]:
        window = MainWindow(AppSettings())
        qtbot.addWidget(window)
        bar = QToolBar("Tools", window)
        bar.setObjectName("tools")
        window.addToolBar(bar)
        return window, bar

    window, bar = window_with_toolbar()
    window.restore_layout()
    window.show()
    assert bar.isVisible()
    bar.hide()
    window.close()
    again, bar = window_with_toolbar()
    again.restore_layout()
    again.show()
    assert not bar.isVisible()
    again.close()


SCRIPT = Path(__file__).with_name("window_layout_child.py")
ROOT = Path(__file__).resolve().parents[2]


def in_a_desktop(tmp_path, mode: str, width: int = 1920, height: int = 1080) -> dict:
    """Run window_layout_child.py on an offscreen desktop of one width × height screen."""
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "main",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    settings = tmp_path / "child-settings"
    settings.mkdir(exist_ok=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        PYTHONPATH=str(ROOT),
        SAMLA_DATA_DIR=str(tmp_path / "child-data"),
    )
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(settings), mode],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_size_and_position_come_back_at_the_next_start(tmp_path):
    report = in_a_desktop(tmp_path, "roundtrip")
    assert report["screen"] == [0, 0, 1920, 1080]
    assert report["first"][2:] == [1280, 760]  # first start: the default size
    assert report["second"] == [120, 90, 1100, 700]  # as the window was closed


def on_screen(report: dict) -> bool:
    """The title bar's corner on the screen, and the window within it (Qt may leave
    it a pixel over the edge when it moves a window back)."""
    sx, sy, sw, sh = report["screen"]
    x, y, w, h = report["frame"]
    corner = sx <= x < sx + sw and sy <= y < sy + sh
    return corner and x + w <= sx + sw + 1 and y + h <= sy + sh + 1


def test_a_window_left_on_an_unplugged_larger_screen_opens_on_this_one(tmp_path):
    # Saved on a 2560-pixel second screen at (3200, 1400), 1800×1000; now only a
    # 1280×800 laptop screen is attached. Qt declines a geometry saved on a screen of
    # another size, so the window opens at the default size, fitted to this screen.
    report = in_a_desktop(tmp_path, "unplugged", 1280, 800)
    assert report["screen"] == [0, 0, 1280, 800]
    assert on_screen(report), report  # title bar and every edge within reach
    x, y, w, h = report["geometry"]
    assert 960 <= w <= 1280 and 600 <= h <= 760  # a usable size, no larger than the default


def test_a_window_left_beyond_the_screen_edge_is_moved_onto_it(tmp_path):
    # Same screen size as when saved, but the position is now off every screen.
    report = in_a_desktop(tmp_path, "moved", 1920, 1080)
    assert on_screen(report), report
    assert report["geometry"][2:] == [1796, 996]  # the size is kept
