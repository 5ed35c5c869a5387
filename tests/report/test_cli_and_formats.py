"""`workshop-app export` writes every format; CSV and link rules; no Qt or reportlab at import."""

from __future__ import annotations

import csv
import html
import subprocess
import sys

from report_helpers import assert_in_order, link_uris, pdf_text

from workshop_app.cli import main
from workshop_app.report import markdown
from workshop_app.report.exporter import export_report


def test_cli_writes_all_four_formats(demo, tmp_path, capsys):
    outs = {k: tmp_path / f"r.{k}" for k in ("pdf", "md", "html", "csv")}
    code = main(
        [
            "export",
            str(demo.path),
            "--pdf",
            str(outs["pdf"]),
            "--markdown",
            str(outs["md"]),
            "--html",
            str(outs["html"]),
            "--csv",
            str(outs["csv"]),
            "--bom",
            "--appendix",
        ]
    )
    assert code == 0
    assert all(p.stat().st_size > 0 for p in outs.values())
    assert outs["csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    title = demo.series()["title"]
    assert title in outs["md"].read_text(encoding="utf-8")
    assert title in outs["html"].read_text(encoding="utf-8")
    assert "Wrote" in capsys.readouterr().out


def test_cli_subset_by_title_and_without_votes(demo, tmp_path):
    out = tmp_path / "r.csv"
    assert (
        main(
            ["export", str(demo.path), "--csv", str(out), "--workshops", "Workshop 2", "--no-votes"]
        )
        == 0
    )
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["workshop"] for r in rows} == {"Workshop 2"}
    assert {r["theme_votes"] for r in rows} == {""}


def test_cli_prints_font_warnings_and_refuses_unknown_workshops(demo, tmp_path, capsys):
    q, w = demo.questions()[0], demo.workshops()[0]
    theme = demo.themes(q["id"])[0]
    demo.add_note(q["id"], w["id"], "漢字のメモ", theme_id=theme["id"])
    out = tmp_path / "r.pdf"
    assert main(["export", str(demo.path), "--pdf", str(out), "--appendix"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "漢" in err
    assert (
        main(["export", str(demo.path), "--pdf", str(tmp_path / "x.pdf"), "--workshops", "nope"])
        == 2
    )
    assert "No workshop" in capsys.readouterr().err
    assert main(["export", str(demo.path)]) == 2


def test_cli_json_export_still_works(demo, tmp_path):
    out = tmp_path / "s.json"
    assert main(["export", str(demo.path), "--json", str(out)]) == 0
    assert '"samla.series"' in out.read_text(encoding="utf-8")


def test_csv_has_one_row_per_note_with_its_context(demo, tmp_path):
    q = demo.questions()[0]
    demo.add_note(q["id"], demo.workshops()[0]["id"], '=HYPERLINK("http://x")')
    out = tmp_path / "r.csv"
    export_report(demo, csv=out)
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "series",
        "workshop",
        "date",
        "question",
        "perspective",
        "theme",
        "is_quote",
        "theme_votes",
        "text",
    ]
    assert len(rows) == len(demo.notes())
    quote = next(r for r in rows if r["is_quote"] == "1")
    assert quote["theme"] and quote["theme_votes"].isdigit() and quote["date"].startswith("2021-")
    assert any(r["text"] == '\'=HYPERLINK("http://x")' for r in rows)  # not run as a formula
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_only_web_and_mail_links_become_links(demo, tmp_path):
    demo.add("examples", title="Mail", url="mailto:info@example.org", link_text="Write to us")
    demo.add("examples", title="Script", url="javascript:alert(1)", link_text="Run")
    demo.add("examples", title="Local", url="file:///etc/passwd", link_text="Local file")
    long_url = "https://example.org/" + "a-very-long-path-segment/" * 12
    demo.add("examples", title="Long", url=long_url, link_text="")
    pdf, page, md = tmp_path / "r.pdf", tmp_path / "r.html", tmp_path / "r.md"
    export_report(demo, pdf=pdf, html=page, markdown=md)
    uris = link_uris(pdf)
    assert "mailto:info@example.org" in uris and long_url in uris
    assert not any(u.startswith(("javascript", "file")) for u in uris)
    text = pdf_text(pdf)
    assert "Run (javascript:alert(1))" in text and "Local file (file:///etc/passwd)" in text
    assert long_url in text.replace(" ", "")  # printed in full, broken over lines
    html_text = page.read_text(encoding="utf-8")
    assert 'href="mailto:info@example.org"' in html_text
    assert 'href="javascript' not in html_text and 'href="file' not in html_text
    md_text = md.read_text(encoding="utf-8")
    assert "(<mailto:info@example.org>)" in md_text and "(<javascript" not in md_text


def test_report_package_imports_neither_qt_nor_reportlab():
    code = (
        "import sys, workshop_app.report, workshop_app.report.exporter, "
        "workshop_app.report.model, workshop_app.report.markdown, workshop_app.report.html, "
        "workshop_app.report.csv, workshop_app.commands.export\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab')]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_markdown_and_html_say_what_the_pdf_says_in_the_same_order(demo, tmp_path):
    md, page = tmp_path / "r.md", tmp_path / "r.html"
    export_report(demo, markdown=md, html=page, appendix=True)
    series = demo.series()
    expected = [series["organization"], series["title"], series["subtitle"]]
    for q in demo.questions():
        expected.append(q["text"])
        expected += [t["title"] for t in demo.themes(q["id"])]
    expected += [e["title"] for e in demo.examples()]
    expected += [demo.lessons()[0]["expert"], "Publicerad 15 mars 2021", "Bilaga: alla lappar"]
    html_text = page.read_text(encoding="utf-8")
    assert_in_order(html_text, [html.escape(e) for e in expected])
    md_text = md.read_text(encoding="utf-8")
    assert_in_order(md_text, [markdown.md(e) for e in expected])
    for note in demo.notes():
        assert html.escape(note["text"]) in html_text
        assert markdown.md(note["text"]) in md_text
    assert md_text.count("1. ") >= 1 and '<ol class="lessons">' in html_text


def test_cli_shows_progress_for_big_series(demo, tmp_path, capsys, monkeypatch):
    from workshop_app.commands import export

    monkeypatch.setattr(export, "PROGRESS_FROM_NOTES", 100)  # the demo has 145 notes
    assert main(["export", str(demo.path), "--pdf", str(tmp_path / "r.pdf"), "--appendix"]) == 0
    err = capsys.readouterr().err
    assert "export:   0% (PDF)" in err and "export: 100% (PDF)" in err
    monkeypatch.setattr(export, "PROGRESS_FROM_NOTES", 1000)
    assert main(["export", str(demo.path), "--pdf", str(tmp_path / "r.pdf")]) == 0
    assert "export:" not in capsys.readouterr().err
