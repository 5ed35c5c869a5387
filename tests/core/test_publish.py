"""The public copy: live rows only, nothing about the laptop, exactly the expected schema."""

from __future__ import annotations

import sqlite3

import pytest
from privacy_helpers import CLEAN_NOTE, DELETED_TEXT, make_planted_series, planted_items

from workshop_app.core import errors, migrations, publish
from workshop_app.core.store import WorkshopFile


@pytest.fixture
def planted(tmp_path):
    path = tmp_path / "serie.workshop"
    ids = make_planted_series(path, merge_from=tmp_path / "annas-dator")
    return path, ids


def publish_copy(path, out, **kwargs):
    with WorkshopFile.open(path, readonly=True) as wf:
        return publish.write_public_copy(wf, out, **kwargs)


def leaks(data: bytes, secrets: list[str]) -> list[str]:
    """The secrets found in `data`, in UTF-8 or UTF-16 (SQLite's text encodings)."""
    return [
        s
        for s in secrets
        if any(s.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be"))
    ]


def laptop_secrets(ids: dict) -> list[str]:
    pin_hash = ids["pin_hash"]
    return [
        DELETED_TEXT,
        pin_hash,
        pin_hash.rsplit("$", 1)[-1],  # the derived key alone
        ids["merged_from"],
        "annas-dator",
        "annas-laptop",
    ]


def test_a_redacted_copy_holds_no_planted_item_pin_hash_deleted_text_or_local_path(
    planted, tmp_path
):
    path, ids = planted
    out = tmp_path / "public" / "serie.db"
    out.parent.mkdir()
    report = publish_copy(path, out, redact=True)
    data = out.read_bytes()
    assert leaks(data, planted_items() + laptop_secrets(ids)) == []
    assert sorted(p.name for p in out.parent.iterdir()) == ["serie.db"]  # no -wal, no -journal
    assert report.redacted and {f.text for f in report.findings} >= set(planted_items())
    with WorkshopFile.open(out, readonly=True) as wf:
        texts = {n["id"]: n["text"] for n in wf.notes()}
    assert texts[ids["notes"][0]] == "Ring [namn] på [telefon] om hyrbilen."
    assert texts[ids["clean_note"]] == CLEAN_NOTE


def test_without_redact_the_words_stay_but_nothing_about_the_laptop_does(planted, tmp_path):
    path, ids = planted
    out = tmp_path / "serie.db"
    report = publish_copy(path, out)
    data = out.read_bytes()
    assert leaks(data, planted_items()) == planted_items()  # the test sees what is there
    assert leaks(data, laptop_secrets(ids)) == []
    assert not report.redacted and report.findings


def test_the_source_file_is_not_changed(planted, tmp_path, sha256):
    path, _ = planted
    before = sha256(path)
    publish_copy(path, tmp_path / "serie.db", redact=True)
    assert sha256(path) == before


def test_the_copy_has_exactly_the_expected_schema_and_passes_check(planted, tmp_path, cli):
    path, _ = planted
    out = tmp_path / "serie.db"
    publish_copy(path, out, redact=True)
    conn = sqlite3.connect(out)
    try:
        assert frozenset(migrations.schema_objects(conn)) == migrations.expected_schema()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        for table in ("settings", "merges", "origins", "id_map", "conflicts"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    finally:
        conn.close()
    with WorkshopFile.open(out, readonly=True) as wf:
        assert wf.integrity_problems() == []
    result = cli("check", out)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_copy_holds_exactly_the_live_rows_and_its_search_finds_only_them(planted, tmp_path):
    path, ids = planted
    with WorkshopFile.open(path) as wf:
        gone = wf.add("workshops", title="Inställd träff").rows[0].id
        orphan = wf.add_note(ids["question"], gone, "Anteckning i en borttagen workshop").rows[0].id
        wf.delete("workshops", gone)
        dropped_theme = wf.add("themes", question_id=ids["question"], title="Tema bort").rows[0].id
        wf.file_notes([ids["clean_note"]], dropped_theme)
        wf.delete("themes", dropped_theme)
        live = {n["id"] for n in wf.notes() if n["workshop_id"] != gone}
    out = tmp_path / "serie.db"
    publish_copy(path, out)
    with WorkshopFile.open(out, readonly=True) as wf:
        notes = wf.notes(include_deleted=True)
        assert {n["id"] for n in notes} == live
        assert orphan not in {n["id"] for n in notes} and ids["deleted_note"] not in live
        assert [w["title"] for w in wf.rows("workshops", include_deleted=True)] == [
            "Träff 1",
            "Träff 2",
        ]
        assert dropped_theme not in {t["id"] for t in wf.rows("themes", include_deleted=True)}
        assert wf.get("notes", ids["clean_note"])["theme_id"] is None
        assert wf.search_notes("Zebulonvägen") == []
        assert wf.search_notes("busstider") == [ids["merged_note"]]
        count = wf.db.execute("SELECT count(*) FROM notes_fts").fetchone()[0]
        assert count == len(live)


def test_a_subset_of_workshops_publishes_only_their_notes(planted, tmp_path):
    path, ids = planted
    with WorkshopFile.open(path, readonly=True) as wf:
        second = next(w["id"] for w in wf.workshops() if w["title"] == "Träff 2")
    out = tmp_path / "serie.db"
    report = publish_copy(path, out, workshop_ids=[second])
    with WorkshopFile.open(out, readonly=True) as wf:
        assert [n["id"] for n in wf.notes()] == [ids["merged_note"]]
        assert [w["id"] for w in wf.workshops()] == [second]
        assert wf.themes() == []  # its only theme holds notes of the other workshop
    assert report.counts["notes"] == 1
    with WorkshopFile.open(path, readonly=True) as wf, pytest.raises(errors.InvalidValue):
        publish.write_public_copy(wf, tmp_path / "x.db", workshop_ids=["no-such-workshop"])


def test_publishing_never_overwrites_the_series_or_an_existing_file(planted, tmp_path, sha256):
    path, _ = planted
    before = sha256(path)
    with pytest.raises(errors.AlreadyExists):
        publish_copy(path, path)
    assert sha256(path) == before
    other = tmp_path / "other.db"
    other.write_bytes(b"something else")
    with pytest.raises(errors.AlreadyExists):
        publish_copy(path, other)
    assert other.read_bytes() == b"something else"


def test_metadata_describes_the_copy_by_its_published_series_and_keeps_other_series():
    series = {"title": "Byarna pratar", "subtitle": "Hösten 2024", "language": "sv"}
    entry = publish.metadata_for(series, "byarna")
    assert entry["title"] == "Byarna pratar"
    assert entry["description"].startswith("Hösten 2024. Workshopserien Byarna pratar")
    assert entry["license"] == "CC BY 4.0" and entry["license_url"].startswith("https://")
    assert set(entry["queries"]) == set(publish.QUERIES)
    assert entry["tables"]["settings"]["hidden"] is True
    one = publish.merged_metadata(None, "byarna", entry)
    assert one["title"] == "Byarna pratar" and set(one["databases"]) == {"byarna"}
    other = publish.metadata_for({"title": "Smart rural areas", "language": "en"}, "rural")
    both = publish.merged_metadata(one, "rural", other)
    assert set(both["databases"]) == {"byarna", "rural"}
    assert both["title"] == "Samla"
    assert both["databases"]["rural"]["queries"]["search_notes"]["title"] == "Search notes"
    again = publish.merged_metadata(both, "byarna", entry, site_title="Landsbygdsarkivet")
    assert again["title"] == "Landsbygdsarkivet" and set(again["databases"]) == {"byarna", "rural"}
