"""Real Datasette serves a public copy (its in-process client: no socket, no network)."""

from __future__ import annotations

import asyncio
import json

from datasette.app import Datasette
from privacy_helpers import DELETED_TEXT, make_planted_series, planted_items, present

from workshop_app import cli
from workshop_app.core.store import WorkshopFile


async def _get_all(out, metadata, paths: list[str]) -> dict[str, object]:
    ds = Datasette(immutables=[str(out)], metadata=metadata)
    await ds.invoke_startup()
    answers = {}
    for path in paths:
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        answers[path] = response.json()
    return answers


def test_datasette_serves_exactly_the_live_notes_the_views_and_search(tmp_path, capsys, sha256):
    path = tmp_path / "serie.workshop"
    ids = make_planted_series(path, merge_from=tmp_path / "laptop")
    out = tmp_path / "public" / "byarna.db"
    out.parent.mkdir()
    assert cli.main(["publish", str(path), str(out), "--redact"]) == 0
    capsys.readouterr()
    metadata = json.loads((out.parent / "metadata.json").read_text("utf-8"))
    with WorkshopFile.open(path, readonly=True) as wf:
        live = {n["id"]: n["text"] for n in wf.notes()}
    before = sha256(out)
    db = "/byarna"
    answers = asyncio.run(
        _get_all(
            out,
            metadata,
            [
                f"{db}/notes.json?_shape=array&_size=max",
                f"{db}/notes_overview.json?_shape=array&_size=max",
                f"{db}/themes_overview.json?_shape=array",
                f"{db}/workshops_overview.json?_shape=array",
                f"{db}/notes.json?_search=busstider&_shape=array",
                f"{db}/search_notes.json?q=hyrbilen&_shape=array",
                f"{db}/settings.json?_shape=array",
                "/-/metadata.json",
            ],
        )
    )
    notes = answers[f"{db}/notes.json?_shape=array&_size=max"]
    assert {n["id"] for n in notes} == set(live)  # exactly the live notes
    assert ids["deleted_note"] not in {n["id"] for n in notes}
    texts = {n["id"]: n["text"] for n in notes}
    assert texts[ids["notes"][0]] == "Ring [namn] på [telefon] om hyrbilen."
    served = json.dumps(answers, ensure_ascii=False)
    assert DELETED_TEXT not in served
    assert present(planted_items(), served) == []
    overview = answers[f"{db}/notes_overview.json?_shape=array&_size=max"]
    assert {n["id"] for n in overview} == set(live)
    assert {n["workshop"] for n in overview} == {"Träff 1", "Träff 2"}
    themes = answers[f"{db}/themes_overview.json?_shape=array"]
    assert [(t["title"], t["notes"]) for t in themes] == [("Idéer från [namn]", 5)]
    assert [w["title"] for w in answers[f"{db}/workshops_overview.json?_shape=array"]] == [
        "Träff 1",
        "Träff 2",
    ]
    assert [n["id"] for n in answers[f"{db}/notes.json?_search=busstider&_shape=array"]] == [
        ids["merged_note"]
    ]
    found = answers[f"{db}/search_notes.json?q=hyrbilen&_shape=array"]
    assert [n["text"] for n in found] == ["Ring [namn] på [telefon] om hyrbilen."]
    assert answers[f"{db}/settings.json?_shape=array"] == []
    assert answers["/-/metadata.json"]["databases"]["byarna"]["title"] == "Byarna pratar"
    assert sha256(out) == before  # served immutable: never written
