"""Branding (core/branding.py): accent colour, logo and its alt text live in the series row,
validated on the way in and again on the way out (a file from elsewhere is untrusted).
A file written before the branding migration opens, migrates and has no branding."""

from __future__ import annotations

import base64
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from workshop_app.core import branding, errors
from workshop_app.core.interchange import export_json, import_json
from workshop_app.core.migrations import SCHEMA_VERSION
from workshop_app.core.store import WorkshopFile

RELEASED = Path(__file__).resolve().parents[1] / "fixtures" / "released_0_1_0"


def png(width=40, height=20, colour="#1F5F5B") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def test_a_file_from_before_branding_opens_migrates_and_has_none(tmp_path):
    old = tmp_path / "old.workshop"
    shutil.copy(RELEASED / "demo.samla", old)
    with WorkshopFile.open(old) as wf:
        assert wf.schema_version() == SCHEMA_VERSION
        series = wf.series()
        assert branding.logo_png(series) is None and branding.accent_colour(series) is None
        branding.set_branding(wf, accent="#aa3300", logo=png(), logo_alt="Kommunens logotyp")
    with WorkshopFile.open(old) as wf:
        series = wf.series()
        assert branding.accent_colour(series) == "#AA3300"
        assert branding.logo_png(series) == png()
        assert series["logo_alt"] == "Kommunens logotyp"


def test_branding_travels_in_the_interchange_json(tmp_path):
    with WorkshopFile.create(tmp_path / "a.workshop", title="A") as wf:
        branding.set_branding(wf, accent="#123456", logo=png(), logo_alt="Logo")
        export_json(wf, tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert doc["series"]["accent"] == "#123456" and doc["series"]["logo_alt"] == "Logo"
    with import_json(tmp_path / "a.json", tmp_path / "b.workshop") as wf:
        assert branding.logo_png(wf.series()) == png()


def test_a_document_without_branding_still_imports(tmp_path):
    with WorkshopFile.create(tmp_path / "a.workshop", title="A") as wf:
        export_json(wf, tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text("utf-8"))
    for key in ("accent", "logo", "logo_alt"):
        del doc["series"][key]
    (tmp_path / "a.json").write_text(json.dumps(doc), "utf-8")
    with import_json(tmp_path / "a.json", tmp_path / "b.workshop") as wf:
        assert wf.series()["logo"] == "" and wf.series()["accent"] == ""


@pytest.mark.parametrize(
    "data", [b"GIF89a" + b"\0" * 40, b"<svg xmlns='http://www.w3.org/2000/svg'/>", png(7000, 10)]
)
def test_only_a_reasonable_png_is_stored_as_a_logo(tmp_path, data):
    with WorkshopFile.create(tmp_path / "a.workshop") as wf:
        with pytest.raises(errors.InvalidValue):
            branding.set_branding(wf, logo=data)
        assert wf.series()["logo"] == ""


@pytest.mark.parametrize("value", ["red", "#12345", "#GGGGGG", "url(x)"])
def test_an_accent_is_a_hex_colour(tmp_path, value):
    with WorkshopFile.create(tmp_path / "a.workshop") as wf:
        with pytest.raises(errors.InvalidValue):
            branding.set_branding(wf, accent=value)


def test_a_planted_value_is_never_used(tmp_path):
    """A file from another laptop may hold anything in these columns: it is ignored."""
    path = tmp_path / "a.workshop"
    WorkshopFile.create(path).close()

    def plant(**values):  # as another program could have written it, past the write API
        conn = sqlite3.connect(path)
        for column, value in values.items():
            conn.execute(f'UPDATE series SET "{column}" = ?', [value])
        conn.commit()
        conn.close()

    plant(logo=base64.b64encode(b"not a png").decode(), accent="javascript:x")
    with WorkshopFile.open(path, readonly=True) as wf:
        series = wf.series()
        assert branding.logo_png(series) is None and branding.accent_colour(series) is None
    plant(logo="%%% not base64 %%%")
    with WorkshopFile.open(path, readonly=True) as wf:
        assert branding.logo_png(wf.series()) is None
    with WorkshopFile.open(path) as wf, pytest.raises(errors.InvalidValue):
        wf.update_series(accent="javascript:x")  # and the write API refuses them
