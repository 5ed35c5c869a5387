"""What the report says, in every format: facts and method from the file, drafts that
never claim to be published, a sentence for an empty question, warnings an organizer
should read, the appendix's bullets and sources, the expert's heading and lessons."""

from __future__ import annotations

import csv

import pytest
from report_helpers import flat, pdf_text

from workshop_app.cli import main
from workshop_app.report.exporter import export_report
from workshop_app.report.html import render_html
from workshop_app.report.markdown import md, render_markdown
from workshop_app.report.model import build_report
from workshop_app.report.text import lead_words


def test_facts_block_and_method_come_from_the_file(rendered, demo):
    text = pdf_text(rendered["demo"][0])
    intro_end = text.index("fyra frågor.") + len("fyra frågor.")
    facts = text[intro_end : text.index("Hur kan kommuner möjliggöra")]
    for w in demo.workshops():
        assert w["title"] in facts and w["facilitator"] in facts and str(w["participants"]) in facts
    assert "19 januari 2021" in facts and "Videomöte" in facts
    assert "3 workshoppar, 43 deltagare, 145 lappar" in facts
    assert "Metod. Deltagarna skrev först sina idéer var för sig" in facts
    assert "Deltagarna röstade med prickar, som räknades i rummet." in facts  # hand counts
    assert "summan av rösterna i alla workshoppar" in facts


def test_method_says_how_voting_rounds_were_set(rendered):
    text = pdf_text(rendered["english_plain"][0])
    assert "each had 3 dots to spend, at most two on any one theme" in text


def test_a_draft_says_draft_and_never_published(rendered, demo, tmp_path):
    text = pdf_text(rendered["hostile"][0])  # the hostile series has no publication date
    assert "Draft " in text and "Published" not in text
    demo.update_series(published="")
    out = {k: tmp_path / f"r.{k}" for k in ("pdf", "markdown", "html", "docx")}
    export_report(demo, **out)
    for kind in ("markdown", "html"):
        page = out[kind].read_text(encoding="utf-8")
        assert "Utkast " in page and "Publicerad" not in page, kind
    assert "Publicerad" not in pdf_text(out["pdf"]) and "Utkast" in pdf_text(out["pdf"])


def test_an_empty_question_says_so_and_the_cli_warns(demo, tmp_path, capsys):
    demo.add("questions", text="Vad saknas fortfarande?")
    out = tmp_path / "r.pdf"
    assert (
        main(["export", str(demo.path), "--pdf", str(out), "--markdown", str(tmp_path / "m")]) == 0
    )
    err = capsys.readouterr().err
    assert 'warning: The question "Vad saknas fortfarande?" has no notes yet' in err
    assert "Vad saknas fortfarande? Inga lappar ännu." in pdf_text(out)
    assert "## Vad saknas fortfarande?\n\nInga lappar ännu." in (tmp_path / "m").read_text("utf-8")


def test_a_subset_whose_intro_names_more_workshops_warns(demo, tmp_path, capsys):
    first = demo.workshops()[0]
    out = tmp_path / "r.pdf"
    code = main(["export", str(demo.path), "--pdf", str(out), "--workshops", first["title"]])
    assert code == 0
    err = capsys.readouterr().err
    assert "The written introduction names 3 workshops" in err
    assert "holds only 1 workshop" in err
    # the same subset with the introduction written from the facts: nothing to warn about
    demo.update_series(intro="")
    main(["export", str(demo.path), "--pdf", str(out), "--workshops", first["title"]])
    assert "introduction" not in capsys.readouterr().err


def test_appendix_lists_each_note_as_a_bullet_with_its_workshop_and_perspective(rendered):
    text = pdf_text(rendered["demo"][0])
    appendix = text[text.index("Bilaga: alla lappar") :]
    assert (
        "• Träffa byborna på plats – inte bara bjuda in till kommunhuset — Workshop 1, kommun"
        in (appendix)
    )
    assert "Övriga inspel" in appendix and "Inte sorterade" not in appendix


def test_expert_heading_does_not_repeat_what_the_intro_says(rendered, demo):
    text = pdf_text(rendered["demo"][0])
    lessons = text[text.index("Lärdomar Brita") :]
    assert lessons.startswith("Lärdomar Brita Hermelin Brita Hermelin är professor")
    english = pdf_text(rendered["english"][0])
    assert "Oyelaran-Fitzgerald, Senior Lecturer in Coastal Governance" in english


def test_a_lessons_lead_words_are_bold(demo):
    assert lead_words("Tydlighet. Varje part behöver") == ("Tydlighet.", "Varje part behöver")
    assert lead_words("Det här är en hel mening utan inledning. Mer")[0] == ""
    page = render_html(build_report(demo))
    assert "<li><strong>Tydlighet.</strong> Varje part" in page
    assert "1. **Tydlighet.** Varje part" in render_markdown(build_report(demo))


def test_html_vote_chart_is_a_table_screen_readers_can_read(demo):
    page = render_html(build_report(demo))
    assert 'role="img"' not in page
    assert '<table class="chart"><caption>Röster per tema</caption>' in page
    assert '<th scope="row">Kontakt med den lokala nivån</th>' in page
    assert 'aria-hidden="true"></span>21</td>' in page


def test_html_and_markdown_use_the_languages_quotation_marks(demo):
    report = build_report(demo)
    assert "”Bygden blir starkare" in render_html(report)
    assert "> ”Bygden blir starkare" in render_markdown(report)


def test_markdown_escapes_only_what_would_be_syntax():
    assert md("Hej! {x} 50% #1 & co") == "Hej! {x} 50% #1 & co"
    assert md("# rubrik") == "\\# rubrik"
    assert md("&amp; &#65;") == "\\&amp; \\&#65;"
    assert md("*fet* [länk](x) <b> a|b") == "\\*fet\\* \\[länk\\](x) \\<b\\> a\\|b"


def test_markdown_vote_table_has_a_real_header(demo):
    text = render_markdown(build_report(demo))
    assert "| Tema | Röster |\n|---|--:|" in text
    assert "| Röster per tema | |" not in text  # the old table's empty header


def test_csv_names_the_themes_total_and_a_per_theme_csv(demo, tmp_path):
    notes, themes = tmp_path / "n.csv", tmp_path / "t.csv"
    export_report(demo, csv=notes, themes_csv=themes)
    with open(notes, encoding="utf-8", newline="") as fh:
        assert "theme_votes" in next(csv.reader(fh))
    with open(themes, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(demo.themes())
    contact = next(r for r in rows if r["theme"] == "Kontakt med den lokala nivån")
    assert contact["votes"] == "21" and contact["divided"] == "1" and contact["notes"] == "7"


@pytest.mark.parametrize("summary", [True, False])
def test_summary_lists_the_themes_with_most_votes(demo, summary):
    page = render_html(build_report(demo), summary=summary)
    assert ('<aside class="summary">' in page) is summary
    if summary:
        assert flat("Flest röster: ”Kontakt med den lokala nivån” (21)") in flat(page)
