"""Fixtures for the workspace tests: isolated settings and data folder, the real window."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from workshop_app.gui import style, translations
from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.settings import AppSettings


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    """Each test gets its own settings file and data folder (logs, demo files)."""
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    monkeypatch.setenv("SAMLA_DATA_DIR", str(tmp_path / "data"))
    _forget_log_handlers()  # the log file follows SAMLA_DATA_DIR in each test
    # Opening exported files must not launch a viewer during tests.
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: True)
    yield
    translations.install(QApplication.instance(), "en")
    _forget_log_handlers()


def _forget_log_handlers() -> None:
    log = logging.getLogger("samla")
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


class StepClock:
    """A monotonic clock (seconds) for the step timers that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def step_clock() -> StepClock:
    """The clock of the `window` fixture's step timers: a time box ends when it is advanced."""
    return StepClock()


def make_window(qtbot, language: str = "en", clock: StepClock | None = None) -> MainWindow:
    settings = AppSettings()
    settings.set_language(language)
    app = QApplication.instance()
    translations.install(app, language)
    style.apply(app)
    window = MainWindow(settings, clock=clock or StepClock())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


@pytest.fixture
def window_in(qtbot):
    """A factory: the main window in a given interface language."""
    windows = []

    def make(language: str) -> MainWindow:
        windows.append(make_window(qtbot, language))
        return windows[-1]

    yield make
    for w in windows:
        w.close_file()


@pytest.fixture
def window(qtbot, step_clock):
    w = make_window(qtbot, clock=step_clock)
    yield w
    w.close_file()
