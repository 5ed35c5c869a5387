"""A series' logo and accent colour appear in the PDF, HTML and DOCX: the logo as a figure
with its alt text, the accent darkened where needed so text on white stays readable."""

from __future__ import annotations

import docx
import pikepdf
from conftest import logo_png
from tagged_pdf import read_tagged

from workshop_app.core import branding
from workshop_app.core.store import WorkshopFile
from workshop_app.report.exporter import export_report
from workshop_app.report.html import render_html
from workshop_app.report.model import build_report
from workshop_app.report.text import contrast


def test_the_pdf_shows_the_logo_as_a_figure_with_its_alt_text(rendered):
    path, _ = rendered["branded"]
    tagged = read_tagged(path)
    figure = next(e for e in tagged.elements() if e.role == "Figure")
    assert figure.attrs["Alt"] == "Harbour Council" and figure.marks[0][0] == 0
    with pikepdf.open(path) as pdf:
        images = list(pdf.pages[0].get_images())
        assert len(images) == 1


def test_a_light_accent_is_darkened_until_text_on_white_is_readable(series_files):
    with WorkshopFile.open(series_files["branded"], readonly=True) as wf:
        report = build_report(wf)
    assert report.accent != "#FFB000" and contrast(report.accent) >= 4.5
    page = render_html(report)
    assert f"--accent: {report.accent};" in page
    assert (
        '<img class="logo" src="data:image/png;base64,' in page and 'alt="Harbour Council"' in page
    )


def test_the_docx_has_the_logo_with_alt_text(series_files, tmp_path):
    out = tmp_path / "r.docx"
    with WorkshopFile.open(series_files["branded"], readonly=True) as wf:
        export_report(wf, docx=out)
    shape = docx.Document(str(out)).inline_shapes[0]
    assert shape._inline.docPr.get("descr") == "Harbour Council"


def test_without_branding_the_report_keeps_its_own_colours(demo):
    report = build_report(demo)
    assert report.accent is None and report.logo is None
    assert render_html(report).count(":root") == 1  # only the report's own colours
    branding.set_branding(demo, logo=logo_png())
    assert build_report(demo).logo_alt == "Landsbygdsnätverket"  # the organization by default
