"""Starting the app: first-start language, the start screen, translations, bugs logged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from workshop_app.gui import app as app_module
from workshop_app.gui import translations
from workshop_app.gui.main_window import LanguageDialog, MainWindow
from workshop_app.gui.settings import AppSettings, system_language


def test_first_start_asks_for_the_language_then_shows_the_start_screen(qtbot, monkeypatch):
    settings = AppSettings()
    assert not settings.language_chosen()
    assert settings.language() == system_language()
    asked = []

    def choose_swedish(dialog):
        asked.append(dialog.choice.currentData())
        # Not chosen yet: the question is asked in both languages.
        assert dialog.windowTitle() == "Språk / Language"
        assert "Välj språk" in dialog.findChild(QLabel).text()
        assert "Choose the language" in dialog.findChild(QLabel).text()
        dialog.choice.setCurrentIndex(dialog.choice.findData("sv"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LanguageDialog, "exec", choose_swedish)
    shown = []

    def fake_exec():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.isVisible())
        shown.append(window)
        qtbot.addWidget(window)
        assert window.central.currentWidget() is window.start_screen
        assert window.action_demo.text() == "Öppna &demoworkshoppen"
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run(None) == 0
    assert asked == [system_language()]
    assert shown and AppSettings().language() == "sv"
    assert AppSettings().language_chosen()


def test_the_chosen_language_is_kept_and_not_asked_again(qtbot, monkeypatch):
    AppSettings().set_language("en")
    monkeypatch.setattr(LanguageDialog, "exec", lambda d: (_ for _ in ()).throw(AssertionError))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    assert app_module.run(None) == 0
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            qtbot.addWidget(w)


def test_every_swedish_translation_file_is_installed(qapp):
    loaded = translations.install(qapp, "sv")
    assert any(p.endswith("workspace_sv.qm") for p in loaded)
    assert QCoreApplication.translate("Steps", "Cluster") == "Gruppera"
    assert QLocale().language() == QLocale.Language.Swedish
    assert translations.install(qapp, "en") == []
    assert QCoreApplication.translate("Steps", "Cluster") == "Cluster"


def test_recent_files_newest_first_without_duplicates(tmp_path):
    settings = AppSettings()
    paths = []
    for name in ("a.samla", "b.samla", "c.samla"):
        path = tmp_path / name
        path.write_bytes(b"")
        paths.append(path)
        settings.add_recent(path)
    settings.add_recent(paths[0])
    assert [p.rsplit("/", 1)[-1] for p in AppSettings().recent_files()] == [
        "a.samla",
        "c.samla",
        "b.samla",
    ]
    paths[2].unlink()  # a file that is gone is not offered
    assert len(AppSettings().recent_files()) == 2


def test_a_bug_is_logged_and_explained(window, tmp_path):
    hook = app_module.excepthook([window])
    try:
        raise ValueError("a bug in a slot")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    box = window.findChild(QMessageBox, "bug_message")
    assert box is not None and box.isVisible()
    log = tmp_path / "data" / "samla.log"
    assert str(log) in box.informativeText()
    assert "a bug in a slot" in log.read_text(encoding="utf-8")
    box.close()
