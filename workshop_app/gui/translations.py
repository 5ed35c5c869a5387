"""Install the interface translations: every `*_<lang>.qm` shipped in resources/translations.

Each area of the app keeps its own translation file (workspace_sv.ts, board_sv.ts,
...); all compiled files for the chosen language are installed, plus Qt's own
translations for standard dialogs and buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.core.assets import asset

#: Qt's own words that its Swedish file gets wrong; ours are installed after it, so these
#: win (Swedish writes "OK", not "Ok").
QT_OWN_WORDS = (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),)

#: QTranslators must outlive this call: Qt keeps only a pointer, so a translator
#: that Python collects silently stops translating.
_installed: list[QTranslator] = []


def translation_files(language: str) -> list[str]:
    folder = asset("translations")
    if not folder.is_dir():
        return []
    return sorted(
        str(entry) for entry in folder.iterdir() if entry.name.endswith(f"_{language}.qm")
    )


def install(app: QCoreApplication, language: str) -> list[str]:
    """Replace the installed translators with those for `language`; return the files loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
    )
    loaded = []
    if language == "en":
        return loaded  # the source strings are English
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    return loaded
