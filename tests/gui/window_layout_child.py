"""Start the main window twice on a screen of a given size (run as a script).

Run in a subprocess by test_window_layout.py, whose test app has one fixed 800-pixel
offscreen screen: here the screen is set up as asked, like a real desktop's. Arguments:
the settings folder, then "roundtrip", "unplugged" or "moved". Prints JSON.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRect, QSettings
from PySide6.QtWidgets import QApplication

from workshop_app.gui import app as app_module
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.settings import AppSettings


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def geometry_from_a_missing_screen(frame: QRect, screen_width: int) -> QByteArray:
    """What saveGeometry() writes for a window on the second screen (Qt 6's format:
    magic, version 3.0, frame, normal geometry, screen number, maximized, full screen,
    screen width, geometry)."""
    data = QByteArray()
    out = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    out.setVersion(QDataStream.Version.Qt_4_0)
    out.writeUInt32(0x1D9D0CB)
    out.writeUInt16(3)
    out.writeUInt16(0)
    inner = frame.adjusted(2, 2, -2, -2)  # within a 2-pixel frame, as this platform draws
    out << frame << inner
    out.writeInt32(1)  # the second screen
    out.writeUInt8(0)
    out.writeUInt8(0)
    out.writeInt32(screen_width)
    out << inner
    return data


def start() -> MainWindow:
    """The app's real start (`run()`); its event loop returns at once with the window."""
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        windows = QApplication.topLevelWidgets()
        shown.extend(w for w in windows if isinstance(w, MainWindow) and w.isVisible())
        return 0

    QApplication.exec = staticmethod(fake_exec)
    assert app_module.run(None) == 0
    QApplication.processEvents()
    (window,) = shown
    return window


def main() -> None:
    folder, mode = sys.argv[1], sys.argv[2]
    app = QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    AppSettings().set_language("en")
    report: dict = {"screen": rect(app.primaryScreen().availableGeometry())}
    if mode == "roundtrip":
        first = start()
        report["first"] = rect(first.geometry())
        first.setGeometry(QRect(120, 90, 1100, 700))
        QApplication.processEvents()
        first.close()
        first.deleteLater()
        report["second"] = rect(start().geometry())
    else:
        far = QRect(3200, 1400, 1800, 1000)  # on a second screen, right of this one
        # "unplugged": that screen was 2560 pixels wide, "moved": as wide as this one.
        width = 2560 if mode == "unplugged" else app.primaryScreen().geometry().width()
        AppSettings().set_window_layout(geometry_from_a_missing_screen(far, width), QByteArray())
        window = start()
        report["frame"] = rect(window.frameGeometry())
        report["geometry"] = rect(window.geometry())
    print(json.dumps(report))


if __name__ == "__main__":
    main()
