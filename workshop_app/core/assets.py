"""Files shipped with the app (templates, fonts, schema, demo, translations, icons).

Loaded through `importlib.resources` so they are found in an installed package
and in a frozen app alike, never relative to the working directory.
"""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable


def asset(*parts: str) -> Traversable:
    return files("workshop_app.resources").joinpath(*parts)


def read_json(*parts: str) -> dict:
    return json.loads(asset(*parts).read_text(encoding="utf-8"))
