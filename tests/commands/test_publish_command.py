"""`workshop-app publish`: the copy, its metadata.json, and what it tells the user."""

from __future__ import annotations

import json

from privacy_helpers import make_planted_series, planted_items, present

from workshop_app import cli
from workshop_app.core.store import WorkshopFile


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_publish_redact_writes_the_copy_and_metadata_and_says_how_to_serve_it(tmp_path, capsys):
    path = tmp_path / "serie.workshop"
    make_planted_series(path)
    out = tmp_path / "public" / "byarna.db"
    out.parent.mkdir()
    code, stdout, stderr = run(capsys, "publish", path, out, "--redact")
    assert code == 0, stderr
    assert "Redacted in the copy" in stdout and "datasette serve --immutable" in stdout
    metadata = json.loads((out.parent / "metadata.json").read_text("utf-8"))
    assert set(metadata["databases"]) == {"byarna"}
    assert metadata["title"] == "Byarna pratar"
    text = (out.parent / "metadata.json").read_text("utf-8")
    assert present(planted_items(), text) == []  # "Lena Ek" is in the subtitle


def test_publish_without_redact_warns_that_personal_data_is_in_the_copy(tmp_path, capsys):
    path = tmp_path / "serie.workshop"
    make_planted_series(path)
    code, stdout, stderr = run(capsys, "publish", path, tmp_path / "byarna.db")
    assert code == 0
    assert "warning: the copy holds personal data" in stderr and "--redact" in stderr


def test_two_series_side_by_side_share_one_metadata_file(tmp_path, capsys):
    first, second = tmp_path / "a.workshop", tmp_path / "b.workshop"
    make_planted_series(first)
    with WorkshopFile.create(second, title="Smart rural areas", language="en"):
        pass
    public = tmp_path / "public"
    public.mkdir()
    assert run(capsys, "publish", first, public / "byarna.db", "--redact")[0] == 0
    assert run(capsys, "publish", second, public / "rural.db", "--site-title", "Arkivet")[0] == 0
    metadata = json.loads((public / "metadata.json").read_text("utf-8"))
    assert set(metadata["databases"]) == {"byarna", "rural"}
    assert metadata["title"] == "Arkivet"


def test_a_metadata_file_that_is_not_datasette_metadata_is_left_alone(tmp_path, capsys):
    path = tmp_path / "serie.workshop"
    make_planted_series(path)
    metadata = tmp_path / "metadata.json"
    metadata.write_text("not json at all", "utf-8")
    code, _, stderr = run(capsys, "publish", path, tmp_path / "byarna.db")
    assert code == 2 and "is not Datasette metadata" in stderr
    assert metadata.read_text("utf-8") == "not json at all"
    assert not (tmp_path / "byarna.db").exists()


def test_publish_of_chosen_workshops_by_title(tmp_path, capsys):
    path = tmp_path / "serie.workshop"
    make_planted_series(path, merge_from=tmp_path / "laptop")
    out = tmp_path / "one.db"
    code, stdout, _ = run(capsys, "publish", path, out, "--workshops", "Träff 2")
    assert code == 0 and "1 notes" in stdout
    with WorkshopFile.open(out, readonly=True) as wf:
        assert [w["title"] for w in wf.workshops()] == ["Träff 2"]
