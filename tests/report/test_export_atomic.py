"""A failed export leaves no partial file and keeps the earlier export byte for byte."""

from __future__ import annotations

import pytest

from workshop_app.report import html as html_renderer
from workshop_app.report import pdf as pdf_renderer
from workshop_app.report.exporter import export_report


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_pdf_failing_midway_keeps_the_earlier_export(demo, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    pdf, md = out_dir / "r.pdf", out_dir / "r.md"
    export_report(demo, pdf=pdf, markdown=md)
    before = pdf.read_bytes(), md.read_bytes()
    demo.update_series(title="A new title")

    real_footer = pdf_renderer._footer

    def failing_footer(report):
        draw = real_footer(report)

        def on_page(canv, doc):
            draw(canv, doc)
            if canv.getPageNumber() == 3:  # pages 1-2 are already written
                raise OSError("disk full")

        return on_page

    monkeypatch.setattr(pdf_renderer, "_footer", failing_footer)
    with pytest.raises(OSError, match="disk full"):
        export_report(demo, pdf=pdf, markdown=md)
    assert (pdf.read_bytes(), md.read_bytes()) == before
    assert _names(out_dir) == ["r.md", "r.pdf"]


def test_failure_in_a_later_format_writes_none_of_them(demo, tmp_path, monkeypatch):
    pdf, page = tmp_path / "r.pdf", tmp_path / "r.html"

    def broken(report, **options):
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(html_renderer, "render_html", broken)
    with pytest.raises(RuntimeError):
        export_report(demo, pdf=pdf, html=page)
    assert not pdf.exists() and not page.exists()
    assert not [n for n in _names(tmp_path) if not n.startswith("d.workshop")]


def test_progress_is_reported_up_to_the_end(demo, tmp_path):
    calls = []
    export_report(
        demo,
        pdf=tmp_path / "r.pdf",
        csv=tmp_path / "r.csv",
        appendix=True,
        progress=lambda done, total, label: calls.append((done, total, label)),
    )
    assert calls[-1][0] == calls[-1][1]
    dones = [c[0] for c in calls]
    assert dones == sorted(dones)
    assert {"PDF", "CSV"} <= {c[2] for c in calls}
