"""The user's preferences (QSettings): interface language, recently opened files (and
where in each the facilitator was), and the main window's size, position and toolbars."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

LANGUAGES = ("sv", "en")
MAX_RECENT = 8


def system_language() -> str:
    """Swedish on a Swedish system, English everywhere else."""
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


class AppSettings:
    def __init__(self) -> None:
        self._qs = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Samla", "Samla"
        )

    # -- language
    def language_chosen(self) -> bool:
        return self._qs.value("language") in LANGUAGES

    def language(self) -> str:
        value = self._qs.value("language")
        return value if value in LANGUAGES else system_language()

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self._qs.setValue("language", language)
        self._qs.sync()

    # -- recent files
    def recent_files(self) -> list[str]:
        value = self._qs.value("recent_files") or []
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [p for p in value if Path(p).exists()]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        self._qs.setValue("recent_files", files[:MAX_RECENT])
        self._qs.sync()

    # -- where the facilitator was in each recent file (reopened there)
    def last_place(self, path: str | Path) -> dict:
        """What `set_last_place` kept for this file, as stored (check it before use)."""
        places = self._places()
        value = places.get(str(Path(path).resolve()))
        return value if isinstance(value, dict) else {}

    def set_last_place(self, path: str | Path, place: dict) -> None:
        recent = set(self.recent_files())
        places = {p: v for p, v in self._places().items() if p in recent}
        places[str(Path(path).resolve())] = place
        self._qs.setValue("last_places", json.dumps(places, ensure_ascii=False))
        self._qs.sync()

    def _places(self) -> dict:
        try:
            places = json.loads(self._qs.value("last_places") or "{}")
        except (TypeError, ValueError):
            return {}
        return places if isinstance(places, dict) else {}

    # -- main window (QMainWindow.saveGeometry / saveState, restored at the next start)
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        if isinstance(value, (bytes, bytearray)):
            value = QByteArray(bytes(value))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
