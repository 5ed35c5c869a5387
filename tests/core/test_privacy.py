"""The privacy review: what it finds in a text, where in a file, and how it redacts."""

from __future__ import annotations

import pytest
from privacy_helpers import CLEAN_NOTE, PLANTED, make_planted_series, planted_items

from workshop_app.core import privacy
from workshop_app.core.privacy import EMAIL, NAME, PERSONAL_NUMBER, PHONE, find_personal_data
from workshop_app.core.store import WorkshopFile


def found(text: str, language: str = "sv") -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_personal_data(text, language)]


@pytest.mark.parametrize(
    "number",
    [
        "070-123 45 67",
        "070–123 45 67",
        "0701234567",
        "08-123 456 78",
        "(08) 123 456 78",
        "0920-12 34 56",
        "+46 70 123 45 67",
        "+46 (0)70-987 65 43",
        "+46701234567",
        "0046 70 555 12 12",
        "+44 20 7946 0958",
        "+44 (0) 20 7946 0958",
        "+1 (415) 555-2671",
        "(555) 987-6543",
        "07700 900123",
    ],
)
def test_phone_numbers_in_swedish_and_international_forms_are_found(number):
    assert found(f"Ring mig på {number} i kväll.") == [(PHONE, number)]


@pytest.mark.parametrize(
    "text",
    [
        "Bussen går 07.15 och 16.40.",
        "Mötet är 2024-05-14 kl 18.00.",
        "Telefontid 08.30-09.30 är för kort.",
        "The meeting is on 14/05/2024 at 6 pm.",
        "Det kostar 1 500 000 kr.",
        "Postnumret 123 45 stämmer inte.",
        "Org.nr 556677-8899 står på fakturan.",
        "Ring 112 eller 1177.",
    ],
)
def test_times_dates_amounts_and_short_numbers_are_not_phone_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "number",
    ["811218-9876", "19811218-9876", "198112189876", "8112189876", "811218+9876", "670763-3464"],
)
def test_personal_and_coordination_numbers_with_a_valid_check_digit_are_found(number):
    assert found(f"Numret {number} stod på lappen.") == [(PERSONAL_NUMBER, number)]


def test_a_number_with_a_wrong_check_digit_or_date_is_not_a_personal_number():
    assert found("Numret 811218-9875 stod på lappen.") == []  # check digit off by one
    assert found("Numret 811318-9876 stod på lappen.") == []  # month 13


@pytest.mark.parametrize(
    "address",
    ["erik.johansson@kommun.se", "Anna.Svensson@Region.Dalarna.se", "first+tag@sub.example.co.uk"],
)
def test_email_addresses_are_found_without_the_full_stop_after_them(address):
    assert found(f"Skriv till {address}.") == [(EMAIL, address)]


def test_an_email_address_written_with_at_in_brackets_is_found():
    assert found("Maila anna(at)byn.se om släpet.") == [(EMAIL, "anna(at)byn.se")]


def test_a_first_name_and_surname_make_one_name():
    assert found("Kontakta Anna-Karin Eriksson på föreningen.") == [(NAME, "Anna-Karin Eriksson")]
    assert found("I met John Smith yesterday.", "en") == [(NAME, "John Smith")]
    assert found("Det sa Leif G.W. Persson.") == [(NAME, "Leif G.W. Persson")]


def test_a_common_word_at_the_start_of_a_sentence_needs_more_evidence():
    assert found("Hans barn går på skolan i grannbyn.") == []
    assert found("Per person blir det 200 kronor.") == []
    assert found("Bo kvar vill alla.") == []
    assert found("Will the bus run in winter?", "en") == []
    assert found("May we have a bench?", "en") == []
    # ... a surname after it, or a word that names a person, is that evidence
    assert found("Hans Larsson tycker att vägen ska breddas.") == [(NAME, "Hans Larsson")]
    assert found("Chefen Per säger nej till allt.") == [(NAME, "Per")]
    assert found("Vi pratade med Per efter mötet.") == [(NAME, "Per")]


