"""Start the app: QApplication, name, translations, look, then the start screen or a file."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from workshop_app import __version__
from workshop_app.core.logs import logger
from workshop_app.gui import style, translations
from workshop_app.gui.errors import show_bug
from workshop_app.gui.settings import AppSettings
from workshop_app.smoke import quit_after_if_requested


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Samla")
    app.setOrganizationName("Samla")
    app.setApplicationDisplayName("Samla")
    app.setApplicationVersion(__version__)
    return app


def choose_first_language(settings: AppSettings) -> None:
    """At first start, ask for the interface language (the system's is preselected)."""
    from workshop_app.gui.language_dialog import LanguageDialog

    app = QApplication.instance()
    translations.install(app, settings.language())  # the question in the likely language
    dialog = LanguageDialog(settings.language(), first_start=True)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        settings.set_language(dialog.language())
    else:
        settings.set_language(settings.language())


def build_window(settings: AppSettings, path: str | None = None):
    """Translations and style installed, the main window built (and `path` opened)."""
    from workshop_app.gui.main_window import MainWindow

    app = QApplication.instance()
    translations.install(app, settings.language())
    style.apply(app)
    window = MainWindow(settings)
    if path:
        window.open_file(path)
    return window


def excepthook(window_ref: list):
    """sys.excepthook for the app: a bug is logged and explained to the user (in the window
    of `window_ref`, once there is one), never a silent crash."""

    def hook(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_bug(window_ref[0] if window_ref else None, exc)

    return hook


def run(path: str | None = None) -> int:
    app = make_application()
    quit_after_if_requested(app)  # only with SAMLA_SMOKE_QUIT_MS set (the built app's check)
    settings = AppSettings()
    window_ref: list = []
    sys.excepthook = excepthook(window_ref)  # a bug is logged and explained, never a silent crash
    logger().info("Samla %s starting", __version__)
    if not settings.language_chosen():
        style.apply(app)
        choose_first_language(settings)
    from workshop_app.gui import participant

    # A shared screen that was locked when the app stopped (a crash, kill -9, a power
    # cut) opens again, locked, before anything else; `reset-pin` is the way out.
    locked = participant.locked_file()
    window = build_window(settings, str(locked) if locked else path)
    window_ref.append(window)
    window.restore_layout()  # as last closed; 1280×760 at the first start
    from workshop_app.gui.participant.locked_window import active

    if active() is None:
        if locked:
            # The file there is no longer the locked series (replaced, unreadable):
            # forget that lock, or every start would open it.
            from workshop_app.core.pin import PinStore

            PinStore().unlock_path(locked)
        window.show()
    return app.exec()
