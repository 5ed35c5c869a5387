"""Fixtures for the report tests: the demo series, and PDFs rendered once per run.

Rendering and checking a PDF takes a second or two, so the PDFs the accessibility and
layout tests read are made once per session (`rendered`) and shared.
"""

from __future__ import annotations

import pytest
from hostile_corpus import HOSTILE_TEXTS
from report_helpers import english_series

from workshop_app.core import branding
from workshop_app.core.demo import write_demo
from workshop_app.core.store import WorkshopFile
from workshop_app.report.exporter import export_report


@pytest.fixture
def demo(tmp_path):
    wf = write_demo(tmp_path / "d.workshop")
    yield wf
    wf.close()


#: name -> how it is made: (series, export options)
RENDERINGS = {
    "demo": ("demo", {"appendix": True}),
    "demo_plain": ("demo", {}),
    "demo_summary_inline": ("demo", {"summary": True, "divided_inline": True}),
    "english": ("english", {"appendix": True, "contents": True, "summary": True}),
    "english_plain": ("english", {}),
    "hostile": ("hostile", {"appendix": True, "contents": True}),
    "branded": ("branded", {}),
    # A subset of one workshop: the facts table has a single row.
    "english_one_workshop": ("english", {"one_workshop": True}),
}


def logo_png() -> bytes:
    """A small logo with transparency (a disc and a bar), as PNG bytes."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((5, 5, 95, 95), fill="#B8860B")
    draw.rectangle((110, 30, 295, 70), fill="#333333")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="session")
def series_files(tmp_path_factory, pristine_demo):
    """The three series the renderings use: the demo, an English one, a hostile one."""
    folder = tmp_path_factory.mktemp("series")
    english_series(folder / "en.workshop").close()
    english_series(folder / "hostile.workshop", hostile=HOSTILE_TEXTS, published="").close()
    with english_series(folder / "branded.workshop") as wf:
        branding.set_branding(wf, accent="#FFB000", logo=logo_png(), logo_alt="Harbour Council")
    return {
        "branded": folder / "branded.workshop",
        "demo": pristine_demo,
        "english": folder / "en.workshop",
        "hostile": folder / "hostile.workshop",
    }


@pytest.fixture(scope="session")
def rendered(tmp_path_factory, series_files):
    """name -> (pdf path, warnings), made on first use and kept for the session."""
    folder = tmp_path_factory.mktemp("rendered")
    made: dict[str, tuple] = {}

    class Renderings(dict):
        def __missing__(self, name):
            series, options = RENDERINGS[name]
            out = folder / f"{name}.pdf"
            with WorkshopFile.open(series_files[series], readonly=True) as wf:
                options = dict(options)
                if options.pop("one_workshop", False):
                    options["workshop_ids"] = [wf.workshops()[0]["id"]]
                warnings = export_report(wf, pdf=out, **options)
            made[name] = (out, warnings)
            self[name] = made[name]
            return made[name]

    return Renderings()