def test_a_title_stays_outside_the_name_and_a_lone_surname_after_it_is_found():
    assert found("I spoke with Mr Patel about it.", "en") == [(NAME, "Patel")]
    assert found("Läraren fru Andersson var bäst.") == [(NAME, "Andersson")]


def test_a_place_named_after_a_person_is_not_a_name():
    assert found("Victoria Park is too far.", "en") == []


def test_markers_follow_the_series_language():
    text = "Ring Anna på 070-123 45 67 eller anna@byn.se, pnr 811218-9876."
    spans = find_personal_data(text)
    assert privacy.redact_text(text, spans, "sv") == (
        "Ring [namn] på [telefon] eller [e-post], pnr [personnummer]."
    )
    assert privacy.redact_text(text, spans, "en") == (
        "Ring [name] på [phone] eller [e-mail], pnr [ID number]."
    )


def test_the_review_reads_every_free_text_field_and_lists_every_planted_item(tmp_path):
    make_planted_series(tmp_path / "s.workshop")
    with WorkshopFile.open(tmp_path / "s.workshop", readonly=True) as wf:
        findings = privacy.review(wf)
    texts = {f.text for f in findings}
    assert set(planted_items()) <= texts
    where = {(f.table, f.field) for f in findings}
    assert where >= {(t, f) for t, f, _, _ in PLANTED}
    assert all(f.text != CLEAN_NOTE for f in findings)
    lesson_items = [f for f in findings if f.field == "items"]
    assert [f.item for f in lesson_items] == [1]


def test_the_review_skips_what_the_facilitator_keeps(tmp_path):
    make_planted_series(tmp_path / "s.workshop")
    with WorkshopFile.open(tmp_path / "s.workshop", readonly=True) as wf:
        findings = privacy.review(wf, keep=["kerstin åberg"])
    assert "Kerstin Åberg" not in {f.text for f in findings}


def test_redaction_is_one_ordinary_change_that_can_be_undone(tmp_path):
    ids = make_planted_series(tmp_path / "s.workshop")
    with WorkshopFile.open(tmp_path / "s.workshop") as wf:
        before = {n["id"]: n["text"] for n in wf.notes()}
        changes = privacy.redact(wf, privacy.review(wf))
        assert privacy.review(wf) == []
        notes = {n["id"]: n["text"] for n in wf.notes()}
        assert notes[ids["notes"][0]] == "Ring [namn] på [telefon] om hyrbilen."
        assert notes[ids["clean_note"]] == CLEAN_NOTE
        lesson = wf.lessons()[0]
        assert lesson["items"] == ["Börja i tid.", "Fråga [namn] om marken."]
        assert wf.search_notes("Lindqvist") == []  # the search index follows
        assert wf.search_notes("namn") != []
        wf.revert(changes)
        assert {n["id"]: n["text"] for n in wf.notes()} == before


def test_an_unlisted_first_name_before_a_surname_is_part_of_the_name():
    assert found("Vi träffade Zlatan Ibrahimović i går.") == [(NAME, "Zlatan Ibrahimović")]
    assert found("Vi träffade Eyvor Andersson i går.") == [(NAME, "Eyvor Andersson")]
    # ... but not the word that opens the sentence
    assert found("Enligt Kristersson blir det bra.") == [(NAME, "Kristersson")]


def test_the_review_can_be_limited_to_some_rows(tmp_path):
    ids = make_planted_series(tmp_path / "s.workshop")
    with WorkshopFile.open(tmp_path / "s.workshop", readonly=True) as wf:
        findings = privacy.review(wf, rows=[("notes", ids["notes"][0])])
    assert [f.text for f in findings] == ["Anna Lindqvist", "070-123 45 67"]


def test_a_capitalised_word_after_a_persons_role_starts_a_name():
    assert found("Min granne Eyvor Blomgren har bil.") == [(NAME, "Eyvor Blomgren")]
    assert found("The headteacher, Mr Roberts, agrees.", "en") == [(NAME, "Roberts")]


def test_two_capitalised_words_that_name_a_place_or_organisation_are_not_a_name():
    assert found("Hon jobbar på Region Kronoberg nu.") == []
    assert found("Vi åkte till Stora Mossberg.") == []
