"""Damaged, foreign and newer files: one clear line, a non-zero exit, and the file untouched."""

from __future__ import annotations

import pytest

from workshop_app.core import errors
from workshop_app.core.store import WorkshopFile


def _one_clear_line(result) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("workshop-app: ")
    return lines[0]


@pytest.mark.parametrize("command", ["check", "export"])
def test_cli_refuses_a_damaged_file_in_one_line_and_leaves_it_unchanged(
    damaged_file, command, cli, sha256, tmp_path
):
    before = sha256(damaged_file)
    siblings = sorted(p.name for p in damaged_file.parent.iterdir())
    args = [command, damaged_file]
    if command == "export":
        args += ["--json", tmp_path / "out.json"]
    line = _one_clear_line(cli(*args))
    assert damaged_file.name in line or str(damaged_file) in line
    assert sha256(damaged_file) == before
    assert sorted(p.name for p in damaged_file.parent.iterdir()) == siblings  # no -wal, no out


def test_cli_refuses_a_missing_file_in_one_line(cli, tmp_path):
    line = _one_clear_line(cli("check", tmp_path / "nowhere.workshop"))
    assert "No such file" in line


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff\xfe garbage", b'{"format": "samla.series"', b"[]", b'{"format": "other"}'],
    ids=["empty", "binary", "truncated_json", "not_an_object", "wrong_format"],
)
def test_cli_import_refuses_bad_json_in_one_line_and_creates_nothing(cli, tmp_path, content):
    source = tmp_path / "in.json"
    source.write_bytes(content)
    _one_clear_line(cli("import", source, tmp_path / "out.workshop"))
    assert [p.name for p in tmp_path.iterdir()] == ["in.json"]


def test_core_api_names_the_problem_for_each_kind_of_damage(damaged_file, sha256):
    expected = {
        "empty": errors.NotAWorkshopFile,
        "random_bytes": errors.NotAWorkshopFile,
        "not_sqlite_text": errors.NotAWorkshopFile,
        "truncated_mid_page": errors.CorruptFile,
        "truncated_whole_pages": errors.CorruptFile,
        "corrupt_page": errors.CorruptFile,
        "foreign_sqlite": errors.NotAWorkshopFile,
        "newer_schema": errors.NewerSchema,
    }[damaged_file.stem]
    before = sha256(damaged_file)
    for readonly in (False, True):
        with pytest.raises(expected) as caught:
            WorkshopFile.open(damaged_file, readonly=readonly)
        assert damaged_file.name in str(caught.value)
        assert "\n" not in str(caught.value)
    assert sha256(damaged_file) == before
